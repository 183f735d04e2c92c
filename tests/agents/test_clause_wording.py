"""A 'preference' whose object is a whole clause with its own subject and verb, or a feeling with no object, is
not a taste: the restatement gives no text for it as a preference or dislike, and keeps it as a fact."""

from __future__ import annotations

import pytest

from agents.offline.restate import restate


@pytest.mark.parametrize(
    "clause",
    [
        "my desk is right next to the open kitchen",
        "our flat is on the fifth floor",
        "in Spain we eat dinner at ten, here it is hard to find",
        "Everything in our house is Apple",
        "the cheap ones break in a week every time",
        "Im completely hooked",
        "honestly dreading it a bit",
    ],
)
@pytest.mark.parametrize("kind", ["preference", "dislike"])
def test_a_clause_or_a_feeling_is_not_a_taste(clause: str, kind: str) -> None:
    assert restate(clause, kind)[0] == ""


@pytest.mark.parametrize(
    ("clause", "kind", "text"),
    [
        ("I'd rather something with grog", "preference", "Would rather something with grog"),
        ("the blue ones please", "preference", "Prefers the blue ones"),
        ("I am hooked on sourdough", "preference", "Is hooked on sourdough"),
        ("my favourite is ramen", "preference", "Likes ramen"),
        ("I prefer my coffee black", "preference", "Prefers their coffee black"),
        ("Glass desks only", "preference", "Prefers glass desks only"),
        ("my top pick is the Leap", "preference", "Prefers their top pick is the Leap"),  # names the taste itself
        (
            "my desk is right next to the open kitchen",
            "fact",
            "About them: their desk is right next to the open kitchen",
        ),
    ],
)
def test_near_cases_keep_their_wording(clause: str, kind: str, text: str) -> None:
    assert restate(clause, kind)[0] == text


def test_a_constraint_about_the_users_own_thing_is_left_to_the_constraint_path() -> None:
    assert restate("my budget is under 500", "constraint")[0] != ""
