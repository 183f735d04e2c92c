"""Turns that teach nothing, in the forms the held-out splits' false memories came in (issue 13): a habit given up
or a stretch of life that is over, praise that means the opposite, someone else's taste, a request said to hold
this once, quoted words, why the user asks, and a thing that keeps going wrong. The learned reader is not asked
about them (:mod:`agents.offline.passing`); statements that look like them are still read.

Every sentence here is written for this file, in other words and domains than the probe sentences.
"""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.extract.types import Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import units
from agents.offline.irony import ironic
from agents.offline.learned import load_reader
from agents.offline.passing import bygone, one_off, quoted, their_taste, trouble
from agents.offline.reader import read_parts, read_turn
from memory.ports import Embedder
from memory.types import MemoryKind
from tests.agents.rows import SURE_FACT, SURE_PREFERENCE, guided

NOTHING = [
    # a habit given up, a stretch of life that is over
    "I went through a goth phase in high school.",
    "As a teenager I basically lived on frozen pizza.",
    "Back in uni we played poker every Thursday.",
    "Before the kids came along we went skiing every winter.",
    "i drank way too much red bull for most of my twenties",
    "When I was little I collected snow globes.",
    # praise that means the opposite
    "yay, another group chat, my absolute favourite thing in the world",
    "Sure, because I totally have time to iron every shirt.",
    "Ah yes, a 6am fire drill. Exactly my kind of morning.",
    "oh I'm SO thrilled about my dentist appointment",
    # someone else's taste
    "my housemate only drinks sparkling water",
    "Our neighbour is obsessed with his lawn.",
    "everyone at my office swears by standing desks",
    # a request said to hold this once
    "just this once, leave out the sources",
    "bullet points for this email",
    # quoted or pasted words
    'my aunt texted "I only eat organic, don\'t bring anything else" lol',
    # why the user asks; a thing that keeps going wrong
    "what's a good first telescope? just curious, not buying anything yet",
    "my laptop keeps overheating when I game. is it the fan?",
]


@pytest.mark.parametrize("text", NOTHING)
def test_the_reader_is_not_asked_about_a_turn_that_teaches_nothing(text: str) -> None:
    assert units([read_parts(text)]) == []
    assert guided(text, SURE_FACT) == guided(text, SURE_PREFERENCE) == []


def test_mocking_praise_teaches_nothing_in_either_mode() -> None:
    assert units([read_parts("i love paperwork, said nobody ever")]) == []
    assert read_turn("i love paperwork, said nobody ever") == []  # the rules use the same irony cues
    assert read_turn("i adore mondays, said no one ever") == []
    assert read_turn("yay more spreadsheets, my absolute favorite thing in the world") == []


def test_a_pointer_or_an_overrun_is_no_taste() -> None:
    options = "Three spots:\n1. Ramen Ichiran\n2. Sushi Zen\n3. Taco Loco"
    assert [d.text for d in read_turn("love the first one, hate the third", options)] == ["Prefers Ramen Ichiran"]
    assert read_turn("ugh I hate the latter") == []
    assert read_turn("I'm so over budget lol") == []  # over a limit, not tired of it
    assert [d.text for d in read_turn("I'm so over winter")] == ["Is tired of winter"]
    assert [d.text for d in read_turn("I hate the last minute rush")] == ["Hates the last minute rush"]


def test_too_long_said_of_what_was_suggested_is_no_wish_about_answers() -> None:
    suggestion = "How about the 9-course tasting menu at Noma?"
    assert read_turn("no more tasting menus please, they're always too long", suggestion) == []
    assert [d.text for d in read_turn("too long", "Here is a detailed overview of Rome ...")] == [
        "Prefers short, concise answers"
    ]
    assert [d.text for d in read_turn("your answers are always too long")] == ["Prefers short, concise answers"]


def test_the_families_parts() -> None:
    assert bygone("I had a phase where I only read thrillers", "I had a phase where I only read thrillers")
    assert bygone("I collected stamps", "As a kid I collected stamps")
    assert not bygone("I'm used to cold showers", "I'm used to cold showers")  # "used to" as "accustomed to"
    assert not bygone("I still love brisket", "Growing up in Texas, I still love brisket")  # what holds now
    assert not bygone("I've been vegetarian since college", "I've been vegetarian since college")
    assert ironic("great, just great, another invoice")
    assert not ironic("I love a long walk on a Sunday")
    assert their_taste("My uncle only watches westerns")
    assert not their_taste("My uncle and I only watch westerns")
    assert not their_taste("my sister hates mushrooms and so do I")
    assert not their_taste("My son is 12")  # a fact about the household, not a taste
    assert one_off("casual for this reply", "casual for this reply")
    assert not one_off("keep it short", "Keep it short this time and every time")
    assert not one_off("I'm vegan", "I'm vegan, but for this recipe butter is fine")
    assert quoted("I hate loud bars", 'she wrote "I hate loud bars" on the card', inside=False)
    assert quoted("I hate loud bars", "I hate loud bars.", inside=True)
    assert not quoted("I hate loud bars", "I hate loud bars.", inside=False)
    assert trouble("my printer keeps jamming")
    assert not trouble("my mum keeps telling me to eat more")  # someone's nagging: the rest may teach


@pytest.mark.parametrize(
    ("text", "memory", "kind"),
    [
        ("I used to eat meat but I'm vegetarian now.", "Is vegetarian", MemoryKind.constraint),
        ("I've been vegetarian since college.", "Is vegetarian", MemoryKind.constraint),
        ("Growing up in Texas, I still love brisket.", "Loves brisket", MemoryKind.preference),
        ("My brother and I both love fishing.", "Likes fishing", MemoryKind.preference),
        ("my gf hates thrillers and honestly so do i", "Dislikes thrillers", MemoryKind.dislike),
        (
            "my phone keeps dying so I carry a power bank everywhere",
            "Carries a power bank everywhere",
            MemoryKind.preference,
        ),
        ("Keep it short this time and every time.", "Prefers short, concise answers", MemoryKind.style),
    ],
)
def test_the_shipped_reader_still_reads_lookalikes(
    embedder: Embedder, text: str, memory: str, kind: MemoryKind
) -> None:
    assert reveals_something(text)
    extractor = OfflineExtractor(embedder, reader=load_reader())
    found = extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates
    assert (memory, kind) in [(c.text, c.kind) for c in found]


def test_the_shipped_reader_makes_nothing_of_these_turns(embedder: Embedder) -> None:
    extractor = OfflineExtractor(embedder, reader=load_reader())
    for text in NOTHING:
        assert extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates == [], text
