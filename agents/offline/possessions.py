"""Facts read from "my ..." phrases and money amounts anywhere in a sentence: family ("my two daughters"),
pets ("my dog"), a business ("my bakery"), favourites ("my favorite band is ..."), hobbies, the budget
("a laptop under $500"); the user's home, language level, body, place and the people named as theirs are
:mod:`agents.offline.belongings`'s.

Family and pets are read even inside questions ("what should I feed my dog?" says the user has a dog),
but never when the relative is the one who likes something ("my sister loves sushi").
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.belongings import belongings
from agents.offline.drafts import IMPLICIT, STRONG, Draft
from agents.offline.holdings import holdings
from agents.offline.normalize import gerund, join_text, subject_key
from agents.offline.objects import take
from memory.types import MemoryKind, MemorySource

_NUMBERS = "two|three|four|five|six|2|3|4|5|6"
#: "X is (like) my ..." right before a family word: a thing or a pet likened to one ("my car is my baby").
_LIKENED_RE = re.compile(r"\b(?:is|are|'s|'re)\s+(?:basically\s+|literally\s+|like\s+)*$", re.IGNORECASE)
_AGE = r"\d{1,2}[- ](?:year|month)[- ]old|\d{1,2}-yo"
_FAMILY_RE = re.compile(
    rf"\b(?:my|My)\s+(?P<mods>(?:(?:{_NUMBERS}|twin|little|baby|newborn|teenage|young|older|younger|eldest|oldest|"
    rf"youngest|adult|grown|grown-up|{_AGE})\s+)*)(?P<who>{lx.alternation(lx.FAMILY)})\b(?!'s|-)"
    r"(?!(?:\s+and\s+I)?\s+(?:\w+\s+)?(?:loves?|likes?|prefers?|hates?|enjoys?|dislikes?|adores?|wants?|is into|"
    r"are into|is a (?:big |huge )?fan|can't stand|thinks?|says?|said|is (?:hooked on|obsessed with|addicted to)|"
    r"watch(?:es)?|eats?|drinks?|reads?|listens? to|gets? (?:seasick|carsick|migraines)|won't|refuses?|swears? by|"
    r"(?:is|are) (?:vegan|vegetarian|allergic|lactose|gluten|picky|obsessed|crazy about|mad about)))",
)
#: The relative is only who the user will consult about this one matter ("I'll check with my wife", "let me ask
#: my husband first"): a one-off plan, not a fact the user tells about themselves.
_CONSULT_RE = re.compile(
    r"\b(?:i'?ll|i will|let me|lemme|gonna|going to|need to|have to|gotta|got to|should|must|want to|wanna)\s+"
    r"(?:first\s+|just\s+|quickly\s+|probably\s+)*(?:check|ask|talk|speak|discuss|confirm|consult|run|clear|see what)\b"
    r"[^.!?]{0,25}?\b(?:with|to|by|past|ask)?\s*$",
    re.IGNORECASE,
)
_HAVE_RE = re.compile(
    rf"\b(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+(?P<mods>(?:a|an|one|{_NUMBERS})\s+(?:(?:little|young|teenage|grown|adult|"
    rf"rescue|{_AGE}|[\w-]+)\s+)?)(?P<who>{lx.alternation(lx.FAMILY + lx.PETS)})\b",
    re.IGNORECASE,
)
#: The next one of a list after "I have ...": ", a cat", " and two rabbits".
_MORE_RE = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<mods>(?:a|an|one|{_NUMBERS})\s+(?:(?:little|young|teenage|grown|adult|"
    rf"rescue|{_AGE}|[\w-]+)\s+)?)(?P<who>{lx.alternation(lx.FAMILY + lx.PETS)})\b",
    re.IGNORECASE,
)
#: A child named by age alone ("my 10 year old just discovered Pokémon", "my 6-year-old and I"): the age is the noun.
_CHILD_BY_AGE_RE = re.compile(
    r"\b(?:my|My)\s+(?P<n>\d{1,2})[- ](?P<unit>year|month)s?[- ]old(?=\s*(?:[,.!?;)]|$)|\s+(?:just|is|isn't|was|"
    r"has|had|keeps|kept|won't|can't|doesn't|didn't|and|asked|says|said|started|got|will|would|refuses|finally|now|"
    r"still|always|never|goes|starts|learned|learnt|begged)\b)",
)
_BREEDS = frozenset(
    {"retriever", "labrador", "poodle", "terrier", "beagle", "husky", "bulldog", "dachshund", "corgi", "chihuahua"}
    | {"shepherd", "spaniel", "pug", "collie"}
)
_PET_RE = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?P<mods>(?:(?:{_NUMBERS}|old|new|little|young|senior|rescue|rescued|adopted|sweet|{_AGE})\s+)*)"
    rf"(?:(?P<breed>[A-Za-z-]+)\s+(?=(?:{'|'.join(sorted(_BREEDS))})s?\b))?(?P<pet>{lx.alternation(lx.PETS)})s?\b(?!-)"
    r"(?!\s+(?:food|toy|toys|bed|treats?|walker|sitter|park|friendly|house))",
)
_GONE_RE = re.compile(r"\s+(?:passed(?:\s+away|\s+on)?|died|is no longer with us)\b", re.IGNORECASE)
#: What the user's animal is like, said right after it: "my dog is reactive to other dogs", "my cat is diabetic".
_PET_TRAIT_RE = re.compile(
    r"(?P<v>\s+is|'s|\s+gets)\s+(?:very\s+|super\s+|really\s+|quite\s+|a bit\s+|pretty\s+)?(?P<t>(?:reactive|anxious|"
    r"nervous|shy|scared|afraid|terrified|allergic|car ?sick|sea ?sick|stressed)(?:\s+(?:of|to|around|in|at|during|"
    r"with)\s+(?:other\s+|the\s+)?[a-z]+(?:\s+[a-z]+)?)?|"
    r"diabetic|blind|deaf|epileptic|overweight|a picky eater|a senior|elderly|food motivated|"
    r"(?:very\s+)?high[- ]energy)(?=\s*(?:[,.;!]|$|\s(?:and|so|but|which)\b))",
    re.IGNORECASE,
)
_BUSINESS_RE = re.compile(
    rf"\b(?P<whose>[Mm]y|[Oo]ur)\s+(?:own\s+|small\s+|little\s+|family-owned\s+|family\s+|new\s+)*"
    rf"(?P<biz>{lx.alternation(lx.BUSINESSES)})\b(?!'s\s+(?:account|card|website)|\s+(?:account|card|credit|loyalty))",
)
_JOB_RE = re.compile(r"\b[Mm]y\s+(?:job|work|career|role|position)\s+as\s+(?P<obj>(?:a|an)\s+.+)")
_FAVORITE_RE = re.compile(
    r"\b[Mm]y\s+(?:all-time\s+|absolute\s+)?(?:favou?rite|preferred|go-to)\s+(?P<what>[\w -]{2,"
    r"30}?)\s+(?:is|are|has to be|"
    r"would be|has always been)\s+(?P<obj>.+)",
)
#: The favourite named first: "Le Guin and Banks are my favorites", "Radiohead is my favorite band".
_FAVORITE_LAST_RE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|so)\s+)(?P<obj>(?!(?:this|that|it|these|those|which|what|who|the (?:first|second|"
    r"third|last|other)|mine|yours)\b)[\w'&.-]+(?:\s+[\w'&.-]+){0,5}?)\s+(?:is|are|'s|remains?|will always be)\s+"
    r"(?:definitely\s+|probably\s+|still\s+|easily\s+)?my\s+(?:all-time\s+|absolute\s+|personal\s+)?"
    r"(?:favou?rites?|faves?|favs?)(?:\s+(?P<what>(?!of\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
_HOBBIES_RE = re.compile(
    r"\b[Mm]y\s+(?:main\s+)?(?:hobby|hobbies|passion|passions)\s+(?:is|are|include|includes)\s+(?P<obj>.+)"
)
_FREE_TIME_RE = re.compile(
    r"\b[Ii]n my (?:free|spare|down) time,?\s+(?:I|i)\s+(?:like to |love to |enjoy |usually |often |tend to )?"
    r"(?P<verb>\w+)\s+(?P<obj>.+)",
)
_NATIVE_RE = re.compile(
    rf"\b[Mm]y\s+(?:native|first|mother) (?:language|tongue) is\s+(?P<lang>{lx.alternation(lx.HUMAN_LANGUAGES)})", re.I
)
_MONEY = lx.MONEY
_BUDGET_RE = re.compile(
    rf"\b(?:my budget is|my budget's|my budget for (?P<for>(?:[\w'-]+\s+){{0,3}}?[\w'-]+) is|budget of|budget is|"
    rf"budget around|budget under|I can spend|"
    rf"I can afford|I can only "
    rf"spend|willing to spend|want to spend|looking to spend|planning to spend|can't spend|cannot spend)\s+"
    rf"(?P<limit>(?:(?:around|about|roughly|under|below|up to|at most|max(?:imum)?|no more than|less than|more than|"
    rf"over|between|only|approximately|like|maybe|probably|~)\s+)*)(?P<amt>{_MONEY}(?:\s*(?:-|to|and)\s*{_MONEY})?)",
    re.IGNORECASE,
)
_UNDER_RE = re.compile(
    rf"(?:\b(?P<np>(?:a|an|some)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+)?(?P<limit>under|below|less "
    rf"than|for less than|no more "
    rf"than|within|up to|max|at most)\s+(?P<amt>{_MONEY})",
    re.IGNORECASE,
)
#: "money is tight", "money's a bit tight right now", "my budget is tight": the user's money, not a price.
_TIGHT_RE = re.compile(
    r"(?:^|(?<=\bso )|(?<=, ))(?:(?:and|so|but)\s+)?(?:money|cash|finances|funds|my budget|our budget|(?<![\w ])budget)"
    r"(?:'s|\s+is|\s+are)\s+(?:(?:a\s+)?(?:bit|little|pretty|really|very|super|quite|kinda|kind of|extremely|so)\s+)*"
    r"tight\b(?![^.]*\?)",
    re.IGNORECASE,
)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|i|I'm|I've|[Mm]y|[Mm]e)\b")
#: The ages of children said right after them: "my kids are 3 and 6", "I have two kids, 4 and 7".
#: Two or more children's ages, ending the phrase ("3 and 6", "2, 5 and 9 years old"; not "30 and 35 kg").
AGES = (
    r"(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:and|&)\s*\d{1,2})(?:\s+(?:years old|yrs old|yo))?"
    r"(?=\s*(?:[,.;!?]|$|\s+(?:so|and|but|now|btw)\b))"
)
_AGES_RE = re.compile(rf"(?:\s+(?:are|r)|,)\s+(?:aged\s+)?{AGES}")
_CHILDREN = frozenset({"kids", "children", "sons", "daughters", "boys", "girls", "twins", "grandkids", "grandchildren"})
_SINGULAR = {"kids": "children", "kid": "child", "sons": "son", "daughters": "daughter", "teenagers": "teenager"}
_PLURAL = frozenset({"kids", "children", "sons", "daughters", "twins", "teenagers", "grandkids", "grandchildren"})


def _article(mods: str, noun: str) -> str:
    if re.match(rf"(?:{_NUMBERS})\b", mods) or noun in _PLURAL or (noun.endswith("s") and noun not in ("boss",)):
        return ""
    first = (mods or noun)[:1].lower()
    return "an" if first in "aeiou" else "a"


def _ages(sentence: str, end: int, who: str) -> str:
    """ "aged 3 and 6" when the children named just before ``end`` have their ages said right after them."""
    m = _AGES_RE.match(sentence, end) if who in _CHILDREN else None
    return "" if m is None else "aged " + re.sub(r"\s+", " ", m.group("ages"))


def family_and_pets(sentence: str) -> list[Draft]:
    """'Has a wife', 'Has two daughters', 'Has a dog' from "my ..." and "I have ..." phrases."""
    found: dict[str, Draft] = {}
    for m in _FAMILY_RE.finditer(sentence):
        if _CONSULT_RE.search(sentence[: m.start()]):
            continue
        if _LIKENED_RE.search(sentence[: m.start()]):
            continue  # "my car is my baby", "my dog is like my child": a likeness, not a child
        who, mods = m.group("who").lower(), m.group("mods").strip().lower()
        text = join_text("Has", _article(mods, who), mods, who, _ages(sentence, m.end(), who))
        if _GONE_RE.match(sentence, m.end()):  # "my husband passed away": no longer theirs
            if who not in ("husband", "wife"):
                continue
            text, who = "Is widowed", "widowed"
        found.setdefault(
            who,
            Draft(text, MemoryKind.fact, _SINGULAR.get(who, who), IMPLICIT, MemorySource.implicit, category="family"),
        )
    for m in _PET_RE.finditer(sentence):
        pet = m.group("pet").lower()
        plural = m.group(0).lower().rstrip().endswith(pet + "s")
        mods = m.group("mods").strip().lower()
        noun = " ".join(w for w in ((m.group("breed") or "").lower(), pet + ("s" if plural else "")) if w)
        text = join_text("Has", "" if plural or mods[:1].isdigit() else _article(mods, noun), mods, noun)
        if not plural and (trait := _PET_TRAIT_RE.match(sentence, m.end())) is not None:  # "my dog is reactive"
            verb = "that gets" if trait.group("v").strip() == "gets" else "that is"  # "our dog gets anxious in the car"
            text = join_text(text, verb, re.sub(r"\s+", " ", trait.group("t")).lower())
        found.setdefault(
            pet, Draft(text, MemoryKind.fact, f"pet {pet}", IMPLICIT, MemorySource.implicit, category="pets")
        )
    for m in _CHILD_BY_AGE_RE.finditer(sentence):
        if not _CONSULT_RE.search(sentence[: m.start()]):
            age = f"{m.group('n')}-{m.group('unit').lower()}-old"
            text = f"Has a {age} child"
            found.setdefault(
                "child", Draft(text, MemoryKind.fact, "child", IMPLICIT, MemorySource.implicit, category="family")
            )
    for m in _HAVE_RE.finditer(sentence):
        listed = [m]  # "I have two cats and a dog", "I have a dog, a cat and a parrot": each one had
        while (more := _MORE_RE.match(sentence, listed[-1].end())) is not None:
            listed.append(more)
        for one in listed:
            who = one.group("who").lower()
            mods = re.sub(r"^(?:one)\s+", "a ", one.group("mods").strip().lower())
            category = "pets" if who in lx.PETS else "family"
            subject = f"pet {who}" if category == "pets" else _SINGULAR.get(who, who)
            found[who] = Draft(
                join_text("Has", mods, who, _ages(sentence, one.end(), who)),
                MemoryKind.fact,
                subject,
                IMPLICIT,
                MemorySource.implicit,
                category=category,
            )
    return list(found.values())


def _business(sentence: str) -> list[Draft]:
    m = _BUSINESS_RE.search(sentence)
    if m is None:
        return []
    biz = m.group("biz").lower()
    article = "an" if biz[0] in "aeiou" else "a"
    verb = "Runs" if m.group("whose").lower() == "my" else "Works at"
    return [
        Draft(
            join_text(verb, article, biz), MemoryKind.fact, "business", IMPLICIT, MemorySource.implicit, category="work"
        )
    ]


def _statement_facts(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    if (m := _JOB_RE.search(sentence)) and (obj := take(m.group("obj"), max_words=8)):
        out.append(
            Draft(
                join_text("Works as", obj.text),
                MemoryKind.fact,
                "job",
                IMPLICIT,
                MemorySource.implicit,
                category="work",
            )
        )
    if (m := _FAVORITE_RE.search(sentence)) and (obj := take(m.group("obj"), max_words=12)):
        what = m.group("what").strip().lower()
        out.append(
            Draft(
                join_text("Favorite", what, "is" if not what.endswith("s") else "are", obj.text),
                MemoryKind.preference,
                f"favorite {what}",
            )
        )
    if (m := _FAVORITE_LAST_RE.search(sentence)) and (obj := take(m.group("obj"), max_words=6)):
        what = (m.group("what") or "").strip().lower()
        text = join_text("Favorite", what, "is", obj.text) if what else join_text("Likes", obj.text, "best")
        out.append(Draft(text, MemoryKind.preference, f"favorite {what}" if what else subject_key(obj.text)))
    if (m := _HOBBIES_RE.search(sentence)) and (obj := take(m.group("obj"), max_words=14)):
        out.append(
            Draft(
                join_text("Hobbies include", obj.text),
                MemoryKind.preference,
                subject_key(obj.text),
                IMPLICIT,
                MemorySource.implicit,
            )
        )
    if (m := _FREE_TIME_RE.search(sentence)) and (obj := take(m.group("obj"), max_words=10)):
        text = join_text("Enjoys", gerund(m.group("verb")), obj.text, "in their free time")
        out.append(Draft(text, MemoryKind.preference, subject_key(obj.text), IMPLICIT, MemorySource.implicit))
    if m := _NATIVE_RE.search(sentence):
        out.append(
            Draft(
                join_text("Native language is", m.group("lang").capitalize()),
                MemoryKind.fact,
                "native language",
                IMPLICIT,
                MemorySource.implicit,
                category="communication",
            )
        )
    return out


def budget(clause: str) -> Draft | None:
    """'Has a budget under $500 for a laptop' from a first-person clause naming an amount; "money is tight"."""
    if _TIGHT_RE.search(clause):
        return Draft("Is on a tight budget", MemoryKind.constraint, "budget", STRONG, category="finance")
    if not _FIRST_PERSON_RE.search(clause):
        return None
    m = _BUDGET_RE.search(clause)
    noun = (m.group("for") or "").lower() if m is not None else ""  # "my budget for shoes is around 100 bucks"
    if m is None:
        m = _UNDER_RE.search(clause)
        if m is None:
            return None
        np = m.group("np") or ""
        noun = "" if re.match(r"(?:a|an|some)\s+(?:budget|price|cost|total)\b", np, re.I) else np.lower()
    limit = re.sub(r"\s+", " ", m.group("limit")).strip().lower()
    limit = re.sub(r"^(?:like|maybe|probably)\b", "around", limit)  # "my budget is like 50 bucks max"
    limit = {"for less than": "under", "below": "under", "less than": "under", "max": "of at most"}.get(limit, limit)
    limit = f"of {limit}" if limit in ("around", "about", "roughly", "approximately") else limit
    amount = m.group("amt")
    text = join_text("Has a budget", limit or "of", amount, f"for {noun}" if noun else "")
    return Draft(
        text, MemoryKind.constraint, f"budget for {subject_key(noun)}" if noun else "budget", STRONG, category="finance"
    )


def possessions(sentence: str, *, statement: bool) -> list[Draft]:
    """The "my ..." facts of a sentence; favourites, hobbies and the job only when it states something."""
    out = family_and_pets(sentence) + _business(sentence)
    said = {d.text for d in out}
    out += [d for d in belongings(sentence) if d.text not in said]  # home, language level, body, place, people
    if statement:
        out += _statement_facts(sentence)
    said = {d.text for d in out}  # "I only have a shady patio, what herbs grow there?": said before the question
    out += [d for d in holdings(sentence) if d.text not in said]  # "I have flat feet", "I don't have a car"
    return out


def owned_once(drafts: list[Draft]) -> list[Draft]:
    """One memory for one thing owned: "I don't own a car" is "Does not have a car", not also "Doesn't own a car"
    (the ownership rules and the statement rules both read it)."""
    keys = {d.subject for d in drafts}
    return [d for d in drafts if not ((m := re.match(r"owns?\s+(.+)$", d.subject)) and m.group(1) in keys)]
