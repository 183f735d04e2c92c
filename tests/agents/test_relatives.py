"""What a child of the user's needs or does, what an adult they live or travel with needs and who moves in are the
user's memories; a relative's taste, a question, someone else's relative, a condition, a past or a one-off is
none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


def _said(sentence: str) -> list[tuple[str, str]]:
    """What the turn gave, less the plain "Has a son" the possessions rule words for every "my son"."""
    return [(d.kind.value, d.text) for d in read_turn(sentence) if not d.text.startswith("Has ")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my son has a nut allergy, so what snacks can I pack?", ("constraint", "Son has a nut allergy")),
        ("My daughter has celiac disease.", ("constraint", "Daughter has celiac disease")),
        ("our youngest is allergic to eggs", ("constraint", "Youngest child is allergic to eggs")),
        ("my kids are both gluten free so pasta night is tricky", ("constraint", "Kids are gluten free")),
        ("my toddler is allergic to dairy", ("constraint", "Toddler is allergic to dairy")),
        ("my stepdaughter is deaf, so any show we pick needs subtitles", ("constraint", "Stepdaughter is deaf")),
        ("my mum uses a wheelchair, we travel together a lot", ("constraint", "Mother uses a wheelchair")),
        ("My mother-in-law is hard of hearing, she lives with us", ("constraint", "Mother-in-law is hard of hearing")),
        ("my kid is a super picky eater", ("fact", "Child is a picky eater")),
        (
            "Not the trampoline, my daughter is scared of big noisy places.",
            ("fact", "Daughter is scared of big noisy places"),
        ),
    ],
)
def test_a_household_members_lasting_need_is_the_users_to_plan_around(sentence: str, expected: tuple[str, str]) -> None:
    assert reveals_something(sentence)
    assert _said(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my son plays football every weekend", "Son plays football every weekend"),
        ("my daughter swims three times a week", "Daughter swims three times a week"),
        ("my son takes piano lessons on Tuesdays", "Son takes piano lessons on Tuesdays"),
        ("my daughter just started college", "Daughter just started college"),
        ("My son starts kindergarten in September", "Son starts kindergarten in September"),
        ("my oldest is leaving for uni in the autumn", "Oldest child is leaving for uni in the autumn"),
        ("my mother-in-law is moving in with us next month", "Mother-in-law is moving in with them"),
    ],
)
def test_a_childs_routine_and_a_change_in_the_family_are_facts(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert _said(sentence) == [("fact", expected)]


def test_me_and_my_wife_we_is_the_household_speaking() -> None:
    assert _said("me and my wife we no eat pork") == [("constraint", "Doesn't eat pork")]  # voice.py, then the rules


@pytest.mark.parametrize(
    "sentence",
    [
        "my brother loves horror films",
        "My wife loves romance novels. What's a good gift for her birthday?",
        "my husband is obsessed with golf",
        "my son is really into dinosaurs right now",
        "Is it safe for my son to eat peanuts at 2?",
        "how do I know if my husband is lactose intolerant?",
        "Should my mum use a wheelchair at the airport?",
        "my friend's son has a nut allergy, what can I bring to their party?",
        "my sister's kids are all vegan",
        "my brother is allergic to everything lol",
        "my partner is gluten free",
        "My flatmate is vegan and I'm cooking for her on Saturday.",
        "My dad has bad knees. No stairs for him, so which hotel?",
        "if my wife were vegetarian what would you cook?",
        "suppose my daughter is allergic to eggs, what cake then",
        "my mum thinks my son is autistic",
        "my son had a nut allergy as a baby but he grew out of it",
        "my grandma was diabetic",
        "my dad used to work nights",
        "my husband has a cold this week so we cancelled dinner",
        "my daughter is at a sleepover tonight",
        "my son is 10 minutes late",
        "my colleague is pregnant, what gift should I get?",
        "my friend is expecting twins!",
        "we're expecting guests on Saturday",
        "we're having pizza tonight",
        "my neighbour works from home and plays loud music",
    ],
)
def test_a_relatives_taste_a_question_or_a_one_off_is_none(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my son has a nut allergy, what snacks can I pack?", [("constraint", "Son has a nut allergy")]),
        ("my daughter is vegetarian, any lunchbox ideas?", [("constraint", "Daughter is vegetarian")]),
    ],
)
def test_a_childs_need_before_the_question_is_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


def test_a_thing_of_the_users_before_a_question_is_no_statement() -> None:
    assert [d.text for d in read_turn("my car is making a noise, what is it?")] == []


def test_a_childs_refusal_in_learner_english_is_the_childs() -> None:
    assert _said("my son no eat vegetables") == [("constraint", "Son does not eat vegetables")]
