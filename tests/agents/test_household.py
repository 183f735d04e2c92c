"""What the user's household is, has and does, said with "we" or "our household", is the user's memory; "we" in a
question, a condition, a plan, someone else's view, the past, or the user and the assistant is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.household import household
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("we're vegan household so the catering has to be fully plant based", "constraint", "Household is vegan"),
        ("Our household is vegetarian, so no meat please.", "constraint", "Household is vegetarian"),
        ("we're a vegetarian family so no meat dishes please", "constraint", "Household is vegetarian"),
        ("we keep kosher", "constraint", "Keeps kosher"),
        ("We keep halal, so the recipe needs to work with that.", "constraint", "Keeps halal"),
        (
            "we don't do screen time before bedtime, so ideas that don't involve tablets please",
            "constraint",
            "Does not do screen time before bedtime",
        ),
        (
            "my mom thinks we should spank but we dont do that in our house. what else works for tantrums",
            "constraint",
            "Does not spank",
        ),
        ("we never allow phones at the table", "constraint", "Never allows phones at the table"),
        ("our family doesn't eat pork", "constraint", "Does not eat pork"),
        ("We're trying to avoid screens at dinner too", "constraint", "Tries to avoid screens at dinner"),
        ("we avoid sugar for the kids", "constraint", "Avoids sugar for the kids"),
        ("we have a newborn so anything quiet", "fact", "Has a newborn"),
        ("we just had a baby last month", "fact", "Has a newborn"),
        ("we've got a golden retriever and two cats, so nothing fragile", "fact", "Has a golden retriever"),
        ("we don't have a car, so it has to be reachable by train", "fact", "Does not have a car"),
        ("we're a two-car family", "fact", "Is a two-car family"),
        ("we are a family of five", "fact", "Is a family of five"),
        (
            "We just moved into a tiny apartment in Brooklyn, like 400 sq ft.",
            "fact",
            "Lives in a tiny apartment in Brooklyn",
        ),
        ("We live in a small town in Vermont.", "fact", "Lives in a small town in Vermont"),
        ("we always eat dinner together at 6", "preference", "Always eats dinner together at 6"),
        ("we grow our own vegetables", "fact", "Grows their own vegetables"),
        ("We've been vegan for 5 years.", "constraint", "Household is vegan"),
        ("we only eat halal", "constraint", "Only eats halal"),
        ("we never eat out", "constraint", "Never eats out"),
        ("we rent, so no big renovations", "fact", "Rents their home"),
    ],
)
def test_a_household_statement_is_the_users(sentence: str, kind: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [(kind, expected)]


def test_homeschooling_is_read_with_the_kids() -> None:
    drafts = [(d.kind.value, d.text) for d in read_turn("We homeschool our two kids. Any science curriculum?")]
    assert ("fact", "Homeschools their two kids") in drafts


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("At work we must use Python 3.8, we can't upgrade.", "constraint", "Must use Python 3.8"),
        (
            "In my company we must use Java 8, we cannot upgrade. How I do streams grouping?",
            "constraint",
            "Must use Java 8",
        ),
        ("at my job we use Jira and Confluence", "fact", "Uses Jira and Confluence"),
    ],
)
def test_a_workplace_we_is_said_at_work(sentence: str, kind: str, expected: str) -> None:
    assert [(d.kind.value, d.text, d.context) for d in read_turn(sentence)] == [(kind, expected, "at work")]


def test_a_household_scope_is_no_lead_of_someone_else() -> None:
    assert [d.text for d in household("in our family we don't celebrate Christmas")] == ["Does not celebrate Christmas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "should we homeschool?",
        "should we keep kosher now that the kids are older?",
        "my sister's family is vegan, what can I bring to their potluck?",
        "my brother's family never celebrates birthdays",
        "our neighbours don't allow shoes inside, is that common?",
        "my in-laws think we should move to the suburbs",
        "if we had a garden what would you plant?",
        "if we had a bigger yard we would get a dog",
        "we could try the pasta recipe",
        "we talked about this yesterday",
        "we're going to Rome next week",
        "we're having pizza tonight",
        "we're having tacos tonight, give me a quick salsa recipe",
        "we used to homeschool but the kids are back in school now",
        "when we were kids we never had a tv",
        "we did the whole cloth diaper thing with our first, gave up after a month honestly",
        "In Japan they separate the garbage in many categories, very strict.",
        "We want a first dance that looks cute. We have about six weeks",
        "we don't have time for a long hike today",
        "we don't know what to do",
        "we don't have to decide today",
        "we have a meeting tomorrow",
        "we have a lot of kids coming to the party",
        "we'd love a vegan option",
        "At work we had a long meeting about the budget.",
        "if we move to Spain, we don't need a car",
        "we won't use the car tomorrow",
        "we're renting a cabin for the weekend",
        "we don't have one",
    ],
)
def test_no_household_statement(sentence: str) -> None:
    assert read_turn(sentence) == []


def test_what_we_both_are_is_the_users_not_the_households() -> None:
    """Session 26: "we're both diabetic" is said of the user too (it read nothing before)."""
    assert [d.text for d in read_turn("we're both diabetic")] == ["Is a diabetic"]
