"""Payment details: card numbers (13 to 19 digits that pass the Luhn check and start like an issuer's), their
expiry date and security code (CVV/CVC) when the text is about a card, and IBANs (mod-97 checksum)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from memory.redaction.base import Finding

# the look-behinds sit after the first character so the regex engine can skip to candidate characters fast
_CARD = re.compile(r"[2-6](?<![\d-][2-6])\d(?:[ -]?\d){11,17}(?![\d-]|[.,]\d)")
_CVV = re.compile(
    r"(?i)\b(?:cvv2?|cvc2?|csc|cid|cav2|security\s+code|card\s+code|card\s+verification(?:\s+code)?"
    r"|kartenpr[üu]fnummer|pr[üu]fnummer|cryptogramme|code\s+de\s+s[ée]curit[ée]|c[óo]digo\s+de\s+seguridad)"
    r"(?:\s+(?:is|ist|est|es|was|number))?\s*[:=#]?\s*(?P<v>\d{3,4})(?!\d)"
)
_EXPIRY = re.compile(
    r"(?i)\b(?:exp(?:iry|iration|ires|\.)?|valid\s+(?:thru|through|until)|good\s+thru|g[üu]ltig\s+bis|ablauf"
    r"(?:datum)?|date\s+d'expiration|vence|vencimiento|validade)(?:\s+date)?\s*[:=]?\s*"
    r"(?P<v>(?:0?[1-9]|1[0-2])\s*[/-]\s*(?:20)?\d\d)(?![\d/])"
)
_CARD_WORDS = re.compile(
    r"(?i)\b(?:card|cards|cvv|cvc|visa|mastercard|master\s+card|amex|american\s+express|discover|maestro"
    r"|credit|debit|karte|kreditkarte|carte|tarjeta|cart[ãa]o|kaart|kort|карта|карты)\b"
)
_IBAN = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_CVV_WORDS = (
    "cvv",
    "cvc",
    "csc",
    "cid",
    "cav2",
    "security code",
    "card code",
    "verification",
    "prüfnummer",
    "prufnummer",
    "cryptogramme",
    "de sécurité",
    "de securite",
    "de seguridad",
)
_EXPIRY_WORDS = ("exp", "valid", "good thru", "gültig", "gultig", "ablauf", "vence", "vencimiento", "validade")


# "SKU 5901234123457", "EAN 4006381333931": barcodes have a check digit too
_PRODUCT_CODE = re.compile(r"(?i)\b(?:sku|ean|gtin|upc|isbn|barcode|article|artikel|item|part)\W{0,3}(?:no\.?\W*)?$")


def _card_number(digits: str) -> bool:
    """13 to 19 digits that pass the Luhn check; 13 digits only for the old Visa numbers (a 4 first)."""
    return 13 <= len(digits) <= 19 and (len(digits) > 13 or digits[0] == "4") and _luhn(digits)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _iban_ok(compact: str) -> bool:
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _iban_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The longest valid IBAN the match starts with: a greedy match may run into the next group of capitals,
    so each shorter end at a space is tried too."""
    ends = [m.end()] + [m.start() + i for i in range(m.end() - m.start() - 1, 14, -1) if text[m.start() + i] == " "]
    for end in ends:
        if _iban_ok(text[m.start() : end].replace(" ", "")):
            return m.start(), end
    return None


def detect(text: str) -> Iterator[Finding]:
    cards = False
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if _card_number(digits) and not _PRODUCT_CODE.search(text, max(0, m.start() - 16), m.start()):
            cards = True
            yield Finding(m.start(), m.end(), "card")
    low = text.lower()
    if any(w in low for w in _CVV_WORDS):
        for m in _CVV.finditer(text):
            yield Finding(*m.span("v"), "card")
    if any(w in low for w in _EXPIRY_WORDS) and (cards or _CARD_WORDS.search(text)):
        for m in _EXPIRY.finditer(text):  # "exp 09/27" is a card's expiry only when the text is about a card
            yield Finding(*m.span("v"), "card")
    for m in _IBAN.finditer(text):
        span = _iban_span(text, m)
        if span:
            yield Finding(*span, "iban")
