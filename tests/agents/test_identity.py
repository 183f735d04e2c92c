"""Who the user is, said in ways the persona rules used to miss: a faith, a diet kept for years, an identity in
the lead of a statement or a question, a diagnosis (also as reported from their doctor); and the clause that
follows a condition is not part of its wording."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


def _said(sentence: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm Muslim.", [("fact", "Is Muslim")]),
        ("I'm a practising Catholic, so no meat on Fridays in Lent.", [("fact", "Is a practising Catholic")]),
        ("I've been vegetarian for 10 years.", [("constraint", "Is vegetarian")]),
        ("i have been vegan since 2019", [("constraint", "Is vegan")]),
        ("As a vegan, I need recipes without honey.", [("constraint", "Is a vegan")]),
        ("As a Muslim I don't drink alcohol.", [("fact", "Is a Muslim"), ("constraint", "Doesn't drink alcohol")]),
        ("Being a nurse, I work nights.", [("fact", "Is a nurse"), ("fact", "Works nights")]),
        ("As a vegetarian, what should I order at a steakhouse?", [("constraint", "Is a vegetarian")]),
        ("I was diagnosed with ADHD last year.", [("constraint", "Has ADHD")]),
        ("I got diagnosed with celiac disease in March.", [("constraint", "Has celiac disease")]),
        ("My doctor says I have high cholesterol.", [("constraint", "Has high cholesterol")]),
        ("My doctor says I'm pre-diabetic, so less sugar please", [("constraint", "Is pre-diabetic")]),
        ("I'm colorblind so please don't rely on red and green in charts", [("constraint", "Is colorblind")]),
        ("I'm based in Madrid btw", [("fact", "Lives in Madrid")]),
    ],
)
def test_who_the_user_is(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(sentence)
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hi, I'm Christian, nice to meet you.",
        "My friend is Muslim, what should I get her for Eid?",
        "I've been vegetarian for 10 years but recently started eating fish again.",
        "As a kid I loved Lego.",
        "As a result I stopped going.",
        "I was never diagnosed with anything.",
        "My mom says I'm too picky.",
        "My doctor told me I should walk more.",
        "Is it true that Catholics can't eat meat on Fridays?",
    ],
)
def test_not_who_the_user_is(sentence: str) -> None:
    assert _said(sentence) == []


def test_someone_elses_diagnosis_is_not_the_users() -> None:
    assert ("constraint", "Has autism") not in _said("My son was diagnosed with autism.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("My budget is around 500 euros.", [("constraint", "Has a budget of around 500 euros")]),
        ("Honestly I'd rather stay in on weekends.", [("preference", "Would rather stay in on weekends")]),
        ("I study medicine in Vienna.", [("fact", "Studies medicine in Vienna")]),
        ("im 17 and looking for a summer job", [("fact", "Is 17 years old")]),
        ("I'm a junior dev, mostly JavaScript", [("fact", "Is a junior dev")]),
        ("English isnt my first language so sorry for mistakes", [("fact", "English is not their first language")]),
        ("I prefer tabs over spaces, fight me", [("preference", "Prefers tabs over spaces")]),
        ("No mushrooms for me, I can't stand the texture.", [("dislike", "Avoids mushrooms")]),
        ("No mushrooms for me.", [("dislike", "Avoids mushrooms")]),
        ("I use VS Code.", [("fact", "Uses VS Code")]),
        (
            "I have a 3 year old and a newborn, so any quick workout ideas?",
            [("fact", "Has a 3-year-old child"), ("fact", "Has a newborn")],
        ),
    ],
)
def test_plain_statements_a_new_user_makes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd rather go tomorrow.",
        "I'd rather die",
        "I study in the evening.",
        "No more for me, thanks.",
        "No dessert for me tonight.",
        "I love the taste.",
        "I use it every day",
        "Should I use Python?",
        "if I had a newborn",
    ],
)
def test_one_offs_and_fragments_teach_nothing(sentence: str) -> None:
    assert _said(sentence) == []


def test_a_practice_keeps_its_situation() -> None:
    [draft] = read_turn("When I travel alone I stay in hostels.")
    assert (draft.kind.value, draft.text, draft.context) == ("fact", "Stays in hostels", "when traveling alone")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm vegan and gluten free, what can I bring to a barbecue?", [("constraint", "Is vegan")]),
        ("I'm left-handed, which guitar should I buy?", [("constraint", "Is left-handed")]),
        ("I speak French and a bit of German.", [("fact", "Speaks French and a bit of German")]),
        (
            "I'm allergic to cats but I love them.",
            [("constraint", "Is allergic to cats"), ("preference", "Loves cats")],
        ),
        ("I'm a big reader, mostly fantasy and sci-fi.", [("fact", "Is a big reader")]),
        ("I'm not much of a cook, so keep recipes simple.", [("fact", "Is not much of a cook")]),
    ],
)
def test_what_the_user_is_before_a_question_or_a_but(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["If I'm vegan, what can I eat?", "Berlin. Pizza boxes, which bin?", "I'm curious, what is the best way?"],
)
def test_a_condition_or_a_topic_before_a_question_is_no_statement(sentence: str) -> None:
    assert _said(sentence) == []


def test_a_pick_then_what_the_user_is_or_dislikes() -> None:
    cabin = "Which sounds better: a quiet cabin in the woods or a beach resort?"
    assert [(d.kind.value, d.text) for d in read_turn("the cabin, crowds stress me out", cabin)][-1] == (
        "dislike",
        "Finds crowds stressful",
    )
    assert _said("A, I'm not a strong swimmer") == [("fact", "Is not a strong swimmer")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("no pork, no alcohol, im muslim", [("fact", "Is Muslim")]),
        ("I have a PhD in chemistry, so you can get technical.", [("fact", "Has a PhD in chemistry")]),
        ("Just moved to Denver from Miami", [("fact", "Moved to Denver from Miami")]),
        ("me and my gf are both vegetarians", [("constraint", "Is vegetarian"), ("fact", "Has a girlfriend")]),
        ("My wife and I are both teachers.", [("fact", "Has a wife"), ("fact", "Is a teacher")]),
    ],
)
def test_more_of_what_the_user_is(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


def test_a_state_of_two_today_is_no_identity() -> None:
    assert _said("My wife and I are both tired today.") == [("fact", "Has a wife")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I code mostly in Rust these days, and I hate Java.",
            [("fact", "Codes mostly in Rust"), ("dislike", "Hates Java")],
        ),
        ("I invest only in index funds.", [("fact", "Invests only in index funds")]),
        ("I'm a stay-at-home dad.", [("fact", "Is a stay-at-home dad")]),
        ("I'm trying to learn Spanish before my trip to Mexico.", [("fact", "Is learning Spanish")]),
    ],
)
def test_what_the_user_does(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("i work every saturday so thats out", "Works on Saturdays"),
        ("im a baker, i work every sunday from 5am", "Works on Sundays"),
        ("we're so short staffed, I work most fridays now", "Works on most Fridays"),
        ("I work saturdays.", "Works on Saturdays"),
    ],
)
def test_the_days_the_user_works(sentence: str, expected: str) -> None:
    assert ("fact", expected) in _said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "i worked every saturday last year",
        "do you work on sundays?",
        "i would work saturdays if they paid more",
        "I work every saturday on my car, its a hobby",
    ],
)
def test_no_working_day(sentence: str) -> None:
    assert not [t for _, t in _said(sentence) if t.startswith("Works on")]
