"""The words of the gate (:mod:`agents.extract.gate`): one coarse test per family of statements, all built from the
word lists of :mod:`agents.offline.lexicon`, and a fast phrase lookup over a turn's tokens."""

from __future__ import annotations

import re

from agents.offline.lexicon import (
    BE_DISLIKE,
    BE_LIKE,
    BUSINESSES,
    CONDITIONS,
    DIETS,
    DISLIKE_VERBS,
    FAMILY,
    FREQ_CONSTRAINT,
    FREQ_POS,
    HAVE_NOUNS_DISLIKE,
    HAVE_NOUNS_LIKE,
    HEALTH_NOUNS,
    LIKE_VERBS,
    MONEY,
    PETS,
    tokens,
)

_FIRST_PERSON = r"\b(?:i|i'm|im|i've|i'd|i'll|my|mine|myself|we|we're|our)\b"
#: Object-first reactions ("X doesn't appeal to me", "X isn't for me").
_REACTION = (
    r"\b(?:appeals? to me|interests? me|excites? me|suits? me|works? (?:well |great )?for me|bores? me|annoys? me|"
    r"bothers? me|stress(?:es)? me|scares? me|terrif(?:y|ies) me|makes? me|for me|for my (?:taste|liking)|my thing|"
    r"my cup of tea)\b"
)
_CUE_WORDS: tuple[str, ...] = (
    *LIKE_VERBS,
    *FREQ_POS,
    *FREQ_CONSTRAINT,
    *(w + "s" for w in ("like", "love", "enjoy", "prefer", "hate", "dislike", "avoid")),
    "liked",
    "loved",
    "enjoyed",
    "preferred",
    *DISLIKE_VERBS,
    *BE_LIKE,
    *BE_DISLIKE,
    *HAVE_NOUNS_LIKE,
    *HAVE_NOUNS_DISLIKE,
    *DIETS,
    *CONDITIONS,
    *HEALTH_NOUNS,
    *FAMILY,
    *PETS,
    *BUSINESSES,
    "allergic",
    "can't eat",
    "cannot eat",
    "can't have",
    "can't drink",
    "don't eat",
    "don't drink",
    "don't drive",
    "do not drive",
    "do not eat",
    "wheelchair",
    "budget",
    "live in",
    "living in",
    "based in",
    "moved to",
    "moving to",
    "relocated to",
    "grew up in",
    "i'm from",
    "i am from",
    "work as",
    "work at",
    "work for",
    "work in",
    "work from home",
    "work remotely",
    "job",
    "career",
    "careers",
    "switching from",
    "transitioning from",
    "retired",
    "hobby",
    "hobbies",
    "free time",
    "spare time",
    "been into",
    "getting into",
    "taken up",
    "took up",
    "picked up",
    "new to",
    *(f"{who} {verb}" for who in ("i'm", "i am", "been", "still", "currently") for verb in ("learning", "studying")),
    *("matters more", "more important to me", "less important to me", "care more about", "cares more about"),
    *("dealbreaker", "deal breaker", "deal-breaker", "non-negotiable", "non negotiable", "a must", "hard no"),
    "years old",
    "in my 20s",
    "in my 30s",
    "in my 40s",
    "in my 50s",
    "in my 60s",
    "in my twenties",
    "in my thirties",
    "in my forties",
    "in my fifties",
    "in my sixties",
    "i'm a",
    "i am a",
    "i'm an",
    "i am an",
    "married",
    "single",
    "appeal to me",
    "appeals to me",
    "appealing",
    "my thing",
    "for me",
    "my taste",
    "my liking",
    "my cup of tea",
    "interest me",
    "interests me",
    "find",
    "found",
    "rather",
    "only",
    "exclusively",
    "strictly",
    "solely",
    "don't",
    "dont",
    "do not",
    "won't",
    "will not",
    "wouldn't",
    "can't",
    "cannot",
    "not",
    "interest",
    "priority",
    "priorities",
    "comfortable",
    "uncomfortable",
    "as someone who",
    "never",
    "always",
    "usually",
    "tend to",
    "no longer",
    "used to",
    "own",
    "drive a",
    "speak",
    "fluent",
    "native",
    "beginner",
    "experienced",
    "expert",
)


class PhraseSet:
    """Fast membership test for a set of words and phrases in a token list (no big regex alternation)."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(tokens(phrase))
            if words:
                self._by_first.setdefault(words[0], []).append(words)

    def search(self, toks: list[str]) -> bool:
        for i, tok in enumerate(toks):
            for words in self._by_first.get(tok, ()):
                if tuple(toks[i : i + len(words)]) == words:
                    return True
        return False


GATE_CUES = PhraseSet(_CUE_WORDS)
GATE_FIRST_PERSON_RE = re.compile(_FIRST_PERSON, re.IGNORECASE)
GATE_REACTION_RE = re.compile(_REACTION, re.IGNORECASE)
GATE_MONEY_RE = re.compile(MONEY, re.IGNORECASE)
