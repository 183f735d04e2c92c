"""Who wishes it, and for how long, for :mod:`agents.offline.answer_wishes`: the words before a phrase about
answers that make it the user's own wish ("I want", "I'd much prefer", "I'm a fan of", "for me is better", "analogies
really help me"), one asked of the assistant ("give me", "please", "can you", "keep it", "for work emails keep it
formal") or one against it ("I don't like", "no more", "stop using", "enough with"); the words that make a wish last
("from now on", "in general", "every time", answers in the plural); a condition leading the sentence ("when I ask
about astronomy,", "for work emails"); and what makes a phrase said alone a request ("Brief answers, please").

Refuses a sentence that holds no lasting wish of the user's own: a question about style ("is a table better
here?"), "up to you", someone else's wish ("my boss wants bullet points"), a hypothetical ("if I wanted tables",
"imagine you answered in French"), a wish for this one text or this once ("make this shorter", "just the code this
time"), the purpose of one request ("detailed answers for my exam"); and a phrase inside an open quote or after
reported words ("she said ...").
"""

from __future__ import annotations

import re

from agents.offline import cue_guards
from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from memory.types import MemoryKind, MemorySource

_A = lx.APOS
_ADV = (
    r"(?:really|much|generally|usually|always|definitely|honestly|just|also|actually|personally|mostly|so|do|would|"
    r"only)"
)

#: The user's own wish before the phrase ("I want", "I'd much prefer", "I'm a fan of", "i like it when you"):
#: lasting by itself.
_OWN = (
    rf"(?:\bi(?:{_A}d|{_A}ll| would| will)?(?:\s+{_ADV})*\s+(?:want|prefer|like|love|need|appreciate|enjoy|rather "
    rf"(?:have|get|read|you|u)|am prefer|prefer to (?:get|have|read)|like to (?:get|have|read)|learn best with|"
    rf"understand (?:better|best) with|do better with|work better with)(?:\s+(?:it|that))?"
    rf"(?:\s+(?:when|if) (?:you|u)(?: (?:give|write|use|add|go|are|keep))?)?|\bi{_A}?m (?:a (?:big |huge )?fan of|"
    rf"all for|into)|\b(?:for me|to me),? (?:is|are|it{_A}?s) better|\b(?:is|are|works?|it{_A}?s) (?:better|best|"
    rf"easier) for me|\bmy (?:preference is|favou?rite is))"
)
#: Asked of the assistant ("give me", "please", "can you", "keep", "use"): lasting only with a word that makes it
#: last or answers in the plural, or as a reaction to the answer just given.
_ASKED = (
    r"(?:^|[,;.!]\s*|\b(?:and|so|but|also|then|pls|please|plz|always|just)\s+)(?:(?:please|pls|plz|can you|could you|"
    r"would you|can u|could u|will you|always|just|only|also|and|now|ok(?:ay)?|so|from now on|going forward|"
    r"in (?:the )?future|next time|in general|generally|honestly)[\s,]+)*(?:(?:you|u) can (?:use|give me|write|"
    rf"speak|talk|go|be)|feel free to (?:use|be|go)|(?:it{_A}?s )?(?:ok|okay|fine) to (?:use|be|go)|give me|send me|"
    r"write|use|keep (?:giving me|them|it|things|(?:your |the |all )?answers)|keep|make (?:them|your answers|answers)|"
    r"be|stick to|do|switch to|go with|include|add|put in|throw in|answer|reply|respond|explain|talk to me|"
    r"speak to me|(?:you|u) can|(?:i )?(?:want|need) you to (?:be|"
    r"give me|write|use|keep|go))?"
)
_TAIL = (
    r"(?:\s+(?:the|your|all|all your|all the|my|me|you to be|you to|u to be|more|a bit more|a little more|answers|"
    r"responses|replies|explanations|them|everything|things|in|as|with|using|lots of|some|plenty of|you|u))*"
)

LASTING_RE = re.compile(
    rf"{lx.PERSISTENCE}|\b(?:in general|generally|usually|as a rule|with me|to me|for me|(?:every|each)(?: single)? "
    r"(?:time|answer|reply|response|message|explanation|question)s?|all your|"
    rf"{lx.ANSWERS}|per|even when|even if|whenever)\b|^\W*(?:for|when|whenever) (?!this|that|now)\w+|"
    # a standing reason of the reader's ("..., I translate everything with my phone", "my English is not good")
    r"\bi (?:always |usually |often )?(?:translate (?:everything|it all|your answers)|read (?:everything|these|it all) "
    r"on my phone|use a screen reader)\b|\bmy (?:english|german|french|spanish|italian|dutch) (?:is|isn'?t) "
    r"(?:not |still )?(?:good|great|bad|poor|basic|weak|limited)\b|\b(?:i'?m|i am) (?:not (?:a )?native|dyslexic)\b|"
    r"\benglish (?:is not|isn'?t) my first language\b",
    re.IGNORECASE,
)
#: A wish for this one text or this once: not a lasting wish.
_ONE_OFF_RE = re.compile(
    r"\b(?:this time|for now|right now|today|tonight|just this once|this one|for this(?! kind)|here\b|this (?:text|"
    r"email|paragraph|essay|article|post|letter|message|section|list|answer|reply|response|one)|that (?:answer|"
    r"reply|one))",
    re.IGNORECASE,
)
_UP_TO_YOU_RE = re.compile(r"\b(?:whatever you (?:think|want|prefer|like)|up to you|either (?:way|is fine))\b", re.I)
#: A purpose of this one request ("detailed answers for my exam", "sources for my essay").
_PURPOSE_RE = re.compile(
    r"\bfor (?:my|our|a|an|the|his|her|their) (?:\w+ )?(?:exams?|tests?|essays?|reports?|presentations?|homework|"
    r"assignments?|thesis|papers?|class|projects?|quiz(?:zes)?|speech|talk|articles?|posts?|cards?)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL_RE = re.compile(
    rf"\bif (?:i|we|you|it) (?:were|was|had|wanted|could|did|didn{_A}?t|weren{_A}?t)\b|\bif\b.*\b(?:i{_A}d|i would)\b|"
    r"\b(?:imagine|suppose|what if|wish|pretend|hypothetically)\b",
    re.IGNORECASE,
)
_OTHERS_RE = re.compile(
    r"\b(?:my|our|his|her|their|the) (?:\w+ )?(?:boss|manager|teacher|professor|friend|wife|husband|partner|mom|mum|"
    r"dad|mother|father|sister|brother|son|daughter|kids?|team|client|coworker|colleague|students?|readers?|"
    r"audience|users?|customers?)\b|\b(?:students|people|everyone|they|he|she|kids)\s+(?:\w+\s+)?(?:wants?|likes?|"
    r"prefers?|needs?)\b",
    re.IGNORECASE,
)
_QUESTION_RE = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|should|has|have|what|why|who|where|when|which|how|would|will|"
    r"shall)\b(?!\s+(?:you|u)\b)",
    re.IGNORECASE,
)

_NEG = (
    rf"(?:(?:i )?(?:really )?(?:don{_A}?t|dont|do not|never) (?:like|want|need|use|give me|send)|(?:i )?(?:hate|"
    rf"dislike|can{_A}?t stand|cannot stand|detest)|(?:please |pls )?(?:stop|quit) (?:using|with|giving me|adding)|"
    r"no more|(?:not|no|less|fewer|too many|enough with|again with|without|avoid|skip|cut|drop|leave out|lose|ditch)|"
    r"not a fan of)"
)
_NEG_RE = re.compile(
    rf"(?:^|\b){_NEG}(?:\s+(?:the|all the|all|those|these|so many|it when you use|when you use))?\s*$", re.I
)

HELPS_RE = re.compile(
    r"^\W*(?:(?:really|always|do|a lot|so much|actually|just)\s+)*(?:(?:help|helps) me|work (?:best|better)|are "
    r"(?:great|best|better|easier|clearer) for me)\b|\b(?:it|they|that) (?:really )?helps? me\b|"
    r"\bworks? (?:best|better) for me\b",
    re.IGNORECASE,
)
#: The phrase is the subject of a verdict ("Imperial makes no sense to me"), unless the verdict is the wish ("short
#: answers are better for me", "tables are great").
VERDICT_AFTER_RE = re.compile(
    r"\s+(?!(?:is|are|work|works) (?:better|best|easier|great|clearer|nicer|perfect|ideal)\b)(?:makes?|made|is|are|"
    rf"was|were|seems?|looks?|feels?|sounds?|sucks?|confus\w*|annoys?|drives?|does|doesn{_A}?t|do|don{_A}?t|never|has|"
    r"have|get|gets|can|could|should|would|will)\b",
    re.IGNORECASE,
)
SPEAKER_RE = re.compile(rf"\b(?:i|i{_A}?m|im)\b", re.IGNORECASE)
_OWN_RE = re.compile(rf"{_OWN}{_TAIL}\W*$", re.IGNORECASE)
_ASKED_RE = re.compile(rf"{_ASKED}{_TAIL}\W*$", re.IGNORECASE)


#: A condition leading the sentence ("for work emails", "when I ask about astronomy,"): the wish holds there.
CONDITION_RE = re.compile(
    r"^\W*(?:for|when|whenever|in|at|on|with)\s+(?!(?:this|that|now|general|short|fact|particular|(?:the )?future|"
    r"me|you)\b)(?:[^,.;!?]{2,50}?(?<!\bwe)(?<!\bi)(?<!\byou)(?<!\bthey)\s+(?=(?:please |pls |just |always )*(?:keep|"
    r"be|give|use|write|answer|reply|respond|talk|speak|i|i'd|i'm)\b)|[^,.;!?]{2,50},\s*|[^,.;!?]{2,50}?\s*$)",
    re.IGNORECASE,
)


def lead(before: str) -> str | None:
    """'own' when the user's wish leads the phrase, 'asked' when asked of the assistant, 'neg' + either when
    the lead says not to, None when the phrase is not wished for by the user."""
    b = CONDITION_RE.sub("", before.rstrip() + " ", count=1).rstrip()
    neg = _NEG_RE.search(b)
    if neg is not None:
        rest = b[: neg.start()]
        if (
            not rest.strip()
            or _OWN_RE.search(rest)
            or _ASKED_RE.search(rest + " ")
            or rest.rstrip().endswith((",", "."))
        ):
            return "neg"
        return None
    if _OWN_RE.search(b):
        return "own"
    if _ASKED_RE.search(b + " "):
        return "asked"  # "for work emails keep it formal": a wish for that situation (situations.py keeps it)
    return None


#: A phrase after "and", "so" or "but" alone is asked only when it starts with a verb ("... and be more casual"),
#: not when it ends a list of other things ("I use formal language and citations").
BARE_JOIN_RE = re.compile(r"\b(?:and|so|but|also|then|or)\s*$", re.IGNORECASE)
#: A phrase that asks by itself: a verb first ("be more casual", "answer in English"), a wish about the assistant
#: ("you don't need to be so formal") or a verdict worded as a wish ("short and to the point").
VERB_FIRST_RE = re.compile(
    rf"(?:be|keep|answer|reply|respond|speak|talk|write|go|give|use|stick|you|u|don{_A}?t|dont|do not|no need|stop|"
    r"feel free|it|short and|(?:straight )?to the point)\b",
    re.IGNORECASE,
)

#: Words that make a phrase said alone a request ("Brief answers, please", "tables are great, every time").
_ASKING_RE = re.compile(
    rf"{lx.PERSISTENCE}|\b(?:please|pls|plz|only|thanks|thx|instead|every|better|best|easier|for me|with me|to me|"
    r"great|perfect|ideal)\b",
    re.IGNORECASE,
)


def bare(sentence: str, m: re.Match[str]) -> bool:
    """The phrase is said alone, with no verb before it and nothing after it that asks for it ("Long answers.")."""
    before = CONDITION_RE.sub("", sentence[: m.start()] + " ", count=1)
    if re.search(r"\w", before) or VERB_FIRST_RE.match(m.group(0)):
        return False
    return not _ASKING_RE.search(sentence[m.end() :])


def skipped(sentence: str) -> bool:
    """A sentence that holds no lasting wish of the user's own: a question about style, someone else's wish, a
    hypothetical, a wish for this one text or this once."""
    s = sentence.strip()
    if (_QUESTION_RE.match(s) and s.endswith("?")) or _UP_TO_YOU_RE.search(s):
        return True
    return bool(_OTHERS_RE.search(s) or _HYPOTHETICAL_RE.search(s) or _ONE_OFF_RE.search(s) or _PURPOSE_RE.search(s))


def blocked(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    if sum(before.count(q) for q in '"\u201c\u201d') % 2 == 1:
        return True
    return bool(cue_guards.REPORTED_RE.search(before))  # the feedback cues' test for others' words


#: How sure a wish about answers said outright is (answer_wishes.py, answer_parts.py).
WISH_CONFIDENCE = 0.8


def wish_draft(text: str, subject: str, quote: str, context: str = "") -> Draft:
    """A wish about answers as a style memory: "Wants steps without theory" (subject: which kind of wish)."""
    return Draft(
        text=text,
        kind=MemoryKind.style,
        subject=subject,
        confidence=WISH_CONFIDENCE,
        source=MemorySource.feedback,
        context=context,
        category="communication",
        quote=quote,
    )
