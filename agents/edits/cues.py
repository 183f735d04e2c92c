"""Measurements of one text that an edit can change: length, bullets, emojis, code, register, units,
language, greeting and sign-off. Pure functions, no model."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9']+")
_BULLET = re.compile(r"^\s*(?:[-*•‣◦]|\d{1,2}[.)])\s+\S", re.MULTILINE)
_FENCE = re.compile(r"```[\w+#-]*\n.*?```", re.DOTALL)
_FENCE_LANG = re.compile(r"```([\w+#-]+)")
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\U0001f900-\U0001f9ff\u2b50\u2705\u274c]"
)
_CONTRACTION = re.compile(r"\b\w+'(?:s|re|ll|ve|d|m|t)\b|\b(?:gonna|wanna|gotta|kinda|yeah|yep|nope)\b", re.I)
_CASUAL = re.compile(
    r"\b(?:hey|hiya|yo|cheers|thx|thanks!|btw|lol|awesome|cool|super|no worries|ping me|catch you|cya|"
    r"quick heads up|heads up|folks|guys|stuff|grab|chat soon|talk soon)\b|!",
    re.I,
)
_FORMAL = re.compile(
    r"\b(?:dear|sincerely|kind regards|best regards|yours faithfully|yours sincerely|respectfully|i would like to|"
    r"please find|i am writing|furthermore|therefore|regarding|kindly|do not hesitate|please let me know|"
    r"i hope this (?:message|email) finds you well|thank you for|at your earliest convenience|i would be grateful|"
    r"i trust|accordingly|hereby|pursuant)\b",
    re.I,
)
_GREETING = re.compile(
    r"^\s*((?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|yo)\b[^\n,!]{0,40}?)[,!.]?\s*$",
    re.I | re.MULTILINE,
)
_SIGN_OFF = re.compile(
    r"^\s*((?:best(?: regards| wishes)?|kind regards|warm regards|regards|cheers|thanks(?: again)?|thank you|"
    r"sincerely|yours (?:sincerely|faithfully|truly)|all the best|take care|talk soon|speak soon|love|xo+|"
    r"many thanks|with gratitude|respectfully)[,!.]?)\s*$",
    re.I | re.MULTILINE,
)
IMPERIAL = re.compile(
    r"\b\d[\d.,]*\s*(?:mi|miles?|mph|ft|feet|foot|inch(?:es)?|in\.|lbs?|pounds?|oz|ounces?|gallons?|gal|"
    r"yards?|yd|°\s?F|degrees fahrenheit|fahrenheit|F\b|cups?|quarts?|pints?)\b",
    re.I,
)
METRIC = re.compile(
    r"\b\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?|km/h|kph|m\b|met(?:er|re)s?|cm|centimet(?:er|re)s?|mm|kg|"
    r"kilo(?:gram)?s?|g\b|grams?|ml|millilit(?:er|re)s?|l\b|lit(?:er|re)s?|°\s?C|degrees celsius|celsius|C\b)",
    re.I,
)
# a few of the most frequent function words per language: enough to tell which language a paragraph is in
_STOPWORDS: dict[str, frozenset[str]] = {
    "English": frozenset("the and is are of to in that it for you with this was on be have not".split()),  # noqa: SIM905
    "Spanish": frozenset("el la los las de que y en es por para con una un no se su al lo como más".split()),  # noqa: SIM905
    "French": frozenset("le la les de des et est une un pour que dans pas vous avec sur ce il au du".split()),  # noqa: SIM905
    "German": frozenset("der die das und ist nicht ein eine zu den mit von sie ich es auf für dem sich".split()),  # noqa: SIM905
    "Italian": frozenset("il la di che e è un una per non con sono del della le gli questo anche".split()),  # noqa: SIM905
    "Portuguese": frozenset("o a os as de que e é um uma para com não em do da no na por mais".split()),  # noqa: SIM905
    "Dutch": frozenset("de het een en van is dat niet op te met voor zijn ik je ze er maar".split()),  # noqa: SIM905
}
_PROG_HINTS: dict[str, re.Pattern[str]] = {
    "Python": re.compile(r"^\s*(?:def |import |from \w+ import|print\(|elif |self\.)", re.M),
    "JavaScript": re.compile(r"\b(?:const|let) \w+ =|console\.log\(|=> \{|function \w+\(|require\("),
    "TypeScript": re.compile(r":\s*(?:string|number|boolean)\b|\binterface \w+ \{|\bexport type\b"),
    "Go": re.compile(r"\bfunc \w+\(|:= |fmt\.Print|package main"),
    "Rust": re.compile(r"\bfn \w+\(|\blet mut\b|println!\(|impl \w+"),
    "Java": re.compile(r"\bpublic (?:static )?(?:void|class)\b|System\.out\.print"),
    "SQL": re.compile(r"\bSELECT\b.+\bFROM\b", re.S),
    "Bash": re.compile(r"^\s*(?:\$ )?(?:echo|export|grep|sudo|apt|curl|cd) ", re.M),
}
_FENCE_NAMES = {"py": "Python", "python": "Python", "js": "JavaScript", "javascript": "JavaScript",
                "ts": "TypeScript", "typescript": "TypeScript", "go": "Go", "golang": "Go", "rust": "Rust",
                "rs": "Rust", "java": "Java", "sql": "SQL", "bash": "Bash", "sh": "Bash", "shell": "Bash"}  # fmt: skip


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def bullets(text: str) -> int:
    return len(_BULLET.findall(text))


def emojis(text: str) -> int:
    return len(_EMOJI.findall(text))


def code_blocks(text: str) -> list[str]:
    return _FENCE.findall(text)


def prose(text: str) -> str:
    """The text outside code blocks."""
    return _FENCE.sub(" ", text)


def looks_like_code(text: str) -> bool:
    """Fenced, or every non-empty line reads as code (indentation, brackets, keywords)."""
    if code_blocks(text):
        return True
    lines = [ln for ln in text.splitlines() if ln.strip()]
    codey = [ln for ln in lines if re.search(r"[{}();=]|^\s{2,}|^\s*(?:def|class|return|import|for|if)\b", ln)]
    return len(lines) >= 2 and len(codey) >= 0.8 * len(lines)


def programming_language(text: str) -> str | None:
    fence = _FENCE_LANG.search(text)
    if fence and fence.group(1).lower() in _FENCE_NAMES:
        return _FENCE_NAMES[fence.group(1).lower()]
    body = "\n".join(code_blocks(text)) or text
    found = [name for name, pattern in _PROG_HINTS.items() if pattern.search(body)]
    if "TypeScript" in found:
        return "TypeScript"
    return found[0] if len(found) == 1 else None


def human_language(text: str) -> str | None:
    """The language of a prose text of 8 words or more, by its function words; None when unsure."""
    tokens = [w.lower() for w in words(prose(text))]
    if len(tokens) < 8:
        return None
    counts = {lang: sum(t in stop for t in tokens) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < max(3, 0.12 * len(tokens)) or ranked[0] < 1.6 * ranked[1]:
        return None
    return best


@dataclass(frozen=True)
class Register:
    """Casual and formal markers per 50 words (a text under 50 words counts as 50): twice the text with the
    same tone has the same register."""

    casual: float
    formal: float

    @property
    def score(self) -> float:
        """Above 0: formal; below: casual."""
        return self.formal - self.casual


def body(text: str) -> str:
    """The text without its greeting line and sign-off line (those are read on their own)."""
    lines = text.strip().splitlines()
    if lines and greeting(lines[0]):
        lines = lines[1:]
    tail = [i for i, ln in enumerate(lines) if i >= len(lines) - 3 and _SIGN_OFF.match(ln)]
    return "\n".join(lines[: tail[0]] if tail else lines)


def register(text: str) -> Register:
    body_ = prose(body(text))
    casual = len(_CONTRACTION.findall(body_)) + len(_CASUAL.findall(body_)) + emojis(body_)
    per = max(1.0, len(words(body_)) / 50)
    return Register(casual=casual / per, formal=len(_FORMAL.findall(body_)) / per)


def greeting(text: str) -> str | None:
    head = text.strip().split("\n", 1)[0]
    m = _GREETING.match(head)
    return m.group(1).strip() if m else None


def sign_off(text: str) -> str | None:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    for ln in lines[-3:]:
        m = _SIGN_OFF.match(ln)
        if m:
            return m.group(1).strip().rstrip(",!.")
    return None


def units(text: str) -> tuple[int, int]:
    """How many imperial and metric measurements the text gives."""
    return len(IMPERIAL.findall(text)), len(METRIC.findall(text))
