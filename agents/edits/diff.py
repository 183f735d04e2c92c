"""The offline reading of an edit: what the user's version changes about the assistant's draft, measured.

Each rule compares one measurement of the two texts (see :mod:`agents.edits.cues`) and names the preference
it shows. A rule fires only on a clear change, so that a typo fix, a changed fact or a reworded sentence
teaches nothing: a false memory costs more than a missed one (it is injected into later answers).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from agents.edits import cues

SHORTER = 0.6  # the edit keeps at most this share of the draft's words
LONGER = 1.6  # or has at least this many times as many
MIN_WORDS = 20  # the longer of the two texts has at least this many words for a length rule
TYPO = 0.75  # two words this alike (difflib ratio) are a spelling fix, not a word choice
MAX_SWAPS = 3  # more replaced words than this is a rewrite, not a choice of words

# plain-language and house-style swaps people make to an assistant's wording (draft word -> a user's word)
PLAIN_WORDS = {
    "utilize": "use", "utilise": "use", "leverage": "use", "facilitate": "help", "commence": "start",
    "purchase": "buy", "assist": "help", "endeavor": "try", "endeavour": "try", "obtain": "get",
    "approximately": "about", "numerous": "many", "additional": "more", "individuals": "people",
    "demonstrate": "show", "terminate": "end", "sufficient": "enough", "subsequently": "later",
    "regarding": "about", "delve": "look", "robust": "solid", "seamless": "smooth", "crucial": "key",
    "kindly": "please", "therefore": "so", "however": "but", "prior": "before", "require": "need",
}  # fmt: skip
_ALPHA = re.compile(r"^[a-z][a-z'-]+$")


@dataclass(frozen=True)
class Finding:
    """One preference an edit shows. ``label`` names the rule (the benchmark's kinds)."""

    label: str
    text: str
    subject: str
    category: str = "communication"


def _length(draft: str, edited: str) -> Finding | None:
    d, e = len(cues.words(cues.prose(draft))), len(cues.words(cues.prose(edited)))
    if max(d, e) < MIN_WORDS or d == 0:
        return None
    if e <= SHORTER * d and d - e >= 10:
        return Finding("shorter", "Prefers short, concise answers", "answer length")
    if e >= LONGER * d and e - d >= 15:
        return Finding("longer", "Prefers detailed, thorough answers", "answer length")
    return None


def _bullets(draft: str, edited: str) -> Finding | None:
    d, e = cues.bullets(draft), cues.bullets(edited)
    if d >= 2 and e == 0:
        return Finding("no_bullets", "Dislikes bullet-point formatting; prefers prose", "bullet points")
    if d == 0 and e >= 2:
        return Finding("bullets", "Prefers bullet points", "bullet points")
    return None


def _emojis(draft: str, edited: str) -> Finding | None:
    if cues.emojis(draft) >= 1 and cues.emojis(edited) == 0:
        return Finding("no_emojis", "Doesn't want emojis in answers", "emojis")
    return None


def _code_only(draft: str, edited: str) -> Finding | None:
    if not cues.code_blocks(draft) or not cues.looks_like_code(edited):
        return None
    before = len(cues.words(cues.prose(draft)))
    after = len(cues.words(cues.prose(edited))) if cues.code_blocks(edited) else 0
    if before >= 12 and after <= 3:
        return Finding("code_only", "Wants code only, without explanation", "code answers", "technology")
    return None


def _register(draft: str, edited: str) -> Finding | None:
    d, e = cues.register(draft), cues.register(edited)
    if e.score - d.score >= 2 and e.formal >= 1 and e.casual <= d.casual:
        return Finding("formal", "Prefers a formal, professional tone", "tone")
    if d.score - e.score >= 2 and e.casual >= 2 and e.formal <= d.formal:
        return Finding("casual", "Prefers a casual, friendly tone", "tone")
    return None


def _language(draft: str, edited: str) -> Finding | None:
    d, e = cues.human_language(draft), cues.human_language(edited)
    if d and e and d != e:
        return Finding("language", f"Prefers answers in {e}", "response language")
    pd, pe = cues.programming_language(draft), cues.programming_language(edited)
    if cues.code_blocks(draft) and pd and pe and pd != pe:
        return Finding("programming_language", f"Prefers {pe} for code examples", "programming language", "technology")
    return None


def _units(draft: str, edited: str) -> Finding | None:
    di, dm = cues.units(draft)
    ei, em = cues.units(edited)
    if di >= 1 and ei < di and em > dm:
        return Finding("units", "Prefers metric units (km, kg, °C)", "units")
    if dm >= 1 and em < dm and ei > di:
        return Finding("units", "Prefers imperial units (miles, pounds, °F)", "units")
    return None


def _greeting(draft: str, edited: str) -> Finding | None:
    d, e = cues.greeting(draft), cues.greeting(edited)
    if d and not e:
        return Finding("greeting", "Prefers to skip the greeting and start with the point", "greeting")
    if e and (d is None or d.split()[0].lower() != e.split()[0].lower()):
        opener = e.split()[0].capitalize()
        return Finding("greeting", f"Opens messages with '{opener}'", "greeting")
    return None


def _sign_off(draft: str, edited: str) -> Finding | None:
    d, e = cues.sign_off(draft), cues.sign_off(edited)
    if e and (d is None or d.lower() != e.lower()):
        return Finding("sign_off", f"Signs off with '{e}'", "sign-off")
    if d and not e:
        return Finding("sign_off", "Prefers no sign-off at the end", "sign-off")
    return None


def _swaps(draft: str, edited: str) -> list[tuple[str, str]]:
    """Single words the user replaced with another single word (spelling fixes and changed names,
    numbers and capitalised words left out)."""
    a, b = cues.words(draft), cues.words(edited)
    out: list[tuple[str, str]] = []
    replaced = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        replaced += max(i2 - i1, j2 - j1)
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        old, new = a[i1], b[j1]
        if not (_ALPHA.match(old) and _ALPHA.match(new)):  # capitalised (names, days), numbers
            continue
        if difflib.SequenceMatcher(a=old, b=new).ratio() >= TYPO:
            continue
        out.append((old, new))
    return out if replaced <= MAX_SWAPS else []


def _wording(draft: str, edited: str) -> list[Finding]:
    found = []
    for old, new in _swaps(draft, edited):
        if PLAIN_WORDS.get(old.lower()) == new.lower() or old.lower().rstrip("s") in PLAIN_WORDS:
            found.append(Finding("wording", f"Prefers the word '{new}' over '{old}'", f"wording: {old.lower()}"))
    return found


RULES = (_length, _bullets, _emojis, _code_only, _register, _language, _units, _greeting, _sign_off)


def read_edit(draft: str, edited: str) -> list[Finding]:
    """Every preference the edit shows clearly; [] for an edit that teaches nothing."""
    found = [f for rule in RULES if (f := rule(draft, edited)) is not None]
    if any(f.label in ("formal", "casual") for f in found):  # a rewrite in another register: length follows
        found = [f for f in found if f.label not in ("shorter", "longer")]
    if any(f.label == "code_only" for f in found):  # dropping the prose is the point, not the length
        found = [f for f in found if f.label not in ("shorter", "no_bullets")]
    if any(f.label == "language" for f in found):  # translated: every word changed, none was chosen
        found = [f for f in found if f.label not in ("shorter", "longer", "wording", "greeting", "sign_off")]
    return found + _wording(draft, edited)
