"""The animals the user keeps, said in passing: inside a story ("my son won a goldfish at the fair"), a complaint
("our two rescue greyhounds hate the rain", "just me and a very demanding parrot") or a request that names the
animal by its traits ("Saddle for a short-backed mare?"): "Has a goldfish", "Has two rescue greyhounds",
"Keeps bees".

:mod:`agents.offline.possessions` reads "my dog" and "I have two cats" for the common pets; this module reads the
rest: horses and farm animals by their own names (mare, gelding, hens, goats, bees), breeds, "our ...", an animal
the household took in ("we adopted a kitten", "my kids won a goldfish"), the one the user lives with ("just me
and the cat", "I live with two rabbits"), the one the user cares for ("I have to walk the dog"), a short request
for the user's animal, and "no spouse, just me and ..." (Is single). A pet that died ("my old dog died last
year") is nothing lasting: its draft, this module's or another's, is dropped; "my 12-year-old cat" reads
"Has a 12-year-old cat".

Not read: someone else's animal ("my neighbour's dog"), an animal as food or topic ("how long do I cook a
duck?", "cat videos"), a wish or a plan ("I want a dog someday", "thinking about getting a cat"), an idiom
("raining cats and dogs", "a frog in my throat"), a toy ("my son's stuffed bunny") and pests ("we have mice").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline import lexicon as lx
from agents.offline.drafts import IMPLICIT, Draft
from memory.types import MemoryKind, MemorySource

#: Animal nouns, singular; the plural is the noun + "s" unless listed in ``_PLURALS``. Left out: food animals said
#: alone ("chicken", "duck", "fish", "lamb", "turkey"), pests ("mouse", "rat", "ant"), idioms ("frog", "monkey").
_ANIMALS = lx.words(
    "dog|cat|puppy|pup|kitten|parrot|rabbit|bunny|hamster|guinea pig|horse|pony|mare|gelding|stallion|"
    "filly|donkey|mule|tortoise|turtle|gecko|leopard gecko|lizard|bearded dragon|iguana|chameleon|snake|"
    "corn snake|ball python|axolotl|tarantula|budgie|cockatiel|cockatoo|macaw|conure|lovebird|african grey|"
    "ferret|gerbil|chinchilla|degu|hedgehog|goldfish|betta|koi|guppy|aquarium|fish tank|hen|rooster|"
    "alpaca|llama|pig|greyhound|whippet|lurcher|retriever|labrador|poodle|labradoodle|goldendoodle|"
    "cockapoo|terrier|beagle|husky|bulldog|dachshund|corgi|chihuahua|shepherd|sheepdog|spaniel|springer|pug|"
    "collie|schnauzer|rottweiler|doberman|dalmatian|mastiff|great dane|pit bull|pitbull|staffie|staffy|mutt|"
    "pomeranian|yorkie|shih tzu|vizsla|weimaraner|akita|shiba|samoyed|tabby|moggy"
)
_PLURALS = {
    "puppy": "puppies",
    "pony": "ponies",
    "bunny": "bunnies",
    "guppy": "guppies",
    "filly": "fillies",
    "staffy": "staffies",
    "goldfish": "goldfish",
    "koi": "koi",
    "fish tank": "fish tanks",
    "shih tzu": "shih tzus",
}
#: Kept only in the plural, where the singular is also food ("my chicken was dry") or slang ("my GOAT").
_PLURAL_ONLY = {
    "chickens": "chicken",
    "ducks": "duck",
    "goats": "goat",
    "cows": "cow",
    "sheep": "sheep",
    "bees": "bee",
    "quail": "quail",
}
_NOUNS: dict[str, str] = {a: a for a in _ANIMALS} | {_PLURALS.get(a, a + "s"): a for a in _ANIMALS} | _PLURAL_ONLY
_WORDS = rf"(?i:{lx.alternation(tuple(_NOUNS))})"
_ANIMAL = rf"(?P<noun>{_WORDS})"
_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several|[2-9]|1[0-9]"
_AGE = r"\d{1,2}[- ](?:year|month|week)s?[- ]old|\d{1,2}-yo"
#: What an animal cannot be when it is the user's living animal: a toy, a memory, an image, a dish.
_NOT_ALIVE = (
    r"stuffed|toy|plush|cuddly|fake|robot|robotic|plastic|wooden|ceramic|imaginary|virtual|dead|late|former|"
    r"childhood|first|previous|future|dream|spirit|downward|hot|pulled|roast|roasted|fried|grilled|baked|sea|wild|"
    r"next|new-to-be|ex"
)
#: Words that say what the animal is like or of which breed ("demanding", "short-backed", "border", "rescue").
_ADJ = (
    r"little|sweet|grumpy|old|senior|elderly|young|baby|big|small|tiny|giant|large|fat|chubby|fluffy|lazy|crazy|"
    r"rescue|rescued|adopted|black|white|ginger|grey|gray|brown|tabby|calico|spotted|indoor|outdoor|male|female|"
    r"border|golden|german|cocker|springer|jack|russell|king|charles|bernese|australian|siamese|persian|bengal|"
    r"maine|miniature|mini|standard|english|french|irish|welsh|scottish|retired|ex-racing|racing|show|"
    r"working|pet|feral|stray|deaf|blind|nervous|anxious|reactive|dumb|silly|naughty|good|sick|poor|beloved|"
    r"[a-z]+-[a-z-]+|[a-z]{3,}(?:ing|ish|ful|ous|ic|ive)"
)
#: The modifiers a memory keeps: how many, how old, what breed or build, where it came from, a lasting need; not
#: a passing opinion ("sweet", "grumpy", "demanding") or one said with a degree ("a very demanding parrot").
_KEPT_RE = re.compile(
    rf"{_NUMBERS}|{_AGE}|[a-z]+-[a-z-]+|senior|elderly|young|baby|big|small|tiny|giant|large|rescue|rescued|adopted|"
    r"black|white|ginger|grey|gray|brown|tabby|calico|spotted|indoor|outdoor|male|female|border|golden|german|"
    r"cocker|springer|jack|russell|king|charles|bernese|australian|siamese|persian|bengal|maine|miniature|mini|"
    r"standard|english|french|irish|welsh|scottish|retired|racing|show|working|feral|stray|deaf|blind|nervous|"
    r"anxious|reactive|diabetic|arthritic"
)
_PROPER = frozenset(
    lx.words(
        "german|english|french|irish|welsh|scottish|australian|bernese|siamese|persian|bengal|maine|jack|russell|king|charles"
    )
)
_DEGREE_RE = re.compile(r"\b(?:very|so|really)\s+\S+\s*")
_NOT_ALIVE_RE = rf"(?!(?:{_NOT_ALIVE})\b)"
#: Up to three such words, each perhaps after "very" ("a very demanding parrot").
_MOD = rf"(?:(?:(?:very|so|really)\s+)?{_NOT_ALIVE_RE}(?i:{_ADJ})\s+)"
#: A noun after the animal that makes the animal a modifier ("dog food", "cat videos", "horse riding").
_COMPOUND = (
    r"food|foods|toy|toys|bed|beds|treats?|walker|walking|sitter|sitting|park|friendly|house|fur|allergy|"
    r"allergies|video|videos|meme|memes|breed|breeder|breeders|show|shows|insurance|lover|lovers|person|people|"
    r"owner|owners|mom|mum|dad|costume|print|mug|shirt|sweater|pattern|tattoo|figurine|plushie|drawing|painting|"
    r"photo|photos|picture|pictures|emoji|sticker|recipe|stew|soup|curry|dish|meat|breast|thighs?|wings|burger|"
    r"pose|ride|riding|rides|racing|race|races|whisperer|training|trainer|grooming|groomer|shelter|rescue|latin|"
    r"market|days|fight|fights|nap|naps|flap|litter|tree|hair|fancier|keeping|keeper|farm|farmer|sanctuary|"
    r"cafe|café|yoga|costumes|nation|island|lady|guy|bite|bites|party|parties|do|night|neck|slippers|deploy|release|"
    r"roast|slope|girl|girls|era|in a row|in my throat|"
    r"in (?:this|the|that) (?:race|fight)"
)
#: Of those, the ones that make the animal no one's: "cat videos", "a dark horse candidate", "a dog-friendly rental".
_THING = (
    r"video|videos|meme|memes|costume|costumes|print|mug|shirt|sweater|pattern|tattoo|figurine|plushie|drawing|"
    r"painting|photo|photos|picture|pictures|emoji|sticker|recipe|stew|soup|curry|dish|meat|breast|thighs?|wings|"
    r"burger|pose|race|races|racing|latin|market|days|lady|guy|lover|lovers|person|people|party|parties|do|night|"
    r"slope|girl|girls|era|candidate|whisperer|in a row|in my throat|in (?:this|the|that) (?:race|fight)"
)
_AFTER = rf"(?!'s|-|\s+(?:{_COMPOUND})\b)(?=\W|$)"
#: What may follow a singular animal: the end of the clause, a function word, a verb ("my gelding spooks", "a puppy
#: yesterday"); not another noun ("a horse shampoo"), which makes the animal a modifier.
_NEXT_RE = re.compile(
    r"\s*(?:[,.;:!?)(…]|$)|\s+(?:and|or|but|so|who|that|which|with|in|on|at|for|from|of|to|into|is|isn't|was|"
    r"wasn't|has|hasn't|had|can|can't|cannot|could|will|won't|would|does|doesn't|did|didn't|just|always|never|"
    r"still|really|now|too|also|here|there|though|named|called|yesterday|today|last|this|recently|a|an|the|my|"
    r"our|back|out|before|after|every|each|when|while|twice|once|since|because|who's|that's|\w+(?:s|ed))\b",
    re.IGNORECASE,
)
_WHOSE = r"(?:[Mm]y|[Oo]ur)"
#: The user's own animal, named with "my" / "our": "our two rescue greyhounds", "my gelding".
_OWN_RE = re.compile(rf"\b{_WHOSE}\s+(?P<mods>(?:(?:{_NUMBERS}|{_AGE})\s+)?{_MOD}{{0,3}}){_ANIMAL}{_AFTER}")
_DET = rf"(?P<det>a|an|one|{_NUMBERS}|some|my|our)\s+"
#: "I've got bees in the back garden", "we have a gelding": what the user or the household has.
_HAVE_RE = re.compile(
    rf"\b(?:I|i|[Ww]e)(?:\s+(?:also\s+|still\s+|now\s+)?(?:have|own|have got)|'ve(?:\s+also|\s+now)?\s+got)\s+"
    rf"(?:(?:a|an|one|two|three|some)\s+(?!{_MOD}{{0,3}}{_WORDS}\b)[\w-]+(?:\s+[\w-]+)?(?:,\s*|\s+and\s+))?"
    # "two kids and a labradoodle"
    rf"(?:{_DET})?(?P<mods>(?:{_AGE}\s+)?{_MOD}{{0,3}}){_ANIMAL}{_AFTER}"
)
#: An animal taken in: "we adopted a kitten", "my son won a goldfish", "I got a puppy last week".
_TOOK_RE = re.compile(
    rf"\b(?:I|i|[Ww]e|[Mm]y (?:son|daughter|kids|children|boys|girls|husband|wife|partner|boyfriend|girlfriend)|"
    rf"[Tt]he kids)(?:\s*\([^()]{{1,30}}\))?\s+(?:just\s+|finally\s+|recently\s+)?"
    rf"(?:adopted|rescued|won|brought home|took in|got|bought)\s+"
    rf"{_DET}(?P<mods>(?:{_AGE}\s+)?{_MOD}{{0,3}}){_ANIMAL}{_AFTER}"
)
#: The animal the user lives with: "just me and a very demanding parrot", "I live with two rabbits".
_WITH_RE = re.compile(
    rf"(?:\b(?:just|only)\s+me\s+and|\b(?:I|i)\s+live\s+(?:alone\s+)?with|\b(?:I|i)\s+share\s+my\s+\w+\s+with)\s+"
    rf"(?:the\s+|{_DET})?(?P<mods>(?:{_AGE}\s+)?{_MOD}{{0,3}}){_ANIMAL}{_AFTER}"
)
#: More of the same list: "I've got a mare and two geldings", "we have three hens and a rooster".
_MORE_RE = re.compile(rf"\s*(?:,\s*|\s+and\s+|,\s+and\s+){_DET}(?P<mods>(?:{_AGE}\s+)?{_MOD}{{0,3}}){_ANIMAL}{_AFTER}")
#: The household's animal said with "the", where the user cares for it: "walk the dog", "got a quote for the cat".
_CARE_RE = re.compile(
    r"\b(?:(?:walk|walking|walked|feed|feeding|fed|groom|grooming|bathe|bathing|insure|insuring|muck out|"
    r"let out|letting out)\s+the|(?:quote|insurance|vet|vet bill|meds|medication|food|bed|crate|carrier|kennel|"
    rf"sitter|walker|groomer|flea treatment)\s+for\s+the)\s+{_ANIMAL}{_AFTER}",
    re.IGNORECASE,
)
#: "no spouse, just me and a parrot": the user lives without a partner.
_SINGLE_RE = re.compile(
    r"\bno (?:spouse|partner|husband|wife|boyfriend|girlfriend|significant other)\b[^.!?]{0,12}?\b(?:just|only) me\b",
    re.IGNORECASE,
)
_DUTY_RE = re.compile(r"\b(?:have|has|need|needs|got|gotta)\s+(?:to\s+)?$", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|i|my|me|we|our|us)\b")
_TRAIT = (
    rf"(?:{_AGE}|[a-z]+-[a-z]+|senior|elderly|old|older|young|rescue|rescued|nervous|anxious|reactive|blind|deaf|"
    r"diabetic|arthritic|overweight|picky|fussy|stubborn|hyper|lazy|large|giant|tiny|small|big|indoor|outdoor|"
    r"male|female|neutered|spayed|pregnant|sensitive|teething|boisterous|timid|border|golden|german|cocker|"
    r"springer|jack|russell|king|charles|bernese|australian|siamese|persian|bengal|maine|miniature|mini|standard|"
    r"english|french|irish|welsh|scottish|retired|racing|show|working)"
)
#: A short request for the user's animal, named by its traits: "Saddle for a short-backed mare?", "Food for a
#: senior cat with bad teeth?". Only a noun phrase asks this way; "is chocolate bad for an old dog?" is a question
#: about dogs.
_REQUEST_RE = re.compile(
    rf"^(?:(?:best|good|a|any|the right|which|what|need|looking for)\s+)?(?P<item>[A-Za-z][\w-]*(?:\s+[\w-]+)?)\s+"
    rf"for\s+(?:a|an)\s+(?P<mods>(?:(?:{_TRAIT})\s+){{1,3}}){_ANIMAL}{_AFTER}",
    re.IGNORECASE,
)
_NOT_ITEM = re.compile(
    r"\b(?:is|are|was|safe|bad|good|okay|ok|dangerous|toxic|poisonous|normal|healthy|fun|easy|hard|costume|name|"
    r"names|gift|gifts|present)\b",
    re.IGNORECASE,
)
#: What turns the words before the statement into a condition, a wish, a plan or a question.
_NOT_SAID_RE = re.compile(
    r"\b(?:if|unless|once|when|whether|wish|hope|imagine|suppose|should|would|could|do|does|did|can|will|maybe|"
    r"might|want|wants|to|going to|gonna|planning|thinking|considering|before|used to)\W*$|[\"\u201c]\W*$",
    re.IGNORECASE,
)
#: The words after the animal that say it died (one that ran away or went missing is still the user's).
_GONE = r"died|passed away|passed on|was put down|got put down|had to be put down|crossed the rainbow bridge"
_LIVESTOCK = frozenset({"bee", "hen", "rooster", "chicken", "duck", "goat", "sheep", "quail", "alpaca", "llama", "cow"})


def _animal(noun: str) -> str:
    return _NOUNS[noun.lower()]


def _gone(sentence: str, noun: str) -> bool:
    """The sentence says this animal died or was lost, or was the user's long ago ("my old dog died last year",
    "we lost our cat in May", "RIP to my hamster", "I grew up with two collies")."""
    low = sentence.lower()
    word = re.escape(noun.lower())
    return bool(
        re.search(rf"\b{word}(?:s|es)?\b[^,;.!?]{{0,30}}?\b(?:{_GONE})\b", low)
        or re.search(
            rf"\b(?:lost|buried|put down|rip|r\.i\.p\.?)\s+(?:to\s+)?(?:my|our)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"{word}(?:s|es)?\b(?!'s)",
            low,
        )
        or re.search(rf"\b(?:used to have|grew up with)\s+(?:a|an|two|three|my|our)\s+(?:[\w-]+\s+){{0,3}}?{word}", low)
    )


def _kept_animal(draft: Draft) -> str | None:
    """The animal a draft says the user has, by any rule ("Has a dog", "Has two rescue greyhounds"), or None."""
    if draft.kind != MemoryKind.fact or not draft.text.startswith(("Has ", "Keeps ")):
        return None
    last = draft.subject.removeprefix("pet ").rsplit(" ", 1)[-1].lower()
    return _NOUNS.get(last)


def _alive(sentence: str, animal: str) -> bool:
    """The sentence names ``animal`` as a living one of the user's, not only as a thing ("a dog-friendly rental",
    "a dark horse candidate", "a horse in this race") or one that died."""
    if _gone(sentence, animal):
        return False
    found = list(re.finditer(rf"\b{re.escape(animal)}(?:s|es)?\b", sentence, re.IGNORECASE))
    return not found or any(
        re.match(rf"(?!-|\s+(?:{_THING})\b)", sentence[m.end() :], re.IGNORECASE)
        and not re.search(r"\bdark\s+$", sentence[: m.start()], re.IGNORECASE)
        for m in found
    )


def _said(sentence: str, m: re.Match[str]) -> bool:
    before = _DUTY_RE.sub("", sentence[: m.start()])  # "I have to walk the dog": a chore, said as a fact
    return not (_NOT_SAID_RE.search(before) or before.count('"') % 2 == 1)


def _draft(m: re.Match[str], sentence: str, *, mods: str | None = None, det: str = "") -> Draft | None:
    noun = m.group("noun")
    animal = _animal(noun)
    if _gone(sentence, animal) or (noun.lower() == animal and not _NEXT_RE.match(sentence, m.end())):
        return None
    mods = m.group("mods") if mods is None else mods
    mods = re.sub(r"\s+", " ", mods).strip().lower()
    noun = noun.lower()
    det = det.strip().lower()
    plural = noun != animal or noun in ("sheep", "quail") or bool(re.match(rf"(?:{_NUMBERS})\b", mods))
    count = det if det and det not in ("a", "an", "one", "my", "our", "some", "the") else ""
    mods = " ".join(
        w.capitalize() if w in _PROPER else w for w in _DEGREE_RE.sub("", mods).split() if _KEPT_RE.fullmatch(w)
    )  # "a very demanding parrot": Has a parrot; "a reactive German shepherd" as said
    if animal == "bee":
        return _fact("Keeps bees", "bee", sentence)
    if noun in ("aquarium", "fish tank"):
        return _fact(f"Has {'an' if noun[0] == 'a' else 'a'} {noun}", noun, sentence)
    lead = "" if plural or count else ("an" if (mods or noun)[:1] in "aeiou" else "a")
    verb = "Keeps" if animal in _LIVESTOCK and plural and not count and not mods else "Has"
    return _fact(" ".join(w for w in (verb, lead, count, mods, noun) if w), animal, sentence)


def _fact(text: str, animal: str, sentence: str) -> Draft:
    return Draft(
        text, MemoryKind.fact, f"pet {animal}", IMPLICIT, MemorySource.implicit, category="pets", quote=sentence
    )


def _forms(draft: Draft) -> set[str]:
    words = set(draft.subject.removeprefix("pet ").split())
    return words | {w + "s" for w in words} | {_PLURALS.get(w, w) for w in words}


def _found(sentence: str, named: set[str]) -> list[Draft]:
    """The animals of the sentence; a list goes on ("a mare and two geldings") only from an animal no other rule
    read (``named``): one that read the first of a list read the list its own way."""
    out: list[Draft | None] = []
    for m in _OWN_RE.finditer(sentence):
        out.append(_draft(m, sentence))
    for rx in (_HAVE_RE, _TOOK_RE, _WITH_RE):
        for m in rx.finditer(sentence):
            if not _said(sentence, m):
                continue
            head = _draft(m, sentence, det=m.group("det") or "")
            out.append(head)
            while head is not None and not _forms(head) & named and (more := _MORE_RE.match(sentence, m.end())):
                out.append(_draft(more, sentence, det=more.group("det")))
                m = more
    if not sentence.rstrip().endswith("?") or _FIRST_PERSON_RE.search(sentence):
        out += [_draft(m, sentence, mods="") for m in _CARE_RE.finditer(sentence) if _said(sentence, m)]
    if _SINGLE_RE.search(sentence):
        single = Draft("Is single", MemoryKind.fact, "relationship status", IMPLICIT, MemorySource.implicit)
        out.append(replace(single, category="family", quote=sentence))
    asked = _REQUEST_RE.match(sentence.strip()) if len(sentence.split()) <= 12 else None
    if asked is not None and not _NOT_ITEM.search(asked["item"]):
        out.append(_draft(asked, sentence))
    return [d for d in out if d is not None]


def animals(sentence: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` of one sentence without a pet that the sentence says is gone, plus the animals the user keeps
    that no draft names yet (at most one per animal)."""
    kept = [_with_article(d) for d in drafts if (animal := _kept_animal(d)) is None or _alive(sentence, animal)]
    named = {w for d in kept if d.kind == MemoryKind.fact for w in re.findall(r"[a-z]+", d.text.lower())}
    for d in _found(sentence, named):
        if d.category != "pets":
            kept += [] if any(k.text == d.text for k in kept) else [d]
            continue
        if not (forms := _forms(d)) & named:
            kept.append(d)
            named |= forms
    return kept


_NO_ARTICLE_RE = re.compile(rf"^Has (?=(?:{_AGE}) [\w -]+$)")


def _with_article(draft: Draft) -> Draft:
    """ "Has a 12-year-old cat", not "Has 12-year-old cat" ("my 12-year-old cat"); "Has two cats" as it is."""
    if draft.category != "pets" or not _NO_ARTICLE_RE.match(draft.text) or draft.text.endswith("s"):
        return draft
    return replace(draft, text=_NO_ARTICLE_RE.sub("Has a ", draft.text))
