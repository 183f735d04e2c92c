"""Picks among options offered inline ("Python, JavaScript, or Go?"), under headings or "Option 1 - X" lines, by
paraphrase, attribute, typo or a bare name before the reason; picks for someone else, deferred or hypothetical
picks teach nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.options import parse_options
from agents.offline.picks import inline_options, misspelt_pick, own_pick
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("assistant", "options"),
    [
        ("Python, JavaScript, or Go?", ["Python", "JavaScript", "Go"]),
        ("Metric or imperial?", ["Metric", "imperial"]),
        ("Do you want it spicy, mild or medium?", ["spicy", "mild", "medium"]),
        ("Do you want the recipe in metric or imperial?", ["metric", "imperial"]),
        ("Should I quiz you with flashcards or practice problems?", ["flashcards", "practice problems"]),
        ("Which do you prefer, paperback or ebook?", ["paperback", "ebook"]),
        ("Which language should we use for the scraper: Python, JavaScript, or Go?", ["Python", "JavaScript", "Go"]),
        ("Would you like a road trip or a cruise?", ["a road trip", "a cruise"]),
        (
            "Would you rather hike in the mountains or walk along the coast?",
            ["hike in the mountains", "walk along the coast"],
        ),
        ("Do you want the hotel near the beach or in the old town?", ["the hotel near the beach", "the old town"]),
        (
            "Option 1 - Weekend in Rome\nOption 2 - A week in the Alps\nOption 3 - Staycation with spa days",
            ["Weekend in Rome", "A week in the Alps", "Staycation with spa days"],
        ),
        (
            "**Cozy Cottage** - small, quiet, has a garden\n**City Loft** - central, lively, no parking",
            ["Cozy Cottage - small, quiet, has a garden", "City Loft - central, lively, no parking"],
        ),
        (
            "### Budget plan\n$20 a month, basic features\n### Pro plan\n$50 a month, all features",
            ["Budget plan - $20 a month, basic features", "Pro plan - $50 a month, all features"],
        ),
        (
            "Gongfu: small pot, lots of leaf, short steeps. Western: big pot, fewer leaves, 3-4 minutes.",
            ["Gongfu - small pot, lots of leaf, short steeps", "Western - big pot, fewer leaves, 3-4 minutes"],
        ),
        # options in a prose sentence: bare, after a lead-in, after a colon, with or without the last comma
        (
            "A farmers market stroll, a bookshop cafe, or a botanical garden.",
            ["A farmers market stroll", "a bookshop cafe", "a botanical garden"],
        ),
        (
            "You could book a private karaoke room, a cooking class, or an escape room.",
            ["a private karaoke room", "a cooking class", "an escape room"],
        ),
        (
            "Here are three subjects: a lemon still life, a rainy street, a seascape.",
            ["a lemon still life", "a rainy street", "a seascape"],
        ),
        ("From shore, try a pier, a rocky point or a river bend.", ["a pier", "a rocky point", "a river bend"]),
        ("Try Pandemic, Spirit Island, or The Crew.", ["Pandemic", "Spirit Island", "The Crew"]),
        (
            "Here are three stories: the budget vote, a flood warning and a transport strike.",
            ["the budget vote", "a flood warning", "a transport strike"],
        ),
        ("You could try yoga, pilates or swimming.", ["yoga", "pilates", "swimming"]),  # offered: one word each
        ("I can suggest a road bike, a hybrid, or an e-bike.", ["a road bike", "a hybrid", "an e-bike"]),
        # two options offered in a sentence or a "how about" question
        ("I recommend the Kindle Paperwhite or the Kobo Clara.", ["the Kindle Paperwhite", "the Kobo Clara"]),
        ("I'd suggest either the Thai place or the steakhouse.", ["the Thai place", "the steakhouse"]),
        ("You could go with the blue one or the red one.", ["the blue one", "the red one"]),
        (
            "How about a road trip along the coast or a city break in Rome?",
            ["a road trip along the coast", "a city break in Rome"],
        ),
    ],
)
def test_options_offered_inline_or_under_headings(assistant: str, options: list[str]) -> None:
    assert parse_options(assistant) == options


@pytest.mark.parametrize(
    "assistant",
    [
        "Is your car petrol or diesel?",
        "Did the error start before or after the update?",
        "Was the meeting on Monday or Tuesday?",
        "Would you like more details or a different recipe?",
        "Want me to go deeper on any of these, or compare them?",
        "**Pros** - cheap, fast\n**Cons** - loud, no warranty",
        "Note: it ships Monday. Tip: order two.",
        "That depends on whether you rent or own.",
    ],
)
def test_no_options_in_a_plain_question_or_sections(assistant: str) -> None:
    assert inline_options(assistant) == []


@pytest.mark.parametrize(
    "assistant",
    [
        "Sure, it depends on your budget, your taste, or your time.",
        "It could be the battery, the charger, or the cable.",
        "Breathing exercises, over-rehearsing and a short pre-stage routine help.",
        "Most people like apples, pears, and plums.",
        "Fruit such as apples, pears, and plums keeps well.",  # examples, not options
        "I would recommend checking with your doctor or a pharmacist.",  # advice, not things to pick
        "You can use a fork or your hands.",
    ],
)
def test_no_options_in_a_sentence_that_only_lists(assistant: str) -> None:
    """A bare list is options only when joined by "or", made of things (not clauses) and nothing else."""
    assert parse_options(assistant) == []


def test_a_pick_for_someone_else_asked_for_them() -> None:
    offer = "Amulet, Nimona, or the Wings of Fire graphic novels."
    mine = read_turn("nimona!! good one", offer, "any graphic novel for a long flight?")
    theirs = read_turn("nimona!! good one", offer, "any graphic novel for my 15yo niece? she loves fantasy")
    assert [d.text for d in mine] == ["Prefers Nimona"]
    assert [d.text for d in theirs if d.text.startswith("Prefers")] == []


@pytest.mark.parametrize(
    ("assistant", "reply", "expected"),
    [
        ("Which language should we use: Python, JavaScript, or Go?", "go with python", "Prefers Python"),
        ("Do you want the recipe in metric or imperial?", "metric, always", "Prefers metric"),
        ("Do you want it spicy, mild or medium?", "medium pls", "Prefers medium"),
        ("Would you like a window or an aisle seat?", "aisle, I get up a lot", "Prefers an aisle seat"),
        (
            "Would you like React or Vue for the frontend?",
            "vue, react is overkill here",
            "Prefers Vue for the frontend",
        ),
        (
            "Do you want a standing desk or a regular one?",
            "standing desk, my back hurts when i sit all day",
            "Prefers a standing desk",
        ),
        ("Would you like Postgres, MySQL or SQLite?", "postgress", "Prefers postgres"),
        ("Should we look at Lisbon, Porto or Madeira?", "madiera i think", "Prefers Madeira"),
        ("Do you want the Sony or the Bose headphones?", "bose", "Prefers the Bose headphones"),
        (
            "**Cozy Cottage** - small, quiet, has a garden\n**City Loft** - central, lively, no parking\n"
            "**Beach House** - big, far from town",
            "the loft",
            "Prefers City Loft (central, lively, no parking)",
        ),
        (
            "Option 1 - Weekend in Rome\nOption 2 - A week in the Alps\nOption 3 - Staycation with spa days",
            "the alps one",
            "Prefers a week in the Alps",
        ),
        (
            "Gongfu: small pot, short steeps. Western: big pot, 3-4 minutes.",
            "western",
            "Prefers Western (big pot)",
        ),
        (
            "1. A 5k fun run, easy\n2. A half marathon, hard\n3. A full marathon, very hard",
            "the easiest one",
            "Prefers a 5k fun run, easy",
        ),
        (
            "1. Pasta bake, 1 hour\n2. Stir fry, 15 minutes, quick\n3. Slow cooker stew, 8 hours",
            "the quickest",
            "Prefers Stir fry, 15 minutes, quick",
        ),
        (
            "1. A long weekend in Paris\n2. A short day trip to Bruges\n3. Two weeks in Italy",
            "the shortest, I only have a day off",
            "Prefers a short day trip to Bruges",
        ),
        ("How about a road trip along the coast or a city break in Rome?", "rome!", "Prefers a city break in Rome"),
        ("I recommend the Kindle Paperwhite or the Kobo Clara.", "the kobo", "Prefers the Kobo Clara"),
        # a price or a length of time stated in every option decides a superlative
        ("1. Ryanair, €45\n2. Lufthansa, €120\n3. KLM, €95", "Whatever is cheapest.", "Prefers Ryanair, €45"),
        ("1. Hotel A, $200/night\n2. Hotel B, $120/night", "the pricier one", "Prefers Hotel A, $200/night"),
        (
            "1. Pasta bake, 1 hour\n2. Stir fry, 25 minutes\n3. Stew, 3 hours",
            "the quickest",
            "Prefers Stir fry, 25 minutes",
        ),
    ],
)
def test_a_pick_among_inline_options(assistant: str, reply: str, expected: str) -> None:
    assert reveals_something(reply, assistant)
    drafts = read_turn(reply, assistant)
    assert ("preference", expected) in [(d.kind.value, d.text) for d in drafts]


def test_a_pick_keeps_its_reason() -> None:
    drafts = read_turn("paperback, i hate screens", "Which do you prefer, paperback or ebook?")
    assert [(d.kind.value, d.text) for d in drafts] == [
        ("preference", "Prefers paperback"),
        ("dislike", "Hates screens"),
    ]


def test_rejecting_an_inline_option() -> None:
    drafts = read_turn("not a dog, i'm allergic", "Do you want a cat or a dog?")
    assert [(d.kind.value, d.text) for d in drafts] == [("dislike", "Avoids a dog")]


def test_two_options_leave_no_theme() -> None:
    """One option passed over shares nothing with another: no "Avoids options involving ..." from it."""
    assistant = "Here are two plans:\nOption A: Cottage with a small garden\nOption B: Flat downtown, no outdoor space"
    drafts = read_turn("the one with the garden", assistant)
    assert [(d.kind.value, d.text) for d in drafts] == [("preference", "Prefers Cottage with a small garden")]


@pytest.mark.parametrize(
    ("assistant", "reply"),
    [
        ("1. Cottage with a small garden\n2. Apartment in the city centre", "what's the difference between 1 and 2?"),
        ("Would you like Postgres, MySQL or SQLite?", "which one is faster?"),
        ("1. Red bike\n2. Blue bike\n3. Green bike", "my son would like the red one"),
        ("Do you want a cat or a dog?", "my wife wants a dog"),
        ("Would you like the tour in English or Spanish?", "my parents would prefer spanish"),
        ("Do you want it spicy, mild or medium?", "either is fine"),
        ("Python, JavaScript, or Go?", "none of these"),
        ("Python, JavaScript, or Go?", "let me think about it"),
        ("Would you like a window or an aisle seat?", "doesn't matter"),
        ("Do you want tea or coffee?", "both honestly"),
        ("Would you like React or Vue for the frontend?", "if I picked vue, how long would it take?"),
        ("Is your car petrol or diesel?", "diesel"),
        ("Did the error start before or after the update?", "after"),
        ("Do you want me to continue or stop here?", "continue"),
        ("1. Hotel Marais - central, pricey\n2. Ibis Bastille - cheap, basic", "is the cheaper one near the metro?"),
        (
            "Here are a few: a chickpea curry, mushroom risotto, halloumi tacos.",
            "ooh the curry sounds great, how long does it take?",
        ),
    ],
)
def test_no_pick(assistant: str, reply: str) -> None:
    assert [d for d in read_turn(reply, assistant) if d.text.startswith(("Prefers", "Avoids"))] == []


def test_own_pick_and_typos() -> None:
    options = ["Postgres", "MySQL", "SQLite"]
    assert own_pick("my son would like the red one", options) == ""
    assert own_pick("either one is fine", options) == ""
    assert own_pick("sqlite, keep it simple", options) == "sqlite"
    assert own_pick("not sqlite, too small", options) == "not sqlite, too small"
    assert own_pick("mysql? is it free", options) == "mysql? is it free"
    assert misspelt_pick("sqllite", options) == 2
    assert misspelt_pick("mysql", options) is None  # no typo: the name rules read it
    assert misspelt_pick("sqllite or mysqll?", options) is None


def test_a_pick_of_how_to_answer_is_a_style() -> None:
    assistant = "Want a walkthrough with screenshots or just a short list of steps?"
    drafts = read_turn("short list is fine, i'm on my phone", assistant)
    assert ("style", "Prefers a short list of steps") in [(d.kind.value, d.text) for d in drafts]


def test_a_letter_picked_with_a_word_of_certainty() -> None:
    offer = "Option A: a beach resort in Crete. Option B: a city break in Rome. Option C: hiking in the Alps."
    drafts = read_turn("B for sure, I get bored on beaches.", offer)
    assert [d.text for d in drafts] == ["Prefers a city break in Rome", "Gets bored on beaches"]
