"""Obvious secrets never become memories: passwords, API keys and tokens, card numbers, national ids.

Applied to the message log (before anything is stored) and to every memory text written through the store,
so a secret can't reach SQL's memories, the vector index or a prompt prefix.
"""

from __future__ import annotations

import re

REDACTED = "[redacted]"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "my password is hunter2", "pwd: x", "passcode = 1234", "PIN is 0000"
    re.compile(
        r"(?i)\b(pass(?:word|wd|code|phrase)?|pwd|pin(?: code)?|secret|api[ _-]?key|access[ _-]?token|token)"
        r"(\s*(?:is|was|:|=)\s*)(?:\"[^\"]+\"|'[^']+'|\S+)"
    ),
    re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}\b"),  # OpenAI/Anthropic/Stripe-style keys (sk-ant-..., sk-...)
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),  # AWS access key id
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}\b"),  # GitHub tokens
    re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),  # Slack tokens
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b"),  # JWT
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # US social security number
)
_CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return REDACTED if 13 <= len(digits) <= 19 and _luhn(digits) else match.group(0)


def redact(text: str) -> str:
    """The text with every obvious secret replaced by ``[redacted]``."""
    out = _PATTERNS[0].sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    for pattern in _PATTERNS[1:]:
        out = pattern.sub(REDACTED, out)
    return _CARD.sub(_card, out)


def has_secret(text: str) -> bool:
    return redact(text) != text
