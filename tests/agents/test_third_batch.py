"""Issue 13, thirty-first pass: a third batch of everyday conversations tried on the real stack. What read nothing
or read wrong: times that don't work ("mornings dont work for me" had read "Dislikes mornings"), a lower-case "i"
after a comma, "pls i'm muslim", "I'm 45 and a complete beginner", and picks named back with a word after them
("mac obviously", "Neukölln sounds like me") or by part of a name ("orsay" for the Musée d'Orsay)."""

from __future__ import annotations

import pytest

from agents.offline.echoes import echoed_pick
from agents.offline.reader import read_turn

PLAN = "Mon: 6am run, Tue: 6am HIIT, Wed: 6am swim."


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("mornings dont work for me, i only have time after 7pm", "Is not available in the mornings"),
        ("weekends don't work for me", "Is not available on weekends"),
    ],
)
def test_a_time_that_does_not_work_is_a_constraint(turn: str, text: str) -> None:
    assert [d.text for d in read_turn(turn, PLAN)] == [text]


def test_that_does_not_work_is_no_time() -> None:
    assert read_turn("that doesn't work for me", PLAN) == []
    assert read_turn("mornings don't work", PLAN) == []  # for whom: the plan, maybe


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("no pork pls i'm muslim", ["Is Muslim"]),
        ("I'm 45 and a complete beginner", ["Is in their 40s", "Is a complete beginner"]),
        ("I'm a nurse and a mum of two", ["Is a nurse", "Is a mum of two"]),
    ],
)
def test_a_second_statement_with_its_i_am_left_out(turn: str, texts: list[str]) -> None:
    assert [d.text for d in read_turn(turn)] == texts


@pytest.mark.parametrize("turn", ["I'm looking for a hotel and a car", "thanks I'm good"])
def test_no_statement_of_the_user(turn: str) -> None:
    assert read_turn(turn) == []


@pytest.mark.parametrize(
    ("reply", "assistant", "text"),
    [
        (
            "mac obviously, everything i use is logic pro",
            "A MacBook Pro with 32GB RAM, or a Dell XPS 15.",
            "Prefers a MacBook Pro",
        ),
        (
            "orsay! monet is my favourite painter",
            "The Louvre for the classics, or the Musée d'Orsay for impressionists.",
            "Prefers the Musée d'Orsay",
        ),
        ("Jaipur sounds good", "Try Patchwork or Jaipur.", "Prefers Jaipur"),
    ],
)
def test_a_name_said_back_with_a_word_after_it_or_in_part(reply: str, assistant: str, text: str) -> None:
    draft = echoed_pick(reply, assistant)
    assert draft is not None and draft.text == text


def test_a_which_question_in_the_second_sentence_offers_the_list() -> None:
    query = "I'm moving to Berlin next month for a job. What neighbourhood should I live in?"
    offer = "Prenzlauer Berg for families, Kreuzberg for nightlife, Neukölln for artsy and cheaper."
    assert "Prefers Neukölln for a neighbourhood" in [
        d.text for d in read_turn("Neukölln sounds like me", offer, query)
    ]


@pytest.mark.parametrize(
    ("reply", "assistant"),
    [
        ("ma", "A MacBook Pro or a Dell XPS 15."),  # too short to stand for a name
        ("dell sounds good, is it heavy?", "A MacBook Pro or a Dell XPS 15."),  # weighed with a question
        ("mac obviously", "A MacBook Pro with 32GB RAM is fast."),  # no offer
    ],
)
def test_no_pick(reply: str, assistant: str) -> None:
    assert echoed_pick(reply, assistant) is None


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Any tips for my first marathon? It's in 8 weeks", "Is preparing for their first marathon"),
        ("I'm running my first half marathon in May", "Is preparing for their first half marathon"),
        ("nervous about my first triathlon", "Is preparing for their first triathlon"),
    ],
)
def test_a_first_event_ahead_named_in_passing(turn: str, text: str) -> None:
    assert text in [d.text for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "I ran my first marathon last year",
        "my son's first marathon is in May, how can I support him?",
        "what should I wear to my first concert?",
    ],
)
def test_a_first_event_done_someone_elses_or_no_event(turn: str) -> None:
    assert not [d for d in read_turn(turn) if "first" in d.text]
