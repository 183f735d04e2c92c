"""Issue 13, thirty-second pass: a fifth batch of everyday conversations tried on the real stack. What read wrong:
"hardcore history episodes are way too long for me" had read "Prefers short, concise answers" (sent with every
request, a curry recipe included), "no driveway" had read "Avoids driveway", "no ham obviously" kept its "obviously";
what read nothing: "we're jewish", "I can only do weekends", "I work Monday to Friday", "I want to save for a house
deposit", "I usually have rooibos in the evening", "I'm in my second year of nursing school"."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn

PODCASTS = "Try Radiolab for science stories, Hardcore History for deep dives, or Conan for comedy."


def _texts(turn: str, previous: str | None = None) -> list[str]:
    return sorted(d.text for d in read_turn(turn, previous))


def test_a_thing_too_long_is_no_rule_for_the_answers() -> None:
    said = _texts("hardcore history episodes are way too long for me, I like stuff under 30 minutes", PODCASTS)
    assert "Prefers short, concise answers" not in said
    assert "Finds hardcore history episodes too long" in said
    assert _texts("your answers are way too long for me") == ["Prefers short, concise answers"]
    assert _texts("this is way too long", "Here is a long answer about sourdough.") == [
        "Prefers short, concise answers"
    ]
    assert _texts("the email is too formal", "Dear Mr Smith, I am writing to ...") == [
        "Prefers a casual, friendly tone"
    ]


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("no driveway, I park on the street", ["Has no driveway"]),
        ("we're jewish", ["Is Jewish"]),
        ("we are both catholic", ["Is Catholic"]),
        ("no ham obviously", ["Avoids ham"]),
        ("no dairy at all", ["Avoids dairy"]),
        (
            "I can only do weekends, I work Monday to Friday",
            ["Is only available on weekends", "Works Monday to Friday"],
        ),
        ("I want to save for a house deposit", ["Is saving for a house deposit"]),
        ("I usually have rooibos in the evening", ["Drinks rooibos in the evening"]),
        ("I have a dog", ["Has a dog"]),
        ("I'm in my second year of nursing school", ["Is in their second year of nursing school"]),
    ],
)
def test_what_the_fifth_batch_said(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


def test_the_context_of_a_refusal_is_not_at_all() -> None:
    (d,) = read_turn("no dairy at all")
    assert d.context == ""
    (d,) = read_turn("no meat on weekdays")
    assert d.context == "on weekdays"


LAPTOPS = "The MacBook Air is lighter with better battery life; the ThinkPad has a better keyboard and runs Linux well."
PHONES = "iPhone if you're in the Apple ecosystem; Pixel for the best Android camera and clean software."
GUITARS = "Acoustic is simpler to start with; electric is easier on the fingers and great for rock."
HELP = "Food banks, animal shelters, libraries and community gardens often need help. Check VolunteerMatch too."


@pytest.mark.parametrize(
    ("query", "assistant", "turn", "pick"),
    [
        (
            "Should I get a MacBook Air or a ThinkPad?",
            LAPTOPS,
            "I code all day on Linux so ThinkPad I guess.",
            "Prefers the ThinkPad",
        ),
        ("iPhone or Pixel?", PHONES, "I have a mac and an ipad so iphone makes sense", "Prefers iPhone"),
        (
            "acoustic or electric guitar for a beginner?",
            GUITARS,
            "electric, I mostly listen to metal",
            "Prefers an electric guitar",
        ),
        ("how can I volunteer locally?", HELP, "animal shelter sounds perfect.", "Prefers animal shelters"),
    ],
)
def test_a_pick_said_back_in_passing(query: str, assistant: str, turn: str, pick: str) -> None:
    assert pick in [d.text for d in read_turn(turn, assistant, query)]


def test_a_way_said_back_is_still_no_pick() -> None:
    assert read_turn("early, before the crowds", "You could go early or late.", "should I go early or late?") == []
