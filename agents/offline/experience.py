"""How long and how well the user has done something, said in the first person: "I've been running for 10 years"
-> Has been running for 10 years, "I've played guitar since I was 12" -> Has played guitar since age 12, "I've never
cooked before" -> Has never cooked, "I have zero experience with woodworking" -> Has no experience with
woodworking, "I'm a certified scuba diver", "I have a black belt in karate", "I've never been abroad". Facts: they
set the level answers should be pitched at. Not someone else's ("my son has been running for years"), nor a
stretch of now ("I've been waiting for 10 minutes", "I've been sitting here for hours").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key, third_person
from agents.offline.objects import take
from agents.offline.rules import I_AM, I_HAVE, Rule

_SPAN = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|several|many|a couple of)"
#: What lasts only a moment: no experience ("I've been waiting for 10 minutes").
_MOMENT_RE = re.compile(r"^(?:waiting|sitting|standing|trying|looking|searching|stuck|thinking|driving around)\b", re.I)


def _for_years(m: re.Match[str]) -> Draft | None:
    doing = take(m.group("doing"), max_words=5)
    if doing is None or _MOMENT_RE.match(doing.text):
        return None
    span = re.sub(r"\s+", " ", m.group("span")).lower()
    return fact(join_text("Has been", doing.text, "for", span), f"experience {subject_key(doing.text)}", None)


def _since(m: re.Match[str]) -> Draft | None:
    did = take(m.group("did"), max_words=4)
    if did is None:
        return None
    return fact(join_text("Has", did.text, "since age", m.group("age")), f"experience {subject_key(did.text)}", None)


def _never(m: re.Match[str]) -> Draft | None:
    did = take(m.group("did"), max_words=5)
    if (
        did is None
        or did.text.lower() == "been"
        or re.match(r"(?:heard|seen|thought|tried that|done that)\b", did.text, re.I)
    ):
        return None  # "I've never heard of it": no lasting trait
    return fact(join_text("Has never", did.text), f"experience {subject_key(did.text)}", None)


def _none(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=5)
    if obj is None:
        return None
    amount = "little" if m.group("amount").lower() in ("little", "very little") else "no"
    return fact(join_text("Has", amount, "experience with", third_person(obj.text)), f"experience {obj.text}", None)


def _background(m: re.Match[str]) -> Draft | None:
    """ "I have no musical background", "zero coding background", "no PM experience": what answers can't assume."""
    field = re.sub(r"\s+", " ", m.group("field")).strip()
    if field.lower() in ("real", "prior", "previous", "any", "relevant", "professional", "formal", "much"):
        return None  # "I have no real experience": of nothing named
    amount = "little" if m.group("amount").lower() in ("little", "very little") else "no"
    return fact(join_text("Has", amount, field, m.group("what").lower()), f"experience {field.lower()}", None)


def _year_of(m: re.Match[str]) -> Draft | None:
    """ "I'm in my second year of nursing school" -> Is in their second year of nursing school."""
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    return fact(join_text("Is in their", m.group("year").lower(), "year of", what), "studies", "education")


def _credential(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what") or m.group("what2")).strip()
    return fact(join_text("Is" if m.group("what") else "Has", what), subject_key(what), None)


RULES: tuple[Rule, ...] = (
    Rule(
        "for_years",
        re.compile(
            rf"{I_HAVE}been\s+(?P<doing>[a-z]+ing\b(?:\s+[\w'-]+){{0,3}}?)\s+for\s+(?:about\s+|almost\s+|over\s+|"
            rf"nearly\s+|like\s+)?(?P<span>{_SPAN}\s+(?:years?|decades?))\b",
            re.I,
        ),
        _for_years,
    ),
    Rule(
        "since",
        re.compile(
            rf"{I_HAVE}(?P<did>(?:played|been playing|done|been doing|practiced|practised|been|ridden|skied|sung|"
            r"drawn|painted|coded|programmed|cooked|danced|climbed|surfed|swum)(?:\s+[\w'-]+){0,2}?)\s+since\s+I\s+"
            r"was\s+(?P<age>\d{1,2})\b",
            re.I,
        ),
        _since,
    ),
    Rule(
        "never",
        re.compile(
            rf"{I_HAVE}never\s+(?P<did>(?:been|cooked|baked|driven|flown|skied|camped|coded|programmed|sewn|knitted|"
            r"painted|gardened|owned|had|lived|travelled|traveled|run|swum|played|used|worked|done)\b(?:\s+[\w'-]+){0,4}?)"
            r"(?:\s+before)?\s*(?:[,.;!?]|$|\s+(?:so|and|but)\b)",
            re.I,
        ),
        _never,
    ),
    Rule(
        "no_experience",
        re.compile(
            rf"{I_HAVE}(?P<amount>zero|no|little|very little)\s+experience\s+(?:with|in|of)\s+(?P<obj>\S.*)", re.I
        ),
        _none,
    ),
    Rule(
        "background",
        re.compile(
            rf"{I_HAVE}(?:[\w' -]+?\s+and\s+)?(?P<amount>zero|no|little|very little)\s+"
            r"(?P<field>[\w-]+(?:\s+[\w-]+)?)\s+(?P<what>background|experience)\b(?!\s+(?:with|in|of)\b)",
            re.I,
        ),
        _background,
    ),
    Rule(
        "year_of_study",
        re.compile(
            rf"{I_AM}(?:currently\s+|now\s+)?in\s+my\s+(?P<year>first|second|third|fourth|fifth|final|last|1st|2nd|"
            r"3rd|4th|5th)\s+year\s+(?:of|at|in)\s+(?P<what>(?:my\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)"
            r"(?=\s*(?:[,.;!?]|$|\s+(?:so|and|but|now)\b))",
            re.I,
        ),
        _year_of,
    ),
    Rule(
        "credential",
        re.compile(
            rf"(?:{I_AM}(?P<what>an?\s+(?:certified|licensed|qualified|registered|trained)\s+[\w-]+"
            rf"(?:\s+[\w-]+)?)|{I_HAVE}(?P<what2>an?\s+(?:black|brown)\s+belt\s+in\s+[\w-]+))\b",
            re.I,
        ),
        _credential,
    ),
)
