"""How the reader path words a clause no rule read, and which kind it files it under (issue 13, session 16): a
clause with its own subject is said in its own words, not glued behind "Prefers" ("Prefers privacy matters a
lot"); a fragment of who the user is reads "Is a ..." or "Is ..." (not "Needs 34F, ..." or "Has grad student");
a thing turned down is avoided; "X, not Y" prefers X over Y; a "but" whose second half lost its verb keeps the
first; a "Needs" made of a list of fragments is dropped. The reader's answer is fixed per test (tests/agents/rows)."""

from __future__ import annotations

import numpy as np
import pytest

from agents.offline.covered import covered as _covered
from agents.offline.drafts import Draft
from agents.offline.learned import CLASSES
from agents.offline.reader import read_turn
from agents.offline.restate import restate
from memory.types import MemoryKind
from tests.agents.rows import guided


def row(kind: str) -> np.ndarray:
    """The reader sure the clause says something of ``kind``."""
    out = np.zeros(len(CLASSES), np.float32)
    out[0], out[CLASSES.index(kind)] = 0.02, 0.98
    return out


@pytest.mark.parametrize(
    ("text", "reader", "expected"),
    [
        # a clause with its own subject: what the user values, turns down, puts first, or the clause itself
        ("red-eyes are a no for me", "dislike", [("dislike", "Avoids red-eyes")]),
        ("mushrooms, no thanks", "preference", [("dislike", "Avoids mushrooms")]),
        ("cruises, not my style", "preference", [("dislike", "Avoids cruises")]),
        ("family comes first for me", "fact", [("fact", "Puts family first")]),
        ("heat makes me miserable", "preference", [("dislike", "Heat makes them miserable")]),
        ("knitting calms me down", "preference", [("preference", "Knitting calms them down")]),
        ("phone stays off at dinner", "constraint", [("constraint", "Phone stays off at dinner")]),
        ("stairs are hard for me", "constraint", [("constraint", "Stairs are hard for them")]),
        # who the user is, said without "I'm"
        ("remote worker, mostly async", "preference", [("fact", "Is a remote worker, mostly async")]),
        ("window seat person", "preference", [("preference", "Is a window seat person")]),
        ("iPhone user, not switching", "constraint", [("fact", "Is an iPhone user, not switching")]),
        ("big-picture thinker, skip the minutiae", "preference", [("fact", "Is a big-picture thinker")]),
        ("allergic to cats though, sadly", "constraint", [("constraint", "Is allergic to cats")]),
        ("short on time most weeks", "constraint", [("constraint", "Is short on time most weeks")]),
        ("shellfish allergy, severe", "constraint", [("constraint", "Has a severe shellfish allergy")]),
        (
            "sober 3 years",
            "fact",
            [("constraint", "Has been sober for 3 years")],
        ),  # the rules' kind, as "I'm 3 years sober"
        ("Based in Toronto", "fact", [("fact", "Is based in Toronto")]),
        ("I'm always late, sadly", "preference", [("fact", "Is always late")]),
        # one thing over another; a "but" that lost its verb
        ("camping in tents, not RVs", "preference", [("preference", "Prefers camping in tents over RVs")]),
        ("paperbacks, not e-book readers", "dislike", [("dislike", "Avoids e-book readers")]),
        ("I self-host everything", "fact", [("fact", "Self-hosts everything")]),
        # no good wording: nothing
    ],
)
def test_the_reader_words_a_clause_as_a_careful_person_would(
    text: str, reader: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d.kind.value, d.text) for d in guided(text, row(reader))] == expected
    # the rules alone read none of these, but a state behind an aside (issue 13, twenty-second pass), a thing
    # turned down with "a no for me" (twenty-fifth pass), an allergy named alone (twenty-sixth pass) and who the user
    # is said as a bare noun ("window seat person", twenty-seventh pass) and sobriety said tersely ("sober 3 years",
    # twenty-eighth pass) and a thing turned down with "no thanks" (thirtieth pass), as the reader
    rules = [(d.kind.value, d.text) for d in read_turn(text)]
    assert rules == (expected if text in RULES_READ else [])


RULES_READ = {
    "allergic to cats though, sadly",
    "red-eyes are a no for me",
    "mushrooms, no thanks",
    "shellfish allergy, severe",
    "sober 3 years",
    "window seat person",
}


@pytest.mark.parametrize(
    "text",
    [
        "does privacy matter a lot to most people?",
        "privacy matters a lot to my brother",
        "are red-eyes a no for most travellers?",
        "Dana is a window seat person, not me",
        "my roommate is allergic to cats",
        "Sam is a big reader, mostly sci-fi",
        "my dad says family comes first",
        "big parties drain my sister",
        "if stairs were hard for me I'd move",
        "which matters more, price or quality?",
        "my mom is lactose intolerant but cheese is fine for her",
    ],
)
def test_look_alikes_that_teach_nothing_stay_empty(text: str) -> None:
    for kind in ("preference", "dislike", "fact", "constraint"):
        assert guided(text, row(kind)) == [], kind


@pytest.mark.parametrize(
    ("clause", "kind", "expected"),
    [
        ("Window seat", "preference", "Prefers window seat"),  # no shape of its own: the lead verb as before
        ("lactose intolerant but cheese is fine", "constraint", "Is lactose intolerant but cheese is fine"),
        ("lactose intolerant", "constraint", "Is lactose intolerant"),
        ("vegan household", "constraint", "Needs vegan household"),
        ("sensitive skin, fragrance-free only", "preference", "Prefers sensitive skin, fragrance-free only"),
        ("hard to find", "preference", ""),  # a remark on another clause: nothing said by itself
        ("even in rain", "preference", ""),
        ("am I screwed", "fact", ""),
    ],
)
def test_restate_keeps_the_old_wording_where_no_family_fits(clause: str, kind: str, expected: str) -> None:
    assert restate(clause, kind, shaped=True)[0] == expected


def test_the_rules_callers_keep_the_old_wording() -> None:
    assert restate("privacy matters a lot to me", "preference") == ("Prefers privacy matters a lot", "")
    assert restate("privacy matters a lot to me", "preference", shaped=True) == ("Values privacy", "")


@pytest.mark.parametrize(
    ("clause", "kind", "expected"),
    [
        ("Wagner I find honestly exhausting", "dislike", "Wagner they find honestly exhausting"),
        ("roped stuff freaks me out tbh", "preference", "Roped stuff freaks them out"),
        ("early mornings, I hate them", "dislike", "Avoids early mornings, they hate them"),  # a topic, then the user
        ("window seat for me", "preference", "Prefers window seat"),
    ],
)
def test_a_clause_with_the_user_inside_keeps_its_own_words(clause: str, kind: str, expected: str) -> None:
    """No "Prefers Wagner they find ..." : the user is the clause's subject or object, past its start."""
    assert restate(clause, kind, shaped=True)[0] == expected


@pytest.mark.parametrize(
    ("clause", "covered"),
    [
        ("no explainations", True),  # a typo of the memory's word
        ("one checklist per trip", True),  # a plural
        ("no long intros", False),  # another thing
    ],
)
def test_a_clause_a_memory_already_says_is_not_read_again(clause: str, covered: bool) -> None:
    memory = Draft("Wants short checklists without explanations", MemoryKind.style, "format", 0.9)
    assert _covered(clause, [memory]) is covered
