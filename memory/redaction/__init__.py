"""Secrets never become memories: a small library of detectors, one family per module.

- :mod:`~memory.redaction.keywords`: a value announced by a word (password in some twenty languages, PIN, codes,
  passphrases, tokens, ``KEY=value`` in config);
- :mod:`~memory.redaction.providers`: keys whose shape names their issuer (AWS, GitHub, Slack, Stripe, OpenAI,
  Anthropic, Google, ...);
- :mod:`~memory.redaction.tokens`: JWTs, private key blocks, passwords in connection strings, Authorization
  headers, random-looking tokens next to a secret-ish word;
- :mod:`~memory.redaction.financial`: card numbers (Luhn), their expiry and CVV, IBANs (mod 97);
- :mod:`~memory.redaction.national_id`: US SSNs, UK national insurance numbers.

Applied on every write path (message log, memory text, context and evidence, PATCH, import), so a secret can't
reach SQL, the vector index or a prompt prefix. ``bench/redaction.py`` measures recall and false positives on
the corpus in ``bench/data/secrets/``.
"""

from memory.redaction.base import REDACTED, Finding
from memory.redaction.engine import FAMILIES, find_secrets, has_secret, redact

__all__ = ["FAMILIES", "REDACTED", "Finding", "find_secrets", "has_secret", "redact"]
