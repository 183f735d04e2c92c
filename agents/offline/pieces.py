"""Where one clause holds two statements that the rules' clause split leaves together, cut for the learned reader
(:mod:`agents.offline.guided`): "I'm mostly a single-player story games person, multiplayer just stresses me out",
"im vegan btw so protein needs to be plant based".
"""

from __future__ import annotations

import re

from agents.offline.restate import lead_condition, without_condition

#: Where a clause holds two statements the rules' clause split leaves together ("I'm mostly a single-player
#: story games person, multiplayer just stresses me out", "im vegan btw so protein needs to be plant based").
_PIECE_SPLIT_RE = re.compile(r",\s+(?!(?:and|or|but|then|too|please|pls|thanks|though)\b)|\s+so\s+(?=[a-z])", re.I)
_BARE_CONDITION_RE = re.compile(r"^\W*(?:when|whenever|while|if|unless|during|for|at|on|in|with)\b", re.I)
MIN_PIECE_WORDS = 3
#: A piece with a subject that is not the user ("it wrecks my stomach", "my husbnd watches cricket"): no cut.
_THEIRS_RE = re.compile(r"^\W*(?:it|it's|its|they|they're|he|she|this|that|there|my\s+\w+\s+(?!is\b)\w+s)\b", re.I)


def cut_in_pieces(clause: str) -> list[str]:
    """The clause cut where it holds two statements, when every piece keeps a few words and none is a bare
    condition (it stays with its statement: "when I write to my boss, keep it formal") or says something of
    someone else ("it wrecks my stomach"); else the clause itself (the same object). Only clauses worth reading
    as a whole are cut, and each piece is checked again: a cut never opens a question or someone else's words
    to the reader."""
    parts = [p.strip(" ,") for p in _PIECE_SPLIT_RE.split(clause)]
    situations = len(parts) > 1 and all(_said_for(p) for p in parts)  # "for A keep it X, for B keep it Y"
    if len(parts) > 1 and all(
        (len(p.split()) >= MIN_PIECE_WORDS or (i > 0 and len(p.split()) == 2 and _LIMIT_PIECE_RE.match(p)))
        and not ((_BARE_CONDITION_RE.match(p) and not situations) or _THEIRS_RE.match(p))
        for i, p in enumerate(parts)
    ):
        return parts
    reason = _SO_RE.split(clause.strip(" ,."), maxsplit=1)  # "I get seasick so no cruises": a reason and its limit
    if len(reason) == 2 and all(len(p.split()) >= 2 for p in reason) and _SELF_START_RE.match(reason[0]):
        return [p.strip(" ,") for p in reason]
    return [clause]


#: A limit said in two words after the statement it follows from ("My kids are picky eaters, nothing spicy").
_LIMIT_PIECE_RE = re.compile(r"^\W*(?:no|nothing|never|only)\s+[\w-]{3,}\W*$", re.IGNORECASE)
_SO_RE = re.compile(r",?\s+so\s+(?=[a-z])", re.IGNORECASE)
_SELF_START_RE = re.compile(r"^\W*(?:i|i'm|im|i am|we|we're|i've|ive)\b(?!.*,)", re.IGNORECASE)


def _said_for(piece: str) -> bool:
    """A statement said for a situation ("for my thesis keep it formal"), not only a condition ("when I write to
    my boss"): a sentence of such pieces contrasts situations and is cut so each wish keeps its own."""
    return bool(lead_condition(piece)) and len(without_condition(piece).split()) >= 2


def split_pieces(clauses: tuple[str, ...]) -> tuple[str, ...]:
    """The sentence's clauses cut in pieces (see :func:`cut_in_pieces`)."""
    return tuple(p for c in clauses for p in cut_in_pieces(c))
