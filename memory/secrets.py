"""Obvious secrets never become memories. The detectors live in :mod:`memory.redaction`; this module keeps
the names the rest of tacit imports."""

from __future__ import annotations

from memory.redaction import REDACTED, find_secrets, has_secret, redact

__all__ = ["REDACTED", "find_secrets", "has_secret", "redact"]
