"""The user's own things, body and place said with "my", "our" or "here" rather than "I" are facts; someone else's
things, a question about a thing's state, a condition, quoted text and a thing's passing state are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        # the dwelling, its age and size
        ("My house is from 1960.", "Lives in a house built in 1960"),
        ("our house was built in 1920 so the wiring is ancient", "Lives in a house built in 1920"),
        ("my flat is tiny", "Lives in a tiny flat"),
        ("our apartment is 100 years old", "Lives in a 100-year-old apartment"),
        ("we rent our 2 bed apartment", "Lives in a two-bedroom apartment"),
        ("if i went all in on smart blinds wat would it cost for our 3 bed house", "Lives in a three-bedroom house"),
        # a language's level
        ("Please explain more simple, my German is not good yet.", "Is still learning German"),
        ("my English is not so good", "Has limited English"),
        ("my Spanish is rusty", "Has rusty Spanish"),
        ("my french is B1 now", "Speaks French at B1 level"),
        ("sorry for my bad english", "Has limited English"),
        # the body
        ("my knees are bad", "Has knee problems"),
        ("Before I did hip hop when I was young, but my knees say no more.", "Has knee problems"),
        ("my back is finally starting to hurt", "Has back problems"),
        ("my back hurts", "Has back problems"),
        ("my eyes are not great", "Has poor eyesight"),
        ("what shoes are good for my bad knees?", "Has knee problems"),
        ("i can't run much with my knee injury", "Has a knee injury"),
        # the place
        ("Here in Canada it is confusing.", "Lives in Canada"),
        ("In my city Porto the winter swell is huge", "Lives in Porto"),
        ("the weather here in Seattle is awful", "Lives in Seattle"),
        ("In Morocco where I grew up we put mint in the tea", "Grew up in Morocco"),
        # people and things named as the user's
        ("My landlord is keeping my whole deposit", "Is a renter"),
        ('my trainer yells "heels down" like 400 times a lesson', "Takes lessons with a trainer"),
        ("my therapist is away this month", "Sees a therapist"),
        ("the garage shares a wall with the baby's room", "Has a baby"),
        ("our twins start school soon", "Has twins"),
        ("Everything in our house is Apple, so it has to work with HomeKit.", "Uses Apple devices"),
        ("We're an Apple household.", "Uses Apple devices"),
    ],
)
def test_the_users_own_things_are_facts(turn: str, expected: str) -> None:
    drafts = read_turn(turn)
    assert ("fact", expected) in [(d.kind.value, d.text) for d in drafts]


@pytest.mark.parametrize(
    "turn",
    [
        "My house is from 1960.",
        "my knees are bad",
        "Here in Canada it is confusing.",
        "the garage shares a wall with the baby's room and she's a light sleeper",
        "Okay confession: I've been working from my couch for three years and my back is finally starting to hurt.",
        "This is too many special words. Please explain more simple, my German is not good yet.",
    ],
)
def test_the_gate_lets_them_through(turn: str) -> None:
    assert reveals_something(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "my friend's house is from 1960",
        "is my house too old for smart switches?",
        "if my back hurts after running, should I stop?",
        'she wrote "my house is from 1960" in the listing',
        "my phone is dead",
        "my coffee is cold",
        "my code is broken",
        "my polish is bad after two days",
        "I'm on vacation here in Rome, what should I eat?",
        "My old roommate used to cook for me.",
        "my trainers are worn out",
        "our baby shower is next week",
        "my roommate thinks I should get a cat",
        "my roomate keeps telling me to buy a dehumidifier",
        'our landlord said "no nails in the walls"',
        "in my old apartment the walls were thin",
        "our toddler refuses to eat anything green",
    ],
)
def test_nothing_lasting_of_the_users_own(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.kind.value == "fact"]


@pytest.mark.parametrize(
    ("turn", "fact"),
    [
        ("I don't play golf anymore since my shoulder surgery.", "Had shoulder surgery"),
        ("i used to trail run but quit after my knee surgery, its all slow hiking now", "Had knee surgery"),
        ("I stop it after my knee operation.", "Had a knee operation"),
        ("Since my hip replacement I walk with a stick.", "Had a hip replacement"),
        ("I'm careful with weights because of my torn ACL.", "Had a torn ACL"),
    ],
)
def test_an_operation_named_in_passing_is_a_fact(turn: str, fact: str) -> None:
    """The operation outlasts the habit it ended; the habit given up is no memory of its own."""
    assert [d.text for d in read_turn(turn) if d.kind.value == "fact"] == [fact]


@pytest.mark.parametrize(
    "turn",
    [
        "My dad can't walk far since his hip replacement.",
        "if my knee surgery goes well I'll run again",
        "after my brother's knee surgery he stopped running",
    ],
)
def test_no_operation_of_someone_else_or_supposed(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.text.startswith("Had ")]


def test_where_the_user_lives_holds_in_every_situation() -> None:
    drafts = read_turn("In my city Porto the winter waves are too big for me.")
    assert [(d.text, d.context) for d in drafts if d.text.startswith("Lives in")] == [("Lives in Porto", "")]
