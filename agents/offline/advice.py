"""A limit the user keeps on a doctor's word, or watches for their health: "My doctor told me to cut back on salt"
(Needs to cut back on salt, on their doctor's advice), "my doctor says I need to avoid gluten", "My physio said no
running for six weeks" (Avoids running for six weeks, on their physio's advice), "I need to watch my cholesterol"
(Needs to watch their cholesterol).

Only a limit on what the user eats, drinks or does (cut back on, avoid, stay off, limit, watch, no ...), not any
advice ("my doctor said to call back on Monday"); not in a question, a hypothetical, said of someone else ("my
doctor told my dad ...") or for today ("... no coffee today"). A constraint: it bears on whatever is suggested.
Written for issue 13's twenty-seventh pass; hooked into :func:`agents.offline.reader.read_parts`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, subject_key, third_person
from memory.types import MemoryKind, MemorySource

_WHO = (
    r"doctor|doc|gp|physician|dentist|physio|physiotherapist|cardiologist|dermatologist|allergist|nutritionist|"
    r"dietitian|dietician|midwife|ob-?gyn|specialist|surgeon|consultant"
)
_LIMIT = (
    r"cut (?:back|down) on|cut out|avoid|stay off|stay away from|stop (?:eating|drinking)|limit|watch|lower|reduce|"
)
_LIMIT += r"keep off|go easy on|lay off|no|not eat|not drink|not do"
#: "My doctor told me to cut back on salt", "my GP says I need to avoid gluten", "My physio said no running ...".
_ADVISED_RE = re.compile(
    rf"^\W*(?:(?:so|and|but|also|well|apparently)\W+)?my\s+(?P<who>{_WHO})\s+(?:says?|said|told me|has told me|"
    r"wants me|advised me|advises me|recommended|recommends|insists)\s+(?:that\s+)?(?:i\s+(?:need|have|should|must)\s+"
    r"(?:to\s+)?|i\s+|to\s+)?(?:(?:really|seriously|definitely)\s+)?(?P<verb>"
    + _LIMIT
    + r")\s+(?P<x>[a-z][\w' -]{1,40}?)"
    r"(?P<span>\s+for\s+(?:a|the next|another|\d+|one|two|three|four|five|six|eight|ten|a few|several)\s+"
    r"(?:days?|weeks?|months?))?\s*(?:[,.!;]|$)",
    re.IGNORECASE,
)
#: "I need to watch my cholesterol", "I have to watch my salt intake": a measure of health the user keeps an eye on.
_WATCH_RE = re.compile(
    r"^\W*(?:(?:at my age|these days|so|and|but|also|honestly|plus),?\s+)*i\s+(?:need|have|must|should)\s+(?:to\s+)?"
    r"(?:really\s+)?watch\s+my\s+(?P<x>cholesterol|blood pressure|blood sugar|sugar(?: intake)?|salt(?: intake)?|"
    r"sodium(?: intake)?|weight|carbs|calories|iron|potassium|fat intake|caffeine(?: intake)?)\s*(?:[,.!;]|$)",
    re.IGNORECASE,
)
_ONCE_RE = re.compile(r"\b(?:today|tonight|tomorrow|this (?:week|weekend|morning|evening))\b", re.IGNORECASE)


def advised(sentence: str) -> Draft | None:
    """The limit ``sentence`` says the user keeps on a doctor's word, or a health measure they watch."""
    if "?" in sentence or _ONCE_RE.search(sentence):
        return None
    if (m := _WATCH_RE.match(sentence)) is not None:
        return _draft(f"Needs to watch their {m.group('x').lower()}", m.group("x"), sentence)
    if (m := _ADVISED_RE.match(sentence)) is None:
        return None
    x = third_person(m.group("x").strip())
    verb = m.group("verb").lower()
    span = (m.group("span") or "").strip().lower()
    who = m.group("who").lower()
    who = {"doc": "doctor", "gp": "GP"}.get(who, who)
    said = f"Avoids {x}" if verb in ("no", "avoid", "stay off", "stay away from", "keep off", "lay off") else ""
    said = said or ("Avoids " + x if verb.startswith("not ") else f"Needs to {verb} {x}")
    return _draft(f"{said}{' ' + span if span else ''}, on their {who}'s advice", x, sentence)


def _draft(text: str, subject: str, quote: str) -> Draft:
    return Draft(
        capitalize(text),
        MemoryKind.constraint,
        subject_key(subject),
        EXPLICIT,
        MemorySource.explicit,
        category="health",
        quote=quote,
    )
