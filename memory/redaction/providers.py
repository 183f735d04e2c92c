"""Keys whose shape names their issuer: AWS, GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Google, Azure,
Twilio, SendGrid, Mailgun, npm, PyPI, Hugging Face, Telegram, Shopify, DigitalOcean, Square, and tacit's own.

An AWS secret access key has no prefix (40 characters of base64); it is caught next to an AWS key id, where the
pair is almost always pasted together, and by the keyword and entropy detectors next to its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from memory.redaction.base import Finding, has_long_token

FAMILY = "provider_key"

_B = r"(?<![A-Za-z0-9_/+-])"  # a key starts at a token boundary
_E = r"(?![A-Za-z0-9_-])"
_KEYS = re.compile(
    "|".join(
        [
            r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}",  # AWS key ids
            r"gh[pousr]_[A-Za-z0-9]{30,255}",  # GitHub tokens
            r"github_pat_[A-Za-z0-9_]{40,255}",  # GitHub fine-grained tokens
            r"glpat-[A-Za-z0-9_-]{20,}",  # GitLab personal access tokens
            r"xox[abposer]-[A-Za-z0-9-]{10,}",  # Slack tokens
            r"xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]+",  # Slack app tokens
            r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}",  # Stripe keys
            r"whsec_[A-Za-z0-9]{24,}",  # Stripe webhook secrets
            r"sk-(?:ant-(?:api|admin)\d\d-|proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}",  # OpenAI, Anthropic
            r"AIza[0-9A-Za-z_-]{35}",  # Google API keys
            r"GOCSPX-[A-Za-z0-9_-]{20,}",  # Google OAuth client secrets
            r"ya29\.[0-9A-Za-z_-]{20,}",  # Google OAuth access tokens
            r"(?:SK|AC)[0-9a-f]{32}",  # Twilio API key and account SIDs
            r"SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}",  # SendGrid
            r"key-[0-9a-zA-Z]{32}",  # Mailgun
            r"npm_[A-Za-z0-9]{36}",  # npm
            r"pypi-AgE[A-Za-z0-9_-]{40,}",  # PyPI
            r"hf_[A-Za-z0-9]{30,}",  # Hugging Face
            r"\d{8,10}:AA[A-Za-z0-9_-]{33}",  # Telegram bot tokens
            r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",  # Shopify
            r"do[por]_v1_[a-f0-9]{64}",  # DigitalOcean
            r"sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}",  # Square
            r"EAA[A-Za-z0-9]{80,}",  # Facebook / Meta access tokens
            r"tk_[A-Za-z0-9_-]{40,}",  # tacit's own API keys
            r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,}",  # Slack webhooks
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{20,}",  # Discord
        ]
    ).join([f"{_B}(?:", f"){_E}"])
)
# Azure storage and service bus connection strings: AccountKey=..., SharedAccessKey=..., and SAS signatures
_AZURE = re.compile(r"(?i)(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig)=(?P<v>[A-Za-z0-9+/%]{20,}={0,2})")
_AWS_ID = re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{16}")
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])")


def detect(text: str) -> Iterator[Finding]:
    if not has_long_token(text):
        return
    for m in _KEYS.finditer(text):
        yield Finding(m.start(), m.end(), FAMILY)
    for m in _AZURE.finditer(text):
        yield Finding(*m.span("v"), FAMILY)
    if _AWS_ID.search(text):  # an AWS key id: the 40-character secret beside it goes too
        for m in _AWS_SECRET.finditer(text):
            v = m.group("v")
            if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
                yield Finding(*m.span("v"), FAMILY)
