"""A taste said across two sentences: the thing is named in one, the verdict is the next, by a pronoun or with no
words at all.

- "My team keeps using Jira. I hate it." -> Hates Jira; "Sushi. Can't get enough of it." -> Likes sushi;
  "Pineapple on pizza? Love it." -> Loves pineapple on pizza; "We went to Ikea on Saturday. Never going back."
  -> Avoids Ikea; "Been using Notion for a while. Not for me." -> Dislikes Notion.
- "Used to read a lot of self-help. Done with that. Suggest history.": a habit dropped is nothing to keep (the
  labels read it so), but a bare request after it is what the user wants now -> Wants history books.
- "Zumba is too much jumping. Barre maybe?": a fault found with a thing, then another one asked about: the user
  is choosing for themself -> Avoids Zumba (too much jumping).

The thing is a bare name or kind said alone ("Sushi.", "Horror movies."), what the user did or has been doing
("Tried hot yoga.", "We went to Ikea on Saturday."), or what :func:`agents.offline.antecedents.named_thing` finds
in a clause not about the user ("My team keeps using Jira"). The verdict with a pronoun is restated with the
thing in the pronoun's place by :func:`agents.offline.antecedents.refer` and read by the ordinary rules.

Nothing is read when the thing is one instance ("a cruise", "the hotel", "my draft", "another meeting": a one-off
or someone's text), the verdict is someone else's ("She hated it.") or a question ("Worth it?"), or the verdict
points at a situation ("The hotel was noisy last night. I hate that."). Hypotheticals and sarcasm are the
caller's to drop (:func:`agents.offline.reader.read_parts`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline import lexicon as lx
from agents.offline.antecedents import named_thing, refer
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import join_text, subject_key, third_person
from agents.offline.objects import is_pointer
from agents.offline.patterns import match_statement
from agents.offline.sentences import Sentence
from memory.taxonomy.kinds import STYLE_CUE
from memory.types import MemoryKind, MemorySource

_A = lx.APOS
MAX_VERDICT_WORDS = 8
MAX_THING_WORDS = 4
#: Words a bare name or kind does not start with: pronouns, articles and possessives (one instance or someone's
#: text), greetings, praise said alone ("Perfect. Love it."), the conversation's own objects and daily routine.
_NOT_A_NAME = frozenset(
    re.findall(
        r"[\w']+",
        "i i'm im me my mine we our us you your yours he she his her him they their them it its it's this that these "
        "those there here here's there's that's what's a an the another one some any every each no not yes yeah yep "
        "nope ok okay sure thanks thank hi hey hello great cool nice wow lol haha hmm well so and but or also just "
        "really same again more less option options choice idea ideas suggestion suggestions draft "
        "version plan recipe link text email message story essay code question point good bad great perfect "
        "awesome amazing beautiful brilliant excellent lovely fantastic wonderful exactly absolutely agreed true "
        "interesting fair correct right fine gorgeous fun funny clever smart cute elegant genius hilarious neat "
        "sweet whoa omg oh ah yay wow nice damn morning evening night afternoon weekend bed work school sleep home "
        "class church lunch dinner breakfast town",
    )
)
#: A verb or auxiliary: a sentence with one is no bare name ("Works for me.", "Sounds good.").
_VERBISH_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|do|does|did|done|have|has|had|can|could|will|would|should|shall|may|"
    r"might|must|get|got|go|goes|went|make|makes|made|need|needs|want|wants|think|sounds?|looks?|works?|seems?|"
    r"feels?|let|lets|please|thanks)\b|" + _A + r"|\w+(?:ed|ing)\b",
    re.IGNORECASE,
)
#: Said of one time, not of the thing: "Traffic today", "Mondays again".
_ONE_OFF_RE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this morning|again|now|lately|right now)\b", re.I)
#: Names that keep their capital at a sentence's start ("Python. Love it.").
_NAMES = frozenset(w.lower() for w in (*lx.PROGRAMMING_LANGUAGES, *lx.HUMAN_LANGUAGES)) | frozenset(
    re.findall(
        r"\w+",
        "monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays "
        "sunday sundays january february march april june july august september october november december christmas",
    )
)
#: What the user did or has been doing, and the thing it names: "Tried keto last year", "We went to Ikea on
#: Saturday", "Been using Notion for a while", "Used to read a lot of self-help".
_DID_RE = re.compile(
    r"^\W*(?:(?:so|well|ok|okay|honestly|also)[,\s]+)?(?:(?:I|we)\s+)?(?:(?:finally|recently|just|once|also|"
    r"actually)\s+)?(?:(?P<did>tried(?:\s+out)?|went\s+to|visited|did|watched|read|ate|started|took\s+up|"
    r"switched\s+to)|(?:(?:I|we)(?:" + _A + r"ve|\s+have)\s+|have\s+)?been\s+(?P<doing>using|doing|eating|drinking|"
    r"watching|reading|playing|going\s+to|listening\s+to)|(?P<used>used\s+to)\s+(?P<verb>read|watch|eat|drink|"
    r"play|do|use|go\s+to|listen\s+to|love|like)(?:\s+(?:a\s+lot\s+of|lots\s+of|tons\s+of|so\s+much))?)\s+"
    r"(?P<obj>[\w][\w'&+/-]*(?:\s+[\w'&+/-]+){0,3}?)"
    r"(?=\s*(?:[,.!;:]|$)|\s+(?:last|this|for|a|on|in|at|with|yesterday|today|recently|lately|over|once|twice|"
    r"again|back|years?|months?|weeks?|every|all|when|while|and|but|because|since|ago)\b)",
    re.IGNORECASE,
)
#: A fault found with the thing in its own sentence: "Zumba is too much jumping", "Pilates is too slow".
_FAULT_RE = re.compile(
    r"^\W*(?P<obj>[\w][\w'&+/-]*(?:\s+[\w'&+/-]+){0,2}?)\s+(?:is|are|was|feels?|seems?)\s+(?:(?:just|way|a bit|"
    r"kind of|kinda|honestly)\s+)?too\s+(?P<fault>much\s+[a-z][\w-]+|(?!much\b)[a-z][\w-]+)(?:\s+for\s+me)?\W*$",
    re.IGNORECASE,
)
#: Another thing asked about: "Barre maybe?", "Maybe barre?", "What about barre?", "Something calmer?".
_INSTEAD_RE = re.compile(
    r"^\W*(?:(?:maybe|perhaps|what about|how about|or)\s+[\w' -]{2,30}|[\w' -]{2,30}\s+(?:maybe|perhaps|instead))\W*$",
    re.IGNORECASE,
)
#: Verdicts with no words for the thing, by sense: sworn off, given up, disliked, liked.
_AVOIDS_RE = re.compile(
    r"^\W*(?:never\s+again|not\s+again|never\s+(?:ever\s+)?(?:going|coming)\s+back(?:\s+there)?|"
    r"(?:I" + _A + r"?m\s+|I\s+am\s+)?never\s+(?:doing|going|eating|trying|buying|using|watching|having|booking)\s+"
    r"(?:that|it|them|there)\s+again|(?:I\s+)?won" + _A + r"?t\s+(?:do|eat|try|buy|use|watch|have|book)\s+"
    r"(?:that|it|them)\s+again)\W*$",
    re.IGNORECASE,
)
_DONE_RE = re.compile(
    r"^\W*(?:(?:I" + _A + r"?m\s+|I\s+am\s+)?(?:so\s+)?(?:done|over)\s+(?:with\s+)?(?:that|it|them)|"
    r"(?:I" + _A + r"?m\s+|I\s+am\s+)?over\s+it|not\s+anymore|no\s+more)\W*$",
    re.IGNORECASE,
)
_DISLIKES_RE = re.compile(
    r"^\W*(?:(?:it|that|they)" + _A + r"?(?:s|re)?\s+|(?:it|that)\s+is\s+|they\s+are\s+)?(?:just\s+|really\s+|"
    r"definitely\s+|honestly\s+)?(?:not\s+for\s+me|not\s+my\s+(?:thing|cup\s+of\s+tea|jam)|not\s+a\s+fan|"
    r"hard\s+pass)\W*$",
    re.IGNORECASE,
)
#: A bare request for something else: "Suggest history.", "Recommend some sci-fi instead."
_ASKED_RE = re.compile(
    r"^\W*(?:please\s+)?(?:suggest|recommend)\s+(?:me\s+)?(?:some\s+)?(?P<what>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:\s+instead)?\W*$",
    re.IGNORECASE,
)
#: What a genre is a genre of, by the verb of the habit dropped: "Suggest history." after reading is books.
_WHAT_OF = {"read": "books", "watch": "shows", "listen to": "music"}
_LIKES_RE = re.compile(
    r"^\W*(?:(?:I\s+)?(?:just\s+|honestly\s+|seriously\s+)?can" + _A + r"?t\s+get\s+enough"
    r"(?:\s+of\s+(?:it|them|that))?|"
    r"(?:I" + _A + r"?m\s+|I\s+am\s+)?(?:obsessed|hooked)(?:\s+(?:with|on)\s+(?:it|them))?|"
    r"(?:I" + _A + r"?m\s+a\s+|I\s+am\s+a\s+)?(?:big|huge)\s+fan|(?:it" + _A + r"?s|they" + _A + r"?re)\s+my\s+"
    r"(?:absolute\s+)?favou?rites?|my\s+(?:absolute\s+)?favou?rites?)\W*$",
    re.IGNORECASE,
)
#: The elided "I" of a verdict with a pronoun: "Hate it.", "Love them.", "Can't stand it."
_ELIDED_RE = re.compile(
    r"^(?=(?:really\s+|honestly\s+|absolutely\s+|totally\s+|just\s+)*(?:love|loved|adore|adored|hate|hated|"
    r"dislike|disliked|detest|despise|loathe|can" + _A + r"?t\s+stand|couldn" + _A + r"?t\s+stand|"
    r"(?:don|didn)" + _A + r"?t\s+(?:like|enjoy)|liked|enjoyed)\s+(?:it|them|that|those)\b)",
    re.IGNORECASE,
)
#: The same in the past tense, which the present-tense rules read: "Loved it." is liking it.
_PAST = (
    ("loved", "love"),
    ("adored", "adore"),
    ("hated", "hate"),
    ("disliked", "dislike"),
    ("liked", "like"),
    ("enjoyed", "enjoy"),
    ("couldn't stand", "can't stand"),
    ("didn't like", "don't like"),
    ("didn't enjoy", "don't enjoy"),
)


def _name(text: str) -> str:
    """A bare name or kind said alone ("Sushi.", "Horror movies?", "Pineapple on pizza?"), else ''."""
    body = text.strip().rstrip(".!?… ").strip()
    words = body.split()
    if not 1 <= len(words) <= MAX_THING_WORDS or not re.fullmatch(r"[A-Za-z][\w&+/ -]*", body):
        return ""
    if words[0].lower() in _NOT_A_NAME or words[-1].lower() in _NOT_A_NAME or _VERBISH_RE.search(body):
        return ""
    if is_pointer(body) or _ONE_OFF_RE.search(body):
        return ""
    first = words[0]
    if first.lower() in _NAMES or not re.fullmatch(r"[A-Z][a-z]+", first) or re.match(r"\S+\s+[A-Z]", body):
        return body  # "Python", "K-pop", "Taylor Swift": a name keeps its capitals
    return first.lower() + body[len(first) :]  # "Sushi." is sushi


def _thing(first: Sentence) -> tuple[str, str]:
    """(the thing the sentence names, how: 'name', 'did', 'used:<verb>' or 'other'), ('', '') for none."""
    if name := _name(first.text):
        return name, "name"
    if first.question:
        return "", ""
    if m := _DID_RE.match(first.text):
        obj = m.group("obj")
        if obj.split()[0].lower() in _NOT_A_NAME or is_pointer(obj) or re.search(r"\b(?:it|them|him|her)\b", obj):
            return "", ""  # "Tried a new cafe", "went to the dentist", "did it": one instance, or no thing
        if m.group("used"):
            return third_person(obj), "used:" + m.group("verb").lower()
        return third_person(obj), "did"
    if thing := named_thing(first.text.rstrip(".!")):
        return thing, "other"
    return "", ""


def _echoes(thing: str, previous_assistant: str) -> bool:
    """The assistant's last turn named the thing."""
    return bool(re.search(rf"\b{re.escape(thing)}\b", previous_assistant, re.IGNORECASE))


def _draft(text: str, kind: MemoryKind, thing: str) -> Draft:
    return Draft(text, kind, subject_key(thing), EXPLICIT, MemorySource.explicit)


def _restated(second: str, thing: str) -> Draft | None:
    """A verdict with a pronoun read by the rules, the thing in the pronoun's place ("I hate it" -> Hates Jira)."""
    text = ("I " + second[:1].lower() + second[1:]) if _ELIDED_RE.match(second) else second
    for past, present in _PAST:
        text = re.sub(rf"^(I\s+(?:really\s+|just\s+|absolutely\s+|totally\s+)*){past}\b", rf"\g<1>{present}", text)
    said = refer(text.rstrip(".! "), thing)
    if said == text.rstrip(".! "):
        return None
    return match_statement(said, 0)


def across(near: list[Sentence], previous_assistant: str = "") -> list[Draft]:
    """The taste the second of ``near`` (two or three sentences in a row) says about the thing the first names,
    quoted from both; [] when it is not one, or when the name echoes the assistant's last turn ("Sweet Crumbs.
    Love it." after a name it proposed, "Pasta bake. Love it." after "How about a pasta bake tonight?"): a
    reaction to its offer, not a taste."""
    first, second = near[0], near[1]
    if len(second.text.split()) > MAX_VERDICT_WORDS:
        return []
    quote = f"{first.text} {second.text}"
    if second.question:
        m = _FAULT_RE.match(first.text)
        if m is None or first.question or not _INSTEAD_RE.match(second.text) or not (thing := _name(m.group("obj"))):
            return []
        fault = m.group("fault").lower()
        text = f"Avoids {thing} (too {fault})" if fault.startswith("much ") else f"Finds {thing} too {fault}"
        return [_draft(text, MemoryKind.dislike, thing).quoted(quote)]
    thing, how = _thing(first)
    if not thing or (how == "name" and _echoes(thing, previous_assistant)):
        return []
    verdict = second.text.strip()
    if _DONE_RE.match(verdict):  # a habit dropped is no taste to keep; what is asked for instead is
        return _instead(near, how)
    found = _restated(verdict, thing)
    if found is None and _AVOIDS_RE.match(verdict) and how != "name":
        found = _draft(join_text("Avoids", thing), MemoryKind.dislike, thing)
    elif found is None and _DISLIKES_RE.match(verdict):
        found = _draft(join_text("Dislikes", thing), MemoryKind.dislike, thing)
    elif found is None and _LIKES_RE.match(verdict):
        found = _draft(join_text("Likes", thing), MemoryKind.preference, thing)
    if found is not None and STYLE_CUE.search(found.text):  # "Bullet points. Love them."
        found = replace(found, kind=MemoryKind.style, category="communication")
    return [] if found is None else [found.quoted(quote)]


def _instead(near: list[Sentence], how: str) -> list[Draft]:
    """After a habit dropped ("Used to read a lot of self-help. Done with that."), a bare request is what the user
    wants now ("Suggest history." -> Wants history books); a request alone is a one-off."""
    if len(near) < 3 or not how.startswith("used:") or (m := _ASKED_RE.match(near[2].text)) is None:
        return []
    wanted = m.group("what").strip()
    noun = _WHAT_OF.get(how.split(":", 1)[1], "")
    wanted = join_text(wanted, noun) if noun and len(wanted.split()) == 1 and not wanted.endswith("s") else wanted
    wanted = wanted[:1].lower() + wanted[1:] if re.match(r"[A-Z][a-z]+(?:\s|$)", wanted) else wanted
    quote = " ".join(s.text for s in near)
    return [_draft(join_text("Wants", wanted), MemoryKind.preference, wanted).quoted(quote)]
