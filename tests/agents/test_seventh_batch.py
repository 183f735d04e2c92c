"""Issue 13/14, session 31: a seventh batch of everyday conversations tried on the real stack. What read wrong: "i have
adhd so long study sessions never work for me" had read "Has adhd" (a condition known by its initials keeps them in
capitals). What read nothing: "I tore my ACL last year so no deep squats or jumping please" after a leg day routine,
"mostly just me and my wife, we like co-op games not competitive ones", "we're both not religious so no church",
"super sensitive" after "What's your skin like?", "just a north facing balcony tbh" after "How much space do you
have?"; what read a memory with nothing in it: "I rent so I'd rather not mess with it" (Would rather not mess with
it); "she's 15 and glued to tiktok" after "How old is your teen?" (read nothing). An eighth batch: "no dairy for me,
it wrecks my stomach" read nothing, "i not eat meat since 5 years, curry is good" read "Doesn't eat meat, curry is
good", "I'm a nurse on nights" read only "Is a nurse"."""

from __future__ import annotations

import re

import pytest

from agents.offline.reader import read_turn

ASSIGNMENTS = "A planner and a weekly review can help. Anything that makes it harder for you?"


def _texts(turn: str, previous: str | None = None, query: str | None = None) -> list[str]:
    return sorted(d.text for d in read_turn(turn, previous, query))


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("i have adhd so long study sessions never work for me", "Has ADHD"),
        ("I have ibs, so nothing too rich", "Has IBS"),
        ("i have ptsd from my time in the army", "Has PTSD"),
    ],
)
def test_a_condition_known_by_its_initials_keeps_them(turn: str, said: str) -> None:
    assert said in _texts(turn, ASSIGNMENTS, "how do I stay on top of my assignments")


LEG_DAY = "Squats, lunges, deadlifts and calf raises make a solid leg day."


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("I tore my ACL last year so no deep squats or jumping please", "Has a torn ACL"),
        ("I've torn my meniscus", "Has a torn meniscus"),
        ("i broke my wrist in march", "Has a broken wrist"),
        ("I slipped a disc two years ago", "Has a slipped disc"),
    ],
)
def test_an_injury_is_a_constraint(turn: str, said: str) -> None:
    drafts = read_turn(turn, LEG_DAY, "give me a leg day routine")
    assert [(d.text, d.kind.value) for d in drafts if d.text == said] == [(said, "constraint")]


@pytest.mark.parametrize("turn", ["my son broke his arm", "I broke my phone", "did I tear my ACL?"])
def test_no_injury_of_the_users_own(turn: str) -> None:
    assert not [t for t in _texts(turn, LEG_DAY) if re.match(r"Has an? (?:torn|broken)", t)]


def test_a_household_taste_said_with_like_and_a_faith_said_with_not() -> None:
    games = "Catan, Ticket to Ride, Codenames and Wingspan are all popular. Who will you play with?"
    turn = "mostly just me and my wife, we like co-op games not competitive ones"
    said = _texts(turn, games, "recommend a board game")
    assert "Likes co-op games not competitive ones" in said
    wedding = "Congratulations! Do you have a budget, a guest count or a style in mind?"
    turn = "small, like 30 people, and we're both not religious so no church"
    said = _texts(turn, wedding, "help me plan my wedding")
    assert "Is not religious" in said
    for turn in ("we like, totally different stuff", "we like to go out on fridays", "we like the second option"):
        assert _texts(turn) == [], turn


@pytest.mark.parametrize(
    ("asked", "reply", "said"),
    [
        (
            "What's your skin like?",
            "super sensitive and anything with fragrance makes me break out",
            "Has super sensitive skin",
        ),
        ("Happy to help. What's your hair like?", "very curly and dry", "Has very curly and dry hair"),
        ("Sure. What's your kitchen like?", "tiny, and it has no window", "Has a tiny kitchen"),
        ("How would you describe your schedule?", "chaotic", "Has a chaotic schedule"),
        (
            "How much space do you have?",
            "just a north facing balcony tbh, gets maybe 2 hours of sun",
            "Has only a north facing balcony",
        ),
        ("What car do you have?", "a 2009 corolla, I only drive on weekends", "Has a 2009 corolla"),
    ],
)
def test_a_trait_or_a_thing_said_back_to_the_assistants_question(asked: str, reply: str, said: str) -> None:
    assert said in _texts(reply, asked)


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("What's your budget like?", "not sure"),
        ("What's your budget like?", "idk"),
        ("What's your budget like?", "it depends"),
        ("What's the weather like there?", "sunny"),
        ("What's your schedule like?", "working mostly"),
        ("How much space do you have?", "a few square metres"),
        ("What tools do you have?", "one sec let me check"),
        ("Is it for you?", "a gift for my mum"),
    ],
)
def test_no_trait_from_a_reply_that_gives_none(asked: str, reply: str) -> None:
    assert not [t for t in _texts(reply, asked) if t.startswith("Has ")]


def test_rather_not_with_only_a_pronoun_says_nothing() -> None:
    assert _texts("I rent so I'd rather not mess with it") == ["Rents their home"]
    assert _texts("I'd rather not take the bus to work") == ["Would rather not take the bus to work"]


@pytest.mark.parametrize(
    ("asked", "reply", "said"),
    [
        (
            "Many families aim for balance. How old is your teen?",
            "she's 15 and glued to tiktok",
            ["Has a daughter aged 15"],
        ),
        ("How old is your son?", "he's 8", ["Has a son aged 8"]),
        ("How old are your kids?", "3 and 6", ["Has kids aged 3 and 6"]),
        ("How old is your daughter?", "12, she's in year 7", ["Has a daughter aged 12"]),
        ("How much do you want to spend?", "15", []),
        ("How old is your son?", "15 dollars", []),
        ("How old is your laptop?", "5 years", []),
        ("How old are you?", "34", []),
    ],
)
def test_an_age_said_back_to_how_old_is_your_child(asked: str, reply: str, said: list[str]) -> None:
    assert [t for t in _texts(reply, asked) if " aged " in t] == said


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("no dairy for me, it wrecks my stomach", "Avoids dairy"),
        ("no onions for me, they make me ill", "Avoids onions"),
        ("no spicy food for me, it gives me heartburn", "Avoids spicy food"),
    ],
)
def test_a_refusal_with_what_it_does_to_the_body(turn: str, said: str) -> None:
    assert said in _texts(turn, "Greek yogurt, jerky, boiled eggs, cottage cheese and protein bars.")


def test_a_refusal_for_one_day_stays_unread() -> None:
    assert _texts("no dairy today, it upsets my stomach") == []


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("i not eat meat since 5 years, curry is good", ["Doesn't eat meat"]),
        ("I don't eat pork, chicken is fine", ["Doesn't eat pork"]),
    ],
)
def test_what_is_fine_ends_the_object(turn: str, said: list[str]) -> None:
    assert _texts(turn) == said


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("I'm a nurse on nights so regular schedule isn't really a thing for me", ["Is a nurse", "Works nights"]),
        ("I'm a nurse on the night shift", ["Is a nurse", "Works night shifts"]),
        ("I'm a paramedic on rotating shifts", ["Is a paramedic", "Works rotating shifts"]),
        ("I'm a fan on days off", []),
    ],
)
def test_a_job_with_its_hours(turn: str, said: list[str]) -> None:
    assert _texts(turn) == said


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("50 min by train each way", "Commutes 50 min by train each way"),
        ("on the bus mostly", "Commutes on the bus"),
    ],
)
def test_a_commute_said_back_to_how_do_you_commute(reply: str, said: str) -> None:
    assert said in _texts(reply, "Podcasts, audiobooks or language apps. How do you commute?")
    assert not [t for t in _texts(reply, "How do you like your coffee?") if t.startswith("Commutes")]


def test_cooking_for_oneself_and_others() -> None:
    said = _texts("I cook for me and 3 roommates, one is gluten free", "Lentil dal, fried rice or veggie chilli.")
    assert said == ["Cooks for themselves and 3 roommates"]
