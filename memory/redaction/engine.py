"""Runs every detector over a text and hides what they found, overlapping findings merged into one."""

from __future__ import annotations

from memory.redaction import financial, keywords, national_id, providers, tokens
from memory.redaction.base import REDACTED, Detector, Finding

DETECTORS: tuple[Detector, ...] = (
    providers.detect,
    tokens.detect,
    keywords.detect,
    financial.detect,
    national_id.detect,
)
FAMILIES = (
    "keyword",
    "provider_key",
    "jwt",
    "private_key",
    "connection_string",
    "auth_header",
    "entropy",
    "card",
    "iban",
    "national_id",
)


def _already_redacted(text: str, f: Finding) -> bool:
    """A finding inside a ``[redacted]`` marker ("password: [redacted]" seen again) is not a secret."""
    at = text.find(REDACTED, max(0, f.start - len(REDACTED)), f.end + len(REDACTED))
    return at != -1 and at <= f.start and f.end <= at + len(REDACTED)


def find_secrets(text: str) -> list[Finding]:
    """Every secret found in ``text``, in order, overlapping findings merged (the first family named wins)."""
    spans = sorted(
        (f for detect in DETECTORS for f in detect(text) if not _already_redacted(text, f)),
        key=lambda f: (f.start, -f.end),
    )
    merged: list[Finding] = []
    for f in spans:
        if merged and f.start <= merged[-1].end:
            last = merged[-1]
            if f.end > last.end:
                merged[-1] = Finding(last.start, f.end, last.family)
        else:
            merged.append(f)
    return merged


def redact(text: str) -> str:
    """The text with every secret found replaced by ``[redacted]``."""
    findings = find_secrets(text)
    if not findings:
        return text
    out: list[str] = []
    at = 0
    for f in findings:
        out += [text[at : f.start], REDACTED]
        at = f.end
    out.append(text[at:])
    return "".join(out)


def has_secret(text: str) -> bool:
    return bool(find_secrets(text))
