"""Feedback and conditional preferences in the words people use (issue 13, session 14): a verdict on the answer
that sets a lasting wish ("stop hedging every sentence", "you keep over-explaining") is a style memory worded as the
wish; a habit or wish said for a recurring time, place or company ("in winter I run indoors", "with clients I use
British spelling") keeps that situation as its context. An edit of one text, praise, a hypothetical, a question or
someone else's words teach nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn

ANSWER = "Here is a long answer with a few caveats and a summary at the end!"


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("stop hedging every sentence", "Wants direct answers without hedging"),
        ("could you be less wishy-washy, just give me a straight answer", "Wants direct answers without hedging"),
        ("you keep over-explaining", "Doesn't want over-explained answers or lectures"),
        ("Too much hand-holding.", "Doesn't want over-explained answers or lectures"),
        ("pls no more lectures, i know the risks", "Doesn't want over-explained answers or lectures"),
        ("i dont need the history lesson, just how to fix it", "Doesn't want over-explained answers or lectures"),
        ("talk to me like a colleague not a customer", "Wants to be spoken to like a colleague"),
        ("Talk to me as an equal", "Wants to be spoken to like an equal"),
        ("give me examples, not definitions", "Wants concrete examples in answers"),
        ("stop ending every answer with a question", "Doesn't want answers to end with a follow-up question"),
        ("no follow-up questions pls", "Doesn't want answers to end with a follow-up question"),
        ("you dont need to repeat my question back to me", "Doesn't want the question restated or a recap at the end"),
        ("no need to summarize at the end every time", "Doesn't want the question restated or a recap at the end"),
        ("Please stop with the exclamation marks.", "Doesn't want exclamation marks in answers"),
        ("ugh this is a wall of text", "Prefers short, concise answers"),
        ("less talk more code", "Wants code only, without explanation"),
        ("that was a whole essay for a yes or no lol. short answers pls", "Prefers short, concise answers"),
        ("lol that's a whole novel", "Prefers short, concise answers"),
    ],
)
def test_feedback_on_the_answer_is_a_style_wish(turn: str, expected: str) -> None:
    drafts = read_turn(turn, previous_assistant=ANSWER)
    assert expected in [d.text for d in drafts if d.kind.value == "style"]


@pytest.mark.parametrize(
    "turn",
    [
        "from now on pls stop hedging every sentence",
        "Please stop with the exclamation marks in your replies.",
        "Always give me examples, not definitions.",
    ],
)
def test_lasting_feedback_counts_without_an_answer(turn: str) -> None:
    assert reveals_something(turn)
    assert any(d.kind.value == "style" for d in read_turn(turn))


@pytest.mark.parametrize(
    "turn",
    [
        "make it shorter",
        "perfect, thanks",
        "can you make the intro less wordy",
        "can you add more examples to this one",
        "my wife always says I over-explain things",
        "my teacher said no bullet points in essays",
        "my dad says stop hedging and pick a side",
        "great, love the emojis lol",
        "why do chatbots always end with a question?",
        "i need a whole essay on the french revolution",
        "do you give short answers?",
        "my boss wants short answers",
    ],
)
def test_no_feedback(turn: str) -> None:
    assert not read_turn(turn, previous_assistant=ANSWER)


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "context"),
    [
        ("in winter I run indoors", "preference", "Runs indoors", "in winter"),
        ("with clients I use British spelling", "preference", "Uses British spelling", "with clients"),
        ("at the gym I listen to metal", "preference", "Listens to metal", "at the gym"),
        ("before a race I eat plain pasta", "preference", "Eats plain pasta", "before a race"),
        ("in summer i only drink white wine, red is for winter", "preference", "Only drinks white wine", "in summer"),
        ("at work I drink tea, at home coffee", "preference", "Drinks tea", "at work"),
        ("on weekdays I need quick recipes, weekends I don't mind", "preference", "Needs quick recipes", "weekdays"),
        ("when my kids are around nothing scary", "constraint", "Avoids anything scary", "kids are around"),
        ("for work emails keep it formal", "style", "Prefers a formal tone", "for work emails"),
    ],
)
def test_a_preference_for_a_situation_keeps_it(sentence: str, kind: str, text: str, context: str) -> None:
    assert reveals_something(sentence)
    found = [(d.kind.value, d.text, d.context) for d in read_turn(sentence) if d.context]
    assert [(k, t) for k, t, _ in found] == [(kind, text)]
    assert context in found[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "if I were rich I'd hire a chef",
        "if I had kids I would want a bigger car",
        "if I lived in Norway I would run indoors in winter",
        "should work emails be formal?",
        "when is the best time to run in winter?",
        "is it ok to use British spelling with American clients?",
        "my boss likes formal emails",
        "in winter my brother runs indoors",
        "my coach says before a race eat plain pasta",
        "when I get home tonight remind me to call mom",
    ],
)
def test_no_conditional(sentence: str) -> None:
    assert not read_turn(sentence)
