"""Issue 13, twenty-fifth pass: facts of everyday lives said in plain words.

A second taste after "but" with its "I" left out ("I love hiking but hate camping"), a baby on the way said with
"we", a thing owned named by its make ("I have an old iPhone 8", "a Honda Civic") and the things after it in the
same list, money said to be tight, a faith or a diet and its limit after "so" ("I'm a Muslim so no pork"), a fact
said of "my wife and I both", where the user's weekends go, a lasting lack of time ("I barely have time to cook"),
two options offered as things to take or book ("You could take the 6am flight or the 2pm flight."), and in terse
words: a kind of thing kept to ("Prime lenses only."), a refusal with a reason of taste ("no horror, I scare
easily"), a fan with the "I'm a" left out ("lifelong Beatles fan", "Drive a 2012 Corolla."), a debt being paid off,
a goal set for a season, and a trait said as an adjective ("I'm very shy"). Each was read as nothing, only in part,
or in broken words by the reader's path ("Boths work from home").
"""

from __future__ import annotations

import pytest

from agents.offline.options import parse_options
from agents.offline.reader import read_turn
from agents.offline.restate import restate
from memory.types import MemoryKind

P, F, C, D, S = MemoryKind.preference, MemoryKind.fact, MemoryKind.constraint, MemoryKind.dislike, MemoryKind.style


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I love hiking but hate camping.", "Hates camping", D),
        ("I like jazz but can't stand opera.", "Dislikes opera", D),
        ("I love sushi but don't like sashimi.", "Dislikes sashimi", D),
        ("I like the city but prefer the countryside.", "Prefers the countryside", P),
        ("We're expecting our first baby in June.", "Is expecting their first child in June", F),
        ("we are expecting twins", "Is expecting twins", F),
        ("I have an old iPhone 8.", "Has an old iPhone 8", F),
        ("I have a 2015 MacBook Air.", "Has a 2015 MacBook Air", F),
        ("I've got a Honda Civic.", "Has a Honda Civic", F),
        ("I have a Samsung Galaxy S21.", "Has a Samsung Galaxy S21", F),
        ("I've got an air fryer and a slow cooker.", "Has a slow cooker", F),
        ("I have a garden, a garage and a shed.", "Has a shed", F),
        ("I've got a tiny kitchen.", "Has a tiny kitchen", F),
        ("I'm a grad student so money is tight.", "Is on a tight budget", C),
        ("Money's tight this year.", "Is on a tight budget", C),
        ("My budget is tight.", "Is on a tight budget", C),
        ("I'm a Muslim so no pork or alcohol.", "Avoids pork or alcohol", C),
        ("I'm vegan, so no honey please.", "Avoids honey", C),
        ("My wife and I both work from home.", "Works from home", F),
        ("I spend most weekends fixing up old motorbikes.", "Spends most weekends fixing up old motorbikes", F),
        ("I spend my evenings gaming.", "Spends their evenings gaming", F),
        ("I barely have time to cook.", "Has little time to cook", C),
        ("Between the kids and work I barely have time to cook.", "Has little time to cook", C),
        ("I don't have time to cook.", "Has no time to cook", C),
        ("I don't really have time to work out during the week.", "Has little time to work out during the week", C),
        ("I hardly have time for the gym.", "Has little time for the gym", C),
        ("prime lenses only", "Prefers prime lenses only", P),
        ("sustainable brands only if possible", "Prefers sustainable brands only", P),
        ("Outdoor venues only. I get claustrophobic.", "Prefers outdoor venues only", P),
        ("no horror, I scare easily", "Avoids horror", D),
        ("no SUVs, I hate how they drive", "Avoids SUVs", D),
        ("No jazz, it bores me.", "Avoids jazz", D),
        ("lifelong Beatles fan", "Is a lifelong Beatles fan", P),
        ("diehard Lakers fan", "Is a diehard Lakers fan", P),
        ("I'm paying off student loans.", "Is paying off student loans", F),
        ("We're paying off our credit card debt.", "Is paying off their credit card debt", F),
        ("I want to be conversational by summer.", "Aims to be conversational by summer", P),
        ("Drive a 2012 Corolla. 180k miles.", "Drives a 2012 Corolla", F),
        ("Own a small bakery.", "Owns a small bakery", F),
        ("I'm very shy.", "Is shy", F),
        ("I'm left handed.", "Is left-handed", F),
        ("I'm a contractor, not an employee.", "Is a contractor", F),
        ("cilantro is the devil", "Dislikes cilantro", D),
        ("I have 2 childs, 5 and 8 years.", "Has 2 children", F),
        ("we are vegetarians at home", "Household is vegetarian", C),
        ("Heart condition, nothing too strenuous.", "Has a heart condition", C),
        ("Heart condition, nothing too strenuous.", "Avoids anything too strenuous", C),
        ("Asthma.", "Has asthma", C),
        ("bad migraines, light sensitive", "Has bad migraines", C),
        ("fully remote, GMT+1", "Works fully remote", F),
        ("I meal prep on Sundays.", "Meal preps on Sundays", F),
        ("I batch cook every Sunday.", "Batch cooks every Sunday", F),
        ("my dog is reactive to other dogs", "Has a dog that is reactive to other dogs", F),
        ("my dog's really anxious around strangers, any tips?", "Has a dog that is anxious around strangers", F),
        ("My cat is diabetic.", "Has a cat that is diabetic", F),
        ("raw fish is a no for me", "Avoids raw fish", D),
        ("English is fine, my French isn't good enough for work emails", "Has limited French", F),
        ("my spanish isnt great", "Has limited Spanish", F),
        ("I only paint with watercolours, oils are too messy for my tiny flat", "Only paints with watercolours", P),
        ("I only paint with watercolours, oils are too messy for my tiny flat", "Finds oils too messy", D),
        ("i only post in the mornings", "Only posts in the mornings", P),
        ("I only fish catch and release, I never keep anything.", "Only fishes catch and release", P),
        ("My husband passed away in 2019.", "Is widowed", F),
        ("My wheelchair doesn't fit in most taxis here.", "Uses a wheelchair", F),
        ("My guide dog gets nervous in crowds.", "Has a guide dog", F),
        ("my hearing aids keep whistling", "Wears hearing aids", F),
        ("I moved here from Lagos two years ago.", "Is from Lagos", F),
        ("I came here from Kyiv in 2022.", "Is from Kyiv", F),
        ("I just got my black belt last month.", "Has a black belt", F),
        ("I earned my blue belt in BJJ.", "Has a blue belt in BJJ", F),
        ("For emails to clients I like a warm but professional tone.", "Likes a warm but professional tone", S),
    ],
)
def test_an_everyday_fact_is_read_with_its_kind(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "We're expecting guests tonight.",  # not a baby
        "My sister is expecting twins.",  # someone else's
        "I'm expecting a call.",
        "I have a kitchen question.",  # the noun only qualifies another
        "Is money tight?",  # a question
        "The schedule is tight.",  # not money
        "If money is tight, what should I do?",
        "I spend a lot of time in the garden.",  # no activity named
        "My husband spends his weekends golfing.",  # someone else's weekends: only the husband is the user's
        "I spent last weekend hiking.",  # once
        "I don't have time to cook tonight.",  # once
        "Do I have time to cook?",
        "Two tickets only.",  # a count for one booking
        "weekends only",  # a time, not a kind of thing
        "Chicken only tonight.",  # an order ("Chicken only." alone reads as a taste since issue 13's 27th pass)
        "no horror tonight, I scare easily",  # once
        "I'm paying off the car this month.",
        "I want to finish this by tonight.",
        "I'm so impatient right now lol",
        "Can I meal prep rice?",
        "he is evil",
        "My dad has arthritis.",
        "Gift for my mom. Arthritis.",
        "remote",
        "the answer is no for me",
        "that is a no for me",
        "Explain black holes. No maths.",  # a filter on the request: was "Prefers explain black holes over maths"
        "Fix a dripping tap. Steps only.",
        "If my wheelchair breaks, what do I do?",
        "I moved here from the city.",
    ],
)
def test_a_one_off_or_someone_elses_fact_is_not_read(turn: str) -> None:
    assert [d.text for d in read_turn(turn) if d.text != "Has a husband"] == []


def test_a_place_said_with_now_is_one_memory() -> None:
    """ "living in canada now" was read twice: "Lives in Canada" and "Lives in canada now"."""
    texts = [d.text for d in read_turn("im from brazil, living in canada now")]
    assert list(dict.fromkeys(texts)) == ["Is from Brazil", "Lives in Canada"]  # the same text twice is one memory


def test_a_passing_state_of_a_pet_is_not_its_trait() -> None:
    assert [d.text for d in read_turn("my dog is sick today")] == ["Has a dog"]


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("we're a Google Sheets shop", ["Works in a Google Sheets shop"]),  # was "Uses Google devices"
        ("we're an Apple household", ["Uses Apple devices"]),  # was also "Is a Apple household"
        ("We're a family of five.", ["Is a family of five"]),
        ("we're an outdoorsy family", ["Is an outdoorsy family"]),
    ],
)
def test_a_household_named_by_a_brand_or_a_kind_is_one_memory_in_good_words(turn: str, texts: list[str]) -> None:
    assert [d.text for d in read_turn(turn)] == texts


def test_a_spouse_who_died_is_no_spouse_the_user_has() -> None:
    """ "my wife died last year" read "Has a wife" beside the memory it ends."""
    drafts = read_turn("my wife died last year")
    assert [d.text for d in drafts if not d.ends] == ["Is widowed"]


@pytest.mark.parametrize(
    ("offer", "options"),
    [
        ("You might like: Breaking Bad, The Wire, or Succession.", ["Breaking Bad", "The Wire", "Succession"]),
        ("For your trip: a) Lisbon b) Porto c) the Algarve", ["Lisbon", "Porto", "the Algarve"]),
        ("You can enjoy the beach, the old town, or the market.", ["the beach", "the old town", "the market"]),
        ("I have a) no idea", []),
    ],
)
def test_options_offered_with_like_or_lower_case_letters(offer: str, options: list[str]) -> None:
    """ "You might like: X, Y, or Z" made "like: X" the first option; "a) X b) Y" was no list."""
    assert parse_options(offer) == options


def test_an_option_already_had_is_not_the_pick() -> None:
    offer = "You might like: Breaking Bad, The Wire, or Succession."
    assert "Prefers Breaking Bad" not in [d.text for d in read_turn("seen breaking bad, the wire sounds good", offer)]
    trip = "For your trip: a) Lisbon b) Porto c) the Algarve"
    assert [d.text for d in read_turn("already been to Lisbon, porto then", trip)] == ["Prefers Porto"]


def test_a_question_after_a_faith_reads_the_faith_alone() -> None:
    assert [d.text for d in read_turn("I'm Muslim so what can I eat?")] == ["Is Muslim"]


def test_a_kind_kept_to_beside_what_it_replaces_reads_as_one_comparison() -> None:
    """ "Hardcovers only. No paperbacks.": the pair says more than "Prefers hardcovers only" alone."""
    assert [d.text for d in read_turn("Hardcovers only. No paperbacks.")] == ["Prefers hardcovers over paperbacks"]


def test_the_last_thing_in_a_list_is_not_read_after_only() -> None:
    """ "I only have a microwave and a kettle": what "only" limits is the list, so no thing is read on its own."""
    assert [d.text for d in read_turn("I only have a microwave and a kettle.")] == ["Has only a microwave"]


def test_a_fact_said_of_my_wife_and_i_both_is_worded_as_the_users() -> None:
    """The reader's wording of "I both work from home" (the pair cut off before "I") was "Boths work from home"."""
    assert restate("I both work from home", "fact")[0] == "Works from home"
    assert restate("My wife and I both work from home", "fact")[0] == "Works from home"


@pytest.mark.parametrize(
    ("offer", "reply", "text"),
    [
        ("You could take the 6am flight or the 2pm flight.", "2pm", "Prefers the 2pm flight"),
        ("You could book the Hilton or the Marriott.", "marriott please", "Prefers the Marriott"),
        ("You could watch Dune or Arrival tonight.", "Arrival", "Prefers Arrival"),
    ],
)
def test_a_pick_between_two_things_to_take_or_book(offer: str, reply: str, text: str) -> None:
    assert [d.text for d in read_turn(reply, offer)] == [text]
