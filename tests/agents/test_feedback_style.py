"""Feedback on the assistant's answers beyond length, code, language, tone and format (issue 13): plain words, no
filler, candour, advice not repeated, disclaimers, practical answers, one pick, the few that matter, steps and
spoilers, read from a reaction turn through the real offline extractor; and what must stay nothing (a first turn's
one-off request, an edit of one text, someone else's words, quoted words, a question about the topic, a habit)."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.feedback import feedback, has_feedback_cue
from agents.offline.learned import load_reader
from memory.ports import Embedder
from memory.types import MemoryKind, MemorySource

QUESTION = "What should I look at when I buy a used road bike?"
ANSWER = (
    "Great question! Here are the key points: 1. Frame geometry and stack-to-reach ratio. 2. Groupset tier and "
    "cassette wear. 3. Wheel trueness and hub bearings. 4. Tyre condition. 5. Brake pads and rotors. 6. Headset "
    "play. Before you buy, consult a professional mechanic."
)


@pytest.fixture(scope="module")
def rules(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder)


@pytest.fixture(scope="module")
def reader(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder, reader=load_reader())


def reply(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    """The memories from ``text`` said right after an answer (a question, the answer, then the reaction)."""
    convo = [
        Turn(message_id=1, role="user", content=QUESTION),
        Turn(message_id=2, role="assistant", content=ANSWER),
        Turn(message_id=3, role="user", content=text),
    ]
    return extractor.extract(convo, [2]).candidates


def first(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    """The memories from ``text`` as the first turn of a conversation."""
    return extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates


REACTIONS = [
    ("that was way too technical for me", "Wants simple explanations without jargon", "jargon"),
    (
        "ok that went right over my head. can you explain it like I'm 12?",
        "Wants simple explanations without jargon",
        "jargon",
    ),
    ("in plain English please", "Wants simple explanations without jargon", "jargon"),
    ("less jargon, I'm new to cycling", "Wants simple explanations without jargon", "jargon"),
    ("you lost me at stack-to-reach lol, assume I know nothing", "Wants simple explanations without jargon", "jargon"),
    ("thanks but skip the Italian words, I don't know them", "Wants explanations without Italian terms", "jargon"),
    ("no fluff please, just dive in", "Wants direct answers without filler or praise", "filler"),
    ("you can skip the 'great question' bit", "Wants direct answers without filler or praise", "filler"),
    ("be blunt, is it worth it or not", "Wants blunt, honest answers without sugarcoating", "candor"),
    ("don't sugarcoat it, I can take it", "Wants blunt, honest answers without sugarcoating", "candor"),
    ("no need to be so positive about everything", "Wants blunt, honest answers without sugarcoating", "candor"),
    (
        "please stop telling me to consult a mechanic every time",
        "Doesn't want to be told to consult a mechanic",
        "repeated advice",
    ),
    (
        "ok, and stop saying see a professional, I know",
        "Doesn't want to be told to see a professional",
        "repeated advice",
    ),
    ("no need to remind me to check my tyres", "Doesn't want to be told to check their tyres", "repeated advice"),
    ("skip the disclaimers", "Doesn't want disclaimers or caveats in answers", "disclaimers"),
    ("just tell me what to buy", "Wants practical answers that say what to do", "practical"),
    ("just pick one for me", "Wants a single recommendation", "options"),
    ("just give me your top pick", "Wants a single recommendation", "options"),
    (
        "that's way too many things. which three actually matter most?",
        "Wants only the few most important points",
        "list length",
    ),
    ("fewer options next time", "Wants only the few most important points", "list length"),
    ("step by step please", "Wants step-by-step how-to instructions", "steps"),
    ("I just want to know what to do next, step by step.", "Wants step-by-step how-to instructions", "steps"),
    ("Warn me before spoilers next time, please.", "Wants a warning before spoilers", "spoilers"),
    ("no spoilers please!", "Doesn't want spoilers", "spoilers"),
]


@pytest.mark.parametrize(("text", "expected", "subject"), REACTIONS)
def test_feedback_after_an_answer_is_a_style_memory(
    rules: OfflineExtractor, text: str, expected: str, subject: str
) -> None:
    found = [c for c in reply(rules, text) if c.source == MemorySource.feedback]
    assert [(c.text, c.kind, c.category, c.subject) for c in found] == [
        (expected, MemoryKind.style, "communication", subject)
    ]


@pytest.mark.parametrize(("text", "expected", "subject"), REACTIONS[::4])
def test_the_learned_reader_keeps_the_rules_wording(
    reader: OfflineExtractor, text: str, expected: str, subject: str
) -> None:
    assert expected in [c.text for c in reply(reader, text) if c.kind == MemoryKind.style]


def test_a_wish_that_lasts_counts_in_a_first_turn(rules: OfflineExtractor) -> None:
    (c,) = first(rules, "From now on, stop telling me to see a doctor.")
    assert (c.text, c.kind) == ("Doesn't want to be told to see a doctor", MemoryKind.style)


@pytest.mark.parametrize(
    "text",
    [
        "can you explain what a deductible is in simple terms?",  # a first turn's one-off request
        "explain it like I'm five: how do vaccines work?",
        "Give me a step-by-step guide to repotting a cactus.",
        "Pick one of these two names for my cat: Miso or Tofu.",
        "no spoilers, but does the dog die in the end?",
    ],
)
def test_a_request_in_the_first_turn_teaches_nothing(rules: OfflineExtractor, text: str) -> None:
    assert [c for c in first(rules, text) if c.source == MemorySource.feedback] == []


@pytest.mark.parametrize(
    "text",
    [
        "Make it simpler",  # an edit of this text
        "Rewrite that in plain English",
        "can you explain what a derailleur is in simple terms?",  # a new question, simply put
        "ELI5: how does a freewheel work?",
        "my boss said to stop sugarcoating the numbers",  # someone else's words
        "My coach keeps telling me to stretch more.",
        'The forum said "no spoilers" and then spoiled it.',  # quoted words
        "Is that book too technical for a beginner?",  # a question about the topic
        "What are spoiler tags?",
        "Which step-by-step guide is best?",
        "Explain the result step by step.",  # a task asked in steps
        "Let's work this out in a step by step way.",
        "We always skip the small talk at work.",  # a habit, the user's own act or an event
        "ok I'll just pick one then",
        "we had no small talk at the party",
        "the manual is way too technical",  # a verdict on something else
    ],
)
def test_not_feedback_after_an_answer(rules: OfflineExtractor, text: str) -> None:
    assert [c for c in reply(rules, text) if c.source == MemorySource.feedback] == []


def test_reported_words_do_not_hide_the_users_own() -> None:
    (d,) = feedback(["as I said, no jargon"], reacting=True)
    assert d.text == "Wants simple explanations without jargon"
    assert not has_feedback_cue("my boss said to stop sugarcoating")
    assert has_feedback_cue("please stop sugarcoating")


def test_advice_is_told_only_when_it_is_short_and_whole() -> None:
    assert feedback(["stop telling me to"], reacting=True) == []
    assert feedback(["stop saying sorry"], reacting=True)[0].subject == "apologies"
    long = "stop telling me to go and find a licensed professional mechanic near my house"
    assert feedback([long], reacting=True) == []


@pytest.mark.parametrize(
    "sentence",
    ["is suspicious minds too long for a bar tho", "is this too long for a cover letter?", "are these too formal?"],
)
def test_a_question_whether_something_is_so_is_no_wish_about_answers(sentence: str) -> None:
    assert feedback([sentence], reacting=True) == []


def test_a_length_verdict_on_the_answers_still_counts() -> None:
    found = feedback(["are your answers always this long?", "too long for me"], reacting=True)
    assert [d.text for d in found] == ["Prefers short, concise answers"]
