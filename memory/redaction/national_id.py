"""National identity numbers: US social security numbers (the issued ranges, or any nine digits after "SSN"),
and UK national insurance numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from memory.redaction.base import Finding

FAMILY = "national_id"

# the look-behinds sit after the first character so the regex engine can skip to candidate characters fast
_SSN = re.compile(r"\d(?<![\d-]\d)\d\d([- ])\d\d\1\d{4}(?![\d-])")
_SSN_NAMED = re.compile(
    r"(?i)\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?|sozialversicherungsnummer|n[úu]mero\s+de\s+seguro"
    r"\s+social)(?:\s+(?:is|was|ist|es))?\s*[:=#]?\s*(?P<v>\d{3}[- ]?\d{2}[- ]?\d{4})(?!\d)"
)
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z](?<![A-Za-z0-9][A-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_SSN_WORDS = ("ssn", "social", "sozialversicherung", "seguro social")


def _issued(ssn: str) -> bool:
    """Area 000, 666 and 900-999, group 00 and serial 0000 are never issued."""
    area, group, serial = ssn[:3], ssn[4:6], ssn[7:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def detect(text: str) -> Iterator[Finding]:
    for m in _SSN.finditer(text):
        if _issued(m.group(0)):
            yield Finding(m.start(), m.end(), FAMILY)
    low = text.lower()
    if any(w in low for w in _SSN_WORDS):
        for m in _SSN_NAMED.finditer(text):
            yield Finding(*m.span("v"), FAMILY)
    for m in _NINO.finditer(text):
        yield Finding(m.start(), m.end(), FAMILY)
