"""Secrets recognised by their form rather than their issuer: JSON web tokens, private key blocks, passwords
inside connection strings (``postgres://user:pass@host``), ``Authorization`` headers and bearer tokens, and
random-looking tokens within a few words after a secret-ish word ("aws secret: ...", "here's the API key ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from memory.redaction.base import Finding, has_long_token, looks_random

_JWT = re.compile(r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# a pasted key block, or its start when the paste was cut off
_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"|.*\Z)|PuTTY-User-Key-File-\d: .*?(?:Private-MAC: [0-9a-f]+|\Z)",
    re.DOTALL,
)
_URL_PASSWORD = re.compile(r"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]{1,100}:(?P<v>[^\s@/]{1,200})@[^\s@]")
_AUTH_HEADER = re.compile(
    r"(?i)\b(?:proxy-)?authorization\s*[:=]\s*(?:(?:basic|bearer|token|digest|negotiate|apikey)\s+)?"
    r"(?P<v>[^\s\"',]{8,})"
)
_BEARER = re.compile(r"(?i)\bbearer\s+(?P<v>[A-Za-z0-9._~+/-]{16,}=*)")
_SECRET_WORD = re.compile(
    r"(?i)(?:secret|token|api[\s_-]?key|apikey|access[\s_-]?key|private[\s_-]?key|signing[\s_-]?key|credential"
    r"|pass(?:word|wd|phrase)?|bearer|auth|aws|webhook|license[\s_-]?key|client[\s_-]?secret|passwort|senha"
    r"|contrase[ñn]a|clé|schlüssel|chiave|clave|ключ|токен|密钥|令牌|\bkey\b)"
)
_API_AFTER = re.compile(r"(?i)\W{1,3}(?:\w+\W+){0,3}(?:api|token|key|secret)\b")  # "<token> for the Datadog API"
# a whole run of token characters (unbounded and anchored on both sides: linear, no backtracking)
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9+/=_.~-])(?P<v>[A-Za-z0-9+/=_.~-]{16,})(?![A-Za-z0-9+/=_.~-])")
# "commit 9fceb02d..", "sha256 e3b0c4..", "ssh-ed25519 AAAAC3..": a hash or a public key, not a secret
_HASH_WORD = re.compile(
    r"(?i)(?:commit|sha\d*|hash|revision|rev|checksum|digest|md5|fingerprint|build|etag|ssh-\w+|ecdsa-[\w-]+)\W*$"
)
_NEAR = 48  # characters between the secret-ish word and the token


def _random_token(text: str, m: re.Match[str]) -> bool:
    v = m.group("v").strip(".-_")
    if len(v) > 512 or not looks_random(v):
        return False
    if v.startswith("/") or ("/" in v and "." in v):  # a path or a URL, not a key
        return False
    before = text[max(0, m.start() - _NEAR) : m.start()]
    if _HASH_WORD.search(before) or not (_SECRET_WORD.search(before) or _API_AFTER.match(text, m.end())):
        return False
    return not re.fullmatch(r"[\d.-]+|v?\d+(?:\.\d+)+[\w.-]*", v)  # numbers, dates, versions


def detect(text: str) -> Iterator[Finding]:
    if not has_long_token(text):
        return
    if "eyJ" in text:
        for m in _JWT.finditer(text):
            yield Finding(m.start(), m.end(), "jwt")
    if "PRIVATE KEY" in text or "PuTTY" in text:
        for m in _PRIVATE_KEY.finditer(text):
            yield Finding(m.start(), m.end(), "private_key")
    if "://" in text:
        for m in _URL_PASSWORD.finditer(text):
            yield Finding(*m.span("v"), "connection_string")
    low = text.lower()
    if "authorization" in low:
        for m in _AUTH_HEADER.finditer(text):
            yield Finding(*m.span("v"), "auth_header")
    if "bearer" in low:
        for m in _BEARER.finditer(text):
            yield Finding(*m.span("v"), "auth_header")
    for m in _CANDIDATE.finditer(text):
        if _random_token(text, m):
            yield Finding(*m.span("v"), "entropy")
