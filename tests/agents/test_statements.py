"""Standing tastes stated outright in idioms the lexicon lacks, in domains no split holds; questions, other
people's tastes, hypotheticals and one-off wants shaped like them teach nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a first-person idiom of taste
        ("I swear by my Garmin for every run.", ("preference", "Swears by their Garmin for every run", "")),
        ("I live for summer festivals.", ("preference", "Lives for summer festivals", "")),
        ("I really dig lo-fi beats.", ("preference", "Likes lo-fi beats", "")),
        ("I can't resist a warm croissant.", ("preference", "Can't resist a warm croissant", "")),
        (
            "I basically live in my merino base layers when I'm hiking.",
            ("preference", "Practically lives in their merino base layers", "when hiking"),
        ),
        ("I'm all about slow travel.", ("preference", "Is all about slow travel", "")),
        ("I'm really big on meal prep.", ("preference", "Is big on meal prep", "")),
        ("I'm very particular about bike saddles.", ("preference", "Is particular about bike saddles", "")),
        ("I'm a bit of a coffee snob.", ("preference", "Is a coffee snob", "")),
        ("i am liking very much the cheese from Switzerland", ("preference", "Likes the cheese from Switzerland", "")),
        # a taste that never took
        ("i cant get into IPAs, way too bitter for me", ("dislike", "Can't get into IPAs", "")),
        ("I can never get into audiobooks.", ("dislike", "Can't get into audiobooks", "")),
        ("I'm not much into cooking.", ("dislike", "Isn't into cooking", "")),
        ("I have no patience for long unboxing videos.", ("dislike", "Has no patience for long unboxing videos", "")),
        # the thing first
        ("Yoga with loud music does nothing for me.", ("dislike", "Doesn't care for yoga with loud music", "")),
        ("Brussels sprouts make me gag.", ("dislike", "Dislikes brussels sprouts", "")),
        ("espresso martinis are my weakness", ("preference", "Has a weakness for espresso martinis", "")),
        ("Long train journeys are my happy place.", ("preference", "Loves long train journeys", "")),
        ("Cozy mysteries are right up my alley.", ("preference", "Likes cozy mysteries", "")),
        ("Oat milk is my go-to for lattes.", ("preference", "Prefers oat milk", "for lattes")),
        ("My go-to is a flat white.", ("preference", "Prefers a flat white", "")),
        ("Fruity sours are my favourite kind of beer.", ("preference", "Favorite beer is fruity sours", "")),
        (
            "Chess puzzles are my favourite way to unwind.",
            ("preference", "Favorite way to unwind is chess puzzles", ""),
        ),
        # an offer, a pleasant verdict
        ("give me a paper map any day", ("preference", "Prefers a paper map", "")),
        ("I'd pick a Kindle over paper books every time.", ("preference", "Prefers a Kindle over paper books", "")),
        ("I find running really meditative.", ("preference", "Finds running meditative", "")),
    ],
)
def test_a_stated_taste(sentence: str, expected: tuple[str, str, str]) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text, d.context) for d in read_turn(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I adore succulents, they're so easy.", "Loves succulents"),
        ("I avoid gluten, it makes me feel awful.", "Avoids gluten"),
        ("I love hiking in the Alps, it's my favourite thing.", "Loves hiking in the Alps"),
    ],
)
def test_a_comma_splice_ends_the_object(sentence: str, expected: str) -> None:
    assert [d.text for d in read_turn(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "is Pinot any good?",
        "my wife swears by it.",
        "My husband swears by his Garmin.",
        "I'm into the idea of trying it tonight.",
        "If I can't get into the book I'll stop.",
        "I can't get into my account.",
        "I can't get into it.",
        "Give me a second.",
        "Give me a few options any day this week.",
        "Oat milk is my sister's go-to.",
        "What's your go-to for lattes?",
        "That drives me crazy.",
        "The traffic today drove me nuts.",
        "This song does nothing for me.",
        "I always forget my keys.",
        "I never know what to cook.",
        "I usually wing it.",
        "If I were rich I'd swear by caviar.",
        "He is all about football.",
        "I'm loving this recipe, thanks!",
        "I'm loving the weather today.",
        "I am liking your answer.",
        "Chocolate is my sister's weakness.",
        "I'd take the first one over the second any day.",
        "I have no time for this today.",
        "his wife supports Celtic and I don't want problems haha",
        "I don't want any drama at the wedding",
    ],
)
def test_no_stated_taste(sentence: str) -> None:
    assert not read_turn(sentence)
