"""Where the user stands in life, said once with "I" (issue 13, session 27): a course they are doing ("I'm doing a
part-time MBA": Is doing a part-time MBA), a job just lost ("I just got laid off"), a home just bought ("We just
bought our first house", read with "I" by the household rules), what they never learned ("I never learned to drive",
a limit for plans), what they cannot do at all ("I can't cook to save my life"), a household that homeschools ("We
homeschool."), the team they support ("I support Liverpool", a name), a membership or a pass ("I'm a Costco member",
"I have Global Entry"), the field they work in ("I'm in sales"), who they travel with ("We travel with a baby"),
"I live off-grid". Not a question ("Should I do an MBA?"), someone else's, a home bought for someone else, a lay-off
years ago, "drive stick", or support for an idea ("I support remote work": a name only).
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, third_person
from agents.offline.rules import I_AM, I_SP, Rule
from memory.types import MemoryKind


def _course(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    words = what.split()  # degrees' acronyms and a named subject keep their case: "a part-time MBA in History"
    what = " ".join(
        w if re.fullmatch(r"MBA|PhD|BA|BSc|MSc", w) or (i and w.istitle()) else w.lower() for i, w in enumerate(words)
    )
    article = "an" if re.match(r"[aeiouAEIOU]|MBA|MSc", what) else "a"
    return fact(join_text("Is doing", article, what), "studies", "learning")


def _bought_home(m: re.Match[str]) -> Draft | None:
    first = "their first" if m.group("first") else "a"
    return fact(join_text("Bought", first, m.group("home").lower()), "home", "location")


def _never_learned(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    kind = MemoryKind.constraint if what in ("drive", "swim") else MemoryKind.fact
    return fact(join_text("Never learned to", third_person(what)), what, None, kind)


RULES = (
    Rule(  # "I'm doing a part-time MBA", "I'm doing my PhD in ecology"
        "course",
        re.compile(
            rf"{I_AM}(?:currently\s+|also\s+|still\s+)?doing\s+(?:an?|my)\s+(?P<what>(?:(?:part-time|part time|"
            r"full-time|online|evening|distance|night)\s+)?(?:MBA|PhD|master'?s(?:\s+degree)?|degree|apprenticeship|"
            r"(?:coding\s+)?bootcamp|diploma|nursing degree|law degree|teaching qualification)(?:\s+in\s+[\w-]+)?)"
            r"(?![^.!?]*\b(?:was|used to|back then|years ago)\b)",
            re.I,
        ),
        _course,
    ),
    Rule(  # "I just got laid off", "I was made redundant last month"
        "laid_off",
        re.compile(
            rf"(?:{I_SP}(?:just\s+|recently\s+)?(?:got|was|have been|'ve been)|(?:I|i)'ve\s+(?:just\s+)?been)\s+"
            r"(?:just\s+)?(?:laid off|made redundant|let go)\b(?![^.!?]*\b(?:years ago|back in|in (?:19|20)\d\d)\b)",
            re.I,
        ),
        lambda m: fact("Was recently laid off", "job", "work"),
    ),
    Rule(  # "We just bought our first house" (read with "I" by household), "I finally bought a flat"
        "bought_home",
        re.compile(
            rf"{I_SP}(?:just\s+|recently\s+|finally\s+)?bought\s+(?:a|an|my|our)\s+(?P<first>first\s+)?"
            rf"(?:own\s+)?(?P<home>house|home|flat|apartment|condo)\b(?!\s+(?:for|as)\b)",
            re.I,
        ),
        _bought_home,
    ),
    Rule(  # "I never learned to drive", "I never learned how to swim"
        "never_learned",
        re.compile(
            rf"{I_SP}never\s+(?:really\s+)?learned\s+(?:how\s+)?to\s+(?P<what>drive|swim|ride a bike|cook|read music|"
            r"ski|skate|type)(?=\s*(?:$|[,.;!]|\s+(?:so|and|but|because|yet|either)\b))",
            re.I,
        ),
        _never_learned,
    ),
    Rule(  # "I can't cook to save my life": Can't cook
        "save_my_life",
        re.compile(
            rf"{I_SP}(?:really\s+|honestly\s+|literally\s+)?(?:can't|cant|cannot|can not)\s+(?P<what>cook|bake|draw|"
            r"sing|dance|swim|drive|spell|paint|sew|knit)\s+to\s+save\s+my\s+life\b",
            re.I,
        ),
        lambda m: fact(f"Can't {m.group('what').lower()}", m.group("what").lower(), None),
    ),
    Rule(  # "I support Liverpool", "I support Arsenal, so ...": the team they follow
        "supports",
        re.compile(
            rf"{I_SP}(?:also\s+|have always\s+|always\s+)?support(?:ed)?\s+(?P<team>(?:the\s+)?[A-Z][\w.'-]+"
            r"(?:\s+[A-Z][\w.'-]+){0,2})(?=\s*(?:$|[,.;!]|\s+(?:so|and|but|because|since|though|fc|FC)\b))",
        ),
        lambda m: Draft(
            f"Supports {m.group('team').rstrip('.')}", MemoryKind.preference, m.group("team").lower(), 0.85
        ),
    ),
    Rule(  # "I'm a Costco member", "I'm a Marriott Bonvoy member": a named membership
        "member",
        re.compile(
            rf"{I_AM}(?:also\s+)?an?\s+(?P<x>[A-Z][\w&'+-]*(?:\s+[A-Z][\w&'+-]*){{0,2}})\s+(?P<y>member|subscriber|"
            r"cardholder)\b(?!\s+of\b)",
        ),
        lambda m: fact(f"Is a {m.group('x')} {m.group('y')}", m.group("x").lower(), None),
    ),
    Rule(  # "I have Global Entry", "I have Amazon Prime": a pass or a subscription that shapes suggestions
        "subscribed",
        re.compile(
            rf"{I_SP}(?:also\s+|already\s+)?(?:have|'ve got|got)\s+(?P<x>(?:Amazon\s+)?Prime|Global Entry|"
            r"(?:TSA\s+)?Pre[Cc]heck|NEXUS|Nexus|CLEAR|Netflix|Disney\+|Spotify(?:\s+Premium)?|YouTube Premium|"
            r"Apple Music|Game Pass|PS Plus|Xbox Game Pass|ChatGPT Plus|Kindle Unlimited|Audible)"
            r"(?=\s*(?:$|[,.;!]|(?:and|so|but|too)\b))",
        ),
        lambda m: fact(f"Has {m.group('x')}", m.group("x").lower(), None),
    ),
    Rule(  # "We travel with a baby" (read with "I" by the household rules), "I always travel with my dog"
        "travels_with",
        re.compile(
            rf"{I_SP}(?:always\s+|usually\s+|mostly\s+|often\s+)?travel\s+with\s+(?P<x>(?:a|an|my|our|two|three)\s+"
            r"(?:(?:young|small|little|big|elderly|old)\s+)?(?:baby|toddler|newborn|infant|kids|children|dog|dogs|cat|"
            r"wheelchair|mobility scooter|service dog|guide dog))\b(?![^.!?]*\b(?:this|next|last)\s+(?:time|week|month|"
            r"year|trip)\b)",
            re.I,
        ),
        lambda m: fact(f"Travels with {third_person(m.group('x').lower())}", "travel companions", "travel"),
    ),
    Rule(  # "I'm in sales", "I'm in IT": the field the user works in
        "field",
        re.compile(
            rf"{I_AM}(?:also\s+|now\s+)?in\s+(?P<x>sales|marketing|finance|HR|IT|tech|retail|hospitality|construction|"
            r"insurance|banking|consulting|real estate|logistics|healthcare|publishing|recruitment|recruiting|"
            r"accounting|advertising|PR|pharma|academia)(?=\s*(?:$|[,.;!]|\s+(?:so|and|but|now|myself|too)\b))",
        ),
        lambda m: fact(f"Works in {m.group('x')}", "job", "work"),
    ),
    Rule(  # "I live off-grid"
        "off_grid",
        re.compile(rf"{I_SP}(?:now\s+)?live\s+off[- ]grid\b", re.I),
        lambda m: fact("Lives off-grid", "home", "location"),
    ),
    Rule(  # "I homeschool." (with an object, practices.py's rule reads it)
        "homeschool",
        re.compile(rf"{I_SP}(?:also\s+|now\s+)?homeschool(?:\s+(?:now|too|as well))?\s*(?:$|[.!,;])", re.I),
        lambda m: fact("Homeschools their kids", "homeschooling", "family"),
    ),
)
