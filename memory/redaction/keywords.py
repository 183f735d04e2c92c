# ruff: noqa: RUF001  (non-Latin scripts and their punctuation are matched on purpose)
"""Secrets announced by a word: "my password is hunter2", "pw: Tr1cky$Pass", "mein Passwort ist geheim123",
"The password for my laptop is Summer2024!", "PIN is 4321", "the gate code is 4512#", ``DB_PASSWORD=...``.

Three strengths of keyword. A *password word* (in some twenty languages) hides any value after it but a short
list of words that describe the password instead ("is wrong", "is too short"). A *phrase word* (passphrase,
seed phrase) hides the rest of the clause. A *weak word* (token, secret, api key, license key) hides only a value
that looks chosen (letters with digits or symbols), so "the secret to good bread is time" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from memory.redaction.base import REDACTED, Finding, mixed

FAMILY = "keyword"

_LATIN = (  # words for "password" in Latin scripts
    r"pass(?:word|wort|wd|code)s?|pwd|pw|kennw[öo]rt(?:er)?|zugangs(?:code|daten)|mot[ -]de[ -]passe|mdp"
    r"|contrase[ñn]as?|clave\s+(?:secreta|de\s+acceso)|senhas?|palavra[ -]passe|wachtwoord(?:en)?|l[öo]senord(?:et)?"
    r"|passord(?:et)?|adgangskoden?|kodeord(?:et)?|salasanas?|has[łl]o|heslo|jelsz[óo]|[şs]ifre(?:m|niz)?|parol[ăa]\b(?=\s*[:=])"
    r"|m[ậa]t\s+kh[ẩa]u|kata\s+sandi|wi-?fi\s+key|wpa\s+key|network\s+key"
)
_OTHER = (  # ... and in other scripts (no word boundary there)
    r"парол[ьяюеи]|κωδικός(?:\s+πρόσβασης)?|συνθηματικό|密码|密碼|口令|パスワード|비밀번호|암호"
    r"|كلمة\s+(?:المرور|السر)|סיסמ[הא]|पासवर्ड"
)
_PHRASE = (
    r"pass[ -]?phrase|seed\s+phrase|recovery\s+phrase|secret\s+phrase|mnemonic(?:\s+phrase)?|backup\s+phrase"
    r"|phrase\s+secr[èe]te|frase\s+(?:secreta|de\s+contrase[ñn]a)|Passphrase|wallet\s+words"
)
_WEAK = (
    r"secret(?:\s+key)?|api[\s_-]?key|apikey|access[\s_-]?key(?:\s+id)?|secret[\s_-]?access[\s_-]?key"
    r"|private[\s_-]?key|client[\s_-]?secret|(?:access|auth|refresh|bearer|session|api|bot|personal\s+access)"
    r"[\s_-]?tokens?|tokens?|credentials?|licen[cs]e\s+key|product\s+key|serial\s+key|activation\s+key"
    r"|encryption\s+key|recovery\s+key|webhook\s+secret|signing\s+key"
)
_PIN = (
    r"pin(?:[\s-]?(?:code|number|nummer))?|code\s+pin|geheimzahl|暗証番号|puk"
    r"|(?:door|gate|garage|alarm|safe|locker|lock|building|entry|entrance|keypad|access|unlock|security|card"
    r"|verification|2fa|otp|one[\s-]time|login|backup|recovery|voicemail|sim|bike\s+lock)\s+"
    r"(?:code|pin|passcode|combination)s?|(?:code|combination)\s+(?:for|to|of)\s+(?:the|my|our)\s+(?:door|gate"
    r"|garage|alarm|safe|locker|lock|building|front\s+door|bike\s+lock)|combination"
)
# "for my laptop", "de mon ordinateur", "für mein Laptop", "от почты": up to four words between the keyword and
# its value
_QUALIFIER = (
    r"(?:\s+(?:my|mine|mitt|min|mein|meins|μου|мой|мою|שלי|الخاص|الخاصة\s+بي))?"
    r"(?:\s+(?:for|of|to|on|at|in|f[üu]r|von|zu|zum|zur|de|du|des|pour|para|da|do|dos|das|del|van|voor|bij"
    r"|f[öo]r|till|til|på|к|от|для|на)(?:\s+[^\s:=]{1,30}){1,4}?)?"
)
_SAID = (
    r"(?:\s*(?:[:=]|=>|->|→)\s*|\s+[-–—]\s+|\s*[–—]\s*"
    r"|\s+(?:is|was|are|=|ist|lautet|war|est|était|c'est|es|era|é|è|är|var|er|var|on|oli|to|je|jest|była?|это"
    r"|είναι|هي|هى|היא|הוא|adalah|là|da|dir|olarak)(?:\s*:)?\s+(?:now|still|just|jetzt|noch|immer\s+noch|maintenant"
    r"|ahora|agora|nu|nog|теперь)?\s*"
    r"|\s*(?:是|为|為|は|が|는|은|:|：)\s*)"
)
_VALUE = (
    r"(?P<v>\"[^\"\n]{1,200}\"|'[^'\n]{1,200}'|`[^`\n]{1,200}`|“[^”\n]{1,200}”|«[^»\n]{1,200}»"
    r"|[^\s\"'`，。、；]{1,200})"
)
_LEFT = r"(?<![A-Za-zÀ-ÿ])"
_RIGHT = r"(?![A-Za-zÀ-ÿ])"

_STRONG = re.compile(
    rf"(?i)(?:{_LEFT}(?:{_LATIN}){_RIGHT}|{_OTHER})(?:\s+(?:\w+\s+)?(?:code|number))?"
    rf"{_QUALIFIER}{_SAID}{_VALUE}"
)
# "password hunter2", "пароль qwerty123", "मेरा पासवर्ड abc123 है": no verb, so the value must look chosen
_BARE = re.compile(
    rf"(?i)(?:{_LEFT}(?:pass(?:word|wort|wd)|pwd|pw|kennwort|senha|contraseña|wachtwoord){_RIGHT}"
    rf"|{_OTHER})\s+(?P<v>[^\s\"'`，。、；]{{6,200}})"
)
_PHRASES = re.compile(rf"(?i){_LEFT}(?:{_PHRASE}){_RIGHT}{_QUALIFIER}{_SAID}(?P<v>[^.,;!?\n]{{2,300}})")
_WEAKS = re.compile(rf"(?i){_LEFT}(?:{_WEAK}){_RIGHT}{_QUALIFIER}{_SAID}{_VALUE}")
_PINS = re.compile(
    rf"(?i){_LEFT}(?:{_PIN}){_RIGHT}{_QUALIFIER}(?:{_SAID}|\s+)(?:#\s*)?(?P<v>\d(?:[\d*#]|[\s-]\d){{2,11}}[#*]?)(?![\d.,/:]\d)"
)
# config and code: DB_PASSWORD=..., "client_secret": "...", aws_secret_access_key = ...
_ASSIGN = re.compile(
    r"(?i)(?P<k>pass(?:word|wd)?(?![a-z])|pwd|secret|api[_-]?key|apikey|access[_-]?key|private[_-]?key|token|credential"
    r"|auth[_-]?key)(?P<rest>[\w.-]*)[\"']?\s*(?:[:=]|=>)\s*(?P<v>\"[^\"\n]{1,300}\"|'[^'\n]{1,300}'"
    r"|[^\s\"',;]{1,300})"
)
# "boarding pass: gate B12" is a ticket
_PASS_COMPOUND = re.compile(
    r"(?i)(?:boarding|season|bus|day|ski|hall|backstage|festival|train|travel|gym|museum|weekly|monthly|annual"
    r"|park|press|free|mountain|guest|visitor)[\s-]$"
)
_NOT_A_VALUE = re.compile(
    r"(?i)(?:wrong|incorrect|correct|right|invalid|valid|expired|expiring|required|mandatory|optional|missing"
    r"|empty|blank|weak|strong|stronger|weaker|secure|insecure|safe|unsafe|long|longer|short|shorter|too|very|so"
    r"|not|no|none|null|nil|true|false|still|also|now|just|always|never|being|been|the|a|an|my|your|his|her"
    r"|their|our|its|in|on|at|for|of|to|with|from|by|and|or|but|that|this|which|what|same|different|changed"
    r"|reset|saved|stored|hashed|encrypted|protected|set|case-sensitive|case|hidden|shown|visible|there|here"
    r"|locked|blocked|forgotten|lost|written|somewhere|needed|useless|easy|hard|simple|complicated|complex"
    r"|compromised|leaked|old|new|unknown|fine|ok|okay|good|bad|terrible|great|awful|obvious|guessable"
    r"|sent|shared|rotated|revoked|managed|required\.|falsch|richtig|abgelaufen|nicht|zu|sehr|noch|gesperrt"
    r"|faux|fausse|expiré|trop|pas|incorrecta|incorrecto|errónea|caducada|muy|demasiado|errada|incorreta"
    r"|fout|onjuist|verlopen|te|fel|för|feil|for|неверный|неправильный|слишком|sicura|sbagliata|vencida"
    r"|manager|managers|reset|policy|policies|field|prompt|hint|strength|rules?|length|change|update|generator"
    r"|see|siehe|voir|ver|vedi|zie|ask|check|below|above|attached|elsewhere|unchanged|same|str|int|bytes"
    r"|secretstr|optional\[.*|\w*\(.*|[\w.]+\[.*|(?-i:\$\{?[A-Z_][A-Z0-9_]*\}?)|env\..*|process\.env.*"
    r"|\?+|[*•xX]+|\.{3}|…|<[^>]*>|\$\{[^}]*\}?|\{\{[^}]*\}\}|%\(?\w+\)?s?|\[redacted\])"
)
# "is 12 characters long", "is 3 days old": the value describes the password
_DESCRIBED = re.compile(
    r"(?i)\s+(?:characters?|chars?|letters?|digits?|symbols?|zeichen|caract[eè]res?|caracteres|long|days?"
    r"|weeks?|months?|years?|old|times?)\b"
)
_TRAILING = ".,;:)]}>»”’，。、；！？）」"


def _value(text: str, m: re.Match[str], *, chosen: bool) -> tuple[int, int] | None:
    start, end = m.span("v")
    raw = text[start:end]
    if raw[:1] in "\"'`“«" and len(raw) > 1:  # quoted: the whole quote goes
        return (start, end) if raw[1:-1].strip() and raw != REDACTED else None
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    value = text[start:end]
    if len(value) < 3 or all(not c.isalnum() for c in value) or _NOT_A_VALUE.fullmatch(value):
        return None
    if chosen and not mixed(value):
        return None
    if _DESCRIBED.match(text, end) and value.isdigit():
        return None
    return start, end


# Each pattern runs only when the text holds one of its words (lower case): most messages skip them all.
_STRONG_WORDS = (
    "pass",
    "pw",
    "kennw",
    "zugangs",
    "mot de",
    "mot-de",
    "mdp",
    "contrase",
    "clave",
    "senha",
    "palavra",
    "wachtwoord",
    "lösenord",
    "losenord",
    "passord",
    "adgangskode",
    "kodeord",
    "salasan",
    "hasło",
    "haslo",
    "heslo",
    "jelsz",
    "şifre",
    "sifre",
    "parol",
    "khẩu",
    "khau",
    "kata sandi",
    "key",
    "парол",
    "κωδικ",
    "συνθηματικ",
    "密码",
    "密碼",
    "口令",
    "パスワード",
    "비밀번호",
    "암호",
    "كلمة",
    "סיסמ",
    "पासवर्ड",
)
_PHRASE_WORDS = ("phrase", "mnemonic", "wallet words", "frase")
_WEAK_WORDS = ("secret", "key", "token", "credential", "licen")
_PIN_WORDS = ("pin", "geheimzahl", "暗証番号", "puk", "code", "combination")
_ASSIGN_WORDS = ("pass", "pwd", "secret", "key", "token", "credential")


def _any(words: tuple[str, ...], low: str) -> bool:
    return any(w in low for w in words)


def _assignments(text: str) -> Iterator[Finding]:
    for m in _ASSIGN.finditer(text):
        key = (m.group("k") + m.group("rest")).lower()
        if key == "pass" and _PASS_COMPOUND.search(text, max(0, m.start() - 12), m.start()):
            continue
        # "Secret: I don't like cilantro" is prose; "client_secret: ..." and "SECRET_KEY=..." are config
        strong = any(w in key for w in ("pass", "pwd", "private")) or ("secret" in key and key.rstrip("s") != "secret")
        span = _value(text, m, chosen=not strong)
        if span:
            yield Finding(*span, FAMILY)


def detect(text: str) -> Iterator[Finding]:
    low = text.lower()
    if _any(_STRONG_WORDS, low):
        for pattern, chosen in ((_STRONG, False), (_BARE, True)):
            for m in pattern.finditer(text):
                span = _value(text, m, chosen=chosen)
                if span:
                    yield Finding(*span, FAMILY)
    if _any(_WEAK_WORDS, low):
        for m in _WEAKS.finditer(text):
            span = _value(text, m, chosen=True)
            if span:
                yield Finding(*span, FAMILY)
    if _any(_PHRASE_WORDS, low):
        for m in _PHRASES.finditer(text):
            start, end = m.span("v")
            words = text[start:end].split()
            described = len(words) < 3 or _NOT_A_VALUE.fullmatch(words[1])  # "is too long to remember"
            if words and not (_NOT_A_VALUE.fullmatch(words[0]) and described):
                yield Finding(start, end, FAMILY)
    if _any(_PIN_WORDS, low):
        for m in _PINS.finditer(text):
            yield Finding(*m.span("v"), FAMILY)
    if ("=" in text or ":" in text) and _any(_ASSIGN_WORDS, low):
        yield from _assignments(text)
