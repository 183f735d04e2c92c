"""What the user does as a matter of course, said in the present tense: "I keep discus fish", "I sell at a farmers
market most Saturdays", "I ride western", "I collect Japanese city pop records", "i run a little etsy shop": a
persona fact in their own words ("Keeps discus fish"); a lasting taste ("I've never liked chocolate", "I have
always loved jazz") and a habit being cut down ("I'm trying to cut down on sugar").

Only verbs of a standing practice count, and only as the clause's main statement: not after a modal or a
subordinator ("should I use", "when I cook", "if I sell"), not with a pronoun or a passing object ("I keep
forgetting", "I run late", "I make sure", "I read it"). Tried by :func:`agents.offline.persona.match_persona`
after every more specific rule, so "I work as", "I live in" or "I always eat" keep their own wording.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.drafts import said as _said
from agents.offline.health import fact
from agents.offline.normalize import join_text, said_of_them, subject_key, third_person, third_singular
from agents.offline.objects import take
from agents.offline.rules import I_AM, I_HAVE, I_SP, Rule
from memory.types import MemoryKind

_VERBS = (
    r"keep|collect|sell|run|ride|dance|cook|bake|knit|crochet|sew|paint|surf|ski|snowboard|climb|swim|hike|cycle|"
    r"garden|grow|brew|roast|teach|coach|volunteer|foster|homeschool|test|fish|hunt|sing|commute|breed|raise|host|"
    r"organi[sz]e|mentor|tutor|referee|umpire|race|compete|restore|repair|fix|build|shoot|film|edit|design|"
    r"translate|manage|work\s+out|lift|meditate|journal|study|major\s+in|use|stay|code|program|invest|bike|walk|"
    r"listen\s+to"
)
#: What follows the verb when it is no standing practice ("I keep forgetting", "I run late", "I fix it").
_PASSING = re.compile(
    r"(?:it|this|that|them|these|those|you|him|her|everything|something|anything|things|to|into|out|up|over|off|"
    r"late|low|short|behind|across|away|back|around|on|the risk|a risk|sure|myself|\w+ing)\b",
    re.IGNORECASE,
)
#: A lead that makes the clause a question, a condition or a wish, not a statement of practice.
_LEAD = re.compile(
    r"(?:\b(?:should|shall|can|could|would|will|may|might|must|do|does|did|if|when|whenever|while|before|after|"
    r"until|unless|because|since|so|that|as|once|where|how|why|what|whether|and then|to|wish|want|plan|hope|"
    r"going)|'ll|'d)\W*$",
    re.IGNORECASE,
)
_NOT_A_SUBJECT = re.compile(
    r"(?:in|for|every|each|at night|hard|late|a lot|all|most|during|before|after|with|when|while|from)\b", re.I
)
_ON_DEVICE = re.compile(
    r"on my (?:phone|laptop|ipad|tablet|computer|pc|mac|desktop|chromebook)\s+(?:in|with|using)\s+\w", re.IGNORECASE
)
_END = re.compile(r"\s+(?:so|but|because|since|though|which|and i|and it|and that|and my)\b|[,;:]", re.IGNORECASE)


def _practice(m: re.Match[str]) -> Draft | None:
    on_device = _ON_DEVICE.match(m.group("obj"))  # "i edit on my phone in capcut": the device, then the tool
    if _LEAD.search(m.string[: m.start()]) or (_PASSING.match(m.group("obj")) and not on_device):
        return None
    if m.group("verb").lower() == "study" and _NOT_A_SUBJECT.match(m.group("obj")):
        return None  # "I study in the evening", "I study hard": when or how, not what
    obj = take(_END.split(m.group("obj"), maxsplit=1)[0], max_words=10)
    if obj is None:
        return None
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    text = join_text(third_singular(verb), third_person(obj.text))
    if verb == "listen to":  # what they listen to is a taste: "I listen to metal at the gym"
        return _said(text, MemoryKind.preference, obj.text)
    return fact(text, f"{verb} {subject_key(obj.text)}", None)


def _object(m: re.Match[str], max_words: int, end: re.Pattern[str] | None = None) -> str | None:
    """What the statement is about, as said, cut before a following clause (and ``end``); None for a pronoun or a
    passing object ("it", "forgetting")."""
    raw = _END.split(m.group("obj"), maxsplit=1)[0]
    obj = take(end.split(raw, maxsplit=1)[0] if end is not None else raw, max_words=max_words)
    return None if obj is None or _PASSING.match(obj.text) else obj.text


def _lasting(m: re.Match[str]) -> Draft | None:
    if (obj := _object(m, 8)) is None:
        return None
    adv, verb = m.group("adv").lower(), m.group("verb").lower()
    negative = (adv == "never") != (verb in ("hated", "disliked"))
    return _said(
        join_text("Has", adv, verb, third_person(obj)), MemoryKind.dislike if negative else MemoryKind.preference, obj
    )


def _cutting(m: re.Match[str]) -> Draft | None:
    obj = _object(m, 6)
    return (
        None if obj is None else _said(join_text("Is cutting down on", third_person(obj)), MemoryKind.preference, obj)
    )


#: When a switch happened ("... to green tea last spring"): cut from what it was to.
_WHEN_END = re.compile(
    r"\s+(?:last|this|a (?:year|month|week|few)|years? ago|months? ago|recently|lately|since|after|when)\b",
    re.IGNORECASE,
)
_TRAITS = (
    r"introvert|extrovert|extravert|ambivert|homebody|night owl|early bird|early riser|morning person|night person|"
    r"minimalist|perfectionist|procrastinator|foodie|picky eater|light sleeper|heavy sleeper|creature of habit|"
    r"people person|neat freak|worrier|overthinker|risk-averse person|visual learner|hands-on learner|"
    r"last-minute packer|light packer|over-packer|overpacker|gym rat|bookworm|homebody|workaholic"
)


#: A trait said as an adjective: "I'm very shy", "I'm left handed" (not one about money: "I'm frugal" is as often
#: written as a taste for cheap things).
_ADJ_TRAITS = (
    r"shy|impatient|introverted|extroverted|left[- ]handed|right[- ]handed|indecisive|disorgani[sz]ed|"
    r"spontaneous|competitive|easily distracted|easily bored|forgetful|clumsy|claustrophobic|squeamish|germaphobic|"
    r"short[- ]sighted|near[- ]?sighted|long[- ]sighted|far[- ]?sighted|crafty|handy|outdoorsy|sporty|artsy|"
    r"not (?:very |that |really )?(?:sporty|outdoorsy|handy|crafty)"
)


def _adj_trait(m: re.Match[str]) -> Draft | None:
    trait = re.sub(r"^(left|right)\s+handed$", r"\1-handed", m.group("t").lower())
    return fact(join_text("Is", trait, (m.group("with") or "").lower()), "personality", None)


def _trait(m: re.Match[str]) -> Draft | None:
    trait = m.group("t").lower()
    return fact(join_text("Is", "an" if trait[0] in "aeiou" else "a", trait), "personality", None)


def _keen(m: re.Match[str]) -> Draft | None:
    if not m.group("adj") and not m.group("not"):
        return None  # "I'm a reader" alone is left to the job and person rules
    what = " ".join(w.strip().lower() for w in (m.group("adj") or "", m.group("noun")) if w.strip())
    article = (m.group("not") or "").strip().lower() or ("an" if what[0] in "aeiou" else "a")
    return fact(f"Is {article} {what}", f"{m.group('noun').lower()} person", None)


def _rarely(m: re.Match[str]) -> Draft | None:
    if _LEAD.search(m.string[: m.start()]):
        return None  # "when I rarely drink": a condition
    obj = third_person(m.group("obj").strip())
    if re.search(r"\b(?:today|tonight|this|these days|anymore|now)\b", obj, re.IGNORECASE):
        return None
    verb = third_singular(m.group("verb").lower())
    return _said(join_text("Rarely", verb, obj), MemoryKind.preference, f"{m.group('verb')} {obj}".strip())


def _sleeps(m: re.Match[str]) -> Draft | None:
    if _LEAD.search(m.string[: m.start()]):
        return None
    return fact(f"Sleeps {third_person(m.group('how').lower())}", "sleep", None)


def _gym(m: re.Match[str]) -> Draft | None:
    if _LEAD.search(m.string[: m.start()]):
        return None
    return fact(f"Goes to the gym {m.group('when').lower()}", "gym", None)


def _cannot(m: re.Match[str]) -> Draft | None:
    obj = _object(m, 6)
    return (
        None
        if obj is None
        else _said(join_text("Can't", m.group("verb").lower(), third_person(obj)), MemoryKind.constraint, obj)
    )


def _switched(m: re.Match[str]) -> Draft | None:
    obj = _object(m, 6, _WHEN_END)
    return None if obj is None else _said(join_text("Has switched to", third_person(obj)), MemoryKind.preference, obj)


_AMOUNT = r"\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty-five|half an?|an?|a few|a couple of"
_RECURRING = re.compile(
    r"\b(?:a|each|per|every) (?:day|week|night|evening|morning|weekday|session)|in the (?:evenings?|mornings?)|"
    r"on weekdays|most days|after work|after (?:my |the )?kids|at lunch|daily|weekly",
    re.IGNORECASE,
)


def _time_budget(m: re.Match[str]) -> Draft | None:
    rest = re.split(r"[,;:!?]|\s+(?:so|but|because|and i)\b", m.group("rest"), maxsplit=1)[0]
    if not _RECURRING.search(rest):
        return None  # "I have 2 hours to kill": once, not a limit
    amount = re.sub(r"\s+", " ", f"{m.group('n')} {m.group('u')}{third_person(rest)}").strip(" .")
    return _said(join_text("Has only", amount), MemoryKind.constraint, "time")


_PLATFORMS = (
    r"android|ios|iphone|ipad|windows|mac|macos|linux|ubuntu|chromebook|pc|playstation|ps5|xbox|switch|kindle|"
    r"spotify|apple music|youtube music|firefox|chrome|safari|gmail|outlook|notion|obsidian|excel|google sheets"
)
_NAMES = {
    "ios": "iOS",
    "macos": "macOS",
    "pc": "a PC",
    "ps5": "PS5",
    "mac": "a Mac",
    "iphone": "an iPhone",
    "ipad": "an iPad",
    "chromebook": "a Chromebook",
}


def _platform(m: re.Match[str]) -> Draft | None:
    raw = re.sub(r"\s+", " ", m.group("p") or m.group("p2"))
    low = raw.lower()
    name = _NAMES.get(low) or (raw if any(c.isupper() for c in raw) else raw.title())
    return _said(join_text("Uses", name), MemoryKind.fact, low)


def _mostly(m: re.Match[str]) -> Draft | None:
    obj = _object(m, 6)
    if obj is None or re.match(
        r"(?:before|after|at|in|on|when|during|while|if|with|for|to|from|the|this|that|these|"
        r"those|your|his|her)\b",
        obj,
        re.I,
    ):
        return None  # "I read only before sleep": when, not what; "I read only the first chapter": one thing
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    how = re.sub(r"\s+", " ", m.group("how").lower())
    text = join_text(said_of_them(verb), how, obj)
    return _said(text, MemoryKind.preference, f"{verb} {subject_key(obj)}")


def _routine(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what").lower())
    how = re.sub(r"\s+", " ", m.group("how").lower())
    return _said(join_text(said_of_them(what), how), MemoryKind.fact, subject_key(third_person(what.partition(" ")[2])))


def _batch(m: re.Match[str]) -> Draft | None:
    verb = {"meal": "Meal preps", "batch": "Batch cooks", "bulk": "Bulk cooks"}[m.group("v").lower()]
    when = re.sub(r"\s+", " ", (m.group("when") or "").strip()).lower()
    when = re.sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day", lambda x: x.group(0).capitalize(), when)
    return fact(join_text(verb, when), "meal prep", "food")


def _belt(m: re.Match[str]) -> Draft | None:
    return fact(join_text("Has a", m.group("c").lower(), "belt", (m.group("in") or "").strip()), "belt", "fitness")


RULES = (
    Rule(  # "I just got my black belt last month", "I earned my blue belt in BJJ": a rank reached
        "belt",
        re.compile(
            rf"{I_SP}(?:just\s+|finally\s+|recently\s+)?(?:got|earned|received|passed|was awarded)\s+my\s+(?:first\s+)?"
            r"(?P<c>black|brown|blue|purple|red|green|yellow|orange)\s+belt\b(?P<in>\s+in\s+(?!(?:the|a|my)\b)[\w-]+)?",
            re.I,
        ),
        _belt,
    ),
    Rule(  # "I meal prep on Sundays", "I batch cook every weekend": how the user cooks through a week
        "batch cooking",
        re.compile(
            rf"{I_SP}(?:usually\s+|always\s+|mostly\s+|also\s+)?(?P<v>meal|batch|bulk)[- ]?(?:prep|cook)\b"
            r"(?P<when>\s+(?:on|every|each|at the|for the)\s+[\w ]{2,24}?)?(?=\s*(?:[,.;!]|$|\s(?:and|so|but)\b))",
            re.I,
        ),
        _batch,
    ),
    Rule(  # "I read mostly sci-fi", "I listen to a lot of jazz", "I wear mostly black"
        "mostly",
        re.compile(
            rf"{I_SP}(?P<verb>read|listen to|wear|watch|eat|drink|play|cook|buy)\s+(?P<how>mostly|mainly|a lot of|"
            r"lots of|only)\s+(?P<obj>\S.*)",
            re.I,
        ),
        _mostly,
    ),
    Rule(  # "I go to the gym 4 times a week", "I do yoga every morning"
        "routine",
        re.compile(
            rf"{I_SP}(?P<what>go to the gym|go running|go swimming|go climbing|go for a run|go for a swim|do yoga|"
            r"do pilates|do crossfit|work out|run|swim|meditate|cycle|lift|see an? (?:therapist|physio|physiotherapist|"
            r"chiropractor|counsell?or|psychiatrist|psychologist|dietitian|nutritionist|personal trainer|trainer|"
            r"osteopath|acupuncturist|speech therapist|tutor))\s+(?P<how>every (?:morning|day|evening|"
            r"night|week|weekend|other day|other week|month)|daily|weekly|"
            r"(?:\d|one|two|three|four|five|six|once|twice)(?:\s+times)?\s+a\s+"
            r"(?:week|month|day))\b(?![^.!?]*\b(?:this|next|last)\s+(?:week|month)\b)",
            re.I,
        ),
        _routine,
    ),
    Rule(  # "I'm a Mac user", "I'm on Android", "I'm an iPhone person"
        "platform",
        re.compile(
            rf"{I_AM}(?:(?:an?\s+(?:(?:big|huge|longtime|long-time|loyal|die-hard|diehard|happy|daily)\s+)?"
            rf"(?P<p>{_PLATFORMS})\s+(?:user|person|guy|girl|fan)\b)|(?:(?:only\s+|mostly\s+)?on\s+(?:an?\s+)?"
            rf"(?P<p2>{_PLATFORMS})\b(?!\s+(?:today|tonight|now|right now|at work|for work|at the office)\b)))",
            re.I,
        ),
        _platform,
    ),
    Rule(
        "time_budget",
        re.compile(
            rf"{I_SP}(?:only\s+|just\s+)?(?:have|get)\s+(?:only\s+|just\s+|about\s+|around\s+|maybe\s+)?"
            rf"(?P<n>{_AMOUNT})\s+(?P<u>minutes?|mins?|hours?|hrs?|hour)\b(?P<rest>[^.]*)",
            re.I,
        ),
        _time_budget,
    ),
    Rule(
        "trait",
        re.compile(
            rf"{I_AM}(?:(?:a bit of|kind of|kinda|definitely|totally|more of|really|such|very much)\s+)?an?\s+"
            rf"(?:(?:big|huge|total|complete|real|massive|very|really|super|extremely|pretty)\s+)?(?P<t>{_TRAITS})\b",
            re.I,
        ),
        _trait,
    ),
    Rule(
        "adjective trait",
        re.compile(
            rf"{I_AM}(?:(?:very|pretty|super|really|quite|extremely|kind of|kinda|a bit|a little|naturally|fairly)\s+)?"
            rf"(?P<t>{_ADJ_TRAITS})(?P<with>\s+(?:(?:with|around)\s+(?:new people|strangers)|"
            r"in (?:big |large )?(?:groups|crowds)))?(?:\s+at\s+all)?"  # "I'm not handy at all"
            r"(?=\s*(?:[,.;!]|$|\s(?:and|but|so|because|by nature|in general)\b))",
            re.I,
        ),
        _adj_trait,
    ),
    Rule(  # "I'm an avid reader", "I'm a big coffee drinker", "I'm not much of a cook"
        "keen",
        re.compile(
            rf"{I_AM}(?:(?P<not>not much of an? |not really an? |not a big |not an? )|an?\s+)"
            r"(?P<adj>(?:big|huge|keen|avid|strong|weak|confident|nervous|voracious|serious|casual|heavy|light|picky|slow|fast|terrible|bad|good|great|decent|lazy)\s+)?"
            r"(?P<noun>(?:coffee |tea )?(?:reader|cook|baker|gamer|runner|hiker|cyclist|eater|drinker|traveller|"
            r"traveler|walker|swimmer|gardener|sleeper|driver|dancer|singer|planner|spender|saver|shopper|skier|flyer))\b"
            r"(?!\s+(?:of|for|in|at|who|that)\b)",
            re.I,
        ),
        _keen,
    ),
    Rule(
        "cannot",
        re.compile(rf"{I_SP}(?:can't|cant|cannot|can not)\s+(?P<verb>do|have|handle|tolerate)\s+(?P<obj>\S.*)", re.I),
        _cannot,
    ),
    Rule(
        "switched",
        re.compile(
            rf"(?:{I_SP}|{I_HAVE})(?:recently\s+|just\s+|finally\s+)?switched\s+(?:from\s+[\w' -]{{1,30}}?\s+)?to\s+"
            rf"(?P<obj>\S.*)",
            re.I,
        ),
        _switched,
    ),
    Rule(
        "lasting",
        re.compile(
            rf"{I_HAVE}(?P<adv>always|never)\s+(?P<verb>liked|loved|enjoyed|hated|disliked)\s+(?P<obj>\S.*)", re.I
        ),
        _lasting,
    ),
    Rule(
        "cutting",
        re.compile(
            rf"(?:{I_AM}|{I_SP})(?:really\s+)?(?:trying to\s+|try to\s+)?(?:cut(?:ting)?\s+(?:down|back)\s+on|"
            rf"cutting\s+out|(?:eat|drink)(?:ing)?\s+less)\s+(?P<obj>\S.*)",
            re.I,
        ),
        _cutting,
    ),
    Rule(  # "I rarely drink", "I hardly ever eat meat": a standing habit of restraint
        "rarely",
        re.compile(
            rf"{I_SP}(?:very\s+)?(?:rarely|hardly ever|hardly|barely|seldom|almost never)\s+(?P<verb>drink|eat|cook|"
            r"drive|fly|watch|go out|travel)\b(?P<obj>(?:\s+[^,;.!?]{1,40}?)?)\s*(?:[,;.!?]|$|\s(?:so|because|but)\b)",
            re.I,
        ),
        _rarely,
    ),
    Rule(  # "I sleep during the day", "I sleep on my side", "I sleep hot"
        "sleeps",
        re.compile(
            rf"{I_SP}(?:usually\s+|always\s+|mostly\s+|only\s+)?sleep\s+(?P<how>during the day|in the day(?:time)?|"
            r"days|on my (?:side|back|stomach|front)|with (?:a fan|the window open|earplugs|the light on)|"
            r"(?:really\s+|very\s+)?(?:hot|cold|lightly|badly|terribly|poorly)|(?:til|till|until)\s+(?:noon|"
            r"\d{1,2}(?::\d\d)?(?:\s*[ap]m)?))\b",
            re.I,
        ),
        _sleeps,
    ),
    Rule(  # "I hit the gym before work", "I go to the gym three times a week"
        "gym",
        re.compile(
            rf"{I_SP}(?:usually\s+|always\s+|mostly\s+)?(?:hit|go to)\s+the\s+gym\s+(?P<when>before work|after work|"
            r"every (?:morning|evening|day|night|weekday)|(?:once|twice|\w+ times|\d+x|\d+ times) a week|daily|"
            r"most days|on weekdays|in the mornings|in the evenings|at lunch(?:time)?|before class|after class)\b",
            re.I,
        ),
        _gym,
    ),
    Rule(
        "practice",
        re.compile(rf"{I_SP}(?:also\s+|still\s+|mostly\s+|mainly\s+)?(?P<verb>{_VERBS})\s+(?P<obj>\S.*)", re.I),
        _practice,
    ),
)
