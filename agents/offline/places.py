"""Where the user lives, comes from or is moving to, said with "I": "I live in Lyon", "I'm based in Oslo", "I moved to
Berlin", "I'm originally from Chile", "I grew up in Ohio", "I was born in Kenya", "I'm in Ontario" (not "in Paris for
the week", "in IT"), "I live on a boat" (a home that is no town: a boat, a farm, an island).
Rules anchored on the speaker token, tried by :func:`agents.offline.persona.match_persona` after its own.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text
from agents.offline.objects import take
from agents.offline.rules import ADV_ANY, I_AM, I_SP, OBJ, Builder, Rule

PLACE_END = re.compile(
    r"\s+(?:with|for|and|so|because|since|where|which|but|who|to|as|while|when|near|at the moment|now|right now|"
    r"currently|these days|nowadays)\b|,",
    re.IGNORECASE,
)


COUNTRIES = re.compile(
    r"\b(?:brazil|portugal|spain|france|germany|italy|mexico|canada|japan|china|india|korea|poland|ukraine|russia|"
    r"turkey|greece|sweden|norway|denmark|finland|ireland|scotland|england|wales|netherlands|holland|belgium|"
    r"switzerland|austria|australia|argentina|chile|colombia|peru|venezuela|cuba|nigeria|kenya|egypt|morocco|"
    r"vietnam|thailand|philippines|indonesia|malaysia|singapore|pakistan|bangladesh|iran|iraq|syria|lebanon|"
    r"israel|romania|hungary|czechia|croatia|serbia|bulgaria|taiwan|usa|uk|uae|new zealand|south africa)\b"
)


def capitalized(place: str) -> str:
    """Country names in a lower-case message get their capitals ("i live in portugal" -> Lives in Portugal)."""
    return COUNTRIES.sub(lambda m: m.group(0).upper() if len(m.group(0)) <= 3 else m.group(0).title(), place)


def _place(text_verb: str, subject: str) -> Builder:
    def build(m: re.Match[str]) -> Draft | None:
        raw = PLACE_END.split(m.group("obj"), maxsplit=1)[0]
        obj = take(raw, max_words=6)
        if obj is None or re.match(r"(?:here|there|a while|the (?:area|city|country))$", obj.text, re.I):
            return None
        subj = subject if obj.text[:1].isupper() or subject != "home city" else "home"
        return fact(join_text(text_verb, capitalized(obj.text)), subj, "location")

    return build


#: "I'm in Ontario", "I am in Munich, not Berlin": where the user is, unless only for a while or a field of work.
_STAY_RE = re.compile(
    r"\s+(?:this|next|for|on|until|till|over|right now|at the moment|today|tonight|tomorrow)\b", re.IGNORECASE
)
NOT_A_PLACE_RE = re.compile(
    r"(?:it|hr|pr|qa|sales|marketing|finance|engineering|year|grade|class|love|charge|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)$",
    re.IGNORECASE,
)


def _in_place(m: re.Match[str]) -> Draft | None:
    clause = re.split(r"[,.;!?]", m.group("obj"), maxsplit=1)[0]
    raw = PLACE_END.split(clause, maxsplit=1)[0]
    if _STAY_RE.search(clause) or NOT_A_PLACE_RE.match(raw.split()[0]):
        return None  # "I'm in Paris for the week", "I'm in IT"
    obj = take(raw, max_words=4)
    return None if obj is None else fact(join_text("Lives in", capitalized(obj.text)), "home city", "location")


#: When a move happened: "... from Lagos two years ago", "... from Kyiv in 2022".
_WHEN_CUT = re.compile(
    r"\s+(?:in\s+\d{4}|(?:\w+\s+)?(?:years?|months?)\s+ago|last\s+\w+|when|as|after|because|for)\b.*$"
)


def _came_from(m: re.Match[str]) -> Draft | None:
    raw = PLACE_END.split(_WHEN_CUT.sub("", m.group("obj")), maxsplit=1)[0]
    obj = take(raw, max_words=4)
    return None if obj is None else fact(join_text("Is from", capitalized(obj.text)), "hometown", "location")


NATIONALITIES = (
    "American|British|English|Scottish|Welsh|Irish|Canadian|Australian|German|French|Italian|Spanish|Portuguese|"
    "Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Icelandic|Polish|Czech|Slovak|Hungarian|"
    "Romanian|Bulgarian|Greek|Turkish|Russian|Ukrainian|Serbian|Croatian|Bosnian|Slovenian|Lithuanian|Latvian|"
    "Estonian|Mexican|Brazilian|Argentinian|Argentine|Chilean|Colombian|Peruvian|Venezuelan|Cuban|Chinese|"
    "Japanese|Korean|Vietnamese|Thai|Filipino|Filipina|Indonesian|Malaysian|Singaporean|Indian|Pakistani|"
    "Bangladeshi|Nepali|Iranian|Iraqi|Syrian|Lebanese|Israeli|Palestinian|Egyptian|Moroccan|Algerian|Tunisian|"
    "Nigerian|Ghanaian|Kenyan|Ethiopian|South African|Taiwanese|Afghan|Scandinavian|Latina|Latino"
)
#: "I'm American, born in Ohio", "I'm half Japanese": a nationality ending its clause (not "I'm English teacher").
_NATIONALITY_RE = re.compile(
    rf"{I_AM}(?:(?:originally|also|actually|proudly)\s+)?(?P<n>(?:(?:half|part)[- ])?(?-i:{NATIONALITIES})"
    rf"(?:[- ](?-i:{NATIONALITIES}))?)(?=\s*(?:[,.;!]|$|\s+(?:and|so|but|btw|born|by birth|myself|living|here)\b))",
    re.I,
)


def _nationality(m: re.Match[str]) -> Draft | None:
    return fact(join_text("Is", m.group("n")), "nationality", "location")


RULES: tuple[Rule, ...] = (
    Rule("nationality", _NATIONALITY_RE, _nationality),
    Rule(
        "lives",
        re.compile(rf"{I_SP}{ADV_ANY}(?:currently\s+|now\s+)?(?:live|reside)\s+in{OBJ}", re.I),
        _place("Lives in", "home city"),
    ),
    Rule(  # "I live near Leeds", "I live just outside Manchester": a town the home is close to
        "lives_near",
        re.compile(
            rf"{I_SP}{ADV_ANY}(?:currently\s+|now\s+)?live\s+(?P<near>(?:just\s+|right\s+)?(?:outside(?:\s+of)?|near|"
            rf"close to|north of|south of|east of|west of))\s+(?=[A-Z])(?P<obj>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\b"
        ),
        lambda m: fact(f"Lives {m.group('near').lower()} {m.group('obj')}", "home city", "location"),
    ),
    Rule(  # "I live on a boat", "we live on a farm": a home that is no town
        "lives_on",
        re.compile(
            rf"{I_SP}{ADV_ANY}(?:currently\s+|now\s+|full[- ]time\s+)?live\s+(?P<obj>on\s+(?:a|an|my|our)\s+(?:\w+\s+)?"
            r"(?:boat|narrowboat|houseboat|sailboat|farm|ranch|island|homestead|smallholding|campus|base|military base)"
            r")\b",
            re.I,
        ),
        lambda m: fact(
            f"Lives {m.group('obj').lower().replace(' my ', ' a ').replace(' our ', ' a ')}", "home", "location"
        ),
    ),
    Rule(
        "based",
        re.compile(rf"{I_AM}(?:currently\s+|now\s+)?(?:based|located|living)\s+in{OBJ}", re.I),
        _place("Lives in", "home city"),
    ),
    Rule(
        "moved",
        re.compile(
            rf"{I_SP}(?:just\s+|recently\s+|finally\s+)?(?:moved|relocated)\s+(?:here\s+)?(?:back\s+)?to{OBJ}", re.I
        ),
        _place("Moved to", "home city"),
    ),
    Rule(
        "moving",
        re.compile(rf"{I_AM}(?:about to be\s+)?(?:moving|relocating)\s+to{OBJ}", re.I),
        _place("Is moving to", "home city"),
    ),
    Rule("from", re.compile(rf"{I_AM}(?:originally\s+)?from{OBJ}", re.I), _place("Is from", "hometown")),
    Rule("grew_up", re.compile(rf"{I_SP}grew up in{OBJ}", re.I), _place("Grew up in", "hometown")),
    Rule(  # "I moved here from Lagos two years ago", "I came here from Kyiv": where the user comes from
        "came_from",
        re.compile(
            rf"{I_SP}(?:moved|came|emigrated|immigrated)\s+(?:over\s+)?here\s+from\s+(?P<obj>(?-i:[A-Z]).*)", re.I
        ),
        _came_from,
    ),
    Rule(
        "born",  # "I was born in Kenya", "I was born and raised in Lyon"
        re.compile(
            rf"{I_SP}was\s+(?:actually\s+)?born(?:\s+and\s+raised)?\s+in\s+(?P<obj>(?:the\s+(?-i:[A-Z])|(?!(?:the|a|an|my|our|this|that|one|some)\b)[a-z])[\w.'-]+.*)",
            re.I,
        ),
        _place("Was born in", "hometown"),
    ),
    Rule(
        "in_place",
        re.compile(rf"{I_AM}(?:currently\s+|now\s+|based\s+)?in\s+(?P<obj>(?:the\s+)?(?-i:[A-Z])[\w.'-]+.*)", re.I),
        _in_place,
    ),
)
