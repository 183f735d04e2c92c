"""Who the user is, implied in passing by what they own, do or answer for (issue 13, session 17).

Read only what the words make certain, in five families, each said inside a request as often as alone:

- people in the user's charge, named with "my": "my congregation is small" (Leads a congregation), "my tenants
  say the furnace bangs" (Has tenants), "my employees want a four-day week" (Has employees), "my direct reports",
  "my interns", "my apprentice", "my customers", "my subscribers", "my caseload", "my third graders" (Teaches
  third graders), "the kids in my kindergarten class", "my classroom";
- a licence of a trade the user holds: "I need to renew my CDL" (Holds a CDL), "my nursing license is up for
  renewal" (Holds a nursing license), "my pilot's license", "my ham license";
- what the user owns for a trade or a life on the land or the water: "our barn needs a new roof" (Has a barn),
  "the prop on my boat's engine" (Has a boat), "my hives got mites" (Keeps bees), "our ranch", "my tractor",
  "my orchard", "our vineyard", "our tasting room", "my woodshop", "my greenhouse", "our RV", "my cabin";
- a duty or rhythm of a trade: "when I'm on call" (Works on-call shifts), "I'm grading 120 lab reports" (Grades
  students' lab reports), "my sermons" (Preaches sermons), "my lesson plans" (Writes lesson plans), "after my
  rounds at the nursing home" (Does rounds at the nursing home), "my days off from the fire station" (Works at
  the fire station), "I drive for a living" (Drives for a living), "I clock in at 5am at the warehouse";
- a stage of life: "my pregnancy", "I'm in my third trimester" (Is pregnant), "my dorm" (Lives in a dorm), "my
  finals", "my midterms" (Is a student), "my PhD advisor" (Is a PhD student), "my dissertation" (Is writing a
  dissertation), "our HOA" (Lives in a community with an HOA), "my book club picked ..." (Is a member of a book
  club), "my choir". Not "since I retired": an event said as a time is left to the learned reader
  (tests/agents/test_life_events.py).

Not read: someone else's ("my wife's patients", "my dad's barn": the possessive is not the user's), what is over
("back when I taught", "my old students", "my former employees", "I used to keep hives"), a condition, wish or
plan ("if I had a boat", "my dream farm", "I'm studying for my CDL", "if my students ever asked"), a question about
the role ("what does a CDL cost?", "do nurses pick their patients?"), a one-off ("I'm borrowing a friend's truck",
"a rented kayak", "my husband is on call").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, third_person, third_singular
from agents.offline.sentences import Sentence

#: Words right before "my" that make the rest not the user's now: "my old students", "my dream farm".
_NOT_MINE = (
    r"(?!(?:old|former|previous|ex|ex-|last|first|future|dream|next|rental|rented|borrowed|favou?rite|local|usual|"
    r"dad's|mom's|friend's)\b)"
)
#: The whole sentence is about what is over, or what is not: "back when I taught", "if I had a boat".
_NOT_NOW_RE = re.compile(
    r"\b(?:used to|back when|back in the day|when I was|in my (?:old|last|previous|former)|suppose|supposing|"
    r"imagine|someday|some day|one day|I wish|I'd love to|dream of|hypothetically|pretend|retired from|quit my|"
    r"left my|if (?:I|we)(?:'d|\s+(?:were|was|had|could|ever|got|get|became|become|bought|buy|owned|own|started|"
    r"start|went|took|moved|did|didn't)\b))",
    re.IGNORECASE,
)
#: "if ... would": a condition the sentence only imagines ("if my students ever asked, I wouldn't know").
_IF_WOULD_RE = re.compile(r"\bif\b.*\b(?:would|wouldn't|I'd|could I|should I ever)\b", re.IGNORECASE)

# --- people in the user's charge ----------------------------------------------------------------------------------

_CHARGE = {
    "congregation": "Leads a congregation",
    "parishioners": "Serves parishioners",
    "employees": "Has employees",
    "direct reports": "Manages direct reports",
    "staff": "Manages staff",
    "tenants": "Has tenants",
    "interns": "Supervises interns",
    "intern": "Supervises an intern",
    "apprentice": "Trains an apprentice",
    "apprentices": "Trains apprentices",
    "trainees": "Trains trainees",
    "mentees": "Mentors people",
    "recruits": "Trains recruits",
    "volunteers": "Coordinates volunteers",
    "customers": "Has customers",
    "subscribers": "Has subscribers",
    "listeners": "Has listeners",
    "caseload": "Has a caseload",
    "classroom": "Teaches a class",
    "homeroom": "Teaches a homeroom class",
    "airbnb guests": "Hosts guests on Airbnb",
}
_GRADE = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|1st|2nd|3rd|[4-9]th|"
    r"1[0-2]th)[- ]grade(?:rs)?|kindergarten(?:ers)?|kindergartners|preschoolers|freshmen|sophomores"
)
#: What a teacher teaches, said of "my ... students": "my chemistry students", "my orchestra kids".
_SUBJECT = (
    r"math|maths|science|history|English|Spanish|French|German|chemistry|biology|physics|art|music|orchestra|band|"
    r"choir|drama|PE|gym|geography|economics|civics|coding|CS|computer science|ESL|special ed|Sunday school"
)
#: A crew named by its trade: "my ambulance crew", "my framing crew" (not "my crew" alone: friends as often).
_CREW = r"ambulance|fire|engine|construction|road|flight|film|kitchen|cleaning|roofing|framing|landscaping|paving|stage"
_CHARGE_RE = re.compile(
    rf"(?<![\w'])(?P<whose>my|our)\s+{_NOT_MINE}(?:(?:new|current|two|three|four|five|\d+|little|amazing|wonderful|"
    rf"lovely)\s+)?(?:(?P<grade>{_GRADE})(?:\s+(?P<cls>class|classroom|kids|students))?|"
    rf"(?P<who>{'|'.join(sorted(_CHARGE, key=len, reverse=True))})|(?P<subj>{_SUBJECT})\s+(?:kids|students|pupils)|"
    rf"(?P<crew>{_CREW})\s+crew)\b(?!-|\s+(?:picks?|meetings?|room|party|discount|portal|login|account)\b)",
    re.IGNORECASE,
)
#: "I have two new direct reports", "I've got three interns this summer".
_HAVE_CHARGE_RE = re.compile(
    r"\bI(?:'ve got| have| just got| now have)\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:new\s+)?"
    r"(?P<who>direct reports|interns|apprentices|employees|tenants|mentees)\b",
    re.IGNORECASE,
)
#: Only "my" makes these the user's charge ("our staff" and "our customers" are as often a colleague's word).
_MY_ONLY = frozenset({"staff", "employees", "customers", "interns", "intern", "volunteers", "recruits", "listeners"})


def _charge(text: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _CHARGE_RE.finditer(text):
        if m.group("grade"):
            grade = m.group("grade").lower().replace(" ", "-")
            if m.group("cls") and m.group("cls").lower().startswith("class"):
                words = f"Teaches {'an' if grade[0] in 'aeiou' else 'a'} {grade} class"
            else:
                noun = grade if grade.endswith(("ers", "men", "mores", "ners")) else f"{grade} students"
                words = f"Teaches {noun.replace('-graders', ' graders')}"
            out.append(fact(words, "teaching", "work"))
            continue
        if m.group("subj"):
            subj = m.group("subj")
            subj = subj if subj[0].isupper() else subj.lower()
            out.append(fact(f"Teaches {subj}", "teaching", "work"))
            continue
        if m.group("crew"):
            crew = m.group("crew").lower()
            out.append(fact(f"Works on {'an' if crew[0] in 'aeiou' else 'a'} {crew} crew", "crew", "work"))
            continue
        who = m.group("who").lower()
        if m.group("whose").lower() == "our" and who in _MY_ONLY:
            continue
        out.append(fact(_CHARGE[who], who.rstrip("s") if who != "staff" else who, "work"))
    for m in _HAVE_CHARGE_RE.finditer(text):
        out.append(fact(_CHARGE[m.group("who").lower()], m.group("who").lower().rstrip("s"), "work"))
    return out


# --- a licence of a trade -----------------------------------------------------------------------------------------

_LICENSE_RE = re.compile(
    r"(?<![\w'])my\s+(?:(?P<cdl>CDL|commercial driver'?s? licen[cs]e)|(?P<trade>nursing|teaching|pilot'?s|"
    r"electrician'?s|contractor'?s|plumbing|plumber'?s|HVAC|ham|amateur radio|real estate|medical|pharmacy|"
    r"cosmetology|barber'?s|captain'?s|commercial fishing|pesticide applicator'?s?|EMT|paramedic|CPA|"
    r"insurance|law|social work|massage|private investigator'?s?|security guard)\s+(?:licen[cs]e|certification|"
    r"certificate|credential|ticket))\b(?!\s+(?:test|exam|class|course|application|permit|written|practice))",
    re.IGNORECASE,
)
_NOT_YET_RE = re.compile(
    r"\b(?:get|getting|got|earn|earning|obtain|obtaining|pass|passing|study|studying|apply|applying|working on|"
    r"work on|working toward|working towards|take|taking|want|wants|hope|hoping|plan|planning|try|trying|need)"
    r"(?:\s+(?:for|to|on|toward|towards|get))?\s+(?:my\s+)?$",
    re.IGNORECASE,
)


def _license(text: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _LICENSE_RE.finditer(text):
        if _NOT_YET_RE.search(text[: m.start()] + "my ") and not re.search(r"\brenew", text[: m.start()], re.I):
            continue  # "I'm studying for my CDL", "trying to get my pilot's license"
        if m.group("cdl"):
            out.append(fact("Holds a CDL (commercial driver's license)", "license", "work"))
            continue
        trade = m.group("trade")
        trade = trade if trade.isupper() else trade.lower()
        noun = m.group(0).split()[-1].lower()
        out.append(fact(join_text("Holds", _article(trade), trade, noun), "license", "work"))
    return out


def _article(word: str) -> str:
    """'an' before a vowel sound: "an HVAC license", "an EMT certification", "a nursing license"."""
    vowel = word[:1] in "aeiou" or (word.isupper() and word[:1] in "AEFHILMNORSX")
    return "an" if vowel else "a"


# --- what the user owns for a trade or a life ---------------------------------------------------------------------

_OWNED = {
    "barn": "Has a barn",
    "ranch": "Has a ranch",
    "orchard": "Has an orchard",
    "vineyard": "Has a vineyard",
    "woodlot": "Has a woodlot",
    "pasture": "Has pasture",
    "paddock": "Has a paddock",
    "hives": "Keeps bees",
    "beehives": "Keeps bees",
    "apiary": "Keeps bees",
    "herd": "Keeps a herd",
    "cattle": "Keeps cattle",
    "tractor": "Has a tractor",
    "boat": "Has a boat",
    "outboard": "Has a boat with an outboard motor",
    "kayak": "Has a kayak",
    "canoe": "Has a canoe",
    "RV": "Has an RV",
    "motorhome": "Has a motorhome",
    "camper van": "Has a camper van",
    "cabin": "Has a cabin",
    "woodshop": "Has a woodshop",
    "flock": "Keeps a flock",
    "greenhouse": "Has a greenhouse",
    "sugar shack": "Has a sugar shack",
    "sugarbush": "Has a sugarbush",
    "trapline": "Runs a trapline",
    "fishing charter": "Runs a fishing charter",
    "tasting room": "Runs or works at a tasting room",
    "taproom": "Runs or works at a taproom",
    "brewery": "Runs or works at a brewery",
    "winery": "Runs or works at a winery",
    "dental practice": "Runs or works at a dental practice",
    "law practice": "Runs or works at a law practice",
    "vet practice": "Runs or works at a veterinary practice",
}
_OWNED_RE = re.compile(
    rf"(?<![\w'])(?P<whose>my|our)\s+{_NOT_MINE}(?:(?:own|little|small|old|new|family|two|three|\d+)\s+)?"
    rf"(?P<thing>{'|'.join(sorted(_OWNED, key=len, reverse=True))})(?:'s|s)?\b(?!-|\s+(?:tour|tours|trip|visit|"
    r"rental|party|show|wedding|game|idea|ideas|plans?|fund|savings|budget|search|hunt|shopping|loan))",
    re.IGNORECASE,
)


_VOYAGE_RE = re.compile(r"\b(?:cruise|ship|ferry|flight|plane|train|sleeper|deck)\b", re.IGNORECASE)
#: A verb of parting right before "my": "I sold my kayak", "we got rid of our RV" (no longer theirs).
_PARTED_RE = re.compile(
    r"\b(?:sold|selling|sell|gave away|giving away|got rid of|getting rid of|donated|traded in|scrapped|lost|"
    r"crashed|wrecked|totall?ed)\s*$",
    re.IGNORECASE,
)


def _owned(text: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _OWNED_RE.finditer(text):
        thing = m.group("thing")
        thing = thing if thing.isupper() else thing.lower()
        if re.match(r"\s*(?:was|were|had been)\b", text[m.end() :], re.I):
            continue  # "my boat was ...": maybe sold since
        if _PARTED_RE.search(text[: m.start()]):
            continue  # "I sold my kayak": theirs no more
        if thing == "cabin" and _VOYAGE_RE.search(text):
            continue  # "our cabin on the cruise ship": a berth for a trip
        out.append(fact(_OWNED[thing], thing.lower(), "home"))
    return out


# --- a duty or rhythm of a trade ----------------------------------------------------------------------------------

_AT = (
    r"(?:\s+(?:at|in|on|from)\s+(?P<the>the|a|an|our)\s+(?P<where>(?:(?-i:[A-Z]{2,4})|[a-z][\w-]*)\b(?:\s+(?:unit|ward|"
    r"station|home|plant|center|centre|hospital|clinic|house|floor|site|yard)\b)?))?"
)
_AT_SHIFT = _AT.replace("?P<the>", "?P<the4>").replace("?P<where>", "?P<where4>")
_DUTY_RE = re.compile(
    r"(?P<call>\b(?:when|while|whenever|if)\s+I'?m\s+on[- ]call\b|\bI'?m\s+on[- ]call\s+(?:this|next|every|tonight|"
    r"again|all)\b|(?<![\w'])my\s+on[- ]call\s+(?:shifts?|weeks?|nights?|weekends?|days?|rotation)\b)|"
    r"(?P<grade>\bI'?m\s+(?:still\s+)?grading\s+(?:(?:\d+|a\s+(?:pile|stack|mountain)\s+of|all\s+these|my\s+"
    r"students'?|these|the)\s+)?(?P<what>(?:lab\s+)?(?:reports|papers|essays|exams|tests|quizzes|midterms|finals|"
    r"assignments|homework|projects|portfolios))\b)|"
    r"(?P<sermon>(?<![\w'])my\s+(?:Sunday\s+)?(?:sermons?|homil(?:y|ies))\b)|"
    r"(?P<plans>(?<![\w'])my\s+lesson\s+plan(?:s|ning)?\b)|"
    rf"(?P<rounds>(?<![\w'])my\s+(?:morning\s+|evening\s+|daily\s+)?rounds(?!\s+of\b){_AT})|"
    r"(?P<off>(?<![\w'])my\s+days?\s+off\s+(?:from|at)\s+(?P<the2>the)\s+"
    r"(?P<where2>[a-z][\w-]*(?:\s+(?:station|house|plant|hospital|store|site|yard|shop|mill|mine|lab|office))?))\b|"
    r"(?P<living>\bI\s+(?:(?:just|basically|literally|actually)\s+)?(?P<verb>[a-z]+)(?P<obj>(?:\s+[a-z]+){0,3})\s+"
    r"for\s+a\s+living\b)|"
    r"(?P<shift>\bI(?:'ve\s+got|\s+have|\s+got|'m\s+working|\s+am\s+working)\s+(?:a|an|another)\s+(?P<len>\d+-hour|"
    r"twelve-hour|double|night|overnight|graveyard|early|late|morning|evening|weekend)\s+shift(?:\s+(?:tomorrow|"
    rf"tonight|today|this\s+\w+|on\s+\w+day))?{_AT_SHIFT})|"
    r"(?P<school>\b(?:pick(?:ing)?\s+up|drop(?:ping)?(?:\s+off)?|collect(?:ing)?)\s+(?:the|my|our)\s+(?:kids|children|"
    r"son|daughter|boys|girls|little ones)\s+(?:up\s+)?(?:from|at|off\s+at)\s+(?P<where5>school|daycare|nursery|"
    r"kindergarten|preschool)\b|\b(?:do|doing|after)\s+the\s+school\s+run\b)|"
    rf"(?P<clock>\bI\s+clock\s+in\s+at\s+(?P<time>\d{{1,2}}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)"
    rf"(?:\s+(?:at|in)\s+the\s+(?P<where3>[a-z][\w-]*))?)",
    re.IGNORECASE,
)
_OBJECTS_OF_LIVING = frozenset({"what", "it", "this", "that", "something", "anything"})


def _duty(text: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _DUTY_RE.finditer(text):
        if m.group("call"):
            out.append(fact("Works on-call shifts", "on call", "work"))
        elif m.group("grade"):
            out.append(fact(f"Grades students' {m.group('what').lower()}", "teaching", "work"))
        elif m.group("sermon"):
            out.append(fact("Preaches sermons", "preaching", "work"))
        elif m.group("plans"):
            out.append(fact("Writes lesson plans", "teaching", "work"))
        elif m.group("rounds"):
            out.append(fact(join_text("Does rounds", at_place(m.group("the"), m.group("where"))), "rounds", "work"))
        elif m.group("off"):
            out.append(fact(join_text("Works at", at_place("the", m.group("where2"))[3:]), "workplace", "work"))
        elif m.group("living"):
            verb, obj = m.group("verb").lower(), m.group("obj").strip().lower()
            if verb in ("do", "did", "used", "want", "wanted", "would", "could") or obj in _OBJECTS_OF_LIVING:
                continue  # "what I do for a living" is asked, not said
            text = join_text(third_singular(verb).capitalize(), third_person(obj), "for a living")
            out.append(fact(text, "job", "work"))
        elif m.group("shift"):
            where = at_place(m.group("the4"), m.group("where4"))
            length = m.group("len").lower()
            length = "" if length in ("double", "early", "late") else length  # one double is no habit of doubles
            out.append(fact(join_text("Works", length, "shifts", where), "work", "work"))
        elif m.group("school"):
            where = (m.group("where5") or "school").lower()
            words = "Has children in school" if where == "school" else f"Has young children in {where}"
            out.append(fact(words, "children", "family"))
        elif m.group("clock"):
            where = f"at the {m.group('where3').lower()}" if m.group("where3") else ""
            out.append(fact(join_text("Starts work at", m.group("time").replace(" ", ""), where), "work hours", "work"))
    return out


def at_place(the: str | None, where: str | None) -> str:
    """ "at the nursing home", "at the ER": the place as said, an initialism kept in capitals."""
    if not where:
        return ""
    place = " ".join(w if w.isupper() else w.lower() for w in where.split())
    return f"at the {place}" if (the or "").lower() in ("the", "our") else f"at a {place}"


# --- a stage of life ----------------------------------------------------------------------------------------------

_STAGE = {
    "pregnancy": ("Is pregnant", "pregnancy", "health"),
    "third trimester": ("Is pregnant, in the third trimester", "pregnancy", "health"),
    "second trimester": ("Is pregnant, in the second trimester", "pregnancy", "health"),
    "first trimester": ("Is pregnant, in the first trimester", "pregnancy", "health"),
    "dorm": ("Lives in a dorm", "home", "home"),
    "dorm room": ("Lives in a dorm", "home", "home"),
    "finals": ("Is a student", "education", "education"),
    "midterms": ("Is a student", "education", "education"),
    "PhD advisor": ("Is a PhD student", "education", "education"),
    "PhD supervisor": ("Is a PhD student", "education", "education"),
    "PhD program": ("Is a PhD student", "education", "education"),
    "dissertation": ("Is writing a dissertation", "education", "education"),
    "thesis": ("Is writing a thesis", "education", "education"),
    "HOA": ("Lives in a community with an HOA", "HOA", "home"),
    "chemo": ("Is having chemotherapy", "chemotherapy", "health"),
    "chemotherapy": ("Is having chemotherapy", "chemotherapy", "health"),
    "radiation treatment": ("Is having radiation treatment", "radiation treatment", "health"),
    "IVF": ("Is going through IVF", "IVF", "health"),
    "book club": ("Is a member of a book club", "book club", "books"),
    "running club": ("Is a member of a running club", "running club", "fitness"),
    "chess club": ("Is a member of a chess club", "chess club", "games"),
    "choir": ("Sings in a choir", "choir", "music"),
    "D&D group": ("Plays in a D&D group", "D&D group", "games"),
    "bowling league": ("Is a member of a bowling league", "bowling league", "sports"),
}
_STAGE_RE = re.compile(
    rf"(?<![\w'])(?P<whose>my|our)\s+{_NOT_MINE}(?:(?:current|whole|senior|master's|undergrad|doctoral)\s+)?"
    rf"(?P<what>{'|'.join(sorted(_STAGE, key=len, reverse=True))})\b(?!-|\s+(?:was|were|had been|days|is that|"
    r"statement)\b)",
    re.IGNORECASE,
)
#: Only "my" makes these the user's own stage: "our finals" may be a parent's word. Not "my professor": tune labels
#: "My professor wrote 'too wordy' on my essay" as a turn that teaches nothing.
_STAGE_MY_ONLY = frozenset({"pregnancy", "finals", "midterms", "dorm", "dorm room"})


def _stage(text: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _STAGE_RE.finditer(text):
        what = m.group("what")
        key = what if what in _STAGE else next(k for k in _STAGE if k.lower() == what.lower())
        if m.group("whose").lower() == "our" and key.lower() in _STAGE_MY_ONLY:
            continue
        if key == "pregnancy" and re.search(r"\b(?:during|throughout|after|since|before)\s+$", text[: m.start()], re.I):
            continue  # "during my pregnancy I craved ...": a child born since
        words, subject, category = _STAGE[key]
        out.append(fact(words, subject, category))
    return out


def roles(sentence: Sentence, drafts: tuple[Draft, ...] | list[Draft] = ()) -> list[Draft]:
    """What the sentence implies of the user's role, work, holdings or stage of life, where the sentence's drafts do
    not say it already: "my congregation is small" (Leads a congregation), "our barn needs a new roof" (Has a
    barn), "I need to renew my CDL" (Holds a CDL (commercial driver's license))."""
    text = sentence.text
    if _NOT_NOW_RE.search(text) or _IF_WOULD_RE.search(text):
        return []
    said = {d.text.lower() for d in drafts} | {d.subject for d in drafts}
    out: dict[str, Draft] = {}
    for draft in _charge(text) + _license(text) + _owned(text) + _duty(text) + _stage(text):
        if draft.text.lower() not in said and draft.subject not in said:
            out.setdefault(draft.text, draft)
    return list(out.values())
