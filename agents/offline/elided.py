"""A statement with its "I" left out, put back before the rules read it: a clause going on from the user's own
("... and prefer Y", "... - can't stand Z", "I'm in my 60s and just retired"), a sentence that opens without it
("Hate crowds.", "Big Liverpool fan", "Can't handle spicy food.", "Been vegetarian for 10 years.", "Live in
Berlin.", "Moving to Lisbon in March.") and a diet, an allergy or a faith said alone ("Vegan.", "Allergic to dust
mites.", "Jewish."). An opening that could be an
order to the assistant ("Enjoy your trip!", "Don't do bullet points") keeps no "I".
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx

_FAN = r"big|huge|massive|lifelong|life-long|die-?hard|long-?time"  # "Huge Liverpool fan", "lifelong Beatles fan"
#: A continuation clause without its subject: "... and prefer Y", "... - can't stand Z".
_GOES_ON_RE = re.compile(
    r"^(?:and\s+|also\s+|but\s+|so\s+)?(?=(?:really\s+|strongly\s+|absolutely\s+|totally\s+)?(?:can't stand|"
    r"cannot stand|can't tolerate|can only|only|never|prefer|avoid|love|hate|dislike|detest|despise|enjoy|tend to|"
    r"try to|refuse to|stick to|stick with|not a (?:big |huge )?fan of|big fan of|huge fan of|usually|always|"
    r"strictly|generally|typically|can't|cannot|will not|won't|wouldn't|would never|will never|must|need to|"
    r"have to|find|get|exclusively|live in|keep (?:kosher|halal)|work (?:as|at|for|from|nights|remotely)|"
    r"(?:don't|do not) (?:eat|drink|like|enjoy)|(?:just |recently )?retired|(?:just|recently) (?:started|took up))\b)",
    re.IGNORECASE,
)
#: The same at the start of a sentence, only where it cannot be an imperative ("Enjoy your trip!").
_OPENS_RE = re.compile(
    r"^(?=(?:really\s+|strongly\s+|absolutely\s+|totally\s+|honestly\s+)*(?:can't stand|cannot stand|"
    r"can't tolerate|not a (?:big |huge )?fan of|big fan of|huge fan of|(?:just |recently )?moved (?:to|here to)\s|"
    r"moving to (?-i:[A-Z])[\w'-]*|"
    r"would (?:much )?rather(?! not\b)|"
    r"(?:really|absolutely|totally) (?:love|hate|"
    r"like|dislike|enjoy|prefer)|strongly (?:prefer|dislike)|never (?:eat|drink|fly|drive)|not into|"
    r"(?:hate|prefer|dislike|detest|despise)(?!\s+(?:to (?:say|ask|bother|break|admit|be that)|it|this|that|you|"
    r"your|when you|how you|myself)\b)|(?:love|adore|enjoy)(?!\s+(?:the|this|that|these|those|it|you|your|how|"
    rf"when|what|all|everything|that you|to hear|to see)\b)|(?:{_FAN}) [\w'-]+(?: [\w'-]+)? fan|"
    r"(?:can't|cannot|cant) (?:eat|drink|have|handle|digest|tolerate|swim|drive|ride|run|kneel|lift)|"
    r"(?:don't|dont|do not) (?:eat|drink|smoke)|live in (?-i:[A-Z])[\w'-]*|work (?:from home|nights|remotely)|"
    r"(?:drive|own) (?:an?|two|my own) (?!(?:few|bit|lot|couple)\b)|"
    r"(?:just|recently) started|still learning|been (?:vegan|vegetarian|pescatarian|gluten-free|sober|[a-z]+ing\b))\b)",
    re.IGNORECASE,
)
#: A diet or an allergy said alone, the "I'm" left out ("Allergic to dust mites.", "Vegan.", "Gluten-free.").
_CONDITION_ALONE_RE = re.compile(
    rf"^(?:also\s+|severely\s+|very\s+|mildly\s+|strictly\s+)?(?:{lx.alternation(lx.DIETS)}|(?:allergic|"
    r"intolerant|sensitive) to\s+[\w' -]{1,30})[.!]*$",
    re.IGNORECASE,
)

#: A faith said alone ("Jewish.", "Muslim here", "Catholic btw").
_FAITH_ALONE_RE = re.compile(
    r"^(?:jewish|muslim|christian|catholic|hindu|buddhist|sikh|mormon|atheist|agnostic|protestant|quaker)"
    r"(?:\s+(?:here|btw|fyi|myself|by the way))?[.!]*$",
    re.IGNORECASE,
)


def goes_on(clause: str) -> bool:
    """The clause goes on from the user's own without its subject ("and prefer Y")."""
    return _GOES_ON_RE.match(clause) is not None


def with_speaker(clause: str, *, continues: bool) -> str:
    """``clause`` with its "I" put back ("Hate crowds." -> "I hate crowds.", "Vegan." -> "I'm vegan."), or as it
    was; ``continues``: it goes on from a first-person clause, so more openings mean "I" ("and prefer Y")."""
    if _CONDITION_ALONE_RE.match(clause):
        return "I'm " + clause[:1].lower() + clause[1:]  # "Allergic to dust mites.", "Vegan."
    if _FAITH_ALONE_RE.match(clause):
        return "I'm " + clause[:1].upper() + clause[1:]  # "Jewish.", "muslim here"
    if not (_GOES_ON_RE if continues else _OPENS_RE).match(clause):
        return clause
    rest = _GOES_ON_RE.sub("", clause, count=1)
    rest = rest if rest.split(" ", 1)[0].isupper() else rest[:1].lower() + rest[1:]  # "Huge Liverpool fan"
    speaker = "I'm a " if re.match(rf"(?:{_FAN})\b", rest, re.I) else "I "
    speaker = "I'm " if re.match(r"not a\b|still learning\b", rest, re.I) else speaker
    speaker = "I've " if re.match(r"been\b", rest, re.I) else speaker  # "Been vegetarian for 10 years."
    speaker = "I'm " if re.match(r"moving\b", rest, re.I) else speaker  # "Moving to Berlin in March."
    return speaker + rest  # "Not a fan of X", "Big fan of Y", "Hate Z"
