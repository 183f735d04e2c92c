"""What the user's household is and does, said with "we" or "our": the user belongs to it, so the memory is theirs.

- a diet the household keeps: "we're a vegan household", "we are vegetarian", "our family is kosher" -> Household
  is vegan (constraint); "we keep kosher", "we eat halal" -> Keeps kosher;
- a house rule: "we don't do screen time before bedtime", "we never allow phones at the table", "in our family we
  don't celebrate Christmas" -> Does not do screen time before bedtime (constraint); "my mom thinks we should spank
  but we dont do that in our house" -> Does not spank (the other person's view teaches nothing, the pronoun takes
  its verb); "we're trying to avoid screens at dinner", "we avoid sugar" -> Avoids screens at dinner;
- who and what the household has: "we have a newborn", "we've got two dogs", "we don't have a car" -> Has a
  newborn, Does not have a car (facts); "we're a two-car family" -> Is a two-car family;
- where it lives: "we just moved into a tiny apartment in Brooklyn", "we live in Leeds" -> Lives in ...;
- its money: "we're on a tight budget", "we are on a fixed income" -> Is on a tight budget (constraint);
- what it loves, likes or hates: "we love co-op games, nobody likes the betrayal ones", "we both love spicy food" ->
  Loves co-op games (the taste alone, up to a comma); "we like co-op games" (not "we like, ...", "we like to go");
- its faith or none: "we're jewish", "we're both not religious" -> Is Jewish, Is not religious;
- what it does as a matter of course: "we homeschool our two kids", "we always eat dinner together at 6" -> the
  first-person rules' own wording (Homeschools their two kids, Always eats dinner together at 6);
- at the user's workplace: "in my company we must use Java 8", "at work we use Jira" -> Must use Java 8, said
  "at work" (the draft's context).

Only a "we" at the start of a statement counts, after nothing but a lead-in word or a household scope ("in our
house"): not "we" in a question ("should we homeschool?"), a condition or a wish ("if we had a garden", "we
could try", "we'd love"), someone else's view ("my mom thinks we should"), a plan or a one-off ("we're going to
Rome next week", "we're having pizza tonight", "we need somewhere gentle"), the user and the assistant ("we talked
about", "let's"), a past ("we did the cloth diaper thing", "In Japan we separate ...": a place the user is not
in) or another family ("my sister's family is vegan": no "we").
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.drafts import said as _said
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from agents.offline.patterns import match_statement
from agents.offline.persona import match_persona
from memory.types import MemoryKind

_WE_RE = re.compile(r"(?<![\w'-])[Ww]e(?=\s|'(?:re|ve)\b)|(?<![\w'-])[Oo]ur\s+(?:household|family|house|home)\b")
#: Where a statement starts: the clause's start, a comma, or a joining word.
_BOUNDARY_RE = re.compile(r"[,;:(]|\b(?:but|and|so|because|since|though|although|plus|cause|cuz)\b", re.I)
_HOME = r"(?:our|the|my)\s+(?:house|home|household|family)"
#: Words allowed between the boundary and "we": lead-ins and the household's own scope.
_LEAD_RE = re.compile(
    rf"^(?:(?:{lx.alternation(('also', 'actually', 'honestly', 'generally', 'usually', 'typically', 'normally'))}|"
    rf"well|yeah|yes|no|oh|anyway|now|tbh|personally|basically|here|at home|as a family|in {_HOME}|"
    rf"in this house|under {_HOME}'?s? roof)\W*\s*)*$",
    re.IGNORECASE,
)
#: A workplace in front of "we": what follows is the user's work, said " at work".
_WORK_LEAD_RE = re.compile(
    r"^(?:(?:at|in)\s+(?:my|our)\s+(?:company|job|office|workplace|team|firm|org|organi[sz]ation)|at work)\W*\s*$",
    re.IGNORECASE,
)
#: The rest of a clause ends a statement's object.
_END_RE = re.compile(
    r"\s*(?:[,;:(]|[.!?](?=\s|$)|\s-\s|\b(?:so|but|because|since|though|which|unless|"
    r"and (?:we|i|it|that|my|our|they|the kids?)|like|too|either|anymore|any more|any ?longer|ever since|lol|haha)\b)",
    re.IGNORECASE,
)
_SCOPE_TAIL_RE = re.compile(rf"\s+(?:in|at|under)\s+(?:{_HOME}|this house)(?:'?s? roof)?\s*$", re.IGNORECASE)
#: The diets a household keeps together (a condition such as "diabetic" is a person's, not a household's).
_DIET = lx.alternation(
    tuple(d for d in lx.DIETS if not re.search(r"intolerant|celiac|coeliac|diabetic|sober|teetotal", d))
)
_DIET_RE = re.compile(
    rf"^(?:are|'re|'ve been|have been)\s+(?:all\s+|both\s+)?(?:an?\s+)?"
    rf"(?:(?:strictly|strict|fully|totally|completely|mostly|100%)\s+)?"
    rf"(?P<diet>{_DIET})(?:s(?=\b))?(?:\s+(?:household|family|home|house))?\b(?!\s+(?:food|recipes?|options?|meals?|dishes|"
    rf"restaurants?|places?|friends?))",
    re.IGNORECASE,
)
_HOME_DIET_RE = re.compile(
    rf"^(?:is|'s)\s+(?:an?\s+)?(?:(?:strictly|fully|totally|completely|mostly)\s+)?(?P<diet>{_DIET})\b", re.I
)
#: "we're on a tight budget", "we are on a fixed income": a limit of the household's money.
_MONEY_RE = re.compile(
    r"^(?:are|'re)\s+(?:(?:currently|still|now|kind of|kinda)\s+)?on\s+a\s+(?:(?:very|really|pretty|super|"
    r"quite)\s+)?(?P<x>(?:tight|strict|small|limited|shoestring)\s+budget|budget|fixed income)\b",
    re.IGNORECASE,
)
_OBSERVE_RE = re.compile(r"^(?:keep|eat|cook|only eat)\s+(?P<diet>kosher|halal)\b", re.IGNORECASE)
_KIND_OF_FAMILY_RE = re.compile(
    r"^(?:are|'re)\s+(?:(?:a|an)\s+|(?=\w+\s+(?:family|household)\b))(?P<what>(?:[\w-]+\s+){0,2}?)(?P<noun>family|household)\b(?P<of>\s+of\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight))?",
    re.IGNORECASE,
)
_NOT = r"(?P<not>don't|dont|do not|never|no)"  # "no": "we no eat pork"
_RULE_VERBS = (
    r"do|allow|permit|celebrate|eat|drink|serve|use|watch|buy|spank|smoke|play|wear|let|give|hit|yell at|"
    r"keep|cook with|drive|fly|vaccinate"
)
_NEG_RE = re.compile(
    rf"^(?:(?:really|generally|usually|ever|really)\s+)?{_NOT}\s+(?:(?:really|ever|generally)\s+)?"
    rf"(?P<verb>{_RULE_VERBS}|have|own)\b(?P<obj>.*)",
    re.IGNORECASE,
)
_AVOID_RE = re.compile(
    r"^(?:(?:are|'re)\s+)?(?:(?:always|really|generally|usually|strictly|also)\s+)*(?P<verb>(?:try(?:ing)? to avoid|"
    r"avoid|try(?:ing)? not to (?:use|do|have|allow|give|buy|eat)|limit|stay away from|steer clear of))\s+(?P<obj>.*)",
    re.IGNORECASE,
)
_NUMBER = r"(?:a|an|one|two|three|four|five|six|\d+)"
_HAS = (
    rf"newborn|new baby|{lx.alternation(lx.FAMILY)}|{lx.alternation(lx.PETS)}|chickens|hens|bees|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:year|month|week)[- ]?olds?|"
    r"car|cars|minivan|hatchback|suv|estate car|people carrier|camper van|campervan|garden|yard|backyard|back yard|"
    r"balcony|patio|pool|basement|garage|fireplace|dishwasher|"
    r"gas stove|induction (?:stove|hob|cooktop)|wood stove|heat pump|septic tank|"
    r"solar panels|tv|television"
)
_HAVE_RE = re.compile(
    rf"^(?:(?:'ve|have)\s+got|have|'ve|got)\s+(?:(?:just|also|now|only)\s+)?(?P<obj>{_NUMBER}\s+(?:(?:little|"
    rf"small|big|large|tiny|young|old|elderly|senior|rescue|new|electric|shared|fenced|huge|[\w-]+-year-old|"
    rf"\d+-month-old)\s+)*(?:(?!(?:of|lot|lots|bunch|ton|few|couple|and|or|with)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_HAS})s?|twins|triplets|kids|children|teenagers|teens|pets)\b"
    r"(?!\s+(?:coming|visiting|over|staying|for|from|here|at)\b)",
    re.IGNORECASE,
)
#: A baby just born; one on the way ("we're expecting our first in June") is read as the user's own.
_BABY_RE = re.compile(r"^(?:just\s+)?had\s+(?:a|our)\s+(?:new\s+)?baby\b", re.I)
_EXPECTING_RE = re.compile(r"^(?:are|'re)\s+(?=(?:now\s+|finally\s+)?expecting\b)", re.I)
_LIVE_RE = re.compile(
    r"^(?:(?:just|recently|finally|now)\s+)?(?:live|moved|relocated)\s+(?:in|into|to)\s+(?P<obj>.*)", re.IGNORECASE
)
#: "we rent", "we rent our flat", "we're renters": a renter (not "we're renting a cabin for the weekend").
_RENT_RE = re.compile(
    r"^(?:rent|are renters|'re renters|are tenants|'re tenants)(?:\s+(?:our|an?|the)\s+(?:apartment|flat|house|place|"
    r"home|condo))?(?=\s*(?:[,.;!]|\b(?:so|but|and|because)\b|$))",
    re.IGNORECASE,
)
_WHEN_RE = re.compile(
    r"\s+(?:last|this|a (?:year|month|week|few)|\w+ (?:years?|months?|weeks?) ago|recently|lately|since|after|when|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d))\b.*$",
    re.IGNORECASE,
)
_PAST_RE = re.compile(r"\b(?:when (?:i|we) (?:was|were)|as a kid|growing up|back then|years ago|used to)\b", re.I)
#: Standing practices a household keeps, read by the first-person rules with "I" for "we".
_PRACTICE_RE = re.compile(
    r"^(?:(?P<adv>always|usually|normally|typically|generally|mostly|often|rarely|never|only|really|all|both)\s+)?"
    r"(?P<verb>love|enjoy|adore|prefer|hate|dislike|like(?!\s*,|\s+(?:to\s+)?(?:go|do|try|see)\b)|"
    r"homeschool|garden|grow|foster|raise|host|compost|recycle|camp|"
    r"keep|eat|cook|bake|celebrate|"
    r"attend|go to (?:church|mass|temple|synagogue|mosque)|shop|order|have|spend|visit|take|walk|watch|play|"
    r"travel(?= with\b)|"
    r"(?:just |finally |recently )?bought"
    r"(?= (?:a|an|our) (?:first )?(?:own )?(?:house|home|flat|apartment|condo)\b)"
    r")\b",
    re.IGNORECASE,
)
#: What the user's workplace must, can't or does.
_WORK_RE = re.compile(
    r"^(?P<verb>must use|have to use|can only use|only use|use|can't use|cannot use|can not use|are stuck on|"
    r"'re stuck on|are stuck with|'re stuck with|must|have to|can't|cannot)\s+(?P<obj>.*)",
    re.IGNORECASE,
)
_PASSING_RE = re.compile(
    r"^(?:it|this|that|them|these|those|anything|everything|something|much|enough|a clue|any idea|time|money|"
    r"space|room|long|to|a choice|plans|the (?:time|money|space|budget))\b",
    re.IGNORECASE,
)
_THAT_RE = re.compile(r"^(?:that|it|this)\b", re.IGNORECASE)
#: "my mom thinks we should spank": the verb someone else would have the household do.
_OTHERS_VERB_RE = re.compile(
    r"\b(?:says?|said|thinks?|thought|wants?|believes?|insists?)\s+(?:that\s+)?we\s+(?:should|ought to|must|need to|"
    r"have to)\s+(?P<verb>\w+)\s*$",
    re.IGNORECASE,
)
_IF_RE = re.compile(r"\b(?:if|unless|in case|suppose|imagine)\b", re.IGNORECASE)
MAX_ANCHORS = 4


def _object(raw: str, max_words: int = 8) -> str | None:
    body = _SCOPE_TAIL_RE.sub("", _END_RE.split(raw.strip(), maxsplit=1)[0])
    if not body or _PASSING_RE.match(body):
        return None
    obj = take(body, max_words=max_words)
    return None if obj is None or obj.context else obj.text


def _negated(m: re.Match[str], before: str) -> Draft | None:
    verb = m.group("verb").lower()
    raw = m.group("obj").strip()
    if _THAT_RE.match(raw):  # "my mom thinks we should spank but we dont do that": the verb said before
        other = _OTHERS_VERB_RE.search(re.sub(r"\s*(?:,|\bbut\b|\band\b)\s*$", "", before.strip()))
        if other is None or verb != "do":
            return None
        word = other.group("verb").lower()
        return _said(join_text("Does not", word), MemoryKind.constraint, word)
    obj = _object(raw)
    if obj is None:
        return None
    if verb in ("have", "own"):
        return fact(join_text("Does not", verb, obj), subject_key(obj), None)
    said = join_text("Never", third_singular(verb)) if m.group("not").lower() == "never" else f"Does not {verb}"
    return _said(join_text(said, obj), MemoryKind.constraint, obj)


def _avoid(m: re.Match[str]) -> Draft | None:
    obj = _object(m.group("obj"))
    if obj is None:
        return None
    verb = re.sub(r"^try(?:ing)?", "tries", m.group("verb").lower())
    verb = third_singular(verb) if not verb.startswith("tries") else verb
    return _said(join_text(verb, obj), MemoryKind.constraint, obj)


def _as_i(rest: str) -> Draft | None:
    """The household's practice, read by the first-person rules ("we homeschool our kids": I homeschool ...)."""
    clause = "I " + rest
    draft = match_statement(clause, 0) or match_persona(clause, 0)
    return None if draft is None or draft.context else draft


#: "we're big hikers", "we're not big drinkers", "we r not sappy ppl at all": what both are, read as the user's own
#: ("I'm a big hiker"); not a count ("we're two brothers").
#: "we're jewish", "we are both catholic": a faith the household keeps, worded as "I'm ..." would be.
_FAITH_RE = re.compile(
    r"^(?:'re|\u2019re|are|r)\s+(?:both\s+|all\s+)?(?P<faith>(?:not\s+)?(?:very\s+)?religious|"
    r"(?:(?:observant|practicing|practising|devout|secular)"
    r"\s+)?(?:jewish|muslim|hindu|sikh|buddhist|catholic|christian|mormon|jain|atheists?))\b",
    re.IGNORECASE,
)
_PLURAL_SELF_RE = re.compile(
    r"^(?:'re|\u2019re|are|r)\s+(?:both\s+|all\s+)?(?P<not>not\s+)?(?P<adj>(?:(?!(?:\d+|two|three|four|five|six|"
    r"a|the|so|in|at|on|from|with|not)\b)[a-z][\w-]*\s+){0,2}?)(?P<noun>[\w-]*?(?:ers|ies|owls|people|ppl|folks|"
    r"snobs|nerds|geeks|buffs|fans|rats|worms))(?:\s+at all)?\W*$",
    re.IGNORECASE,
)


def _plural_self(m: re.Match[str]) -> Draft | None:
    noun = m.group("noun").lower()
    noun = re.sub(r"^(\w*?)(?:people|ppl|folks)$", r"\1person", noun)
    noun = noun[:-3] + "y" if noun.endswith("bodies") else noun[:-1] if noun.endswith("s") else noun
    words = f"{m.group('adj')}{noun}"
    return match_persona(f"I'm {m.group('not') or ''}{'an' if words[0] in 'aeiou' else 'a'} {words}", 0)


def _statement(rest: str, before: str, *, ours: bool) -> Draft | None:
    """The draft of what follows "we" (``rest``); ``ours``: it followed "our household/family" instead."""
    if ours:
        m = _HOME_DIET_RE.match(rest)
        if m is not None:
            return _said("Household is " + m.group("diet").lower(), MemoryKind.constraint, m.group("diet"))
        rest = re.sub(r"^(?:doesn't|does not|dont|don't)\b", "don't", rest, flags=re.I)
        rest = re.sub(r"^never\s+(\w+?)s\b", r"never \1", rest, flags=re.I)
    if (m := _DIET_RE.match(rest)) or (m := _OBSERVE_RE.match(rest)):
        diet = m.group("diet").lower()
        if m.re is _OBSERVE_RE:
            verb = " ".join(third_singular(w) if w != "only" else w for w in m.group(0).lower().split()[:-1])
            return _said(join_text(verb, diet), MemoryKind.constraint, diet)
        return _said("Household is " + diet, MemoryKind.constraint, diet)
    if (m := _MONEY_RE.match(rest)) is not None:
        x = m.group("x").lower()
        return _said(f"Is on a {x}", MemoryKind.constraint, "budget")
    if (m := _KIND_OF_FAMILY_RE.match(rest)) is not None:
        what = m.group("what").strip()
        if (not what and not m.group("of")) or re.match(
            r"(?:apple|google|samsung|android|amazon|microsoft)\b", what, re.I
        ):
            return None  # "we're an Apple household": the devices rule's "Uses Apple devices"
        article = "an" if (what or "f")[0].lower() in "aeiou" else "a"
        return fact(
            join_text("Is", article, what, m.group("noun").lower(), (m.group("of") or "").strip()), "household", None
        )
    if not ours and (m := _FAITH_RE.match(rest)) is not None:
        return match_persona(f"I'm {re.sub(r'atheists$', 'atheist', m.group('faith'), flags=re.I)}", 0)
    if not ours and (m := _PLURAL_SELF_RE.match(rest)) is not None:
        return _plural_self(m)
    if (m := _NEG_RE.match(rest)) is not None:
        return _negated(m, before)
    if (m := _AVOID_RE.match(rest)) is not None:
        return _avoid(m)
    if (m := _HAVE_RE.match(rest)) is not None:
        obj = re.sub(r"\bsuv(s?)\b", r"SUV\1", third_person(m.group("obj")), flags=re.I)
        return fact(join_text("Has", obj), subject_key(obj), None)
    if _BABY_RE.match(rest):
        return fact("Has a newborn", "baby", None)
    if (m := _EXPECTING_RE.match(rest)) is not None:
        return match_persona("I'm " + rest[m.end() :], 0)
    if _RENT_RE.match(rest):
        return fact("Rents their home", "home", None)
    if (m := _LIVE_RE.match(rest)) is not None:
        place = _object(_WHEN_RE.sub("", m.group("obj")), max_words=10)
        return None if place is None else fact(join_text("Lives in", place), "home city", None)
    if (m := _PRACTICE_RE.match(rest)) is not None:
        if re.fullmatch(r"love|enjoy|adore|prefer|hate|dislike|like", m.group("verb"), re.IGNORECASE):
            rest = re.split(r"\s*[,;]|\s+(?:but|so|because|and we)\s", rest, maxsplit=1)[0]  # the taste alone
        return _as_i(re.sub(r"^(?:all|both)\s+", "", rest, flags=re.IGNORECASE))  # "we both love spicy food"
    return None


def _work(rest: str) -> Draft | None:
    m = _WORK_RE.match(rest)
    if m is None:
        return None
    obj = _object(m.group("obj"))
    if obj is None:
        return None
    verb = m.group("verb").lower().replace("'re ", "are ").replace("can not", "cannot")
    verb = {"use": "uses", "only use": "only uses", "have to": "has to", "have to use": "has to use"}.get(verb, verb)
    verb = re.sub(r"^are stuck", "is stuck", verb)
    kind = MemoryKind.fact if verb == "uses" else MemoryKind.constraint
    return _said(join_text(verb, obj), kind, obj).with_context("at work")


def household(clause: str) -> list[Draft]:
    """The drafts of a clause's statements about the user's household, said with "we" or "our household"."""
    if _PAST_RE.search(clause) or clause.rstrip().endswith("?"):
        return []
    out: list[Draft] = []
    for anchor in list(_WE_RE.finditer(clause))[:MAX_ANCHORS]:
        before = clause[: anchor.start()]
        if _IF_RE.search(before):
            continue  # "if we move, we don't need a car": a condition that may never hold
        lead = before[max((b.end() for b in _BOUNDARY_RE.finditer(before)), default=0) :].strip()
        word = anchor.group(0).lower()
        rest = clause[anchor.end() :].lstrip()
        ours = not word.startswith("we")
        if _WORK_LEAD_RE.match(lead) and not ours:
            draft = _work(rest)
        elif _LEAD_RE.match(lead):
            draft = _statement(rest, before, ours=ours)
        else:
            continue
        if draft is not None:
            out.append(draft)
    return out
