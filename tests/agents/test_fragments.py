"""A turn of verbless fragments states who the user is when a fragment names a body or health condition, a child
with an age, a budget, a garden zone or soil, a commute, or what helps; a bare noun, a topic header, a question,
someone else's condition, a hypothetical or a one-off reads nothing (:mod:`agents.offline.fragments`)."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Bad knees. No jumping.", [("constraint", "Has bad knees"), ("constraint", "Avoids jumping")]),
        ("Bad hip, no running.", [("constraint", "Has a bad hip"), ("constraint", "Avoids running")]),
        ("Zone 6b, clay soil. What fruit trees?", [("fact", "Gardens in zone 6b"), ("fact", "Has clay soil")]),
        ("Twins (6 months). Sleep tips?", [("fact", "Has 6-month-old twins")]),
        ("Weak wrists. Beginner climbing shoes?", [("constraint", "Has weak wrists")]),
        ("Dodgy shoulder. Swimming plan please.", [("constraint", "Has a dodgy shoulder")]),
        ("Dyslexic. Charts with labels help.", [("fact", "Is dyslexic"), ("style", "Prefers charts with labels")]),
        ("Colorblind. Charts with labels help.", [("fact", "Is colorblind"), ("style", "Prefers charts with labels")]),
        ("Diabetic. No fruit juice.", [("constraint", "Is diabetic"), ("constraint", "Avoids fruit juice")]),
        ("Type 1 diabetic. Snack ideas?", [("constraint", "Is type 1 diabetic")]),
        ("Toddler, 2 years. Picky eater. Dinner ideas?", [("fact", "Has a 2-year-old toddler")]),
        ("Puppy, eight weeks old. Crate training?", [("fact", "Has an eight-week-old puppy")]),
        ("Triplets, 3 months. Stroller recs.", [("fact", "Has 3-month-old triplets")]),
        ("Zone 8a. Sandy soil. Which shrubs?", [("fact", "Gardens in zone 8a"), ("fact", "Has sandy soil")]),
        ("Tight budget. Need a desk.", [("constraint", "Has a tight budget")]),
        ("Office chair. Max 300 euros. Mesh back.", [("constraint", "Has a budget of at most 300 euros")]),
        ("Gaming headset. Under $80.", [("constraint", "Has a budget under $80")]),
        (
            "Podcasts. Commute is 45 min each way.",
            [("preference", "Prefers podcasts"), ("fact", "Has a commute of 45 min each way")],
        ),
        ("Exit row seat. Tall.", [("preference", "Prefers exit row seats")]),
        ("Kobo. Larger text.", [("preference", "Reads on a Kobo"), ("style", "Prefers larger text")]),
        ("Scandi. Light wood, plants. Which rug?", [("preference", "Prefers a scandi style")]),
        ("Examples help a lot. Explain recursion.", [("style", "Prefers examples")]),
    ],
)
def test_a_standing_fragment_is_read(turn: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(turn)
    assert [(d.kind.value, d.text) for d in read_turn(turn)] == expected


@pytest.mark.parametrize(
    "turn",
    [
        "Restaurant.",
        "Gift for my dad. Bad knees. Walking stick?",
        "For my dad, bad knees, no stairs. Which hotel?",
        "Under $50, two people, Friday.",
        "Restaurant, quiet, Friday.",
        "Sore back, no lifting today.",
        "Sleep schedule ideas.",
        "Pizza boxes, which bin?",
        "Terrace only tonight",
        "Two people. Friday.",
        "Late again.",
        "Tired today.",
        "Tired today. Long week.",
        "Bad lower back? Is that why deadlifts hurt?",
        "Bad lower back today. No deadlifts.",
        "Sore neck today. No long answers right now please.",
        "My dad has bad knees. No stairs for him, so which hotel?",
        "Sister is dyslexic. What fonts do schools use?",
        "Our neighbour's twins, 6 months. What gift works for babies?",
        "If I had a bad shoulder, no overhead press then?",
        "Suppose a budget under $500. Which tablet would you pick?",
        "Under $50 tonight. Two people. Any ramen place?",
        "Small budget? How small is small for a first drum kit?",
        "Zone 7a or 7b for Richmond? Clay soil there?",
        "Kindle. How do I turn off the ads on it?",
        "Aisle seat for this flight, the 6am one.",
        "Aisle seat.",
        "Long legs. Aisle or window?",
        "Pizza stones. Which size for a small oven?",
        "Ideas. Tall.",
        "That helps.",
        "Short sentences help?",
        "No deadlifts today.",  # "No deadlifts." alone is a dislike since issue 13's twenty-seventh pass
        "Minimalist?",
    ],
)
def test_no_standing_fragment(turn: str) -> None:
    assert not read_turn(turn)


def test_a_bare_noun_that_answers_a_choice_is_the_choice_not_a_device() -> None:
    drafts = read_turn("Kindle.", "Kindle or paperback for this gift?")
    assert all("Reads on" not in d.text for d in drafts)
    assert not read_turn("Minimalist.", "Minimalist or cozy for the living room?") or all(
        "style" not in d.text for d in read_turn("Minimalist.", "Minimalist or cozy for the living room?")
    )


def test_window_seat_always_is_left_to_the_reader() -> None:
    assert not read_turn("Window seat. Always.")
