"""How the user wants to be answered, said as a wish in any voice (issue 13, session 17): "I want detailed
answers", "give me detailed answers", "I want you to be more detailed", "I'd like all your answers in Japanese",
"I prefer paragraphs over bullet points", "I like a casual tone", "I learn best with examples", "analogies really
help me", "I want the explanation, not just the code", "I prefer metric units", "I like emojis", "I want sources
for every claim", "ask me before assuming", "one option, not five".

One subject per dimension of an answer, the same the feedback cues of :mod:`agents.offline.feedback` use
("answer length", "response language", "tone", "format", ...), so that a later change of mind ("actually, keep it
short") replaces the earlier value instead of standing beside it.

A wish counts when it is the user's own about answers in general: led by the user ("I want", "I'd prefer", "I'm a
fan of", "for me is better") or asked of the assistant ("give me", "please", "can you ... from now on") and
then lasting (a word like "from now on", or answers in the plural) or a reaction to the answer just given. Never a
wish for one text ("make this shorter", "translate this to Spanish", "Give me a detailed explanation of how
transistors work", "just the code this time"), a question about style ("is a table better here?"), someone else's
("my boss wants bullet points"), a hypothetical, or a thing that is no answer ("I want a short rope").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.offline import feedback_cues as fc
from agents.offline import lexicon as lx
from agents.offline.answer_form import FORM_FAMILIES
from agents.offline.drafts import Draft
from agents.offline.objects import condition, find_context
from memory.types import MemoryKind, MemorySource

CONFIDENCE = 0.8
_A = lx.APOS
_HUMAN = lx.alternation(lx.HUMAN_LANGUAGES)
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
    r"be|stick to|do|switch to|go with|include|add|put in|throw in|(?:you|u) can|(?:i )?(?:want|need) you to (?:be|"
    r"give me|write|use|keep|go))?"
)
_TAIL = (
    r"(?:\s+(?:the|your|all|all your|all the|my|me|you to be|you to|u to be|more|a bit more|a little more|answers|"
    r"responses|replies|explanations|them|everything|things|in|as|with|using|lots of|some|plenty of|you|u))*"
)
_NOUNS = r"(?:answers|responses|replies|explanations|explenations|messages|versions|answer)"
_LASTING_RE = re.compile(
    rf"{lx.PERSISTENCE}|\b(?:in general|generally|usually|as a rule|with me|to me|for me|(?:every|each)(?: single)? "
    r"(?:time|answer|reply|response|message|explanation|question)s?|all your|"
    rf"{lx.ANSWERS}|per|even when|even if|whenever)\b|^\W*(?:for|when|whenever) (?!this|that|now)\w+",
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

Worder = Callable[[re.Match[str], bool], tuple[str, str] | None]  # (match, negated) -> (text, subject)

_SHORT = (
    r"short|shorter|brief|briefer|concise|succinct|compact|quick|terse|snappy|to the point|straight to the point|"
    r"bite-?sized|tight|crisp|minimal|more short|short and sweet"
)
_LONG = (
    r"detailed|more detailed|long|longer|in-depth|in depth|thorough|comprehensive|deep|deeper|elaborate|lengthy|"
    r"extensive|full|fuller|exhaustive|more in-depth"
)
_FORMAL = r"formal|professional|polite|serious|businesslike|business-like"
_CASUAL = r"casual|informal|friendly|relaxed|conversational|chill|laid-back|laid back|warm"
_SIMPLE = r"simple|simpler|plain|easy|easier|basic|beginner-friendly|more simple|non-technical"
_TECH = r"technical|more technical|advanced|expert-level"
_ADJ = rf"{_SHORT}|{_LONG}|{_FORMAL}|{_CASUAL}|{_SIMPLE}|{_TECH}"


def _quality(adj: str) -> tuple[str, str] | None:
    a = adj.lower().strip()
    if re.fullmatch(_SHORT, a):
        return "Prefers short, concise answers", "answer length"
    if re.fullmatch(_LONG, a):
        return "Prefers detailed answers", "answer length"
    if re.fullmatch(_FORMAL, a):
        return (
            ("Prefers a formal tone", "tone") if a != "serious" else ("Prefers serious answers without jokes", "humor")
        )
    if re.fullmatch(_CASUAL, a):
        return "Prefers a casual, friendly tone", "tone"
    if re.fullmatch(_SIMPLE, a):
        return "Wants simple explanations without jargon", "jargon"
    if re.fullmatch(_TECH, a):
        return "Is comfortable with technical answers", "jargon"
    return None


def _adjective(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    if negated or (m.group(0).lower().startswith("keep") and re.fullmatch(_SIMPLE, m.group("adj").lower())):
        return None  # "keep it simple": of the thing asked for as often as of the answer
    return _quality(m.group("adj"))


def _language(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    if negated:
        return None
    return f"Prefers answers in {m.group('lang').capitalize()}", "response language"


_FORMATS = {
    "bullet": ("Prefers bullet points", "Dislikes bullet-point formatting"),
    "table": ("Prefers tables for comparisons", "Doesn't want tables in answers"),
    "prose": ("Prefers answers in prose rather than lists", None),
    "numbered": ("Prefers numbered lists", None),
    "heading": ("Prefers answers with headings", None),
}


def _format(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    what = m.group("fmt").lower()
    key = next(
        (
            k
            for k, w in (("bullet", "bullet"), ("table", "table"), ("numbered", "numbered"), ("heading", "head"))
            if w in what
        ),
        "prose",
    )
    text = _FORMATS[key][1 if negated else 0]
    return (text, "markdown" if key == "heading" else "format") if text else None


def _fixed(positive: str | None, negative: str | None, subject: str) -> Worder:
    def word(_m: re.Match[str], negated: bool) -> tuple[str, str] | None:
        text = negative if negated else positive
        return (text, subject) if text else None

    return word


_UNITS = {
    "metric": "metric units",
    "kilometers": "metric units",
    "kilometres": "metric units",
    "km": "metric units",
    "kg": "metric units",
    "kilos": "metric units",
    "centimeters": "metric units",
    "centimetres": "metric units",
    "meters": "metric units",
    "metres": "metric units",
    "grams": "metric units",
    "imperial": "imperial units",
    "miles": "imperial units",
    "inches": "imperial units",
    "feet": "imperial units",
    "pounds": "imperial units",
    "lbs": "imperial units",
    "ounces": "imperial units",
}


def _units(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    return None if negated else (f"Prefers {_UNITS[m.group('unit').lower()]}", "units")


_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_NEG = (
    rf"(?:(?:i )?(?:really )?(?:don{_A}?t|dont|do not|never) (?:like|want|need|use|give me|send)|(?:i )?(?:hate|"
    rf"dislike|can{_A}?t stand|cannot stand|detest)|(?:please |pls )?(?:stop|quit) (?:using|with|giving me|adding)|"
    r"no more|(?:not|no|less|fewer|too many|enough with|again with|without|avoid|skip|cut|drop|leave out|lose|ditch)|"
    r"not a fan of)"
)
_NEG_RE = re.compile(
    rf"(?:^|\b){_NEG}(?:\s+(?:the|all the|all|those|these|so many|it when you use|when you use))?\s*$", re.I
)

#: (phrase, worder, needs a lead): the phrases of one dimension each; ``needs a lead``: the phrase says no wish by
#: itself ("bullet points"), only after the user's own wish or one asked of the assistant.
_PHRASES: tuple[tuple[re.Pattern[str], Worder], ...] = (
    (  # "detailed answers", "short, concise replies", "more short answer"
        re.compile(rf"\b(?P<adj>{_ADJ})(?:,?\s+(?:and\s+|but\s+)?(?:{_ADJ}))*\s+{_NOUNS}\b", re.I),
        _adjective,
    ),
    (  # "formal is better for me", "short works best for me"
        re.compile(rf"\b(?P<adj>{_ADJ})(?= (?P<own>(?:is|are|works?) (?:better|best|easier) for me))", re.I),
        _adjective,
    ),
    (  # "you to be more detailed", "be more casual with me", "your answers to be shorter", "answers that are brief"
        re.compile(
            rf"(?:\b(?:you|u) to be|\bbe|\bkeep (?:it|things|them|(?:your |the |all )?{_NOUNS})|"
            rf"\b{_NOUNS}(?= (?:more|less) )|"
            rf"\b{_NOUNS} (?:to be|that are|which are|should be))\s+(?:a (?:bit|little|lot) |"
            rf"(?:much|way|far|even) )?(?:more |less )?(?P<adj>{_ADJ})\b(?!\s+(?:about|with (?:the|this|that)|than "
            r"(?:this|that)|for (?:this|that|it)))",
            re.I,
        ),
        _adjective,
    ),
    (  # "more detail next time", "more depth please", "go deep into the details"
        re.compile(
            r"\b(?:(?:more|lots of|plenty of|a lot of|all the) (?P<long>details?|depth)|(?:go|going|dig|digging) "
            r"(?:deep|deeper|in depth|into (?:more |the )?details?)|the (?P<long2>detailed|long|full|in-depth) "
            r"version|the (?P<short>short|brief|quick) version)\b",
            re.I,
        ),
        lambda m, neg: (
            None
            if neg
            else (
                ("Prefers short, concise answers", "answer length")
                if m.group("short")
                else ("Prefers detailed answers", "answer length")
            )
        ),
    ),
    (  # "under a paragraph", "no more than 3 sentences", "one paragraph max"
        re.compile(
            r"\b(?:(?:under|within|no (?:more|longer) than|max(?:imum)?(?: of)?|at most|not more than) (?:a|one|two|"
            r"three|four|five|\d) (?:short )?(?:sentences?|paragraphs?|lines?)|(?:one|a single|two|three|\d) "
            r"(?:short )?(?:sentences?|paragraphs?|lines?) (?:max(?:imum)?|tops|at most))\b",
            re.I,
        ),
        _fixed("Prefers short, concise answers", None, "answer length"),
    ),
    (  # "answers in Spanish", "reply in french", "talk to me in turkish", "speak german with me"
        re.compile(
            rf"\b(?:(?:{_NOUNS}|everything|it all|them) in|(?:answer|reply|respond|write|speak|talk|chat|text)"
            rf"(?: to me| with me| back| me)?(?: only| always| just)? in|(?:speak|talk|write)"
            rf"(?= (?:{_HUMAN}) (?:with|to) me))\s+(?P<lang>{_HUMAN})\b",
            re.I,
        ),
        _language,
    ),
    (  # "bullet points", "tables", "prose", "paragraphs", "numbered lists", "headings"
        re.compile(
            r"\b(?P<fmt>bullet[- ]?points?|bullets|bullet(?:ed)? lists?|tables?|prose|(?:plain |short |full )?"
            r"paragraphs|full sentences|numbered (?:lists?|steps)|headings|headers)\b(?!\s+(?:of|for (?:this|that|my|"
            r"the)|about))",
            re.I,
        ),
        _format,
    ),
    (  # "a friendly tone", "a formal style"
        re.compile(
            rf"\b(?:an? )?(?P<adj>{_FORMAL}|{_CASUAL})(?:,?\s+(?:and\s+)?(?:{_FORMAL}|{_CASUAL}))* "
            r"(?:tone|style|register|voice)\b",
            re.I,
        ),
        _adjective,
    ),
    (  # "(you don't need to) be so formal with me", "you can be casual with me"
        re.compile(
            rf"\b(?:(?:you )?(?:don{_A}?t|dont|do not) (?:need|have) to be|no need to be|stop being|you can be|"
            rf"(?:feel free to|it{_A}?s (?:ok|okay|fine) to) be) (?:so |that |more |a bit )?"
            rf"(?P<adj>{_FORMAL}|{_CASUAL})\b",
            re.I,
        ),
        lambda m, neg: _flip_tone(m),
    ),
    (  # "examples", "an example"
        re.compile(
            r"\b(?:(?:concrete |real |real-world |practical |worked )?examples|an example)\b(?!\s+(?:of|for))", re.I
        ),
        _fixed("Wants concrete examples in answers", None, "examples"),
    ),
    (  # "analogies", "metaphors"
        re.compile(r"\b(?:analogies|metaphors|comparisons to everyday things)\b(?!\s+(?:of|for))", re.I),
        _fixed("Likes analogies in explanations", "Doesn't want analogies in explanations", "analogies"),
    ),
    (  # "the explanation, not just the code", "explain the code", "code with comments"
        re.compile(
            r"\b(?:(?:the |an |some )?explanations?,? (?:(?:and )?not|rather than|instead of|over) (?:just )?(?:the )?"
            r"code|explain (?:the|your) code|code with (?:comments|explanations?)|(?:comments|explanations?) "
            r"(?:in|with) (?:the )?code)\b",
            re.I,
        ),
        _fixed("Wants code explained, not just given", None, "code answers"),
    ),
    (  # "metric units", "measurements in inches", "think in miles"
        re.compile(
            r"\b(?:(?P<unit>metric|imperial)(?: units| system| measurements)?|"
            rf"(?P<unit4>{_UNIT_WORDS}) (?:units|measurements)|(?:measurements|units|distances|weights|"
            rf"lengths|sizes|numbers|everything) in (?P<unit2>{_UNIT_WORDS})|"
            rf"(?P<own>i (?:think|measure|work|count) in) (?P<unit3>{_UNIT_WORDS}))\b",
            re.I,
        ),
        lambda m, neg: (
            None
            if neg
            else (
                f"Prefers {_UNITS[next(g for g in m.group('unit', 'unit2', 'unit3', 'unit4') if g).lower()]}",
                "units",
            )
        ),
    ),
    (  # "jokes", "humor"
        re.compile(r"\b(?:jokes|humou?r|puns|(?:are |being )?funny)\b(?!\s+(?:of|about|for))", re.I),
        _fixed("Likes humor in answers", "Prefers serious answers without jokes", "humor"),
    ),
    (  # "technical terms", "jargon", "big words"
        re.compile(
            r"\b(?:technical (?:terms|language|words|details)|jargon|(?:big|fancy|hard|difficult|complicated) words)\b"
            r"(?P<out>\s+out\b)?",
            re.I,
        ),
        lambda m, neg: (
            ("Wants simple explanations without jargon", "jargon")
            if neg or m.group("out") or re.search(r"\b(?:jargon|words)\b", m.group(0), re.I)
            else ("Is comfortable with technical terms in answers", "jargon")
        ),
    ),
    (  # "short and sweet", "to the point": as a reaction or with a word that makes it last
        re.compile(r"\b(?:short and (?:sweet|simple|to the point)|(?:straight )?to the point)\b", re.I),
        _fixed("Prefers short, concise answers", None, "answer length"),
    ),
    (  # "emojis"
        re.compile(r"\b(?:emojis?|emoticons|smileys)\b", re.I),
        _fixed("Likes emojis in answers", "Doesn't want emojis in answers", "emojis"),
    ),
    (  # "sources", "references", "citations"
        re.compile(r"\b(?:sources|references|citations|links to (?:your |the )?sources)\b", re.I),
        _fixed("Wants sources cited in answers", None, "sources"),
    ),
)


def _flip_tone(m: re.Match[str]) -> tuple[str, str] | None:
    """'you don't need to be so formal' -> casual; 'you can be casual with me' -> casual."""
    adj = m.group("adj").lower()
    asked_for = not re.match(r"(?:you )?(?:don|dont|do not|no need|stop)", m.group(0), re.I)
    formal = bool(re.fullmatch(_FORMAL, adj)) == asked_for
    return ("Prefers a formal tone", "tone") if formal else ("Prefers a casual, friendly tone", "tone")


#: Whole wishes that need no lead: asking before assuming, one option instead of many, no "great question".
_WHOLE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(
            r"\b(?:ask (?:me )?(?:\w+ )?(?:questions? )?(?:first |instead )?(?:before|rather than|instead of) "
            rf"(?:you )?(?:assum|guess)\w*|ask me (?:instead of|rather than|before) (?:guessing|assuming)|(?:don{_A}?t|"
            r"dont|do not|stop|never) (?:just )?(?:assume|guess)(?: anything| things| what i (?:mean|want))?,? "
            r"(?:just )?ask(?: me)?)\b",
            re.I,
        ),
        "Wants to be asked rather than have things assumed",
        "assumptions",
    ),
    (
        re.compile(
            r"\b(?:(?:just |only )?(?:one|1|a single) (?:option|recommendation|suggestion|answer|pick|choice),? "
            r"(?:not|instead of|rather than) (?:five|ten|three|\d+|a (?:list|bunch|dozen)|several|many|a menu)|"
            rf"(?:stop|quit|don{_A}?t keep|no need to keep) (?:giving|listing|offering|throwing) (?:me )?(?:\w+ )?"
            r"(?:options|choices|alternatives)|(?:i )?(?:prefer|want|like) (?:one|a single) (?:recommendation|"
            r"suggestion|option|pick)|prefers (?:one|a single) (?:recommendation|suggestion|option|pick))\b",
            re.I,
        ),
        "Wants a single recommendation",
        "options",
    ),
    (
        re.compile(
            rf"\b(?:don{_A}?t|dont|do not|stop|quit|no need to) (?:start|open|begin)(?:ing)? (?:\w+ )?with "
            r"\W?great question",
            re.I,
        ),
        "Wants direct answers without filler or praise",
        "filler",
    ),
    (
        re.compile(
            rf"\b(?:stop|quit|no need to keep|you don{_A}?t (?:need|have) to keep|don{_A}?t keep) (?:saying|"
            rf"reminding me|telling me) (?:that )?(?:you{_A}?re|you are|ur) (?:just |only )?an? (?:ai|language "
            r"model|bot)\b",
            re.I,
        ),
        "Doesn't want reminders that it is an AI",
        "ai reminders",
    ),
)

_HELPS_RE = re.compile(
    r"^\W*(?:(?:really|always|do|a lot|so much|actually|just)\s+)*(?:(?:help|helps) me|work (?:best|better)|are "
    r"(?:great|best|better|easier|clearer) for me)\b|\b(?:it|they|that) (?:really )?helps? me\b|"
    r"\bworks? (?:best|better) for me\b",
    re.IGNORECASE,
)
#: The phrase is the subject of a verdict ("Imperial makes no sense to me"), unless the verdict is the wish ("short
#: answers are better for me", "tables are great").
_VERDICT_AFTER_RE = re.compile(
    r"\s+(?!(?:is|are|work|works) (?:better|best|easier|great|clearer|nicer|perfect|ideal)\b)(?:makes?|made|is|are|"
    rf"was|were|seems?|looks?|feels?|sounds?|sucks?|confus\w*|annoys?|drives?|does|doesn{_A}?t|do|don{_A}?t|never|has|"
    r"have|get|gets|can|could|should|would|will)\b",
    re.IGNORECASE,
)
_SPEAKER_RE = re.compile(rf"\b(?:i|i{_A}?m|im)\b", re.IGNORECASE)
_OWN_RE = re.compile(rf"{_OWN}{_TAIL}\W*$", re.IGNORECASE)
_ASKED_RE = re.compile(rf"{_ASKED}{_TAIL}\W*$", re.IGNORECASE)


#: A condition leading the sentence ("for work emails", "when I ask about astronomy,"): the wish holds there.
_CONDITION_RE = re.compile(
    r"^\W*(?:for|when|whenever|in|at|on|with)\s+(?!(?:this|that|now|general|short|fact|particular|(?:the )?future|"
    r"me|you)\b)(?:[^,.;!?]{2,50}?(?<!\bwe)(?<!\bi)(?<!\byou)(?<!\bthey)\s+(?=(?:please |pls |just |always )*(?:keep|"
    r"be|give|use|write|answer|reply|respond|talk|speak|i|i'd|i'm)\b)|[^,.;!?]{2,50},\s*|[^,.;!?]{2,50}?\s*$)",
    re.IGNORECASE,
)


def _lead(before: str) -> str | None:
    """'own' when the user's wish leads the phrase, 'asked' when asked of the assistant, 'neg' + either when
    the lead says not to, None when the phrase is not wished for by the user."""
    b = _CONDITION_RE.sub("", before.rstrip() + " ", count=1).rstrip()
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
_TASK_WORDS = 30  # words: a longer sentence that asks for something is a task, not a wish about answers
_BARE_JOIN_RE = re.compile(r"\b(?:and|so|but|also|then|or)\s*$", re.IGNORECASE)
#: A phrase that asks by itself: a verb first ("be more casual", "answer in English"), a wish about the assistant
#: ("you don't need to be so formal") or a verdict worded as a wish ("short and to the point").
_VERB_FIRST_RE = re.compile(
    rf"(?:be|keep|answer|reply|respond|speak|talk|write|go|give|use|stick|you|u|don{_A}?t|dont|do not|no need|stop|"
    r"feel free|it|short and|(?:straight )?to the point)\b",
    re.IGNORECASE,
)


def _draft(text: str, subject: str, sentence: str, end: int) -> Draft:
    lead = _CONDITION_RE.match(sentence)  # "In the morning I only want short answers": in the morning
    return Draft(
        text=text,
        kind=MemoryKind.style,
        subject=subject,
        confidence=CONFIDENCE,
        source=MemorySource.feedback,
        context=find_context(sentence[end:]) or (condition(lead.group(0).strip(" ,")) if lead else ""),
        category="communication",
        quote=sentence,
    )


def answer_wishes(sentences: list[str], *, reacting: bool, taken: frozenset[str] = frozenset()) -> list[Draft]:
    """Style drafts for how the user wants answers (see the module's doc), one per subject not in ``taken``.

    ``reacting``: the turn is short and follows an assistant answer, so a wish asked of the assistant counts
    without a word that makes it last.
    """
    found: dict[str, Draft] = {}
    for sentence in sentences:
        if _skipped(sentence):
            continue
        lasting = bool(_LASTING_RE.search(sentence))
        for pattern, text, subject in _WHOLE:
            m = pattern.search(sentence) if subject not in found and subject not in taken else None
            if m is not None and not _blocked(sentence, m):
                found[subject] = _draft(text, subject, sentence, m.end())
        for pattern, word in _PHRASES:
            for m in pattern.finditer(sentence):
                lead = "own" if "own" in m.re.groupindex and m.group("own") else _lead(sentence[: m.start()])
                if (
                    lead == "asked"
                    and _BARE_JOIN_RE.search(sentence[: m.start()])
                    and not _VERB_FIRST_RE.match(m.group(0))
                ):
                    continue
                if lead == "asked" and _HELPS_RE.search(sentence[m.end() :]):
                    lead = "own"  # "analogies really help me", "use analogies, it helps me"
                if lead is None or _blocked(sentence, m):
                    continue
                if lead == "asked" and (not (lasting or reacting) or len(sentence.split()) > _TASK_WORDS):
                    continue  # a wish for now, or one instruction of a long task prompt ("... add emojis at the end")
                if lead == "asked" and _bare(sentence, m):
                    continue  # "Long answers. Hate them.": a topic named, nothing asked of it
                if lead == "neg" and not (lasting or reacting or _SPEAKER_RE.search(sentence[: m.start()])):
                    continue  # "no emojis" alone: a reaction or a lasting wish only; "I don't like tables" is one
                if _VERDICT_AFTER_RE.match(sentence[m.end() :]):
                    continue  # "Imperial makes no sense to me", "tables are confusing": said of it, not wished
                worded = word(m, lead == "neg")
                if worded is None or worded[1] in found or worded[1] in taken or _read_by_form(sentence, worded[1]):
                    continue
                found[worded[1]] = _draft(worded[0], worded[1], sentence, m.end())
                break
    return list(found.values())


#: Words that make a phrase said alone a request ("Brief answers, please", "tables are great, every time").
_ASKING_RE = re.compile(
    rf"{lx.PERSISTENCE}|\b(?:please|pls|plz|only|thanks|thx|instead|every|better|best|easier|for me|with me|to me|"
    r"great|perfect|ideal)\b",
    re.IGNORECASE,
)


def _bare(sentence: str, m: re.Match[str]) -> bool:
    """The phrase is said alone, with no verb before it and nothing after it that asks for it ("Long answers.")."""
    before = _CONDITION_RE.sub("", sentence[: m.start()] + " ", count=1)
    if re.search(r"\w", before) or _VERB_FIRST_RE.match(m.group(0)):
        return False
    return not _ASKING_RE.search(sentence[m.end() :])


def _read_by_form(sentence: str, subject: str) -> bool:
    """:mod:`agents.offline.answer_form` reads this wish in ``sentence`` already ("metric please")."""
    for family in FORM_FAMILIES:
        m = family.pattern.search(sentence)
        if m is not None and (worded := family.word(m)) is not None and worded[2] == subject:
            return True
    return False


def _skipped(sentence: str) -> bool:
    """A sentence that holds no lasting wish of the user's own: a question about style, someone else's wish, a
    hypothetical, a wish for this one text or this once."""
    s = sentence.strip()
    if (_QUESTION_RE.match(s) and s.endswith("?")) or _UP_TO_YOU_RE.search(s):
        return True
    return bool(_OTHERS_RE.search(s) or _HYPOTHETICAL_RE.search(s) or _ONE_OFF_RE.search(s) or _PURPOSE_RE.search(s))


def _blocked(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    if sum(before.count(q) for q in '"\u201c\u201d') % 2 == 1:
        return True
    return bool(fc._REPORTED_RE.search(before))  # the feedback cues' test for others' words


_NEGATIVE_RE = re.compile(r"^(?:Doesn't|Does not|Dislikes|Hates|Avoids|Can't stand|Is not a fan)\b")


def restated(draft: Draft, head: list[Draft]) -> bool:
    """``draft`` says again, in the rules' words, the same wish about answers that a style draft of ``head`` read in
    the same sentence ("I like thorough explanations": Likes thorough explanations, beside Prefers detailed answers);
    not another value beside it ("Finds paragraphs easier to follow" beside Dislikes bullet-point formatting)."""
    if draft.kind not in (MemoryKind.preference, MemoryKind.dislike, MemoryKind.style):
        return False
    said = {h.text for h in head if h.quote == draft.quote and h.kind is MemoryKind.style}
    if not said:
        return False
    negated = draft.kind is MemoryKind.dislike or bool(_NEGATIVE_RE.match(draft.text))
    worded = [word(m, negated) for pattern, word in _PHRASES for m in pattern.finditer(draft.text)]
    worded += [(text, subject) for pattern, text, subject in _WHOLE if pattern.search(draft.text)]
    return any(w is not None and w[0] in said for w in worded)
