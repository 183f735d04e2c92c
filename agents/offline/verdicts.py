"""A verdict on something the user tried, and a refusal said with its reason: two shapes with no "I like" in them.

- a verdict on a trial: "i tried yoga but honestly its too slow for me" -> "Finds yoga too slow" (a dislike);
  "tried ski touring last winter and the uphill was pure misery, never again" -> "Dislikes ski touring"; "I tried
  kimchi and loved it" -> "Likes kimchi"; "Never booking Ryanair again." -> "Avoids Ryanair". The verdict must be
  the user's own and lasting: about the thing itself ("it was too slow", "hated it", "not for me") or sworn off
  ("never again"), not a passing event ("I tried the new cafe and the line was long"). Not someone else's trial
  ("my wife tried yoga"), a plan ("I want to try yoga"), a trial given up ("tried pomodoro for a month and gave
  up", which the labels read as a habit dropped) or an object that only points ("I tried that", "tried to call").
- a refusal with a reason that makes it a standing condition or taste: "No cilantro, it tastes like soap to me"
  -> "Avoids cilantro" (a dislike); "pls no peanuts, im allergic" -> "Is allergic to peanuts" (a constraint);
  "no cameras inside the house, period, creeps me out" -> "Avoids cameras inside the house"; "no boat tours, I get
  seasick" -> "Gets seasick" and "Avoids boat tours" (constraints). The reason said first ("I get seasick so no
  ferries") is the learned reader's to read in two pieces. A bare "No X." is no memory (a one-off
  request filter: "No onions"), nor one said for now ("no onions this time", "no meetings tomorrow") or a phrase
  ("no worries", "no idea", "no rush").
- a taste made lasting: "the miso soup was amazing, I'd eat that every day" -> "Likes miso soup"; "Chamomile
  tastes like hay to me" -> "Dislikes chamomile" (a review alone, "the soup was amazing", is a one-off); all the
  user needs: "Give me a window seat and I'm happy" -> "Likes a window seat".

Read per sentence, from its start after a few harmless lead words; questions and hypotheticals never reach
here (:mod:`agents.offline.reader` drops them). A shape split over two sentences ("No Google. Privacy.") is not
read.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, subject_key, third_person
from agents.offline.objects import is_pointer
from memory.types import MemoryKind, MemorySource

#: Harmless words before the statement proper.
_LEAD = (
    r"^\W*(?:(?:omg|ok|okay|so|yeah|yep|yes|well|honestly|tbh|lol|btw|also|and|but|actually|um|uh|hmm|oh|"
    r"anyway|fwiw|fyi|update|haha|ugh|welp|right|alright|[a-z]+ ideas)\b[,!:.]*\s+)*"
)
_OBJ = r"(?P<obj>[\w][\w'&+/-]*(?:\s+[\w'&+/-]+){0,5}?)"
#: Where the tried thing ends: the verdict, or when, where and how often it was tried.
_OBJ_END = (
    r"(?=\s*(?:[,;:!?]|\.|\s[-\u2013\u2014]\s|$)|\s+(?:and|but|though|although|which|that|cause|cuz|because|"
    r"last|this|for|once|twice|a few|a couple|yesterday|today|recently|lately|the other|over|at|on|in|with|"
    r"you|u|again|out|myself|finally|years|months|weeks)\b|\s+(?:a|another)\s+(?:try|go|shot|whirl)\b)"
)
_TRIED_RE = re.compile(
    _LEAD + r"(?:(?:i|i've|i have)\s+(?:finally\s+|actually\s+|recently\s+|just\s+|once\s+|also\s+|even\s+)?)?"
    r"(?P<verb>tried(?:\s+out)?|gave)\s+" + _OBJ + _OBJ_END + r"(?P<rest>.*)$",
    re.IGNORECASE,
)
#: A verdict on the thing itself: too something for the user.
_TOO_RE = re.compile(
    r"(?:^|[\s,]|\b(?:and|but)\s+)(?:(?:honestly|tbh|just|really|imo|personally|sadly)\s+)*(?:it|its|it's|it was|"
    r"that was|they were|they're|was|is|felt|way|just)\s+(?:(?:way|just|honestly|really|a bit|a little|kinda|"
    r"much|far|felt|so)\s+)*(?:too|to)\s+(?P<adj>slow|fast|expensive|pricey|hard|difficult|boring|intense|loud|"
    r"sweet|spicy|salty|bitter|sour|rich|heavy|greasy|oily|bland|long|complicated|fiddly|repetitive|rigid|"
    r"crowded|noisy|touristy|slimy|chewy|strong|weak|hot|cold|small|big|bulky|clunky|slow-paced|fussy|messy|"
    r"stressful|tiring|painful|awkward|cheesy|dry|mushy)\b(?P<tail>(?:\s+and\s+\w+)?(?:\s+for\s+(?:me|my\s+\w+))?)",
    re.IGNORECASE,
)
_DISLIKED_RE = re.compile(
    r"\b(?:never again|not again|no more|hated (?:it|them|every)|didn'?t (?:like|enjoy) (?:it|them)|"
    r"did not (?:like|enjoy) (?:it|them)|couldn'?t stand (?:it|them)|(?:wasn'?t|was not|is not|isn'?t|not) for me|"
    r"(?:it|that|they) (?:was|were) (?:awful|terrible|horrible|disgusting|gross|miserable|a nightmare|torture|"
    r"pure misery|misery)|pure misery|absolute misery|never (?:doing|eating|trying|having|going) (?:that|it|them) "
    r"again|won'?t (?:do|eat|try|have|be doing) (?:that|it|them) again)\b",
    re.IGNORECASE,
)
_LIKED_RE = re.compile(
    r"\b(?:(?:really |absolutely |totally )?(?:loved|liked|enjoyed|adored) (?:it|them|every)|"
    r"(?:it|they) (?:was|were) (?:amazing|great|awesome|fantastic|delicious|incredible|so good|really good|excellent|"
    r"a game changer|life-changing)|(?:i'm|im|i am) (?:hooked|obsessed)|now obsessed|"
    r"(?:i'd|i would|i could|could) (?:eat|drink|do) (?:that|it|them) every day)\b",
    re.IGNORECASE,
)
#: A trial dropped or someone else's verdict: the labels read nothing lasting from it.
_GIVEN_UP_RE = re.compile(
    r"\b(?:gave up|given up|quit|stopped|used to|no longer|anymore|dropped it|back in|"
    r"(?:he|she|they|my \w+) (?:loved|liked|hated|said|thinks?|says?))\b",
    re.IGNORECASE,
)
_NEGATED_VERDICT_RE = re.compile(r"\b(?:not|wasn'?t|isn'?t|never|didn'?t)\s+(?:\w+\s+)?(?:bad|great|awful)\b", re.I)
#: "Never booking Ryanair again", "I'm never flying X again", "I'll never stay at X again", "never again with X".
_NEVER_AGAIN_RE = re.compile(
    _LEAD + r"(?:(?:i'm|im|i am|i'll|ill|i will|i)\s+)?(?:never|not)\s+(?:ever\s+)?(?:(?P<verb>book|booking|fly|"
    r"flying|use|using|buy|buying|eat|eating|order|ordering|stay|staying|shop|shopping|visit|visiting|drink|"
    r"drinking|go|going|rent|renting|hire|hiring|watch|watching|take|taking)\s+(?:(?:back\s+)?(?:to|at|with|"
    r"from|in)\s+)?" + _OBJ + r"\s+again|again\s+with\s+" + _OBJ.replace("obj", "obj2") + r")\W*$",
    re.IGNORECASE,
)
#: Praise made lasting ("the miso soup was amazing, I'd eat that every day") or a bad taste said as the user's own
#: ("Chamomile tastes like hay to me"); a review alone ("the soup was amazing") is a one-off.
_EVERY_DAY_RE = re.compile(
    _LEAD + r"(?:the\s+)?" + _OBJ + r"\s+(?:was|were|is|are)\s+(?:(?:so|really|absolutely|honestly|just)\s+)?"
    r"(?:amazing|incredible|delicious|great|so good|fantastic|awesome|perfect)\W+(?:(?:honestly|tbh|like)\s+)?"
    r"(?:i'd|id|i would|i could|could)\s+(?:eat|drink|have)\s+(?:that|it|them|those|this)\s+every\s+(?:day|week|"
    r"morning|night)\b",
    re.IGNORECASE,
)
_BAD_TASTE_RE = re.compile(
    _LEAD + _OBJ + r"\s+(?:tastes?|smells?)\s+(?:exactly\s+|just\s+)?like\s+(?:(?:a|an|wet|old|dirty|burnt)\s+)?"
    r"(?:soap|hay|dirt|cardboard|medicine|chemicals|plastic|grass|mud|feet|metal|ash|ashtray|cough syrup|sweat|"
    r"garbage|perfume|bleach|rubber|sawdust|paper|dish ?water|pond water|socks|gasoline|petrol)\s+(?:to|for)\s+me\b",
    re.IGNORECASE,
)
#: Objects that are no thing to keep: pronouns, places in a list, the conversation, an errand.
_NOT_A_THING_RE = re.compile(
    r"^(?:to|it|this|that|these|those|them|him|her|you|your|me|my|everything|anything|something|nothing|one|"
    r"both|all|some|again|out|hard|my best|a lot|so|too|very|not|never|option|number|first|second|the first|"
    r"the second|the last|overnight|alone|solo|abroad|late|early|there|here|home|back|anywhere|ever)\b|"
    r"\b(?:it|them|him|her|you|me|your)\b|ing\s+(?:it|them|him|her)\b",
    re.IGNORECASE,
)

# --- a refusal with its reason -------------------------------------------------------------------------------

#: Phrases that start with "no" and refuse nothing.
_NO_PHRASE_RE = re.compile(
    r"^(?:worries|worry|thanks|thank|problem|problems|prob|probs|rush|hurry|idea|clue|way|need|biggie|pressure|"
    r"offen[cs]e|kidding|doubt|matter|wonder|more|less|longer|one|longer|judgment|judgement|sweat|stress|"
    r"question|questions|reason|excuse|big deal|comment|i|i'm|im|it|that|this|you|we|not|sorry|please|pls|"
    r"wait|joke|lie|cap|chance|luck|shit|way|fair|really|seriously|actually|totally|definitely|kidding|"
    r"hurry|time|longer|change|changes|difference|matter|help|response|reply|answer|answers|offense)\b",
    re.IGNORECASE,
)
_ONE_OFF_RE = re.compile(
    r"\b(?:this time|tonight|today|tomorrow|this week(?:end)?|next week|for now|right now|for this|this trip|"
    r"for the (?:party|trip|event|wedding|dinner|meeting)|this year|for once|just this|yet|for today)\b",
    re.IGNORECASE,
)
#: "no X" at a sentence's start, then what sets the reason off: a comma, a dash, "because", "since".
_REFUSAL_RE = re.compile(
    _LEAD + r"(?:(?:pls|please|plz|and|but|just|absolutely|definitely)\s+)*no\s+"
    r"(?P<obj>[a-z][\w'&+/-]*(?:\s+[\w'&+/-]+){0,5}?)(?:\s+(?:please|pls|plz|thanks|thx|at all|ever|for me))?"
    r"(?:\s*[,;:]\s*|\s+[-\u2013\u2014]+\s+|\.\s+|\s+(?=(?:because|since|as|cause|cuz|bc|coz)\b))"
    r"(?:(?:period|full stop|ever|at all|seriously)\s*[,;:.!-]*\s*)?(?P<reason>.*)$",
    re.IGNORECASE,
)
#: "No mushrooms for me.": "for me" makes the refusal the user's standing taste, with no reason needed.
_FOR_ME_RE = re.compile(
    _LEAD + r"(?:(?:pls|please|plz|and|but|just|absolutely|definitely)\s+)*no\s+"
    r"(?P<obj>[a-z][\w'&+/-]*(?:\s+[\w'&+/-]+){0,3}?)\s+for\s+me(?:\s+(?:please|pls|thanks|thx))?\W*$",
    re.IGNORECASE,
)
_PERIOD_RE = re.compile(r"^\W*(?:period|full stop|ever|at all|non-?negotiable|never)\b", re.IGNORECASE)
_BECAUSE = r"^\W*(?:(?:because|since|as|cause|cuz|bc|coz)\s+)?"
#: An allergy given as the reason, with no object of its own ("im allergic", "severe allergy"): the refused thing.
_ALLERGY_RE = re.compile(
    _BECAUSE + r"(?:(?:i'm|im|i am)\s+(?:(?:very|super|so|deathly|severely|seriously|really|mildly|a bit)\s+)?"
    r"(?:allergic|intolerant|sensitive)(?:\s+to\s+(?:it|them|that|those|these|both))?|(?:(?:i have|i've got|ive got)"
    r"\s+)?(?:an?\s+)?(?:(?:severe|bad|serious|mild|nut|food)\s+)?(?:allergy|allergies|intolerance)|allergic)\W*$",
    re.IGNORECASE,
)
_TASTE_RE = re.compile(
    r"^\W*(?:(?:because|since|as|cause|cuz|bc|coz)\s+)?(?:(?:it|they|that|which)\s+)?(?:taste|tastes|smell|smells)"
    r"\s+like\s+\w+|\b(?:to me|for me)\W*$|^\W*(?:(?:because|since|as|cause|cuz|bc|coz)\s+)?(?:i\s+)?"
    r"(?:hate|can'?t stand|cannot stand|despise|loathe|detest)\s+(?:it|them|the taste|the smell|the texture|that)\b|"
    r"^\W*(?:(?:it|that|they)\s+)?(?:creeps? me out|gives? me the creeps|makes? me (?:gag|sick|nauseous|queasy|"
    r"itchy|anxious|uneasy|ill|bloated|break out)|(?:wrecks?|wreck|upsets?|kills?|destroys?|messes? up|mess up)\s+my\s+"
    r"(?:stomach|gut|tummy|digestion|skin)|gives? me (?:heartburn|indigestion|a stomach ?ache|stomach ?aches|hives|"
    r"a rash|migraines|headaches|bloating))\b|^\W*(?:gross|yuck|ew+|ick|disgusting|not a fan|not my thing)\W*$|"
    r"^\W*(?:(?:because|since|as|cause|cuz|bc|coz)\s+)?(?:i\s+)?(?:hate|can'?t stand|cannot stand|despise|loathe)\s+"
    r"(?:how|the way)\s+(?:they|it|that)\b|^\W*(?:i\s+)?(?:scare|spook)\s+(?:too\s+|very\s+|so\s+)?easily\b|"
    r"^\W*(?:they|it)\s+(?:scare|bore|creep)s?\s+me\b",
    re.IGNORECASE,
)
_PRIVACY_RE = re.compile(r"^\W*(?:(?:for|because of|bc of)\s+)?privacy(?:\s+reasons)?\W*$|\bprivacy\b", re.I)
#: A body condition given as the reason: "I get seasick", "I'm claustrophobic", "I get migraines".
_BODY_RE = re.compile(
    r"^\W*(?:(?:because|since|as|cause|cuz|bc|coz)\s+)?(?:i\s+(?:get|gets|suffer from)\s+(?:really\s+|very\s+|"
    r"so\s+|super\s+)?(?P<get>seasick|carsick|airsick|motion sick(?:ness)?|migraines|headaches|heartburn|"
    r"nauseous|hives|claustrophobic|dizzy|vertigo|panic attacks|anxious)|(?:i'm|im|i am)\s+(?:really\s+|very\s+|"
    r"so\s+|super\s+)?(?P<am>claustrophobic|afraid of heights|scared of heights|pregnant|diabetic|celiac|coeliac|"
    r"sober|epileptic|asthmatic)|(?:i'm|im|i am)\s+(?:a\s+)?(?P<faith>muslim|jewish|hindu|jain|sikh|buddhist|vegan|"
    r"vegetarian|pescatarian|pescetarian))\W*$",
    re.IGNORECASE,
)


#: Sleep given as the reason: "No caffeine after 2pm, I won't sleep", "no coffee after 4, it keeps me up".
_SLEEP_RE = re.compile(
    r"^\W*(?:(?:because|since|as|cause|cuz|bc|coz|or|otherwise)\s+)?(?:(?:it|they|that)\s+keeps?\s+me\s+(?:up|awake)|"
    r"i\s+(?:won'?t|can'?t|cannot|don'?t|wont|cant|dont)\s+(?:sleep|fall asleep))\b",
    re.IGNORECASE,
)


def _thing(raw: str) -> str | None:
    """The tried or refused thing as a short noun phrase, or None."""
    text = re.sub(r"^(?:the|a|an|some)\s+", "", raw.strip(" .,!'\""), flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:either|too|as well|anyway|though|tho)$", "", text, flags=re.IGNORECASE)  # "no X either"
    text = re.sub(r"\s+(?:thing|stuff|things)$", "", text, flags=re.IGNORECASE) if len(text.split()) > 1 else text
    if not text or _NOT_A_THING_RE.search(text) or is_pointer(text) or not re.search(r"[A-Za-z]{2}", text):
        return None
    return third_person(text)


def _draft(text: str, kind: MemoryKind, subject: str, confidence: float = EXPLICIT) -> Draft:
    return Draft(text, kind, subject_key(subject), confidence, MemorySource.explicit)


def _tried(sentence: str) -> list[Draft]:
    m = _TRIED_RE.match(sentence)
    if m is None or _GIVEN_UP_RE.search(sentence) or m.group("obj").lower().startswith(("to ", "and ")):
        return []
    rest = m.group("rest")
    if m.group("verb").lower() == "gave":
        trial = re.match(r"\s+(?:a|another)\s+(?:try|go|shot|whirl)\b(?P<rest>.*)$", rest, re.IGNORECASE)
        if trial is None:
            return []  # "I gave my sister a call"
        rest = trial.group("rest")
    thing = _thing(m.group("obj"))
    if thing is None:
        return []
    if _NEGATED_VERDICT_RE.search(rest):
        return []
    liked, disliked = _LIKED_RE.search(rest), _DISLIKED_RE.search(rest)
    too = _TOO_RE.search(rest)
    if liked and (disliked or too):
        return []  # "loved it but it's too pricey": mixed, no lasting verdict to keep
    if too is not None:
        adj = too.group("adj").lower() + re.sub(r"\s+for\s+(?:me|my\s+\w+)$", "", too.group("tail") or "").lower()
        return [_draft(join_text("Finds", thing, "too", adj), MemoryKind.dislike, thing)]
    if disliked is not None:
        return [_draft(join_text("Dislikes", thing), MemoryKind.dislike, thing, STRONG)]
    if liked is not None:
        return [_draft(join_text("Likes", thing), MemoryKind.preference, thing)]
    return []


def _never_again(sentence: str) -> list[Draft]:
    m = _NEVER_AGAIN_RE.match(sentence)
    if m is None:
        return []
    thing = _thing(m.group("obj") or m.group("obj2") or "")
    return [] if thing is None else [_draft(join_text("Avoids", thing), MemoryKind.dislike, thing, STRONG)]


def _initial(raw: str) -> str:
    """A thing said first in its sentence, its capital dropped: "Chamomile tastes like hay" is about chamomile."""
    return raw[:1].lower() + raw[1:] if re.match(r"[A-Z][a-z]+\b(?!\s+[A-Z])", raw) else raw


def _said_of(sentence: str) -> list[Draft]:
    if m := _EVERY_DAY_RE.match(sentence):
        thing = _thing(_initial(m.group("obj")))
        return [] if thing is None else [_draft(join_text("Likes", thing), MemoryKind.preference, thing)]
    if m := _BAD_TASTE_RE.match(sentence):
        thing = _thing(_initial(m.group("obj")))
        return [] if thing is None else [_draft(join_text("Dislikes", thing), MemoryKind.dislike, thing)]
    return []


def _refusal(sentence: str) -> list[Draft]:
    m = _REFUSAL_RE.match(sentence)
    alone = _FOR_ME_RE.match(sentence) if m is None and not re.match(r"\W*so\b", sentence, re.I) else None
    if alone is not None and not _ONE_OFF_RE.search(sentence) and not _NO_PHRASE_RE.match(alone.group("obj")):
        thing = _thing(alone.group("obj"))
        return [] if thing is None else [_draft(join_text("Avoids", thing), MemoryKind.dislike, thing, STRONG)]
    if m is None or _ONE_OFF_RE.search(sentence) or _NO_PHRASE_RE.match(m.group("obj")):
        return []
    thing = _thing(m.group("obj"))
    if thing is None:
        return []
    reason = m.group("reason").strip()
    body = _BODY_RE.match(reason)
    if _ALLERGY_RE.search(reason):
        allergy = re.search(r"(?i)\b(intolerant|sensitive)\b", reason)
        word = allergy.group(1).lower() if allergy else "allergic"
        return [_draft(join_text("Is", word, "to", thing), MemoryKind.constraint, thing, STRONG)]
    if _SLEEP_RE.match(reason):  # "No caffeine after 2pm, I won't sleep": a limit of the body's
        return [_draft(join_text("Avoids", thing), MemoryKind.constraint, thing, STRONG)]
    if body is not None and body.group("faith"):  # "I'm a Muslim so no pork": the faith is read by its own rule
        return [_draft(join_text("Avoids", thing), MemoryKind.constraint, thing, STRONG)]
    if body is not None:
        condition = (body.group("get") and join_text("Gets", body.group("get").lower())) or join_text(
            "Is", (body.group("am") or "").lower()
        )
        avoid = _draft(join_text("Avoids", thing), MemoryKind.constraint, thing)
        return [_draft(condition, MemoryKind.constraint, condition.split(" ", 1)[1]), avoid]
    if _PRIVACY_RE.search(reason):
        return [_draft(join_text("Avoids", thing, "for privacy reasons"), MemoryKind.dislike, thing)]
    if _TASTE_RE.search(reason) or _PERIOD_RE.match(re.sub(r"^\W*(?:please|pls|plz)\b", "", sentence[m.end("obj") :])):
        return [_draft(join_text("Avoids", thing), MemoryKind.dislike, thing, STRONG)]
    return []


#: The reason said first: "I get seasick so no boat tours please", "im claustrophobic, so no caves".
_REASON_FIRST_RE = re.compile(
    r"^(?P<reason>[^,;.!?]{3,60}?)(?:,\s*|\s+)(?:and\s+)?so\s+(?P<limit>(?:(?:please|pls|plz)\s+)?no\s+[^,;.!?]+?)\W*$",
    re.IGNORECASE,
)


def _reason_first(sentence: str) -> list[Draft]:
    """A body condition, then its limit after "so": read as the refusal said the other way round."""
    starts = [0] + [m.end() for m in re.finditer(r",\s*(?:and\s+)?|\s+and\s+", sentence)]  # "..., and I get"
    for m in (_REASON_FIRST_RE.match(sentence[start:]) for start in starts):
        if m is not None and _BODY_RE.match(m.group("reason")) is not None:
            return _refusal(f"{m.group('limit')}, {m.group('reason')}")
    return []


#: "Give me a window seat and I'm happy", "just give me good coffee and I'm set": all the user needs, a taste.
_CONTENT_RE = re.compile(
    r"^\W*(?:(?:just|honestly|seriously|tbh)\s+)*give me\s+(?P<obj>[^,;:!?]{2,50}?)\s*,?\s+and\s+(?:i|I)(?:'m|\s+am|"
    r"'ll be|\s+will be)\s+(?:(?:so|very|perfectly|totally)\s+)?(?:happy|set|good|sold|content|in heaven|golden|"
    r"a happy camper)\W*$",
    re.IGNORECASE,
)


def _content(sentence: str) -> list[Draft]:
    if (m := _CONTENT_RE.match(sentence)) is None or is_pointer(m.group("obj")):
        return []
    obj = third_person(m.group("obj").strip())
    return [_draft(join_text("Likes", obj), MemoryKind.preference, subject_key(obj))]


def verdicts(sentence: str) -> list[Draft]:
    """The drafts of one statement sentence: a verdict on something tried, or a refusal with its reason."""
    text = sentence.strip()
    if len(text.split()) > 40:
        return []
    return (
        _tried(text) or _never_again(text) or _said_of(text) or _refusal(text) or _reason_first(text) or _content(text)
    )
