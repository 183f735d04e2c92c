"""Wording of memories: first person to third person, verb forms, tidy objects, subject keys.

Memory texts have no grammatical subject ("Prefers ...", "Is vegetarian"); the words that refer to the
user inside them become "they" / "their" ("... when emailing their manager").
"""

from __future__ import annotations

import re

_PRONOUNS: tuple[tuple[str, str], ...] = (
    (r"\b[Ii] am\b", "they are"),
    (r"\b[Ii]'m\b", "they're"),
    (r"\b[Ii]m\b", "they're"),
    (r"\b[Ii] was\b", "they were"),
    (r"\b[Ii]'ve\b", "they've"),
    (r"\b[Ii]'d\b", "they'd"),
    (r"\b[Ii]'ll\b", "they'll"),
    (r"\b[Ii]\b(?!\.)", "they"),
    (r"\bmyself\b", "themselves"),
    (r"\bourselves\b", "themselves"),
    (r"\b[Mm]y\b", "their"),
    (r"\b[Oo]ur\b", "their"),
    (r"\bmine\b", "theirs"),
    (r"\bfor me and\b", "for themselves and"),  # "I cook for me and 3 roommates": the user is the subject too
    (r"\bme\b", "them"),
    (r"\bwe're\b", "they're"),
    (r"\bwe\b", "they"),
    (r"\bus\b", "them"),
)
_PRONOUN_RES = tuple((re.compile(p), r) for p, r in _PRONOUNS)
_IRREGULAR_3RD = {
    "have": "has",
    "be": "is",
    "am": "is",
    "do": "does",
    "go": "goes",
    "'m": "is",
    # modals take no -s: "I will not consider..." -> "Will not consider..."
    **{m: m for m in ("can", "could", "will", "would", "shall", "should", "may", "might", "must")},
    # negated auxiliaries: "I haven't eaten meat in years" -> "Has not eaten ...", not "Haven'ts"
    **{n: w for n, w in (("haven't", "has not"), ("havent", "has not"), ("hasn't", "has not"), ("don't", "does not"))},
}
_IRREGULAR_ING = {"be": "being", "see": "seeing", "lie": "lying", "die": "dying", "tie": "tying", "am": "being"}
_DOUBLE_FINAL = {"get", "run", "sit", "shop", "plan", "stop", "swim", "put", "set", "chat", "jog", "drop", "hit", "cut"}
_DETERMINERS = re.compile(
    r"^(?:a|an|the|any|all|some|most|many|much|certain|those|these|such|using|doing|having)\s+", re.I
)
_COMMON_STARTS = frozenset(
    [
        "the",
        "a",
        "an",
        "any",
        "all",
        "most",
        "many",
        "some",
        "those",
        "these",
        "such",
        "other",
        "team",
        "group",
        "crowded",
        "loud",
        "big",
        "small",
        "large",
        "long",
        "short",
        "online",
        "digital",
        "traditional",
        "modern",
        "spicy",
        "sweet",
        "cold",
        "hot",
        "public",
        "private",
        "fast",
        "slow",
        "heavy",
        "light",
        "early",
        "late",
        "live",
        "outdoor",
        "indoor",
        "water",
        "winter",
        "summer",
        "high",
        "low",
        "new",
        "old",
        "local",
        "mainstream",
        "classic",
        "cheap",
        "expensive",
    ]
)
_INTENSIFIERS = re.compile(
    r"^(?:(?:very|extremely|really|super|quite|pretty|severely|highly|overly|too|so|such|strongly|truly|severe|mild|"
    r"strong|slight|bad|serious|deep|intense|extreme|major|huge|big|real|general|particular|ethical|firm)\s+)+",
    re.I,
)
_TRAILING = re.compile(
    r"(?:\s+(?:as well|too|a lot|so much|very much|in general|anyway|anymore|any more|at all|either|lol|haha|lmao|"
    r"btw|by the way|fyi|ngl|fwiw|imo|imho|tbh|honestly|though|really|personally|overall|for the most part|"
    r"most of the time|these days|nowadays|lately|recently|right now|at the moment|fight me|sue me|judge me|"
    r"don't judge me|no judgment|no judgement|"
    r"either way|for sure|to be honest|if i'm honest|if possible|whenever possible|to be fair|sorry|obviously|"
    r"of course))+\s*$",
    re.IGNORECASE,
)
_PREPOSITION_CUT = re.compile(r"\s(?:at|on|for|from|near|during|by|to|into)\s", re.IGNORECASE)
_SUBJECT_CUT = re.compile(
    r",|;|\s(?:that|which|who|due to|because|since|as|when|whenever|where|while|if|so|but|unless|"
    r"except|for (?:their|my)|over|rather than|instead of)\s",
    re.IGNORECASE,
)


def third_person(text: str) -> str:
    """Every first-person word of ``text`` in the third person ("my manager" -> "their manager")."""
    for pattern, repl in _PRONOUN_RES:
        text = pattern.sub(repl, text)
    return text


def third_singular(verb: str) -> str:
    """'prefer' -> 'prefers', 'go' -> 'goes', 'listen to' -> 'listens to'."""
    head, _, rest = verb.partition(" ")
    low = head.lower()
    if low in _IRREGULAR_3RD:
        out = _IRREGULAR_3RD[low]
    elif re.search(r"(?:s|sh|ch|x|z|o)$", low):
        out = low + "es"
    elif re.search(r"[^aeiou]y$", low):
        out = low[:-1] + "ies"
    else:
        out = low + "s"
    return f"{out} {rest}" if rest else out


def gerund(verb: str) -> str:
    """'email' -> 'emailing', 'drive' -> 'driving', 'shop' -> 'shopping'."""
    low = verb.lower()
    if low in _IRREGULAR_ING:
        return _IRREGULAR_ING[low]
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return low[:-1] + "ing"
    if low in _DOUBLE_FINAL:
        return low + low[-1] + "ing"
    return low + "ing"


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def clean_object(text: str, max_words: int = 28) -> str:
    """The object of a statement, trimmed of filler, end punctuation and anything past ``max_words``."""
    text = text.strip().strip("\"'")
    text = re.sub(r"\s*[.!?…:]+$", "", text).strip()
    text = re.sub(r"\s+", " ", text)
    prev = None
    while prev != text:
        prev = text
        text = _TRAILING.sub("", text).strip(" ,")
    words = text.split()
    if len(words) > max_words:
        cut = text.rfind(",", 0, len(" ".join(words[:max_words])))
        text = text[:cut] if cut > 20 else " ".join(words[:max_words])
    return text.strip(" ,;-")


def subject_key(obj: str, max_words: int = 5) -> str:
    """A short lower-case key for what a statement is about: its object without articles and clauses."""
    text = obj.lower().strip()
    text = re.sub(r"^to\s+\w+\s+", "", text)
    head = _SUBJECT_CUT.split(f" {text} ")[0].strip()
    if len(head.split()) < 2:
        head = text
    if len(head.split()) > 3:
        short = _PREPOSITION_CUT.split(f" {head} ")[0].strip()
        head = short if len(short.split()) >= 2 else head
    head = _DETERMINERS.sub("", head)
    head = _INTENSIFIERS.sub("", head)
    head = re.sub(r"[^\w\s'&+#-]", "", head)
    return " ".join(head.split()[:max_words])


def lower_first(text: str) -> str:
    """Lower-cases a sentence-initial common word ('Running and hiking' -> 'running and hiking'), keeping names."""
    m = re.match(r"([A-Z][a-z]+)\b(\s+[A-Z])?", text)
    if m is None or m.group(2):
        return text
    word = m.group(1)
    common = word.lower() in _COMMON_STARTS or re.search(
        r"(?:ing|ed|ion|ions|ness|ity|ment|ments|ies|es|[b-df-hj-np-rtv-z]s)$", word
    )  # "Mushrooms", "Crowds": a plural is a common noun; "Paris", "Texas", "Rooibos" keep their capital
    return word.lower() + text[len(word) :] if common else text


def said_of_them(phrase: str) -> str:
    """A first-person verb phrase said of the user: "snore" -> "Snores", "grind my teeth" -> "Grinds their teeth"."""
    verb, _, rest = phrase.strip().partition(" ")
    return join_text(third_singular(verb), third_person(rest))


def join_text(*parts: str) -> str:
    """The parts as one memory text, capitalised, single-spaced, no end punctuation."""
    text = " ".join(p.strip() for p in parts if p and p.strip())
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    return capitalize(re.sub(r"\s*[.!?]+$", "", text))
