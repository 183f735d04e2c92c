"""Who the user is, said in passing while asking something else (issue 13, session 15): the statement before the
question, how the user gets to work and lives, what their own place or thing is like, work told by what it brings;
not a one-off, someone else's, a question, a condition or what is over."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("I walk to work so I need shoes that survive rain, any ideas?", ("fact", "Walks to work")),
        ("I take the bus to work, is a folding bike worth it?", ("fact", "Takes the bus to work")),
        ("I bike to work every day, what lights do I need?", ("fact", "Bikes to work")),
        ("I make about 3k a month, how much should I save?", ("fact", "Earns about 3k a month")),
        ("I get paid every two weeks, how do I budget?", ("fact", "Gets paid every two weeks")),
        ("I live alone, so cooking big batches is a waste. Ideas?", ("fact", "Lives alone")),
        ("I share a room with my brother, how do I get privacy?", ("fact", "Shares a room with their brother")),
        ("I'm the caregiver for my mum, how do I avoid burnout?", ("fact", "Is the caregiver for their mum")),
        ("I'm on my feet all day as a waitress, shoes?", ("fact", "Is on their feet all day")),
        ("I'm trying to lose weight before my wedding, what should I eat?", ("fact", "Is trying to lose weight")),
        (
            "I'm training for my first marathon in October, shoes?",
            ("fact", "Is training for their first marathon in October"),
        ),
        ("I rent so I can't paint the walls, decor ideas?", ("fact", "Rents their home")),
        ("I'm renting a room in a shared house, how do I store food?", ("fact", "Rents a room in a shared house")),
        ("my garden is mostly shade, what grows?", ("fact", "Garden is mostly shade")),
        ("our apartment has no balcony, where do I dry clothes?", ("constraint", "Apartment has no balcony")),
        ("our kitchen has no oven, only a hob, dinner ideas?", ("constraint", "Kitchen has no oven")),
        ("my commute is two hours each way, any good podcasts?", ("fact", "Commute is two hours each way")),
        ("my office is freezing all year, what should I wear?", ("fact", "Office is freezing all year")),
        ("my car is an old manual Civic, is it worth fixing?", ("fact", "Car is an old manual Civic")),
        ("my hours are 7 to 3 so I have afternoons free, hobbies?", ("fact", "Works 7 to 3")),
        (
            "after my night shift at the hospital I can never fall asleep, tips?",
            ("fact", "Works night shifts at the hospital"),
        ),
        ("with my truck route I'm away most weeks, what pet is low maintenance?", ("fact", "Works as a truck driver")),
        ("my students keep asking me about AI, how do I explain it?", ("fact", "Teaches students")),
        ("I work nights at a warehouse, how do I sleep in the day?", ("fact", "Works nights")),
        ("I've been a nurse for 10 years, how do I switch careers?", ("fact", "Has been a nurse for 10 years")),
        ("i travel a lot and cant water every day, what plant?", ("fact", "Travels a lot")),
        ("I travel for work almost every week, packing tips?", ("fact", "Travels for work almost every week")),
        ("I grew up watching Sailor Moon, what should my kid watch?", ("fact", "Grew up watching Sailor Moon")),
        (
            "I only have Saturday mornings, so something near town please.",
            ("constraint", "Only has Saturday mornings free"),
        ),
        ("I'm in a running club, what shoes?", ("fact", "Is in a running club")),
        ("I have so much free time with three kids. What else?", ("fact", "Has three kids")),
        ("I'm on a student budget, where can I get cheap furniture?", ("constraint", "Is on a student budget")),
        ("I'm 8 months sober, party ideas without alcohol?", ("constraint", "Has been sober for 8 months")),
        ("Keep answers short. I read these with a baby on my arm.", ("fact", "Has a baby")),
    ],
)
def test_a_fact_said_in_passing(turn: str, expected: tuple[str, str]) -> None:
    assert reveals_something(turn)
    assert expected in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "I walked to work today, it was lovely.",
        "I walk to work today because the car is broken.",
        "my sister works nights at the hospital, how can I help her sleep?",
        "do nurses work night shifts?",
        "if I walked to work, what shoes would I need?",
        "I used to work nights, it was rough.",
        "I used to walk to work before we moved.",
        "my kitchen is a mess right now, cleaning tips?",
        "my laptop is broken, should I fix it?",
        "my car is in the shop, how do I get to work?",
        "my brother's students are loud.",
        "my old students sent me a card.",
        "should I bike to work?",
        "how much do teachers make a month?",
        "my friend makes about 3k a month, is that good?",
        "my garden is looking great this year!",
        "my dad lives alone, what gadgets help seniors?",
        "would you walk to work in this weather?",
        "I'd like to live alone someday.",
        "if I rent a flat in Lisbon, what should I check?",
        "my office is closed today, what should I do?",
        "our flight is delayed, what now?",
        "I'm trying to find a good recipe, any ideas?",
        "my room is a disaster, help me clean.",
        "my sister's book club meets on Tuesdays.",
        "I went to the zoo with three kids from my class.",
        "if I only have weekends, what hobby?",
        "I travel to Paris next week.",
        "my old band is playing tonight.",
        "I've been to Spain for two weeks.",
    ],
)
def test_nothing_said_in_passing(turn: str) -> None:
    assert not read_turn(turn)


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "and fwiw I spend my days drawing blood from cats and dogs at a clinic, so the jargon is fine",
            "Spends their days drawing blood from cats and dogs at a clinic",
        ),
        (
            "i spend my days fixing boilers in old houses so i know pipes",
            "Spends their days fixing boilers in old houses",
        ),
        (
            "I spend most of my workdays sitting in meetings, I need stretches",
            "Spends their workdays sitting in meetings",
        ),
    ],
)
def test_what_fills_the_users_days(turn: str, expected: str) -> None:
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "I spent my days drawing blood at a clinic back then",
        "my sister spends her days at the clinic",
        "today I spend my day fixing the fence",
        "I used to spend my days fishing",
        "how do you spend your days?",
        "if I spend my days reading, will I get bored?",
    ],
)
def test_no_days_of_the_users(turn: str) -> None:
    assert not [d for d in read_turn(turn) if d.text.startswith("Spends")]
