"""Options offered in other layouts than a list, and picks the list rules miss.

:func:`inline_options` reads options offered inside one question ("Python, JavaScript, or Go?", "Do you want it spicy,
mild or medium?", "Should I quiz you with flashcards or practice problems?"), as "Option 1 - X" lines, under bold or
``###`` headings, or as "Name: what it is." sentences. :func:`own_pick` blanks a reply that picks for someone else
("my son would like the red one") or picks nothing ("either is fine", "let me think about it"); :func:`misspelt_pick`
finds the one option a short reply names with a typo ("postgress", "madiera i think").
"""

from __future__ import annotations

import re

from agents.offline.spelling import edits
from memory.types import MemoryKind


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ARTICLES = _set("a an the some just maybe")
#: Words that frame the question rather than name an option: "Do you want it | spicy".
_FRAME = _set(
    "do does did would should shall will can could are is am was be you i we it me us them they want wanna like "
    "prefer rather fancy need have get use go try pick choose make see take which what how to more into let's lets"
)
#: A question that offers a choice ("do you want", "would you rather", "should I", "which", "more into").
_OFFER_RE = re.compile(
    r"\b(?:want|wanna|prefer|like|rather|fancy|feel like|mood for|should|shall|which|choose|pick|how about|what about|"
    r"go (?:for|with)|interested in|more into|into)\b",
    re.IGNORECASE,
)
#: Options about the chat itself or pointing back ("more details", "a different recipe", "compare them"): no pick.
_NOT_AN_OPTION_RE = re.compile(
    r"\b(?:else|both|neither|none|other|another|different|more|details?|examples?|explanations?|versions?|help|info|"
    r"information|something|anything|them|it|these|those|this|that|me|you|your|us|him|her)\b",
    re.IGNORECASE,
)
ITEM_WORDS = 6  # an inline option longer than this is a clause, not a name


_PREPOSITIONS = _set("in with at on for as from by of into along near to")


def _trim_first(words: list[str], size: int, *, prepositions: bool) -> list[str]:
    """The last ``size`` content words of the text before the first option, with an article before them, stopping
    at a word that frames the question ("Do you want it | spicy", "Should I quiz you with | flashcards"), and at a
    preposition unless the other options have one ("hike in the mountains" or "walk along the coast")."""
    kept: list[str] = []
    content = 0
    for word in reversed(words):
        low = word.lower().strip(",;:")
        stop = low in _FRAME or (low in _PREPOSITIONS and not prepositions)
        if stop or (content >= size and low not in _ARTICLES):
            break
        kept.insert(0, word)
        content += low not in _ARTICLES
    while kept and kept[0].lower() in ("just", "maybe"):
        kept.pop(0)
    return kept if content else []


def _question_options(sentence: str) -> list[str]:
    body = sentence.strip().rstrip("?").strip()
    bare = False
    if ":" in body:  # "Which language should we use: Python, JavaScript, or Go?"
        body, bare = body.rsplit(":", 1)[1].strip(), True
    parts = re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", body, flags=re.IGNORECASE)
    if len(parts) < 2 or not re.search(r"\bor\b", body, re.IGNORECASE):
        return []
    first, rest = parts[0].split(), [re.sub(r"^(?:just|maybe)\s+", "", p, flags=re.I).strip() for p in parts[1:]]
    if first and first[0].lower() in ("which", "what") and len(parts) >= 3:  # "Which do you prefer, X or Y?"
        first, rest = rest[0].split(), rest[1:]
    size = max(len([w for w in r.split() if w.lower() not in _ARTICLES]) for r in rest) if rest else 1
    prepositions = any(w.lower() in _PREPOSITIONS for r in rest for w in r.split())
    head = _trim_first(first, size, prepositions=prepositions)
    n = len(first) - len(head)
    if size == 1 and n >= 2 and first[n - 2].lower() in ("a", "an", "the") and first[n - 1].lower() not in _FRAME:
        head = first[n - 2 : n] + head  # "a road trip or a cruise"
    bare = bare or len(head) == len(first)  # "Python, JavaScript, or Go?": the question is the list
    if not head or not (bare or _OFFER_RE.search(sentence)):
        return []
    items = [" ".join(head), *rest]
    items = [re.sub(r"^(?:in|at|on|with|by)\s+", "", i.strip(" .!"), flags=re.I) for i in items if i.strip(" .!")]
    if len(items) < 2 or any(len(i.split()) > ITEM_WORDS or _NOT_AN_OPTION_RE.search(i) for i in items):
        return []
    return items if len({i.lower() for i in items}) == len(items) else []


_OPTION_DASH_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?:option|choice|plan)\s+(?P<label>\d|[A-Ha-h])(?:\*\*)?\s*[-\u2013\u2014]\s*(?:\*\*)?"
    r"(?P<text>\S.*)$",
    re.IGNORECASE,
)
_HEADING_RE = re.compile(r"^\s*(?:\*\*(?P<bold>[^*]{2,60})\*\*\s*(?P<rest>.*)|#{2,4}\s+(?P<hash>[^#]{2,60}?))\s*$")
_NAME_COLON_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,2}):\s+(?P<text>[^.!?]+)")
#: Headings that part an answer, not options ("Note:", "**Pros**", "### Steps").
_SECTION_RE = re.compile(
    r"^(?:notes?|tips?|pros|cons|steps?|examples?|warnings?|ingredients|instructions|method|summary|answer|question|"
    r"q|a|edit|update|sources?|output|input|errors?|why|how|what|when|where|overview|background|details|caveats?|"
    r"bottom line|tl;?dr|important|step \d+|day \d+|week \d+|option \d+|result|results|total|cost|price|time)$",
    re.IGNORECASE,
)


def _labelled_dash(lines: list[str]) -> list[str]:
    """ "Option 1 - Weekend in Rome" lines counting 1, 2, 3 (or A, B, C)."""
    marks = [m for line in lines if (m := _OPTION_DASH_RE.match(line))]
    keys = [int(x) if x.isdigit() else ord(x.upper()) - 64 for x in (m.group("label") for m in marks)]
    if len(marks) < 2 or keys != list(range(1, len(marks) + 1)):
        return []
    return [re.sub(r"\*\*|__", "", m.group("text")).strip(" .") for m in marks]


def _headed(lines: list[str]) -> list[str]:
    """Options under bold or ``###`` headings: the heading, then what its line or the next line says."""
    out: list[str] = []
    for n, line in enumerate(lines):
        m = _HEADING_RE.match(line)
        if m is None:
            continue
        name = (m.group("bold") or m.group("hash") or "").strip(" :.-\u2013")
        if not name or _SECTION_RE.match(name) or len(name.split()) > ITEM_WORDS:
            return []
        rest = (m.group("rest") or "").strip(" :-\u2013\u2014")
        if not rest and n + 1 < len(lines) and _HEADING_RE.match(lines[n + 1]) is None:
            rest = lines[n + 1].strip(" -*•")
        out.append(f"{name} - {rest}" if rest else name)
    return out if len(out) >= 2 else []


def _name_colon(text: str) -> list[str]:
    """ "Gongfu: small pot, short steeps. Western: big pot, 3-4 minutes." """
    marks = list(_NAME_COLON_RE.finditer(text))
    if len(marks) < 2 or any(_SECTION_RE.match(m.group("name")) for m in marks):
        return []
    return [f"{m.group('name')} - {m.group('text').strip()}" for m in marks]


def inline_options(text: str) -> list[str]:
    """Options offered in a question, under headings or as "Name: ..." sentences ([] when none)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    found = _labelled_dash(lines) or _headed(lines)
    if found:
        return found
    flat = " ".join(ln.strip() for ln in lines)
    questions = [s for s in re.split(r"(?<=[.!?])\s+", flat) if s.rstrip().endswith("?")]
    if questions:
        return _question_options(questions[-1])
    return _name_colon(flat)


#: A reply that picks for someone else ("my son would like the red one", "my wife wants a dog").
_SOMEONE_ELSE_RE = re.compile(
    r"^\W*(?:(?:hmm|well|ok|okay|so)[,!.]?\s+)?(?:(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kids?|children|wife|husband|"
    r"partner|boyfriend|girlfriend|gf|bf|mom|mum|dad|mother|father|parents|friends?|brother|sister|boss|team|family|"
    r"guests?)|he|she|they)\s+(?:would|will|'d|might|wants?|prefers?|likes?|picks?|chose|needs?|loves?|says?|said|thinks?)\b",
    re.IGNORECASE,
)
#: A pick said to suit someone else, anywhere in the reply: "the first one is SO her", "he'd love the red one",
#: "that's totally him", "she's gonna adore it".
_SUITS_THEM_RE = re.compile(
    r"\b(?:(?:is|'s|s)\s+(?:so+|very|totally|just|such|really)\s+(?:her|him)\b|(?:she|he|they)(?:'d|'ll|\s+would|"
    r"\s+will|'s gonna|\s+is gonna|'s going to|\s+is going to|\s+gonna)\s+(?:\w+\s+)?(?:love|adore|lose it|like|"
    r"enjoy|go crazy|flip))",
    re.IGNORECASE,
)
#: "the least fuzzy one", "less stuffy": the word said is what the pick lacks, so no option is named by it.
_LEAST_RE = re.compile(r"^\W*(?:\w+[,!.]?\s+)?(?:the\s+)?(?:least|less)\s+(?!expensive\b)[\w'-]+", re.IGNORECASE)


#: The people a user names as theirs ("my dad", "my niece", "my boss"): what is said for them is not the user's.
MY_PEOPLE = (
    r"mom|mum|mother|dad|father|son|daughter|wife|husband|partner|sister|brother|nephew|niece|grandma|grandpa|"
    r"grandmother|grandfather|aunt|uncle|cousin|friend|boss|coworker|colleague|neighbou?r|kid|boy|girl"
)
#: A request made for someone else ("any graphic novel for my 15yo niece?", "a gift for my dad"): the option then
#: picked is for them. Not "for me and my wife", "for us".
_ASKED_FOR_OTHER_RE = re.compile(
    rf"\b(?:gift|present)s?\s+for\b|\bfor\s+(?:him|her|my\s+(?:\w+\s+)?(?:{MY_PEOPLE}|godson|goddaughter)s?)\b"
    r"(?!\s+and\s+(?:me|i|myself)\b)",
    re.IGNORECASE,
)
#: "the curry sounds great, how long does it take?": the option is weighed with a question, not yet chosen.
_WEIGHING_RE = re.compile(
    r"\b(?:sounds|looks)\s+(?:\w+\s+)?(?:good|great|nice|fun|lovely|interesting|amazing|perfect|tasty|yummy)\W+"
    r"(?:but\s+)?(?:how|what|is|are|does|do|can|would|will|when|where)\b[^?]*\?",
    re.IGNORECASE,
)


def not_chosen_yet(text: str, query: str | None) -> bool:
    """A reply that picks nothing of the user's own yet: the request was for someone else ("any graphic novel for
    my niece?" ... "nimona!! good one"), or the option is weighed with a question ("the curry sounds great, how
    long does it take?")."""
    return bool(_WEIGHING_RE.search(text) or (query and _ASKED_FOR_OTHER_RE.search(query)))


#: The pick's reason said of someone else: "Not the whisky, she doesn't drink", "the second, my son is allergic to
#: nuts": the pick is made for them.
_THEIR_REASON_RE = re.compile(
    rf"[,.;:!-]\s*(?:(?:because|since|as|cause|cuz)\s+)?(?:she|he|(?:my|our)\s+(?:\w+\s+)?(?:{MY_PEOPLE}|kids|parents))"
    r"(?:'s|\s+is|\s+isn't|\s+doesn't|\s+does not|\s+can't|\s+cannot|\s+won't|\s+hates?|\s+loves?|\s+likes?|"
    r"\s+prefers?|\s+needs?|\s+only|\s+never)\b",
    re.IGNORECASE,
)


def their_reason(text: str) -> bool:
    """A pick made for someone else, said by its reason ("Not the whisky, she doesn't drink"): still a pick (the
    learned reader reads nothing of it), but no taste of the user's."""
    return _THEIR_REASON_RE.search(text) is not None


def not_own(text: str) -> bool:
    """A reply that picks for someone else anywhere in it ("the first one is SO her") or picks by what the option
    lacks ("the least fuzzy one")."""
    return bool(_SUITS_THEM_RE.search(text) or _LEAST_RE.match(text))


#: A reply that leaves the pick open ("either is fine", "none of these", "let me think about it").
_NO_PICK_RE = re.compile(
    r"^\W*(?:(?:hmm+|well|ok|okay|honestly|idk)[,!.]?\s+)*(?:either(?:\s+one)?\s+(?:is|works|'s|would)|"
    r"(?:none|neither)\s+of\s+(?:these|those|them|the)|let me think|i'?ll think|not sure|doesn'?t matter|"
    r"no preference|both\b|any of (?:them|these)|(?:what\s+)?if\b|suppose|supposing|hypothetically|imagine)",
    re.IGNORECASE,
)


#: A bare name opening the reply, then a comma or a full stop and why: "vue, react is overkill here".
_FIRST_NAME_RE = re.compile(r"^\W*(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2})\s*(?:[,.!;:]|\s-\s)\s*\S")
_NEGATION_RE = re.compile(r"\b(?:not|no|never|nope|nah|without|but)\b", re.IGNORECASE)


def own_pick(head: str, options: list[str]) -> str:
    """The reply's head as :func:`agents.offline.choice.chosen` should read it: "" when it picks for someone else
    or leaves the pick open; only the opening name when a bare name of one option opens it and why follows
    ("standing desk, my back hurts when i sit all day": not the words of the reason)."""
    if _SOMEONE_ELSE_RE.match(head) or _NO_PICK_RE.match(head) or not_own(head):
        return ""
    m = _FIRST_NAME_RE.match(head)
    if m is None or "?" in head or _NEGATION_RE.search(m.group("name")):
        return head
    if re.match(r"\W*(?:no thanks?|no thank you|nope|hard pass|pass|not for me|no way)\b", head[m.end("name") :], re.I):
        return head  # "horror, no thanks, the comedy": the name opening it is turned down
    return m.group("name") if _names_one(_split_words(m.group("name")), options) is not None else head


def _split_words(text: str) -> list[str]:
    return [w.rstrip("s") if len(w) > 4 else w for w in re.findall(r"[a-z0-9]+", text.lower())]


_NAME_STOPWORDS = _set("the a an one pls please then for me thanks thank you it is i")


def _names_one(said: list[str], options: list[str], *, typos: bool = False) -> int | None:
    """The one option whose words take in a word said (with ``typos``: one edit off, two for a long word)."""
    said = [w for w in said if w not in _NAME_STOPWORDS and len(w) > 2]
    words = [set(_split_words(o)) for o in options]
    every = set().union(*words)
    hits = set()
    for i, own in enumerate(words):
        for w in said:
            if typos and w not in every and len(w) >= 5:
                hit = any(_near(w, o) for o in own if len(o) >= 5)
            else:
                hit = not typos and w in own
            if hit:
                hits.add(i)
    return hits.pop() if len(hits) == 1 else None


def _near(said: str, word: str) -> bool:
    """``said`` is ``word`` with a typo: one edit, two for a word of eight letters or more."""
    limit = 2 if len(word) >= 8 else 1
    return edits(said, word, limit) <= limit


TYPO_WORDS = 5  # a reply this short may name an option with a typo ("postgress", "madiera i think")


def misspelt_pick(head: str, options: list[str]) -> int | None:
    """The one option a short reply names with a typo: a word of five letters or more, in no option, one edit
    from an option's word (two edits from a word of eight letters or more)."""
    if "?" in head or len(head.split()) > TYPO_WORDS or len(options) < 2:
        return None
    return _names_one(_split_words(head), options, typos=True)


#: An option that is a way of answering ("a short list of steps", "bullet points", "a warm tone"): a style pick.
_ANSWER_FORM_RE = re.compile(
    r"\b(?:list of steps|step list|short list|bullet(?: point)?s?|paragraphs?|screenshots?|walkthrough|step-by-step|"
    r"tone|outline|tl;?dr|summary|summaries)\b",
    re.IGNORECASE,
)


def answer_kind(option: str) -> MemoryKind:
    """Style for a pick of how to answer ("short list is fine"), preference for any other pick."""
    return MemoryKind.style if _ANSWER_FORM_RE.search(option) else MemoryKind.preference
