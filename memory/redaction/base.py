"""What every detector shares: a finding (a span of text to hide and the family that found it) and small
tests on a candidate value (does it look like a secret, how random is it)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

REDACTED = "[redacted]"


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    family: str


# A detector reads the whole text and yields the spans to hide. Detectors are pure functions of the text.
Detector = Callable[[str], Iterable[Finding]]

_SYMBOLS = set("!@#$%^&*()_+-=[]{};:,.<>/?\\|~`'\"")


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def mixed(value: str) -> bool:
    """Letters with digits, or letters with symbols: what a chosen secret looks like and a plain word does not."""
    letters = any(c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    symbols = any(c in _SYMBOLS for c in value[:-1])  # a trailing "!" alone doesn't make a word a secret
    return letters and (digits or symbols)


def looks_random(value: str, min_len: int = 16) -> bool:
    """A machine-made token: long, letters and digits, and close to uniformly random."""
    if len(value) < min_len or not mixed(value):
        return False
    hexadecimal = all(c in "0123456789abcdefABCDEF" for c in value)
    return entropy(value) >= (3.0 if hexadecimal else 3.5)


def has_long_token(text: str) -> bool:
    """Whether any word is 16 characters or longer: every key and token detector needs one."""
    return any(len(w) >= 16 for w in text.split())


def found(spans: Iterable[tuple[int, int]], family: str) -> list[Finding]:
    return [Finding(s, e, family) for s, e in spans if e > s]
