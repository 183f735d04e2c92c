"""Standing tastes stated outright in words the lexicon lacks: idioms of taste, in any domain.

- a first-person idiom of taste: "I swear by my Garmin" -> "Swears by their Garmin", "I live for summer
  festivals", "I really dig lo-fi beats" -> "Likes lo-fi beats", "I can't resist a warm croissant", "I'm all
  about slow travel", "I'm big on meal prep", "I'm picky about my coffee beans", "I'm a bit of a wine snob" ->
  "Is a wine snob", "I basically live in my merino base layers" -> "Practically lives in their merino base
  layers", "i am liking very much the spicy food" -> "Likes the spicy food" (preferences);
- a taste that never took: "i cant get into IPAs", "I can never get into audiobooks", "I'm not much into cooking",
  "I have no patience for long unboxing videos" (dislikes);
- the thing first, the user as its object: "yoga with loud music does nothing for me", "smart bulbs drive me
  nuts", "brussels sprouts make me gag" (dislikes); "espresso martinis are my weakness" -> "Has a weakness
  for espresso martinis", "long train journeys are my happy place", "cozy mysteries are right up my alley",
  "oat milk is my go-to for lattes" -> "Prefers oat milk" (for lattes), "fruity sours are my favourite kind
  of beer" -> "Favorite beer is fruity sours", "chess puzzles are my favourite way to unwind";
- a preference said as an offer: "give me a paper map any day", "I'd take trains over planes every time"
  -> "Prefers trains over planes";
- a pleasant verdict on a pastime: "I find running really meditative" -> "Finds running meditative".

Read only from the start of a statement clause after a few harmless words, so someone else's taste ("my wife
swears by it"), a condition ("if I can't get into it") or a question never match; questions and hypotheticals
never reach here (:mod:`agents.offline.reader` drops them). The thing must be a short noun phrase, not a
pronoun, a pointer at the conversation ("your idea") or a thing of the moment ("the food here", "tonight").
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from agents.offline.opinions import judged
from memory.types import MemoryKind

#: Harmless words before the statement proper.
_LEAD = (
    r"^(?:(?:honestly|tbh|personally|frankly|and|but|so|also|well|ok|okay|yeah|yep|plus|man|ngl|lol|haha|"
    r"for me|to me|i mean|look|seriously|for real|in general|generally)\b[,:]?\s+)*"
)
_I = r"(?:i|I)\s+"
_I_AM = r"(?:i'm|im|i am|I'm|I am)\s+"
_ADV = r"(?:(?:really|just|totally|absolutely|honestly|genuinely|seriously|truly|still|always|kinda|kind of|so|"
_ADV += r"very|super|quite|pretty|definitely|also|literally|do|a bit|a little|way too|too|rather)\s+)*"
#: Where a first-person object ends: a new clause, a reason, a time of the moment.
_OBJ_END = re.compile(
    r"\s*(?:[,;:!?]|\.(?:\s|$)|\s[-\u2013\u2014]\s|\s(?:so|because|since|but|though|although|which|and i|"
    r"cause|cuz|any day|every time|anytime|any time|hands down|these days|lately|nowadays|right now|"
    r"very much|for years|at all|every day|everyday|every single day|forever|all day long|all day|"
    r"last (?:year|month|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|\d+) (?:years?|months?) ago)\b)",
    re.IGNORECASE,
)
#: What a "get into" object may not be: a place, an account, a state (not a taste).
_NOT_A_TASTE = re.compile(
    r"^(?:my|your|his|her|their|our|its|it|this|that|trouble|debt|shape|details|a fight|an argument|bed|"
    r"the (?:app|account|site|website|house|car|building|office|room|system|portal|school|program|course|"
    r"college|university|habit|mood|zone|swing|groove|details|flow|water|pool|game|queue|line))\b",
    re.IGNORECASE,
)
#: A taste that changed after all: "... until I tried a cortado", "... but now I love it".
_TURNED = re.compile(r"\b(?:until|till|til|but now|now i|then i|these days i|anymore|any more)\b", re.IGNORECASE)
_MOMENT = re.compile(r"\b(?:here|there|today|tonight|now|yesterday|tomorrow|this (?:week|time|one)|you|your)\b", re.I)


def _said(text: str, kind: MemoryKind, subject: str, context: str = "") -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, context=context)


def _first_person_object(raw: str, max_words: int = 8) -> tuple[str, str] | None:
    """The object of a first-person idiom and its condition, cut before what follows; None for a pronoun."""
    raw = re.sub(r"^(?:very much|so much|a lot)\s+", "", raw, flags=re.IGNORECASE)
    cut = _OBJ_END.search(raw)
    obj = take(raw[: cut.start()] if cut else raw, max_words=max_words)
    if obj is None or _MOMENT.search(obj.text) or re.match(r"(?:it|this|that|them)\b", obj.text, re.I):
        return None
    return obj.text, obj.context


#: First-person idioms: the pattern (after "I"), and how its memory starts and what kind it is.
_IDIOMS: tuple[tuple[re.Pattern[str], str, MemoryKind], ...] = tuple(
    (re.compile(rf"{_LEAD}{who}{_ADV}{verb}\s+(?P<obj>\S.*)", re.IGNORECASE), text, kind)
    for who, verb, text, kind in (
        (_I, r"swear by", "Swears by", MemoryKind.preference),
        (_I, r"live for", "Lives for", MemoryKind.preference),
        (_I, r"dig", "Likes", MemoryKind.preference),
        (
            _I,
            r"(?:can't|cant|cannot|can not|could never|can never|never could)\s+resist",
            "Can't resist",
            MemoryKind.preference,
        ),
        (_I, r"(?:basically|practically|pretty much)\s+live\s+in", "Practically lives in", MemoryKind.preference),
        (_I, r"(?:basically|practically|pretty much)\s+live\s+at", "Practically lives at", MemoryKind.preference),
        (r"(?:i|I)(?:'d|\s+would)\s+", r"(?:literally\s+)?(?:die|kill)\s+for", "Loves", MemoryKind.preference),
        (
            r"(?:(?:i|I)\s+)?",
            r"(?:wouldn't|would not|wouldnt)\s+(?:survive|function|live|cope)\s+without",
            "Cannot live without",
            MemoryKind.preference,
        ),
        (_I, r"draw\s+the\s+line\s+at", "Draws the line at", MemoryKind.dislike),
        (  # "I could live on pasta" (not "on my own", "on $5 a day")
            _I,
            r"could\s+(?:happily\s+|easily\s+|honestly\s+)?live\s+on(?=\s+(?!(?:my|our|their|his|her|a|an|less|under)\b)"
            r"[a-z])",
            "Loves",
            MemoryKind.preference,
        ),
        (
            r"(?:i|I)(?:'ve|\s+have)?\s+",
            r"(?:completely\s+|totally\s+)?cut\s+out",
            "Has cut out",
            MemoryKind.constraint,
        ),
        (r"(?:(?:i|I)\s+)?", r"(?:can't|cant|cannot|can never)\s+get\s+enough\s+of", "Loves", MemoryKind.preference),
        (_I_AM, r"all about", "Is all about", MemoryKind.preference),
        (_I_AM, r"(?:big|huge)\s+on", "Is big on", MemoryKind.preference),
        (_I_AM, r"(?:picky|particular|fussy)\s+about", "Is particular about", MemoryKind.preference),
        (_I_AM, r"liking", "Likes", MemoryKind.preference),
        (_I_AM, r"loving", "Loves", MemoryKind.preference),
        (
            r"(?:i|I)(?:'ve|\s+have)?\s+(?:got\s+)?",
            r"(?:no|zero|little)\s+(?:patience|time)\s+for",
            "Has no patience for",
            MemoryKind.dislike,
        ),
        (
            _I,
            r"(?:can't|cant|cannot|can not|can never|could never|never could|just can't)\s+(?:really\s+)?get\s+into",
            "Can't get into",
            MemoryKind.dislike,
        ),
        (_I_AM, r"not\s+(?:much|really|big|that|too|very|super)\s+into", "Isn't into", MemoryKind.dislike),
    )
)
_SNOB_RE = re.compile(
    rf"{_LEAD}{_I_AM}(?:(?:a bit of|kind of|kinda|something of|such|a total|a real|a huge|a massive|a)\s+)+"
    r"(?P<obj>[a-z]+(?: [a-z]+)?)\s+snob\b",
    re.IGNORECASE,
)
#: The thing first: "<thing> does nothing for me", "<thing> is my weakness".
_THING = r"(?P<obj>[^,;:!?]+?)"
_ME_END = r"(?P<rest>(?:\s+(?:for|in|when|on|at|after)\s+[^,;:!?]{2,40}?)?)\s*(?:[,;:!?.]|$)"
_BE = r"(?:\s+(?:is|are|was|were)\s+|(?<=\w)'s\s+|(?<=\w)'re\s+)(?:(?:totally|definitely|always|so|really|just)\s+)*"
_THING_FIRST: tuple[tuple[re.Pattern[str], str, MemoryKind], ...] = tuple(
    (re.compile(rf"{_LEAD}{_THING}{pattern}{_ME_END}", re.IGNORECASE), text, kind)
    for pattern, text, kind in (
        (
            r"\s+(?:(?:really|just|honestly|totally)\s+)*(?:does|do)\s+(?:absolutely\s+)?nothing\s+for\s+me",
            "Doesn't care for",
            MemoryKind.dislike,
        ),
        (
            r"\s+(?:(?:really|just|honestly)\s+)*(?:doesn't|don't|does not|do not)\s+do\s+"
            r"(?:it|anything|much)\s+for\s+me",
            "Doesn't care for",
            MemoryKind.dislike,
        ),
        (
            r"\s+(?:(?:really|just|honestly|totally|always|absolutely)\s+)*(?:drives?|drove)\s+me\s+(?:nuts|crazy|"
            r"mad|insane|bonkers|up the wall|round the bend)",
            "Dislikes",
            MemoryKind.dislike,
        ),
        (r"\s+(?:(?:really|just|always)\s+)*(?:gets?|get)\s+on\s+my\s+nerves", "Dislikes", MemoryKind.dislike),
        (
            r"\s+and\s+(?:I|i|me)\s+(?:(?:just|really|honestly)\s+)*(?:don't|do not|dont|never)\s+(?:get along|mix)|"
            r"\s+and\s+(?:I|i|me)\s+(?:are not|aren't|arent)\s+friends",
            "Doesn't get along with {}",
            MemoryKind.dislike,
        ),
        (
            r"\s+(?:(?:really|just|always|totally|absolutely|honestly)\s+)*(?:(?:wrecks?|exhausts?)\s+me|"
            r"(?:wipes?|tires?)\s+me\s+out)(?:\s+(?:completely|every time|for days))?",
            "Finds {} exhausting",
            MemoryKind.dislike,
        ),
        (
            r"\s+(?:(?:really|just|always|honestly|literally)\s+)*makes?\s+me\s+"
            r"(?:gag|retch|want to (?:gag|puke|throw up))",
            "Dislikes",
            MemoryKind.dislike,
        ),
        (rf"{_BE}(?:my|a)\s+(?:big\s+|huge\s+|real\s+|total\s+)?weakness", "Has a weakness for", MemoryKind.preference),
        (rf"{_BE}my\s+(?:guilty\s+pleasure)", "Enjoys {} as a guilty pleasure", MemoryKind.preference),
        (rf"{_BE}my\s+happy\s+place", "Loves", MemoryKind.preference),
        (rf"{_BE}(?:right\s+)?up\s+my\s+(?:alley|street)", "Likes", MemoryKind.preference),
        (rf"{_BE}(?:always\s+)?my\s+(?:usual\s+)?go[- ]?to", "Prefers", MemoryKind.preference),
        (rf"{_BE}(?:more\s+|just\s+|totally\s+|very\s+much\s+)?my\s+style", "Prefers", MemoryKind.preference),
        (rf"{_BE}my\s+comfort\s+(?:food|show|movie|read|drink)", "Loves", MemoryKind.preference),
        (r"\s+(?:works?|work)\s+(?:best|better)\s+for\s+me", "Prefers", MemoryKind.preference),
        (rf"{_BE}(?:much\s+|way\s+|just\s+)?(?:better|easier)\s+for\s+me", "Prefers", MemoryKind.preference),
    )
)
_GO_TO_FIRST_RE = re.compile(
    rf"{_LEAD}my\s+(?:usual\s+)?go[- ]?to(?P<meal>\s+(?:breakfast|lunch|dinner|snack|drink|dessert|meal|order))?"
    r"(?P<rest>\s+(?:for|in|when|on|at|after)\s+[^,;:!?]{2,40}?)?"
    rf"{_BE}{_THING}\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)
_FAVOURITE_RE = re.compile(
    rf"{_LEAD}{_THING}{_BE}(?:(?:probably|easily|by far|absolutely|all-time)\s+)*my\s+(?:(?:absolute|all-time|all time|"
    r"very|number one)\s+)*favou?rite\s+(?:(?:kind|type|sort|style|form) of\s+(?P<what>[\w -]{2,30}?)|"
    r"(?P<way>way to\s+[\w -]{2,30}?))\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)
_OFFER_RE = re.compile(
    rf"{_LEAD}(?:(?:just\s+)?give me|(?:i'd|id|i would|i'll|ill|i will)\s+(?:always\s+)?(?:take|pick|choose|go for))\s+"
    r"(?P<obj>[^,;:!?]+?)(?:\s+over\s+(?P<other>[^,;:!?]+?))?\s+(?:any day(?: of the week)?|every time|"
    r"whenever (?:possible|you can)|wherever possible|"
    r"anytime|any time|every day of the week|hands down)(?:[\s,]+(?:honestly|tbh|lol|haha|for me))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
_PLEASANT = (
    r"relaxing|calming|soothing|meditative|therapeutic|satisfying|rewarding|fun|enjoyable|peaceful|addictive|"
    r"energi[sz]ing|fascinating|comforting|restful|invigorating"
)
_FIND_RE = re.compile(
    rf"{_LEAD}{_I}(?:(?:really|honestly|genuinely|always|personally|just)\s+)*find\s+(?P<obj>[^,;:!?]+?)\s+"
    rf"(?:(?:really|so|very|super|quite|incredibly|genuinely|weirdly|oddly|strangely|pretty|kind of|kinda)\s+)*"
    rf"(?P<adj>{_PLEASANT})\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)


#: "I could eat sushi every day": a taste said as a wish without end ("I could eat a horse" is hunger: no "every day").
_COULD_EAT_RE = re.compile(
    rf"{_LEAD}{_I}(?:honestly\s+|literally\s+|happily\s+)*could\s+(?:happily\s+|literally\s+)?(?P<v>eat|drink|live on|"
    r"watch|listen to|read)\s+(?P<obj>[^,;:!?]+?)\s+(?:every (?:single )?day|everyday|forever|all day(?: long)?|"
    r"for the rest of my life|on repeat)\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)
#: "I read a ton of sci-fi", "I drink loads of tea": much of a thing, as a standing habit of taste.
_A_LOT_RE = re.compile(
    rf"{_LEAD}{_I}(?:(?:still|also|honestly|probably)\s+)?(?P<v>read|watch|listen to|eat|drink|play|bake|cook)\s+"
    r"(?:a ton of|tons of|loads of|lots of|a lot of|so much|way too much|a huge amount of)\s+(?P<obj>[^,;:!?]+?)"
    r"\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)
#: "Sundays are for long runs", "My weekends are all about football": a stretch of time kept for something.
_TIME_FOR_RE = re.compile(
    rf"{_LEAD}(?:my\s+|our\s+)?(?P<t>weekends|saturdays|sundays|mondays|tuesdays|wednesdays|thursdays|fridays|"
    r"mornings|evenings|nights|summers|winters|lunch breaks|days off|holidays)\s+(?:are|r)\s+"
    r"(?:(?:all|always|usually|mostly|pretty much)\s+)*(?:for|about|reserved for|dedicated to|all about)\s+"
    r"(?P<obj>[^,;:!?]+?)\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)
#: "Fridays are pizza night at our place": a household's night of the week.
_NIGHT_RE = re.compile(
    rf"{_LEAD}(?P<t>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\s+(?:are|r)\s+"
    r"(?P<what>[\w'-]+(?:\s+[\w'-]+)?)\s+night(?:\s+(?:at our place|at home|in our house|for us))?\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)


#: "I'm the one who cooks in our house", "I'm usually the planner in my friend group", "I do all the driving in our
#: family": the user's part in a household or a group.
_ROLE_RE = re.compile(
    rf"{_LEAD}(?:{_I_AM}(?:(?:usually|always|basically|kind of|kinda|pretty much|often)\s+)*the\s+"
    r"(?P<who>one who\s+[\w' -]{2,30}?|(?:designated\s+)?(?:planner|organi[sz]er|cook|driver|chef|baker|navigator|"
    r"photographer|treasurer|peacemaker|techie|tech person|early riser|night owl|handyman|handy one))|"
    rf"{_I}(?:(?:usually|always|basically)\s+)*do\s+(?P<do>(?:all|most)\s+(?:of\s+)?the\s+(?:cooking|driving|planning|"
    r"shopping|cleaning|laundry|baking|gardening|grocery shopping|dishes|finances|bills|paperwork|diy)))\s+"
    r"(?P<where>(?:in|of|for|at)\s+(?:my|our)\s+(?:house|home|household|family|friend group|group of friends|"
    r"group|team|relationship|flat|marriage))\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)


def _role(clause: str) -> Draft | None:
    if (m := _ROLE_RE.match(clause)) is None:
        return None
    where = third_person(m.group("where").lower())
    if m.group("do"):
        return _said(f"Does {m.group('do').lower()} {where}", MemoryKind.fact, m.group("do").split()[-1])
    who = third_person(m.group("who").lower())
    return _said(f"Is the {who} {where}", MemoryKind.fact, m.group("who").split()[-1])


#: "I need quiet to focus", "I need music to concentrate", "I need a fan to sleep": what the user needs to work or
#: rest (not "I need a minute to think", "I need help to move").
_NEEDS_TO_RE = re.compile(
    rf"{_LEAD}{_I}(?:really\s+|always\s+|usually\s+|absolutely\s+)*need\s+(?!(?:a |some |more |the )?(?:minute|second|"
    r"moment|break|bit|while|day|week|help|time|hand|you|someone|somebody|money|cash|this|that|it)\b)"
    r"(?P<obj>[\w' -]{2,30}?)\s+to\s+(?P<v>focus|concentrate|sleep|fall asleep|think|study|relax|unwind|function|"
    r"wake up|write|code)\s*(?:[,;:!?.]|$)",
    re.IGNORECASE,
)


def _needs_to(clause: str) -> Draft | None:
    if (m := _NEEDS_TO_RE.match(clause)) is None:
        return None
    obj = third_person(m.group("obj").strip())
    return _said(f"Needs {obj} to {m.group('v').lower()}", MemoryKind.preference, obj)


def _much(clause: str) -> Draft | None:
    """A taste said as much of a thing, or as a wish without end ("I read a ton of sci-fi", "I could eat sushi every
    day"), a time kept for a thing ("Sundays are for long runs"), a household's weekly night ("Fridays are pizza
    night")."""
    if (m := _COULD_EAT_RE.match(clause) or _A_LOT_RE.match(clause)) is not None:
        obj = judged(m.group("obj"), max_words=6)
        if obj is None:
            return None
        if m.re is _COULD_EAT_RE:
            return _said(join_text("Loves", obj), MemoryKind.preference, obj)
        verb = third_singular(m.group("v").lower())
        return _said(join_text(verb, "a lot of", obj), MemoryKind.preference, obj)
    if (m := _TIME_FOR_RE.match(clause)) is not None:
        obj = judged(m.group("obj"), max_words=6)
        when = m.group("t").lower()
        when = when.capitalize() if when.endswith("days") and when not in ("holidays",) else when
        return None if obj is None else _said(join_text("Spends", when, "on", obj), MemoryKind.preference, obj)
    if (m := _NIGHT_RE.match(clause)) is not None:
        what = m.group("what").lower()
        return _said(f"Has {what} night on {m.group('t').capitalize()}", MemoryKind.fact, f"{what} night")
    return None


def _context(rest: str | None) -> str:
    return third_person(rest.strip().lower()) if rest and rest.strip() else ""


def _idiom(clause: str) -> Draft | None:
    for pattern, text, kind in _IDIOMS:
        if (m := pattern.match(clause)) is None:
            continue
        raw = m.group("obj")
        if _TURNED.search(raw):
            return None  # "I never got into coffee until I tried a cortado": a taste that changed
        if text == "Can't get into" and _NOT_A_TASTE.match(raw):
            return None
        if (got := _first_person_object(raw)) is None:
            return None
        obj, context = got
        return _said(join_text(text, obj), kind, obj, context)
    if (m := _SNOB_RE.match(clause)) is not None and not re.match(r"(?:big|huge|total|real)$", m.group("obj"), re.I):
        what = m.group("obj").lower()
        return _said(f"Is a {what} snob", MemoryKind.preference, what)
    return None


def _thing_first(clause: str) -> Draft | None:
    if (m := _FAVOURITE_RE.match(clause)) is not None:
        obj = judged(m.group("obj"), max_words=6, article=True)
        if obj is None:
            return None
        what = m.group("what") or m.group("way")
        return _said(join_text("Favorite", third_person(what.strip().lower()), "is", obj), MemoryKind.preference, obj)
    if (m := _GO_TO_FIRST_RE.match(clause)) is not None:
        obj = judged(m.group("obj"), max_words=6, article=True)
        return (
            None
            if obj is None
            else _said(
                join_text("Prefers", obj),
                MemoryKind.preference,
                obj,
                _context(m.group("rest")) or (f"for {m.group('meal').strip().lower()}" if m.group("meal") else ""),
            )
        )
    for pattern, text, kind in _THING_FIRST:
        if (m := pattern.match(clause)) is None:
            continue
        obj = judged(m.group("obj"), max_words=6)
        if obj is None:
            return None
        if re.match(r"(?:my|our|his|her|their)\b", obj, re.IGNORECASE):
            return None  # "My sister and I don't get along": someone else, not a thing
        words = text.format(obj) if "{}" in text else join_text(text, obj)
        return _said(words, kind, obj, _context(m.group("rest")))
    return None


def _offered(clause: str) -> Draft | None:
    if (m := _OFFER_RE.match(clause)) is None:
        return None
    obj = judged(m.group("obj"), max_words=6, article=True)
    other = judged(m.group("other"), max_words=6, article=True) if m.group("other") else ""
    if obj is None or other is None:
        return None
    return _said(join_text("Prefers", obj, "over" if other else "", other or ""), MemoryKind.preference, obj)


def _found(clause: str) -> Draft | None:
    if (m := _FIND_RE.match(clause)) is None:
        return None
    obj = judged(m.group("obj"), max_words=6)
    if obj is None:
        return None
    return _said(join_text("Finds", obj, m.group("adj").lower()), MemoryKind.preference, obj)


def stated(clause: str) -> list[Draft]:
    """A standing taste stated outright in ``clause`` (a statement clause) in one of the shapes above."""
    text = clause.strip()
    for read in (_idiom, _thing_first, _offered, _found, _much, _role, _needs_to):
        if (draft := read(text)) is not None:
            return [draft]
    return []
