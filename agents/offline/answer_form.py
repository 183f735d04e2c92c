"""Wishes about the form of answers that :mod:`agents.offline.feedback`'s cues do not read, said as corrections:
units and currency ("metric please", "use kg not lbs"), spelling ("use American spelling"), sources ("cite your
sources next time"), the answer first ("bottom line first please"), plain text ("no markdown please"), analogies
("enough with the analogies") and how the user is addressed ("stop calling me buddy"). Read as
:mod:`agents.offline.substance` reads its families: as a reaction, or with a word that makes them last."""

from __future__ import annotations

import re

from agents.offline.families import LEAD as _LEAD
from agents.offline.families import STYLE as _STYLE
from agents.offline.families import A as _A
from agents.offline.families import Family
from agents.offline.families import fixed as _fixed
from memory.types import MemoryKind

_METRIC = {
    "metric": "metric units",
    "kg": "metric units",
    "kilos": "metric units",
    "kilograms": "metric units",
    "km": "metric units",
    "kilometers": "metric units",
    "kilometres": "metric units",
    "cm": "metric units",
    "grams": "metric units",
    "celsius": "temperatures in Celsius",
    "imperial": "imperial units",
    "lbs": "imperial units",
    "miles": "imperial units",
    "inches": "imperial units",
    "feet": "imperial units",
    "ounces": "imperial units",
    "oz": "imperial units",
    "cups": "cup measures",
    "fahrenheit": "temperatures in Fahrenheit",
    "24-hour time": "times in 24-hour format",
    "24 hour time": "times in 24-hour format",
    "24-hour clock": "times in 24-hour format",
    "the 24-hour clock": "times in 24-hour format",
    "24 hour clock": "times in 24-hour format",
    "the 24 hour clock": "times in 24-hour format",
    "military time": "times in 24-hour format",
}
_CURRENCIES = {
    "euros": "euros",
    "eur": "euros",
    "dollars": "US dollars",
    "usd": "US dollars",
    "gbp": "pounds sterling",
    "yen": "yen",
    "rupees": "rupees",
    "inr": "rupees",
    "cad": "Canadian dollars",
    "aud": "Australian dollars",
    "chf": "Swiss francs",
    "pesos": "pesos",
    "reais": "reais",
}
_SPELLINGS = {
    "american": "American",
    "us": "American",
    "british": "British",
    "uk": "British",
    "canadian": "Canadian",
    "australian": "Australian",
}
_UNIT_WORDS = "|".join(re.escape(u) for u in sorted((*_METRIC, *_CURRENCIES), key=len, reverse=True))
_PLEASE = r"(?:\s+(?:please|pls|plz|instead|next time|from now on|going forward|only|thanks|thx|too))*\s*(?:[.!,;]|$)"


def _units(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    unit = m.group("unit").lower()
    if unit in _CURRENCIES:
        return f"Prefers prices in {_CURRENCIES[unit]}", _STYLE, "currency"
    wanted = _METRIC[unit]
    subject = "temperature units" if "temperature" in wanted else "time format" if "24-hour" in wanted else "units"
    return f"Prefers {wanted}", _STYLE, subject


def _spelling(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    return f"Prefers {_SPELLINGS[m.group('which').lower()]} spelling", _STYLE, "spelling"


def _named(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    name = m.group("name").strip(" .,!'\"")
    return (f"Doesn't want to be called '{name}'", _STYLE, "form of address") if name else None


FORM_FAMILIES: tuple[Family, ...] = (
    Family(  # "use kg not lbs", "can you switch to celsius": asked of the answer, read as a reaction
        re.compile(
            rf"^{_LEAD}(?:can you |could you |please |pls )?(?:use|give (?:it|me|them|prices|temps) in|switch to)\s+"
            rf"(?P<unit>{_UNIT_WORDS})(?:\s+(?:units|measurements|measures))?(?:,?\s+not\s+[\w ]{{2,20}}?)?{_PLEASE}",
            re.I,
        ),
        _units,
        guess=False,
    ),
    Family(  # "Metric please, I'm in Europe", "Celsius, not Fahrenheit.", "I think in kilometres": said alone, units
        # are a standing habit and last
        re.compile(
            rf"^{_LEAD}(?:i think in\s+|i'?m used to\s+)?(?P<unit>{_UNIT_WORDS})"
            rf"(?:\s+(?:units|measurements|measures))?(?:,?\s+not\s+[\w ]{{2,20}}?)?{_PLEASE}",
            re.I,
        ),
        _units,
        verdict=False,
        guess=False,
    ),
    Family(
        re.compile(
            rf"^{_LEAD}(?:(?:please |pls )?(?:use|write in|stick to)\s+)?(?P<which>american|us|british|uk|"
            rf"canadian|australian) (?:spelling|english){_PLEASE}",
            re.I,
        ),
        _spelling,
        guess=False,
    ),
    Family(  # "cite your sources next time", "include links please"
        re.compile(
            rf"^{_LEAD}(?:(?:please |pls |can you |could you |and |also |always |(?:i )?(?:love|like|appreciate) "
            r"(?:that|how|it when) you (?:always )?)*(?:cite|include|add|give me|link|list|show)"
            r"\s+(?:your |the |some )?(?:sources|links|references|citations)|(?:always )(?:sources|links|"
            rf"references|citations)){_PLEASE}",
            re.I,
        ),
        _fixed("Wants sources cited in answers", _STYLE, "sources"),
        guess=False,
    ),
    Family(  # "bottom line first please", "lead with the answer"
        re.compile(
            rf"^{_LEAD}(?:(?:please |pls |just |and )*(?:give me |put |start with |lead with )?(?:the )?"
            r"(?:bottom line|answer|conclusion|verdict|tl;?dr|short answer|summary) (?:first|up front|upfront|at the "
            rf"top)|(?:please |pls )?(?:lead|start) with the (?:answer|bottom line|conclusion|verdict)){_PLEASE}",
            re.I,
        ),
        _fixed("Wants the answer first, then the details", _STYLE, "answer first"),
        guess=False,
    ),
    Family(  # "no markdown please, plain text", "plain text only"
        re.compile(
            rf"^{_LEAD}(?:(?:no|without|stop using|stop with the|drop the|skip the|less) (?:the )?(?:markdown|"
            r"headers|headings|bold text|formatting)|(?:just |only )?plain text(?: only)?)\b",
            re.I,
        ),
        _fixed("Wants plain text without markdown formatting", _STYLE, "markdown"),
        guess=False,
    ),
    Family(  # "enough with the analogies", "no more metaphors"
        re.compile(
            rf"^{_LEAD}(?:(?:no|without|stop (?:using|with)(?: the| all the)?|enough with the|drop the|skip the|fewer|"
            r"less|no more|too many|quit with the) (?:analogies|analogy|metaphors|metaphor)){_PLEASE}".replace(
                "{_PLEASE}", _PLEASE
            ),
            re.I,
        ),
        _fixed("Doesn't want analogies in explanations", _STYLE, "analogies"),
        guess=False,
    ),
    Family(  # "stop calling me buddy", "don't call me sweetie"
        re.compile(
            rf"^{_LEAD}(?:please |pls )?(?:stop calling me|quit calling me|don{_A}?t call me|dont call me|do not call "
            r"me)\s+(?P<name>[\w'-]{2,15})(?:\s+(?:please|pls|lol|ok|okay))*\s*(?:[.!,;]|$)",
            re.I,
        ),
        _named,
        guess=False,
    ),
)
