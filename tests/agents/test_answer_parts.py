"""What an answer should be made of (steps, a checklist, the list, prices; without theory, history, the intro,
explanations, the basics), said right after an answer or as a lasting wish, is one style memory that names both;
a one-off request or edit, someone else's wish, a habit and a question are none."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.answer_parts import answer_parts
from agents.offline.extractor import OfflineExtractor
from memory.ports import Embedder
from memory.types import MemoryKind

QUESTION = "How do I set up a new telescope mount?"
ANSWER = (
    "Setting up an equatorial mount has a long history. First, some theory: the polar axis must point at the "
    "celestial pole. Then level the tripod, attach the counterweights, balance both axes, align the finder scope, "
    "and finally run a two-star alignment. Congratulations on the new gear!"
)


@pytest.fixture(scope="module")
def rules(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder)


def reply(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    """The memories from ``text`` said right after an answer."""
    convo = [
        Turn(message_id=1, role="user", content=QUESTION),
        Turn(message_id=2, role="assistant", content=ANSWER),
        Turn(message_id=3, role="user", content=text),
    ]
    return [c for c in extractor.extract(convo, [2]).candidates if not c.ends]


def first(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    """The memories from ``text`` as the first turn of a conversation."""
    return [c for c in extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates if not c.ends]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "too much reading for me while im holding a chisel. keep it to a few numbered steps from now on pls",
            "Wants answers as short numbered steps",
        ),
        ("Way too long. Just the steps next time.", "Wants answers as short steps"),
        ("no theory of knots pls, only the steps", "Wants steps without theory"),
        (
            "tl;dr lol. i just need a checklist for the dive, no explanations",
            "Wants short checklists without explanations",
        ),
        ("way to long, i need only a checklist, not a essay", "Wants answers as short checklists"),
        ("skip the background next time, just prices and links", "Wants prices and links without background history"),
        (
            "you dont need to tell me the history of each yarn brand. just recs and prices",
            "Wants recommendations and prices without background history",
        ),
        ("From now on just the list, no intro paragraph please.", "Wants lists without intros"),
        ("could u quit using words like gimbal without saying what they mean", "Wants jargon explained"),
        ("Stop using acronyms without defining them, I'm new to ham radio.", "Wants jargon explained"),
        ("too much at once. one step at a time please", "Wants instructions one step at a time"),
        (
            "Can you give me just one step, then I tell you when I am done and you give the next?",
            "Wants instructions one step at a time",
        ),
        (
            "This little table is great! Answer me like that whenever prices come up.",
            "Wants prices presented as a small table",
        ),
        ("that breakdown is perfect, always give me specs like that", "Wants specs presented as a breakdown"),
        (
            "honestly just send me videos instead of text, reading doesn't stick",
            "Prefers video links over written explanations",
        ),
        ("pls just link vids not long explanations", "Prefers video links over written explanations"),
        ("spare me the basics next time, I know the fundamentals", "Wants answers that skip the basics"),
        ("i know all this. no basics please", "Wants answers that skip the basics"),
    ],
)
def test_reaction_names_what_answers_should_hold(rules: OfflineExtractor, turn: str, expected: str) -> None:
    styles = [c.text for c in reply(rules, turn) if c.kind is MemoryKind.style]
    assert styles == [expected]  # one memory: the verdict said with it ("Way too long.") is worded in it


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "For future answers about telescopes, keep it to short numbered steps.",
            "Wants answers as short numbered steps",
        ),
        (
            "going forward please skip the intro and the pleasantries, just the list",
            "Wants lists without intros or pleasantries",
        ),
        ('Please stop throwing around terms like "pH" and "ppm" without explaining them.', "Wants jargon explained"),
        ("Been knitting 30 years. Skip basics.", "Wants answers that skip the basics"),
        ("videos over text for me always", "Prefers video links over written explanations"),
    ],
)
def test_lasting_wish_counts_without_an_answer_before(rules: OfflineExtractor, turn: str, expected: str) -> None:
    assert expected in [c.text for c in first(rules, turn) if c.kind is MemoryKind.style]


@pytest.mark.parametrize(
    "turn",
    [
        "can you add prices to that list?",
        "give me a checklist for the camping trip",
        "Just the prices for the three hotels please.",
        "My wife wants just the steps, no theory.",
        "He always says skip the basics.",
        "Is the history important here?",
        "Cut the intro paragraph of my speech.",
        "thanks! the table was helpful.",
        "Great, one step left, what's next?",
        "Give me the steps to replace a bike chain.",
    ],
)
def test_one_off_requests_and_others_wishes_teach_no_style(rules: OfflineExtractor, turn: str) -> None:
    assert [c.text for c in reply(rules, turn) if c.kind is MemoryKind.style] == []


@pytest.mark.parametrize(
    "turn",
    [
        "I always skip the intro of podcasts.",
        "My teacher said skip the basics.",
        "That table is perfect for my living room.",
        "Numbered steps are what the manual uses.",
        "I need a checklist for the move.",
    ],
)
def test_first_turn_habits_and_things_teach_no_style(rules: OfflineExtractor, turn: str) -> None:
    assert [c.text for c in first(rules, turn) if c.kind is MemoryKind.style] == []


def test_parts_keep_one_subject_per_kind_of_wish() -> None:
    steps = answer_parts(["Way too long.", "Just the steps next time."], reacting=True)
    assert [(d.text, d.subject) for d in steps.drafts] == [("Wants answers as short steps", "format")]
    assert steps.used == frozenset({"Way too long.", "Just the steps next time."})
    one = answer_parts(["one step at a time please"], reacting=True)
    assert [d.subject for d in one.drafts] == ["steps"]
    assert answer_parts(["give me a checklist for the camping trip"], reacting=True).drafts == []
    assert answer_parts(["skip the theory, just the steps"], reacting=False).drafts == []  # neither lasting nor a reply


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Explain tides. Examples first, then theory.", "Prefers examples before theory"),
        ("examples first then the theory pls", "Prefers examples before theory"),
        ("From now on: code first, explanations after that.", "Prefers code before explanations"),
        ("always give me examples before theory", "Prefers examples before theory"),
        ("pictures first and then the explanation please", "Prefers pictures before explanations"),
    ],
)
def test_order_of_parts_is_a_wish(rules: OfflineExtractor, turn: str, expected: str) -> None:
    assert [c.text for c in first(rules, turn) if c.kind is MemoryKind.style] == [expected]


@pytest.mark.parametrize(
    "turn",
    [
        "I read the examples first, then the theory.",
        "Do the examples first, then the theory chapter.",
        "My teacher does examples first, then theory.",
        "we did the steps first then the background check",
    ],
)
def test_order_of_ones_own_acts_is_no_wish(rules: OfflineExtractor, turn: str) -> None:
    assert [c.text for c in first(rules, turn) if c.kind is MemoryKind.style] == []


def test_an_order_asked_of_this_answer_is_no_wish(rules: OfflineExtractor) -> None:
    assert [c.text for c in reply(rules, "can you do the numbers first, then the details?")] == []
