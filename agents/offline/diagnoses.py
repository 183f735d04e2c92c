"""What a doctor found, said in the first person: "I was diagnosed with ADHD last year" -> Has ADHD, and a
condition the user reports from their doctor ("My doctor says I'm pre-diabetic": the rules read the rest as
the user's own statement). Someone else's diagnosis ("my son was diagnosed with ...") is not the user's.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key
from agents.offline.objects import take
from agents.offline.rules import ADV_ANY, OBJ, Rule
from memory.types import MemoryKind

#: When, how long ago or by whom: not part of the condition ("in March", "last year", "as a kid").
_WHEN_RE = re.compile(
    r"\s+(?:(?:in|back in|around|during|since)\s+(?:\d{4}|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|the spring|the summer|the fall|the autumn|the winter|college|school|"
    r"high school|my \w+)|last\s+\w+|this\s+\w+|(?:a|one|two|three|four|five|six|\d+)\s+\w+\s+ago|recently|"
    r"as an? (?:kid|child|teen|teenager|adult|baby)|at (?:age\s+)?\d+|when I was.*|by (?:my|a|the) \w+).*$",
    re.IGNORECASE,
)


def _diagnosed(m: re.Match[str]) -> Draft | None:
    obj = take(_WHEN_RE.sub("", m.group("obj")), max_words=8)
    if obj is None or re.match(r"(?:nothing|something|it|that|this)\b", obj.text, re.IGNORECASE):
        return None
    return fact(join_text("Has", obj.text), subject_key(obj.text), "health", MemoryKind.constraint)


#: Medicines that bear on what suits the user (food, drink, sport, other medicines).
_MEDS = (
    r"blood thinners|insulin|antidepressants|statins|the pill|birth control|beta blockers|steroids|"
    r"chemo(?:therapy)?|dialysis|metformin|warfarin|lithium|ssris?|hrt|thyroid (?:meds|medication|pills)|"
    r"blood pressure (?:meds|medication|pills)|immunosuppressants|antibiotics|accutane|isotretinoin|levothyroxine"
)
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)"


def _medicine(m: re.Match[str]) -> Draft | None:
    med = m.group("med").lower()
    med = med.upper() if med in ("ssri", "ssris", "hrt") else med
    verb = "Takes" if m.group("take") else "Is on"
    return fact(join_text(verb, med), f"medication {subject_key(med)}", "health", MemoryKind.constraint)


def _pregnant(m: re.Match[str]) -> Draft | None:
    return fact("Is pregnant", "pregnant", "health", MemoryKind.constraint)


_PART = r"(?:knee|hip|back|spine|spinal|shoulder|ankle|wrist|heart|bypass|hernia|acl|acl reconstruction|foot|neck)"
#: An operation or injury with a lasting mark: "knee surgery", "a hip replacement", "a torn ACL", "a stroke".
_COUNT = r"(?:two|three|four|five|several|a couple of|\d)\s+"
OPERATION = (
    rf"(?:an?\s+)?(?:{_PART})\s+(?:surgery|replacement|operation)|{_COUNT}(?:{_PART})\s+(?:surgeries|replacements|"
    rf"operations)|(?:an?\s+)?(?:broken|torn|sprained|fractured)\s+(?:{_PART}|leg|arm|ligament|meniscus|achilles)|"
    rf"(?:an?\s+)?(?:heart attack|stroke|c-section|concussion)|{_COUNT}(?:c-sections|concussions|strokes)"
)


def operation_text(what: str) -> str:
    """ "A Torn acl" -> "a torn ACL": an operation as the memory writes it."""
    return re.sub(r"\s+", " ", what).strip().lower().replace("acl", "ACL")


def _operated(m: re.Match[str]) -> Draft | None:
    what = operation_text(m.group("what"))
    if m.group("rec"):
        return fact(join_text("Is recovering from", what), f"recovering {subject_key(what)}", "health")
    return fact(join_text("Had", what), subject_key(what), "health")


RULES: tuple[Rule, ...] = (
    Rule(  # "I had knee surgery last year", "I'm recovering from a broken ankle", "I had a hip replacement"
        "operated",
        re.compile(
            rf"(?:(?:I|i)(?:\s+(?:recently\s+|just\s+)?(?:had|have had)|'ve\s+(?:recently\s+|just\s+)?had)|"
            rf"(?P<rec>(?:I|i)(?:'m|\s+am)\s+(?:still\s+)?recovering\s+from))\s+(?P<what>{OPERATION})\b",
            re.IGNORECASE,
        ),
        _operated,
    ),
    Rule(
        "medicine",
        re.compile(
            rf"(?:(?:I|i)(?:'m|\s+am)\s+(?:currently\s+|now\s+|still\s+)?on|(?P<take>(?:I|i)\s+(?:currently\s+|"
            rf"also\s+)?take))\s+(?P<med>{_MEDS})\b(?!\s+(?:today|tonight|this week|for now))",
            re.IGNORECASE,
        ),
        _medicine,
    ),
    Rule(
        "pregnant",
        re.compile(
            rf"(?:I|i)(?:'m|\s+am)\s+(?:about\s+|almost\s+|nearly\s+|now\s+)?{_NUMBER}\s+(?:months?|weeks?)\s+pregnant\b",
            re.IGNORECASE,
        ),
        _pregnant,
    ),
    Rule(
        "breastfeeding",
        re.compile(
            r"(?:I|i)(?:'m|\s+am)\s+(?:still\s+|currently\s+|exclusively\s+)?(?:breastfeeding|breast-feeding|"
            r"nursing(?=\s*(?:[,.;!]|$|\s+(?:so|and|but|my|our|him|her|the baby)\b)))\b",
            re.IGNORECASE,
        ),
        lambda m: fact("Is breastfeeding", "breastfeeding", "health", MemoryKind.constraint),
    ),
    Rule(
        "diagnosed",
        re.compile(
            rf"(?:I|i)(?:'ve|\s+have|\s+was|\s+got|'ve\s+been|\s+have\s+been|\s+just\s+got|\s+recently\s+got)\s+"
            rf"{ADV_ANY}(?:officially\s+|finally\s+|recently\s+|just\s+)?diagnosed\s+with{OBJ}",
            re.IGNORECASE,
        ),
        _diagnosed,
    ),
)

#: "My doctor says (that)", "my GP told me": what follows is the user's condition, not someone else's view.
DOCTOR_SAYS_RE = re.compile(
    r"\bmy\s+(?:doctor|doc|gp|physician|dentist|physio|physiotherapist|therapist|psychiatrist|cardiologist|"
    r"dermatologist|allergist|nutritionist|dietitian|dietician|optician|optometrist|neurologist|specialist|"
    r"endocrinologist|gastroenterologist|rheumatologist|midwife|ob-?gyn)\s+(?:says?|said|told me|"
    r"confirmed|found)\s*(?:that\s*)?$",
    re.IGNORECASE,
)
