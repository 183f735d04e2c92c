"""Feedback cues beyond length, code, language, tone and format (issue 13): wishes about how an answer speaks to
the user, written as families in general English, each worded as a careful reader would note it.

- plain words: "too technical", "in plain English", "ELI5", "like I'm 12", "dumb it down", "that went over my
  head", "less jargon"; the user's words kept for named terms ("skip the French words": "Wants explanations without
  French terms");
- no filler: "no fluff", "skip the 'great question' bit", "no need to compliment me", "just dive in";
- candour: "be blunt", "don't sugarcoat it", "no need to be so positive", "drop the cheerleading";
- told again: "stop telling me to see a doctor", "stop saying consult an attorney every two lines" (what they are
  told kept: "Doesn't want to be told to consult an attorney"), and "no disclaimers";
- practical: "just tell me what to do", "skip the theory";
- one pick: "just pick one for me", "give me your top pick"; the few that matter: "that's too many options",
  "which three matter most?", "just the few I'd actually forget";
- steps, as a wish ("step by step please", "I just want to know what to do next, step by step", "say how to
  actually check each thing"), not a task asked in steps ("Explain the result step by step", "Let's think step by
  step"), which is a one-off like an edit of one text;
- how an answer is pitched (session 14, :data:`WORDING_CUES`): "stop hedging", "less wishy-washy"; "you keep
  over-explaining", "too much hand-holding", "no more lectures", "I don't need the history lesson"; "talk to me like
  a colleague" ("Wants to be spoken to like a colleague"); "examples, not definitions"; "stop ending every answer
  with a question"; "don't repeat my question back", "no need to summarize at the end"; "no exclamation marks";
- spoilers: "warn me before spoilers", "no spoilers please" (a bare "No spoilers." is a terse statement the regex
  gate leaves to the learned reader, see :mod:`agents.extract.gate`).

They count where :mod:`agents.offline.feedback` counts any cue (a short turn right after an answer, or a wish that
lasts), but never in someone else's words ("my boss said to stop sugarcoating"), inside quotation marks, in a
question about something ("Is that book too technical?", "what are spoiler tags?"), or in a habit ("I always
skip the intro"); the plain-words cues not in a request to explain something new ("can you explain what a
deductible is in simple terms?").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agents.offline import lexicon as lx
from agents.offline.normalize import third_person
from memory.types import MemoryKind


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    text: str  # may hold {0}: the cue's value (by default its first group, capitalised)
    subject: str
    value: Callable[[re.Match[str]], str | None] | None = None  # None from it: no memory from this match
    guarded: bool = False  # see blocked()
    kind: MemoryKind = MemoryKind.style  # a preference for a cue about what answers plan ("too packed")
    category: str = "communication"


def cue(
    pattern: str,
    text: str,
    subject: str,
    value: Callable[[re.Match[str]], str | None] | None = None,
    *,
    guarded: bool = False,
    kind: MemoryKind = MemoryKind.style,
    category: str = "communication",
) -> Cue:
    return Cue(re.compile(pattern, re.IGNORECASE), text, subject, value, guarded, kind, category)


_A = lx.APOS
_DONT = rf"(?:don{_A}?t|do not|dont)"
_IM = rf"(?:i{_A}?m|i am|im)"
_LIKE_NEW = (
    r"(?:five|5|a (?:five|5)[- ]year[- ]old|\d{1,2}|twelve|ten|an? (?:kid|child|beginner|novice|newbie|idiot)|"
    r"new to this)"
)
#: Named kinds of terms whose name the memory keeps ("skip the French words", "I don't need the Latin names").
_NAMED_TERMS = lx.alternation(
    lx.HUMAN_LANGUAGES
    + lx.words(
        "latin|scientific|medical|legal|botanical|financial|musical|culinary|industry|insider|tech|math|maths|"
        "chemistry|anatomical|sanskrit|programming|gaming|marketing|business"
    )
)
_HARD_WORDS = r"(?:technical|special|big|fancy|complicated|difficult|hard|long|scientific|medical|legal|foreign)"
_JARGON = r"(?:jargon|lingo|buzzwords?|technical terms|terminology|acronyms|abbreviations)"


def _terms(m: re.Match[str]) -> str | None:
    """'skip the french words' -> 'French terms', 'i dont need the latin names' -> 'Latin names'."""
    word, noun = m.group("which").lower(), m.group("noun").lower()
    word = word.capitalize() if word in lx.HUMAN_LANGUAGES or word == "latin" else word
    return f"{word} {'names' if noun == 'names' else 'terms'}"


#: Verbs that start advice ("consult an attorney", "see a doctor"): after "stop saying", only these are advice.
_ADVICE_VERBS = (
    "consult|see|talk|speak|call|ask|check|seek|get|hire|contact|visit|go|consider|drink|eat|take|stay|be|do|make|"
    "use|try|keep|rest|sleep|exercise|read|remember|back|save|verify|reach|book|buy|wear|stretch|hydrate|drive|"
    "stop|start|avoid|find|look|double|practice|practise|meditate|breathe|relax|journal|budget|wait|think|calm|"
    "lose|cut|quit|switch|update|upgrade|reboot|restart|reinstall"
)
_TOLD_END_RE = re.compile(
    r"\s+(?:every|each|all the time|all over|in every|constantly|over and over|so much|so often|again|repeatedly|"
    r"anymore|any more|lol|haha|pls|please|already|first|too|as well|at the end)\b.*$",
    re.IGNORECASE,
)
_TOLD_GROUPS = ("what", "what2", "what3", "what4")


def _told(m: re.Match[str]) -> str | None:
    """What the user no longer wants to be told: 'consult an attorney every two lines' -> 'consult an attorney'."""
    said = _TOLD_END_RE.sub("", next(g for g in (m.group(n) for n in _TOLD_GROUPS) if g).strip())
    words = said.split()
    if not 1 <= len(words) <= 8 or words[-1].lower() in ("a", "an", "the", "to", "my", "your", "and", "or", "of"):
        return None
    return third_person(said[0].lower() + said[1:])


#: What a verdict like "too technical" is about: the answer ("that was way too technical", "this is too many special
#: words", a bare "too technical"), not something else ("the manual is way too technical").
_OF_THE_ANSWER_RE = re.compile(
    rf"(?:^|[.,!;:]|\b(?:that|this|it|thats|that{_A}s|it{_A}s|its|you{_A}re|youre|you|your (?:answer|explanation|reply|"
    r"response)s?))(?:\s+(?:is|was|are|were|seems|sounds|feels|got|getting|being|a bit|bit|kinda|kind of|pretty|still|"
    r"way|far|much|little|a little|just|really|so|all|bit|lol|haha|honestly))*\W*$",
    re.IGNORECASE,
)


def _of_the_answer(m: re.Match[str]) -> str | None:
    return "" if _OF_THE_ANSWER_RE.search(m.string[: m.start()]) else None


CUES: tuple[Cue, ...] = (
    cue(
        r"\b(?:(?:skip|drop|lose|ditch|without|no|cut|leave out)\s+(?:all\s+)?the|"
        rf"(?:i )?{_DONT} need (?:all )?the|no more)\s+(?P<which>{_NAMED_TERMS})\s+"
        r"(?P<noun>words|terms|names|terminology)\b",
        "Wants explanations without {0}",
        "jargon",
        _terms,
        guarded=True,
    ),
    cue(
        r"\btoo (?:technical|jargon-?y|sciency|academic|nerdy|(?:much|many) (?:jargon|lingo|"
        rf"{_HARD_WORDS} (?:words|terms)))\b",
        "Wants simple explanations without jargon",
        "jargon",
        _of_the_answer,
        guarded=True,
    ),
    cue(
        r"\b(?:(?:less|no|without|skip|drop|cut|fewer|lose) (?:the |all the |any )?"
        rf"(?:(?:corporate|business|marketing|industry) )?(?:{_JARGON}|{_HARD_WORDS} (?:words|terms|language))|"
        rf"(?:in|use) (?:plain|simple|simpler|everyday|"
        rf"normal|layman{_A}?s?) (?:english|terms|words|language)|(?:plain|simple|simpler) (?:english|words|terms|"
        rf"language) (?:please|pls)|simpler please|eli5|(?:explain|say|put)(?: it| that| this| things| stuff)?"
        rf"(?: to me)? (?:like|as if) {_IM} {_LIKE_NEW}|dumb (?:it|this|that|things) down|"
        rf"(?:went|goes|is|was) (?:completely |totally |way |right |all )?over my head|you lost me|"
        rf"assume {_IM} (?:a )?(?:complete |total )?(?:beginner|novice|newbie)|assume i (?:know|knew) nothing|"
        rf"explain (?:it |that |this |things |stuff )?(?:more )?(?:simply|simpler|more simple)|(?:say|put) (?:it|that|"
        rf"this) (?:more )?(?:simply|simpler|more simple)|i {_DONT} (?:know|understand) (?:what )?(?:half|most|any) "
        r"(?:of )?(?:those|these|the|your) (?:words|terms))\b",
        "Wants simple explanations without jargon",
        "jargon",
        guarded=True,
    ),
    cue(
        r"(?:\b(?:skip|drop|cut|lose|ditch|less|spare me|enough with|stop with)\s+(?:all\s+)?(?:the\s+)?"
        r"(?:filler|fluff|small talk|pleasantries|preamble|intros?|flattery|praise|compliments|buttering up|"
        r"\W{0,2}great question\W{0,2})|\b(?:no|without)\s+(?:the\s+)?(?:filler|fluff|preamble|flattery|"
        r"\W{0,2}great question\W{0,2})|\bjust (?:dive|jump|get) (?:right |straight )?(?:in|into it|to it)\b|"
        r"\bno need to (?:compliment|praise|flatter) me\b|\bstop (?:complimenting|praising|flattering) me\b|"
        r"\bstop saying \W?great question)",
        "Wants direct answers without filler or praise",
        "filler",
        guarded=True,
    ),
    cue(
        rf"\b(?:be (?:more )?(?:blunt|brutally honest|straight with me|frank)|(?:{_DONT}|no need to|stop|quit) "
        r"sugar-?coat(?:ing)?|no sugar-?coating|(?:drop|skip|cut|lose|ditch|less|enough with|no|without) (?:the |all "
        r"the )?(?:cheerleading|cheer-leading|pep talks?|hype|positivity|toxic positivity)|no need to be so "
        r"(?:positive|upbeat|nice|encouraging|optimistic|enthusiastic|cheerful)|give it to me straight|"
        r"(?:just )?(?:tell|give) me (?:it )?straight|just (?:be honest|give me the honest))\b",
        "Wants blunt, honest answers without sugarcoating",
        "candor",
        guarded=True,
    ),
    cue(
        r"\b(?:stop|quit|enough with|enough of) (?:telling|reminding|advising|asking) me to (?P<what>[^,.;!?]+)|"
        rf"\byou keep (?:telling|reminding) me to (?P<what2>[^,.;!?]+)|\b(?:no need|you {_DONT} (?:need|have)|"
        rf"there{_A}?s no need) to (?:keep )?(?:tell|remind|telling|reminding) me to (?P<what3>[^,.;!?]+)|"
        rf"\b(?:stop|quit) saying (?:that )?(?:i should |to )?(?P<what4>(?:{_ADVICE_VERBS})\b[^,.;!?]*)",
        "Doesn't want to be told to {0}",
        "repeated advice",
        _told,
        guarded=True,
    ),
    cue(
        r"\b(?:(?:no|without|skip|drop|ditch|lose|remove|fewer|less|cut) (?:the |all the |any |so many |those )?"
        r"(?:code )?comments|stop (?:adding|putting|writing) (?:so many |all these |all the )?comments)\b",
        "Wants code without comments",
        "code comments",
        guarded=True,
    ),
    cue(
        r"\b(?:(?:no|without|skip|drop|stop with|enough with|less|fewer|cut|lose) (?:the |all the |any |so many )?"
        r"(?:disclaimers|caveats|safety warnings)|stop (?:adding|giving|putting) (?:me )?(?:so many |all these |"
        r"all the )?(?:disclaimers|caveats|warnings))\b",
        "Doesn't want disclaimers or caveats in answers",
        "disclaimers",
        guarded=True,
    ),
    cue(
        r"\b(?:just (?:tell me|say|give me) what (?:to|i should|i need to) (?:do|buy|get|use)|(?:keep (?:it|them|"
        r"things|(?:the |your )?answers)|be more|more) practical|(?:skip|drop|less|no|without|cut) (?:the |all the )?"
        r"(?:theory|science|science bits|technical details|background))\b",
        "Wants practical answers that say what to do",
        "practical",
        guarded=True,
    ),
    cue(
        r"\b(?:(?:just )?(?:pick|choose) (?:one|the best one)(?: for me)?|(?:you |just )(?:decide|choose|pick) for "
        r"me|(?:just )?(?:give|tell) me (?:your|the|one) (?:top|best|single|number one|#1) (?:pick|choice|"
        r"recommendation|option|suggestion)|just (?:your|the|one) (?:top|best|single) (?:pick|choice|option|"
        r"recommendation)|(?:just|only) (?:one|1) (?:option|recommendation|suggestion|pick|choice))\b",
        "Wants a single recommendation",
        "options",
        guarded=True,
    ),
    cue(
        rf"\b(?:(?:that{_A}?s|that is|thats|it{_A}?s|this is|those are|these are|you gave me|you listed|way|far) "
        r"(?:way |far )?too many (?:options|choices|suggestions|ideas|things|items|points|tips|steps|details)|"
        r"fewer (?:options|choices|suggestions|ideas|items|points|tips)|(?:just|only) the (?:few|essentials|"
        r"key (?:points|ones|things)|main (?:points|ones|things)|(?:most )?important (?:ones|points|things|bits)|"
        r"top (?:three|3|five|5|few)(?= please| pls|$|\W*$))|which (?:one|two|three|few|\d) (?:actually |really )?"
        r"matters?(?: the)? most)\b",
        "Wants only the few most important points",
        "list length",
        guarded=True,
    ),
    cue(
        r"\b(?:step[- ]by[- ]step,? (?:please|pls|next time|from now on|going forward|instead)\b|"
        r"(?:i )?(?:just )?(?:want|prefer|like)\b(?! you\b)[^.?!]{0,40}\bstep[- ]by[- ]step\W*$|"
        r"(?:i )?(?:just )?(?:want|need|prefer|like) step[- ]by[- ]step (?:instructions|answers|explanations|guides)|"
        r"(?:in|as) (?:numbered |clear |simple )?steps,? (?:please|pls|"
        r"next time|from now on|instead)\b|(?:say|tell me|show me|explain) how (?:to|i) (?:actually|can actually|"
        r"would actually) \w+)",
        "Wants step-by-step how-to instructions",
        "steps",
        guarded=True,
    ),
    cue(
        r"\b(?:warn me (?:before|about|of) (?:any )?spoilers?|spoilers? (?:warnings?|alerts?)|(?:flag|mark|tag) "
        r"(?:any |the )?spoilers?)\b",
        "Wants a warning before spoilers",
        "spoilers",
        guarded=True,
    ),
    cue(
        r"\b(?:no spoilers?,? (?:please|pls|thanks|from now on|next time|going forward)\b|without (?:any )?spoilers?|"
        rf"{_DONT} spoil (?:it|anything|the \w+)|keep it spoiler[- ]free|"
        r"nothing that spoils)\b",
        "Doesn't want spoilers",
        "spoilers",
        guarded=True,
    ),
)

#: Wishes about how an answer is pitched, in the words people use for them (issue 13, session 14): hedging,
#: over-explaining, lecturing, being talked to like a customer, examples over theory, answers that end with a
#: question, restate the question or sum up again, exclamation marks.
_EVERY = (
    r"(?:\s+(?:(?:in|at the end of|after)\s+)?(?:every|each|all)\s+(?:single\s+)?"
    r"(?:time|answers?|sentences?|replies|reply|messages?|responses?|lines?))?"
)
WORDING_CUES: tuple[Cue, ...] = (
    cue(
        r"\b(?:(?:stop|quit|no|less|enough with the|without|don'?t keep|cut the|skip the|drop the) (?:the )?"
        r"hedg(?:e|es|ing)|(?:less|not so|stop being so|don'?t be so|don'?t be) wishy[- ]washy|commit to an answer|"
        r"(?:just )?give me a straight (?:answer|yes or no))\b",
        "Wants direct answers without hedging",
        "hedging",
        guarded=True,
    ),
    cue(
        rf"\b(?:(?:you )?(?:keep |always |stop |quit )?over-?explain(?:ing)?(?: things| everything| stuff)?|"
        rf"(?:too much|less|no|stop the|enough with the|no need for the) hand-?holding|"
        rf"(?:no more|stop|quit|enough with the|spare me the|less|skip the|without the) lectur(?:es?|ing)(?: me)?|"
        rf"(?:i )?{_DONT} need (?:a |the |all the |every )?(?:history lesson|lecture|backstory|whole story|"
        rf"life story)|(?:skip|spare me|no|drop) the (?:history lesson|backstory))\b",
        "Doesn't want over-explained answers or lectures",
        "over-explaining",
        guarded=True,
    ),
    cue(
        rf"\b(?:talk|speak|write|answer)(?: to me)? (?:like|as if i{_A}?m|as if i was|as) (?:an? |your )?"
        r"(?P<who>colleague|coworker|co-worker|peer|friend|equal|adult|grown-?up|expert|professional|fellow \w+)\b",
        "Wants to be spoken to like {0}",
        "register",
        lambda m: ("an " if m.group("who").lower()[0] in "aeiou" else "a ") + m.group("who").lower(),
        guarded=True,
    ),
    cue(
        r"\b(?:more (?:concrete |real |real-world |practical |worked )?examples(?=\W*(?:,|and|less|fewer|please|pls|"
        r"plz|next time|from now on|going forward|instead|not|$))|(?:give me|show me|use|with) (?:concrete |real |"
        r"real-world |practical |actual |worked )?examples,? (?:not|instead of|rather than|over)\b|examples? "
        r"(?:over|instead of|rather than|before|not) (?:theory|definitions|abstract|jargon|explanations?)|"
        r"(?:give me|show me|use|include|add) (?:an? |some )?(?:concrete|real|real-world|practical|worked) examples?"
        r"(?: with (?:real )?(?:numbers|figures))?(?=\W*(?:next time|from now on|going forward|always|please|pls|,|"
        r"$)))",
        "Wants concrete examples in answers",
        "examples",
        guarded=True,
    ),
    cue(
        rf"\b(?:(?:stop|quit|no need for|no need to keep|{_DONT}|do not|no more|without) (?:ending|finishing|"
        r"closing|wrapping up|end|finish|close) (?:every|each|all|your|the)? ?(?:single )?(?:answers?|replies|reply|"
        r"messages?|responses?|time)? ?(?:with|on) (?:a |an |another )?(?:question|follow-?up)|"
        r"(?:no|stop|skip|without|less|fewer|no more) (?:the )?follow-?up questions)\b",
        "Doesn't want answers to end with a follow-up question",
        "follow-up questions",
        guarded=True,
    ),
    cue(
        rf"\b(?:(?:no need to|you {_DONT} (?:need|have) to|stop|quit|{_DONT}) (?:repeat|repeating|restate|"
        r"restating|rephrase|rephrasing|parrot|parroting) (?:my|the) question(?: back)?|no need to (?:summari[sz]e|"
        r"recap|sum up)|(?:stop|quit|skip|no|drop|without|cut) (?:the )?(?:summar(?:y|ies|izing|ising)|recaps?|"
        rf"recapping|summing up)(?= at the end| every| each|\W*$)|{_DONT} (?:summari[sz]e|recap|sum up))" + _EVERY,
        "Doesn't want the question restated or a recap at the end",
        "recap",
        guarded=True,
    ),
    cue(
        r"\b(?:stop (?:with |using )?(?:the |all the |all those |so many )?|no (?:more )?|fewer |less |too many |"
        r"without |drop the |enough with the |tone down the )(?:exclamation (?:marks|points)|!!+)",
        "Doesn't want exclamation marks in answers",
        "exclamation marks",
        guarded=True,
    ),
)

HINTS: tuple[str, ...] = lx.words(
    "words|terms|names|terminology|technical|jargony|jargon|sciency|academic|nerdy|lingo|buzzword|buzzwords|"
    "acronyms|abbreviations|language|english|simpler|eli5|like|dumb|head|lost|beginner|novice|newbie|nothing|simply|"
    "simple|understand|filler|fluff|talk|pleasantries|preamble|intro|intros|flattery|praise|compliments|buttering|"
    "question|dive|jump|get|compliment|flatter|complimenting|praising|flattering|blunt|honest|straight|frank|"
    "sugarcoat|sugarcoating|sugar|cheerleading|cheer|pep|hype|positivity|positive|upbeat|nice|encouraging|"
    "optimistic|enthusiastic|cheerful|telling|reminding|advising|asking|tell|remind|saying|disclaimers|caveats|"
    "warnings|practical|theory|science|background|details|pick|choose|decide|recommendation|option|options|choice|"
    "choices|suggestion|suggestions|ideas|things|items|points|tips|steps|fewer|few|essentials|key|main|important|"
    "top|matter|matters|step|walk|how|spoiler|spoilers|spoil|spoils|flag|mark|tag|hedge|hedges|hedging|wishy|"
    "washy|commit|overexplain|overexplaining|over|explaining|explain|handholding|hand|holding|lecture|lectures|"
    "lecturing|lesson|backstory|life|colleague|coworker|co|peer|friend|equal|adult|grown|expert|"
    "professional|fellow|examples|example|ending|finishing|closing|end|finish|close|follow|followup|repeat|repeating|"
    "restate|restating|rephrase|rephrasing|parrot|parroting|summarize|summarise|recap|recaps|recapping|sum|"
    "summary|summaries|summarizing|summarising|exclamation"
)
