"""A correction of what the assistant suggested says something lasting about the user ("too touristy": Dislikes
touristy places); an edit of one text, praise, a one-off, a question or someone else's verdict says nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn

ANSWER = "Here are a few ideas you could try."


@pytest.mark.parametrize(
    ("reply", "kind", "expected"),
    [
        ("overkill. a simple function would do", "preference", "Prefers simple solutions"),
        ("thats way too complicated tbh", "preference", "Prefers simple solutions"),
        ("too pricey, I'm not paying 200 for a kettle", "preference", "Prefers affordable options"),
        ("that's way too expensive for me", "preference", "Prefers affordable options"),
        ("nah 2 expensive", "preference", "Prefers affordable options"),
        ("too touristy", "dislike", "Dislikes touristy places"),
        ("Those are all tourist traps lol", "dislike", "Dislikes touristy places"),
        ("too crowded", "dislike", "Dislikes crowded places"),
        ("nah, too sweet for me", "dislike", "Dislikes very sweet food"),
        ("way too spicy honestly", "dislike", "Dislikes very spicy food"),
        ("no food processor here, just a knife and a cutting board", "fact", "Does not have a food processor"),
        ("I'm on Windows", "fact", "Uses Windows"),
        ("I'm on a Mac btw", "fact", "Uses a Mac"),
        (
            "I don't have time for that, I need something fast",
            "preference",
            "Prefers quick options that take little time",
        ),
        ("too much work, I need quick meals", "preference", "Prefers quick meals"),
        ("too many steps, I want something simple", "preference", "Prefers simple solutions"),
        ("no libraries please, vanilla JS", "preference", "Prefers vanilla JavaScript without libraries"),
        ("no numpy, pure python please", "preference", "Prefers pure Python without numpy"),
        ("I asked for beginner stuff", "fact", "Is a beginner"),
        ("I'm just starting out", "fact", "Is a beginner"),
        ("this is all too advanced for me", "preference", "Wants beginner-level suggestions"),
        ("too basic", "preference", "Wants more advanced suggestions"),
        ("too many options, just give me your top 3", "style", "Wants only a few top recommendations"),
        ("please stop suggesting paid apps", "dislike", "Doesn't want paid apps suggested"),
        ("i dont need the history, just the steps", "style", "Wants only the steps, not the history"),
        (
            "dont need every crossover and tie in, i only care about the main series",
            "style",
            "Wants only the main series, not every crossover and tie in",
        ),
        ("I don't need every detail", "style", "Doesn't need every detail in answers"),
        ("no need for the pep talk, just the plan", "style", "Wants a plain, matter-of-fact tone without hype"),
        ("tone it down, you sound like a salesman", "style", "Wants a plain, matter-of-fact tone without hype"),
        (
            "you don't have to ask if I have more questions every time",
            "style",
            "Doesn't want to be asked about further questions at the end of answers",
        ),
    ],
)
def test_a_correction_of_the_suggestion_teaches(reply: str, kind: str, expected: str) -> None:
    assert reveals_something(reply, ANSWER)
    assert [(d.kind.value, d.text) for d in read_turn(reply, ANSWER)] == [(kind, expected)]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("metric please", "Prefers metric units"),
        ("use kg not lbs", "Prefers metric units"),
        ("celsius please", "Prefers temperatures in Celsius"),
        ("use American spelling", "Prefers American spelling"),
        ("cite your sources next time", "Wants sources cited in answers"),
        ("bottom line first please", "Wants the answer first, then the details"),
        ("no markdown please, plain text", "Wants plain text without markdown formatting"),
        ("enough with the analogies", "Doesn't want analogies in explanations"),
        ("stop calling me buddy", "Doesn't want to be called 'buddy'"),
    ],
)
def test_a_wish_about_the_form_of_answers(reply: str, expected: str) -> None:
    assert reveals_something(reply, ANSWER)
    assert [(d.kind.value, d.text, d.context) for d in read_turn(reply, ANSWER)] == [("style", expected, "")]


def test_a_form_wish_asked_after_no_answer_needs_a_lasting_word() -> None:
    """Units named alone last (a standing habit, session 26: "metric please"); asked of the answer ("use kg")
    they need an answer before them or a lasting word."""
    assert [d.text for d in read_turn("metric units from now on")] == ["Prefers metric units"]
    assert [d.text for d in read_turn("metric please")] == ["Prefers metric units"]
    assert not read_turn("use kg not lbs")
    assert [d.text for d in read_turn("use kg not lbs from now on")] == ["Prefers metric units"]


def test_no_plot_summaries() -> None:
    drafts = read_turn("dont summarize the whole plot when u recommend, just 1 line pls", ANSWER)
    assert ("style", "Doesn't want plot summaries in recommendations") in [(d.kind.value, d.text) for d in drafts]


def test_a_wish_restated_and_a_verdict_are_both_kept() -> None:
    drafts = read_turn("that's a 3-hour recipe, I said weeknight", ANSWER)
    assert [(d.kind.value, d.text) for d in drafts] == [
        ("preference", "Prefers quick options that take little time"),
        ("preference", "Wants weeknight options"),
    ]


def test_the_users_own_words_are_worded_by_the_rules() -> None:
    """A verdict beside a first-person statement: the statement says it, no guess is added."""
    drafts = read_turn("too spicy for me, I can't handle heat", ANSWER)
    assert [d.text for d in drafts] == ["Can't handle heat"]


@pytest.mark.parametrize(
    "reply",
    [
        "make it shorter",
        "can you make it less sweet",
        "can you make it simpler?",
        "perfect, thanks",
        "awesome, that's exactly what I needed",
        "too pricey for this gift, something under 20",
        "too sweet for the kids party, something less sugary this time",
        "my son says it's too sweet",
        "my husband thinks these are too touristy",
        "those are too expensive for my niece",
        "is the Louvre too touristy?",
        "is that too complicated for a beginner?",
        "which one is too pricey?",
        "if it were simpler I'd try it",
        "I said thanks",
        "I asked for the second one",
        "The last one is too expensive, the first one is fine",
        "Stop suggesting that one, I hate it",
        "stop recommending the same ones",
        "if it were vanilla JS I'd understand it",
        "just the two of us",
        "skip the onions",
        "convert it to kg",
        "what is that in celsius?",
        "my teacher wants us to cite sources",
        "my boss calls me buddy",
        "is metric better for baking?",
    ],
)
def test_no_lasting_wish(reply: str) -> None:
    assert not read_turn(reply, ANSWER)


def test_a_verdict_needs_an_answer_to_react_to() -> None:
    assert not read_turn("too touristy")
    assert not read_turn("way too expensive lol")
