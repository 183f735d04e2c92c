"""Issue 13, session 32: what session 31's trials left alone, read again. "by bike, 20 minutes" after "How do you get
to work?" had read "Has a by bike" beside "Commutes by bike"; these had read nothing: "automatic, a 2014 Honda Civic"
after "What car do you drive?", "no gym, just a pair of dumbbells", "I live with 2 roommates", "I share a tiny flat
with 2 roommates", "we have no car right now", "mine is very curly and dry" after "What's your hair like?", "I break
out from anything with coconut oil", and "fragrance free pls" after "Any preferences for the moisturizer?". A second
batch of eighteen (a senior cat, a students' weekend, a 10k, ...) found more that taught nothing: "we don't mind bunk
beds", "no coffee after 2pm or I'm up all night", "I can't work with lyrics", "we have a washing machine but no
dryer", "my daughter just went vegan", "I walk, about 25 min" after "How do you get to work?", "an old pixel 4a"
after "What phone do you have?", "near the old town, with a gym" after "Any preferences for the hotel?"."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


def _texts(turn: str, previous: str | None = None, query: str | None = None) -> list[str]:
    return sorted({d.text for d in read_turn(turn, previous, query)})


def test_how_the_user_travels_is_no_thing_they_have() -> None:
    assert _texts("by bike, 20 minutes", "How do you get to work?") == ["Commutes by bike"]
    assert _texts("no car, by bus mostly") == ["Has no car"]


@pytest.mark.parametrize(
    ("asked", "reply", "said"),
    [
        ("What car do you drive?", "automatic, a 2014 Honda Civic", "Drives a 2014 Honda Civic"),
        ("What bike do you ride?", "A Trek hybrid", "Rides a Trek hybrid"),
        ("How much space do you have?", "not much, just a north facing balcony", "Has only a north facing balcony"),
        ("What's your hair like?", "mine is very curly and dry", "Has very curly and dry hair"),
        ("What's your kitchen like?", "its tiny tbh", "Has a tiny kitchen"),
        ("What's your garden like?", "it is shady", "Has a shady garden"),
    ],
)
def test_a_thing_or_a_trait_said_back_after_a_word_or_a_pronoun(asked: str, reply: str, said: str) -> None:
    assert said in _texts(reply, asked)


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("What's your skin like?", "it's fine"),
        ("What tools do you have?", "hmm, a few"),
        ("What car do you drive?", "why do you ask?"),
    ],
)
def test_a_reply_that_tells_nothing_still_says_nothing(asked: str, reply: str) -> None:
    assert _texts(reply, asked) == []


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("no gym, just a pair of dumbbells", ["Has no gym", "Has only a pair of dumbbells"]),
        ("no oven, just a microwave", ["Has no oven", "Has only a microwave"]),
        ("we have no car right now", ["Does not have a car"]),
        ("I have no oven at the moment", ["Does not have an oven"]),
        ("I live with 2 roommates", ["Lives with 2 roommates"]),
        ("I share a tiny flat with 2 roommates", ["Shares a tiny flat with 2 roommates"]),
    ],
)
def test_a_home_setup_said_tersely(turn: str, said: list[str]) -> None:
    assert _texts(turn, "Do you have gym access?" if "gym" in turn else None) == said


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("I break out from anything with coconut oil", "Breaks out from coconut oil"),
        ("I get a rash from wool so no wool jumpers", "Gets a rash from wool"),
        ("I get bloated from beans", "Gets bloated from beans"),
    ],
)
def test_what_a_thing_does_to_the_users_body_is_a_constraint(turn: str, said: str) -> None:
    assert said in [d.text for d in read_turn(turn) if d.kind.value == "constraint"]


@pytest.mark.parametrize(
    "turn", ["I got a rash from that cream yesterday", "my son gets hives from eggs", "if I get hives from it, then?"]
)
def test_no_constraint_from_a_one_off_or_someone_elses_body(turn: str) -> None:
    assert not [d for d in read_turn(turn) if d.kind.value == "constraint"]


@pytest.mark.parametrize(
    ("asked", "reply", "said"),
    [
        ("Any preferences for the moisturizer?", "fragrance free pls", "Prefers fragrance free moisturizer"),
        ("Sure! Any preferences for the hotel?", "somewhere quiet pls", "Prefers a quiet hotel"),
        ("Any preferences for the hotel?", "close to the metro", "Prefers a hotel close to the metro"),
        ("Any preferences for the wine?", "red, dry", "Prefers red, dry wine"),
        ("Do you have any preferences on the restaurant?", "nothing too fancy", "Avoids anything too fancy"),
    ],
)
def test_a_wish_said_back_to_any_preferences(asked: str, reply: str, said: str) -> None:
    assert said in _texts(reply, asked)


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Any preferences for the hotel?", "no preference really"),
        ("Any preferences for the hotel?", "anything is fine thanks"),
        ("Any preferences for the hotel?", "surprise me"),
        ("Any preferences for the hotel?", "2 please"),
        ("Any preferences for the trip?", "hmm let me think about it and get back to you"),
        ("What's the weather like in Rome?", "sunny"),
    ],
)
def test_no_wish_from_a_reply_that_has_none(asked: str, reply: str) -> None:
    assert not [t for t in _texts(reply, asked) if t.startswith(("Prefers", "Avoids"))]


# A second batch of eighteen, tried on the real stack in the same session: nine had taught nothing.
@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("cool, we don't mind bunk beds", "Doesn't mind bunk beds"),
        ("I don't mind a long walk", "Doesn't mind a long walk"),
        ("no coffee after 2pm or I'm up all night", "Avoids coffee after 2pm"),
        ("I can't work with lyrics, only instrumental stuff", "Can't work with lyrics"),
        ("I can't sleep without white noise", "Can't sleep without white noise"),
        ("we have a washing machine but no dryer, and the flat is damp", "Does not have a dryer"),
        ("my daughter just went vegan, I'm not, so dinners are tricky", "Daughter is vegan"),
    ],
)
def test_a_tolerance_a_limit_a_lack_or_a_relatives_new_diet(turn: str, said: str) -> None:
    assert said in _texts(turn)


def test_a_limit_kept_to_an_hour_is_a_constraint() -> None:
    drafts = read_turn("no caffeine after noon for me, otherwise i am awake till 3")
    assert [(d.text, d.kind.value) for d in drafts] == [("Avoids caffeine after noon", "constraint")]


@pytest.mark.parametrize(
    "turn",
    [
        "if you don't mind, keep it short",
        "I don't mind either",
        "I don't mind if it's spicy",
        "do you mind if I ask?",
        "my son doesn't mind spicy food",
        "if we go, no coffee after 2pm",
        "can't you work with lyrics?",
        "I have a kid but no time",
    ],
)
def test_no_tolerance_or_limit_from_a_clause_that_states_none(turn: str) -> None:
    assert not [t for t in _texts(turn) if t.startswith(("Doesn't mind", "Avoids", "Can't", "Does not have"))]


@pytest.mark.parametrize(
    ("asked", "reply", "said"),
    [
        ("How do you get to work?", "I walk, about 25 min", "Walks to work"),
        ("How do you get to work?", "i usually take the bus", "Takes the bus to work"),
        ("What phone do you have?", "an old pixel 4a, battery is dying", "Has an old pixel 4a"),
        (
            "Any preferences for the hotel?",
            "near the old town, with a gym",
            "Prefers a hotel near the old town, with a gym",
        ),
        (
            "Any preferences for the hotel?",
            "quiet, near the river, with breakfast included",
            "Prefers a quiet hotel, near the river, with breakfast included",
        ),
    ],
)
def test_a_commute_a_phone_or_a_longer_wish_said_back(asked: str, reply: str, said: str) -> None:
    assert said in _texts(reply, asked)


def test_a_wish_about_someone_else_or_a_commute_wished_for_says_nothing() -> None:
    assert _texts("something handmade, she hates clutter", "Any preferences for the gift?") == []
    assert _texts("I wish I could walk", "How do you get to work?") == []


# A third batch of twenty, the same session: six had taught nothing.
@pytest.mark.parametrize(
    ("turn", "said", "kind"),
    [
        ("nothing too spicy for me, my stomach can't handle it", "Avoids anything too spicy", "constraint"),
        ("nothing too sweet please", "Avoids anything too sweet", "dislike"),
        ("i'm up at 5 every day so nothing after 9pm works for me", "Gets up at 5 every day", "fact"),
        ("i'm up at 5 every day so nothing after 9pm works for me", "Can't do anything after 9pm", "constraint"),
        ("I'm not on social media at all", "Doesn't use social media", "constraint"),
        ("im not on instagram", "Doesn't use Instagram", "constraint"),
        ("we've got a small hatchback, so nothing bulky", "Has a small hatchback", "fact"),
        ("we have an suv", "Has an SUV", "fact"),
    ],
)
def test_a_quality_kept_out_an_hour_a_network_or_a_car(turn: str, said: str, kind: str) -> None:
    assert said in [d.text for d in read_turn(turn) if d.kind.value == kind]


@pytest.mark.parametrize(
    "turn",
    ["nothing else for me thanks", "nothing for me thanks", "I'm up at 6 tomorrow", "I'm not on tiktok yet"],
)
def test_no_limit_from_a_polite_no_a_one_off_hour_or_a_not_yet(turn: str) -> None:
    assert _texts(turn) == []


def test_a_share_of_things_that_do_not_work_is_no_dislike() -> None:
    assert _texts("I'm left-handed, so a lot of scissors don't work for me") == ["Is left-handed"]
    assert "Dislikes spicy dishes" in _texts("spicy dishes don't work for me")


SHOES = (
    "Three shoes that work for beginners:\n1. La Sportiva Tarantulace - flat, comfy, laces\n"
    "2. Scarpa Instinct VS - aggressive downturn, velcro\n3. Evolv Defy - cheap, velcro, stiff"
)


def test_a_body_trait_before_a_pick_is_still_read() -> None:
    said = _texts("Wide feet. Not the downturned one. Tarantulace ok for that?", SHOES)
    assert "Has wide feet" in said
    # a trait the options name is the pick's, not a fact read apart
    assert "Has wide feet" not in _texts("Wide feet. The first one.", "1. a shoe for wide feet 2. a narrow racing shoe")


DOORBELLS = (
    "Two good options: 1. Ring Video Doorbell (cloud storage, $4/month) "
    "2. Eufy doorbell (local storage, no fee). Which fits you?"
)


def test_a_reason_given_with_a_pick_that_the_user_is_fed_up_with() -> None:
    said = _texts("the no subscription one, im so done with monthly fees for everything", DOORBELLS)
    assert "Dislikes monthly fees" in said


# A fourth batch of twenty, the same session: six had taught nothing.
@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("I am not eating pork, is for my religion", "Doesn't eat pork"),
        ("I'm not eating meat", "Doesn't eat meat"),
        ("im not drinking alcohol", "Doesn't drink alcohol"),
        ("no screens before bed, doctor's orders", "Avoids screens before bed"),
        ("mostly into 90s hip hop these days", "Is mostly into 90s hip hop"),
        ("the spicier the better honestly", "Likes things as spicy as possible"),
        ("the bigger the better", "Likes things as big as possible"),
        ("I have a 20 gallon tank with neon tetras", "Has a 20 gallon tank"),
    ],
)
def test_kept_off_in_the_present_a_limit_before_bed_a_liking_or_a_tank(turn: str, said: str) -> None:
    assert said in _texts(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "I am not eating sugar this week",
        "I'm not eating out tonight",
        "I'm not eating much",
        "my wife is not eating meat",
        '"no sugar before bed" is what the pediatrician said lol',
        "the other the better",
        "I have a tank of gas",
        "I have a full tank",
    ],
)
def test_nothing_kept_off_from_a_stretch_a_quote_or_a_tank_of_fuel(turn: str) -> None:
    assert not [t for t in _texts(turn) if t.startswith(("Doesn't", "Avoids", "Likes things"))]
    assert not [t for t in _texts(turn) if "tank" in t or "meat" in t]


# A fifth batch of twenty, the same session: eight had taught nothing.
@pytest.mark.parametrize(
    ("turn", "said", "kind"),
    [
        ("pregnant with our first so no alcohol obviously", "Is pregnant", "constraint"),
        ("expecting again, 20 weeks", "Is pregnant", "constraint"),
        ("light sleeper, any noise wakes me up", "Is a light sleeper", "fact"),
        ("i burn super easily, very pale", "Burns easily", "fact"),
    ],
)
def test_a_pregnancy_or_a_trait_said_without_im(turn: str, said: str, kind: str) -> None:
    assert said in [d.text for d in read_turn(turn) if d.kind.value == kind]


@pytest.mark.parametrize(
    "turn", ["pregnant?", "my wife is pregnant with our first", "expecting a parcel today", "any noise wakes me up"]
)
def test_no_pregnancy_or_trait_from_a_question_someone_else_or_a_parcel(turn: str) -> None:
    assert not [t for t in _texts(turn) if t in ("Is pregnant", "Is a light sleeper")]


def test_a_commute_said_back_with_a_bare_verb() -> None:
    assert _texts("drive, 40 min each way", "How do you get to work?") == ["Drives to work"]
