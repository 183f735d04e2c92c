"""The animals the user keeps, said in passing, are facts ("Has two rescue greyhounds", "Keeps bees"); someone
else's animal, an animal as food or topic, a wish, a pet that died, an idiom and a toy are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("our two rescue greyhounds hate the rain", "Has two rescue greyhounds"),
        ("when im trail riding i want quiet routes, my gelding spooks at trucks", "Has a gelding"),
        ("Saddle for a short-backed mare?", "Has a short-backed mare"),
        ("I've got bees in the back garden", "Keeps bees"),
        ("ha, no spouse, just me and a very demanding parrot", "Has a parrot"),
        ("my son won a goldfish at the fair and now it lives in a salad bowl", "Has a goldfish"),
        ("My daughter (she's 9) adopted a kitten from the shelter last month.", "Has a kitten"),
        ("we adopted a kitten last month", "Has a kitten"),
        ("I live with two rabbits and a lot of hay", "Has two rabbits"),
        ("I have to walk the dog before my shift, so mornings are rushed.", "Has a dog"),
        ("my 12-year-old cat needs a new insurance plan", "Has a 12-year-old cat"),
        ("my cat sleeps on my keyboard", "Has a cat"),
        ("Leash for a reactive German shepherd?", "Has a reactive German shepherd"),
        ("I've got two kids and a labradoodle", "Has a labradoodle"),
        ("my goldfish tank needs cleaning", "Has a goldfish"),
    ],
)
def test_an_animal_the_user_keeps_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert ("fact", expected) in _read(sentence)


def test_a_list_of_animals_and_a_life_without_a_partner() -> None:
    assert _read("I've got a mare and two geldings") == [("fact", "Has a mare"), ("fact", "Has two geldings")]
    assert ("fact", "Is single") in _read("ha, no spouse, just me and a very demanding parrot")


def test_the_animal_is_one_fact_without_the_situation() -> None:
    drafts = read_turn("when im trail riding by myself i want quiet routes, my gelding spooks at trucks")
    assert [(d.text, d.context) for d in drafts if d.text == "Has a gelding"] == [("Has a gelding", "")]
    assert [d.text for d in read_turn("we have three hens and a rooster")].count("Has three hens") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "my neighbour's dog barks all night",
        "my sister's cat is so fat",
        "how long do I cook a duck?",
        "are sharks dangerous?",
        "I want a dog someday",
        "thinking about getting a cat",
        "if I had a horse I'd ride every day",
        "my old dog died last year",
        "it's raining cats and dogs",
        "he's a dark horse",
        "let's pig out tonight",
        "bull market is coming",
        "my son's stuffed bunny is lost",
        "Is chocolate bad for an old dog?",
        "Should you walk a dog in the snow?",
        "We have mice in the kitchen again.",
        "I used to have chickens but gave them up.",
        "Messi is my GOAT",
        "I don't have a dog in this fight",
        "our canary deploy failed again",
        "I have hives on my arms",
        "We got a dog-friendly rental for the trip",
        "I have a horse in this race",
        "we have a dark horse candidate",
        "I just bought a horse shampoo",
        "Tips for a first-time dog owner?",
        "Our bunny slope was closed",
    ],
)
def test_no_animal_of_the_users(sentence: str) -> None:
    assert not [d for d in read_turn(sentence) if d.category == "pets"]


def test_a_pet_that_died_is_dropped_and_the_new_one_kept() -> None:
    assert _read("my dog died last year and now I have a new puppy") == [("fact", "Has a new puppy")]
