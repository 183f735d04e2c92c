"""Issue 13, twenty-seventh pass: who the user is said as a bare noun, idioms of taste, a household's ways, learner
and texting voice; and what passes in a turn, which the learned reader no longer reads.

Before this pass the rules read nothing of "Total night owl.", "Grandma of five.", "Into vintage cars.", "I'd die
for a good croissant", "Spicy food and I don't get along" (the reader made it "Prefers spicy food"), "Sundays are
for long runs", "I'm the one who cooks in our house", "Nothing over $50.", "I rarely drink", "I live near Leeds",
"my knees aren't what they used to be" or "pref window seat"; "i dont eat the pork, is my religion" read "Doesn't
eat the pork, is their religion"; and the reader read "I'm on a call, just give me the command" as a lasting wish
and "I always forget my keys" as a trait.
"""

from __future__ import annotations

import numpy as np
import pytest

from agents.offline.drafts import Draft
from agents.offline.guided import guide, units
from agents.offline.learned import CLASSES
from agents.offline.options import parse_options
from agents.offline.reader import read_parts, read_turn
from memory.types import MemoryKind
from tests.agents.rows import guided

P, D, F, C = MemoryKind.preference, MemoryKind.dislike, MemoryKind.fact, MemoryKind.constraint


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("Total night owl.", "Is a night owl", F),
        ("Mac person.", "Is a Mac person", P),
        ("Dog person.", "Is a dog person", P),
        ("def a cat person lol", "Is a cat person", P),
        ("Grandma of five.", "Is a grandma of five", F),
        ("Mum of two.", "Is a mum of two", F),
        ("Third year med student.", "Is a third year med student", F),
        ("First-time homeowner.", "Is a first-time homeowner", F),
        ("Native Dutch speaker.", "Is a native Dutch speaker", F),
        ("New to running.", "Is new to running", F),
        ("Into vintage cars.", "Is into vintage cars", P),
        ("Getting into wine lately.", "Is into wine", P),
    ],
)
def test_who_the_user_is_said_as_a_bare_noun_or_state(turn: str, text: str, kind: MemoryKind) -> None:
    assert _read(turn) == [(text, kind)]


@pytest.mark.parametrize(
    "turn", ["Into the second one.", "She's a dog person.", "Fan of this one.", "my sister is a night owl"]
)
def test_a_noun_of_an_option_or_of_someone_else_is_not_the_user(turn: str) -> None:
    assert not [t for t, _ in _read(turn) if t.startswith("Is ")]


def test_a_first_person_statement_is_not_read_as_a_bare_noun() -> None:
    assert all("i'm" not in t.lower() for t, _ in _read("I'm a homeowner."))  # was "Is an i'm a homeowner"


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I practically live at the climbing gym.", "Practically lives at the climbing gym", P),
        ("I'd die for a good croissant.", "Loves a good croissant", P),
        ("Wouldn't survive without coffee.", "Cannot live without coffee", P),
        ("I draw the line at horror.", "Draws the line at horror", D),
        ("I've cut out sugar.", "Has cut out sugar", C),
        ("I cut out dairy last year.", "Has cut out dairy", C),
        ("Spicy food and I don't get along.", "Doesn't get along with spicy food", D),
        ("Long flights wreck me.", "Finds long flights exhausting", D),
        ("Big parties wipe me out.", "Finds big parties exhausting", D),
        ("I could eat sushi every day.", "Loves sushi", P),
        ("honestly i could live on pasta, its my favourite thing to cook", "Loves pasta", P),
        ("been vegan about two years now", "Is vegan", C),
        ("my go to breakfast is overnight oats", "Prefers overnight oats", P),
        ("I read a ton of sci-fi.", "Reads a lot of sci-fi", P),
        ("I drink loads of tea.", "Drinks a lot of tea", P),
        ("Sundays are for long runs.", "Spends Sundays on long runs", P),
        ("My weekends are all about football.", "Spends weekends on football", P),
        ("Fridays are pizza night at our place.", "Has pizza night on Fridays", F),
        ("I'm the one who cooks in our house.", "Is the one who cooks in their house", F),
        ("I do all the driving in our family.", "Does all the driving in their family", F),
        ("I'm usually the planner in my friend group.", "Is the planner in their friend group", F),
        ("I rarely drink.", "Rarely drinks", P),
        ("I hardly ever drink alcohol.", "Rarely drinks alcohol", P),
        ("I sleep during the day.", "Sleeps during the day", F),
        ("I hit the gym before work.", "Goes to the gym before work", F),
        ("I live near Leeds.", "Lives near Leeds", F),
        ("I live just outside Manchester.", "Lives just outside Manchester", F),
        ("I'm short-sighted.", "Is short-sighted", F),
        ("My knees aren't what they used to be.", "Has knee problems", F),
        ("My eyes aren't what they used to be.", "Has poor eyesight", F),
    ],
)
def test_an_idiom_of_taste_or_a_way_of_life_is_read(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in _read(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "I could eat a horse.",  # hunger, not a taste: no "every day"
        "I could live on my own.",
        "I could live on $5 a day.",
        "My sister and I don't get along.",  # a person, not a thing
        "I go to the gym tonight.",
        "I live near work.",  # no town
        "Big parties drain me.",  # "draining", as before: not "exhausting"
    ],
)
def test_look_alikes_of_those_idioms_read_nothing_new(turn: str) -> None:
    texts = [t for t, _ in _read(turn)]
    assert not [t for t in texts if t.startswith(("Loves", "Doesn't get along", "Goes to the gym", "Lives near"))]
    assert not [t for t in texts if t.endswith("exhausting")]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Nothing over $50.", "Has a budget of at most $50"),
        ("Nothing above 1000 dollars.", "Has a budget of at most 1000 dollars"),
        ("No more than 200 euros a night please.", "Has a budget of at most 200 euros a night"),
        ("my budget is like 500 max", "Has a budget of at most 500"),
    ],
)
def test_a_price_limit_said_alone_is_a_budget(turn: str, text: str) -> None:
    assert _read(turn) == [(text, C)]


def test_a_limit_of_time_is_no_budget() -> None:
    assert _read("Nothing over 30 minutes.") == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Give me aisle seats whenever possible.", "Prefers aisle seats"),
        ("Window seats whenever possible.", "Prefers window seats"),
        ("pref window seat", "Prefers window seat"),
        ("i am not so good with the cold, i like more the hot places", "Prefers hot places"),
    ],
)
def test_a_lasting_choice_said_tersely_or_in_learner_english(turn: str, text: str) -> None:
    assert (text, P) in _read(turn)


def test_a_learners_reason_of_faith_is_worded_plainly() -> None:
    assert _read("i dont eat the pork, is my religion") == [("Doesn't eat pork for religious reasons", C)]


def test_a_complaint_after_ugh_is_read() -> None:
    assert _read("ugh i hate mornings") == [("Hates mornings", D)]


def _sure(kind: str) -> np.ndarray:
    out = np.zeros(len(CLASSES), np.float32)
    out[0], out[CLASSES.index(kind)] = 0.02, 0.98
    return out


@pytest.mark.parametrize(
    "turn",
    [
        "I'm on a call, just give me the command",
        "I've been coding all day and my eyes hurt",
        "wat can i make with leftover rice and eggs, I have like 10 min",
        "my old tractor was a Ford 8N",
        "during my pregnancy I couldn't stand coffee",
        "I always forget my keys.",
        "I never know what to cook.",
        "I always get lost in new cities",
        "Tuesday works for me.",  # a time agreed for one meeting (the reader's path had "Needs tuesday works")
        "3pm is fine.",
    ],
)
def test_what_passes_in_a_turn_is_not_read_even_by_a_sure_reader(turn: str) -> None:
    for kind in ("fact", "preference", "style"):
        assert guided(turn, _sure(kind)) == [], kind


def test_a_limit_of_a_pregnancy_now_is_kept() -> None:
    assert ("Can't eat sushi", C) in _read("during my pregnancy I can't eat sushi")


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("My doctor told me to cut back on salt.", "Needs to cut back on salt, on their doctor's advice"),
        ("my doctor says I need to cut back on salt", "Needs to cut back on salt, on their doctor's advice"),
        ("My physio said no running for six weeks.", "Avoids running for six weeks, on their physio's advice"),
        ("My GP wants me to avoid gluten.", "Avoids gluten, on their GP's advice"),
        ("I need to watch my cholesterol.", "Needs to watch their cholesterol"),
    ],
)
def test_a_limit_kept_on_a_doctors_word_is_a_constraint(turn: str, text: str) -> None:
    assert _read(turn) == [(text, C)]


@pytest.mark.parametrize(
    "turn",
    [
        "my doctor said to call back on Monday",  # advice, no limit
        "My doctor told my dad to cut back on salt.",  # someone else's
        "My doctor said no coffee today.",  # today only
        "Should I cut back on salt if my doctor says so?",
    ],
)
def test_other_advice_someone_elses_or_todays_is_no_limit(turn: str) -> None:
    assert _read(turn) == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Our house is over 100 years old.", "House is over 100 years old"),
        ("Our flat is on the fourth floor with no lift.", "Flat is on the fourth floor with no lift"),
        ("My commute on the tube is an hour each way.", "Commute on the tube is an hour each way"),
        ("Our dog gets anxious in the car.", "Has a dog that gets anxious in the car"),
        ("I'm saving every penny for our wedding.", "Is saving for their wedding"),
        ("Should I overpay my mortgage?", "Has a mortgage"),
    ],
)
def test_the_users_place_commute_pet_and_savings_as_described(turn: str, text: str) -> None:
    assert (text, F) in _read(turn)


@pytest.mark.parametrize(
    "turn", ["My car is in the shop.", "My phone is on silent.", "My dog gets walked twice a day."]
)
def test_where_a_thing_is_now_or_what_is_done_to_it_is_no_trait(turn: str) -> None:
    assert not [t for t, _ in _read(turn) if " is " in t or "that gets" in t]


GIFTS = "Here are some gift ideas: a cookbook, a yoga mat, or a bottle of whisky."
DISHES = "Options: a) Thai green curry b) Beef stew c) Peanut noodles"


@pytest.mark.parametrize(
    ("assistant", "turn"),
    [
        (GIFTS, "Not the whisky, she doesn't drink."),
        (DISHES, "The curry, he loves spicy food."),
        (DISHES, "Not the noodles, my son is allergic to nuts."),
    ],
)
def test_a_pick_whose_reason_is_someone_elses_is_no_taste_of_the_users(assistant: str, turn: str) -> None:
    drafts = read_turn(turn, assistant)
    assert not [d for d in drafts if d.kind in (P, D)]
    for kind in ("preference", "dislike", "constraint"):  # the reader reads nothing of the pick either
        assert not [d for d in guided_after(assistant, turn, kind) if d.kind in (P, D)], kind


def test_a_pick_with_the_users_own_reason_is_kept() -> None:
    texts = [(d.text, d.kind) for d in read_turn("Not the noodles, I'm allergic to nuts.", DISHES)]
    assert ("Avoids Peanut noodles", D) in texts and ("Is allergic to nuts", C) in texts


def guided_after(assistant: str, turn: str, kind: str) -> list[Draft]:
    reading = read_parts(turn, assistant)
    return guide([reading], np.tile(_sure(kind), (len(units([reading])), 1)))[0]


HOTELS = "I found two hotels: the Grand (city centre, rooftop bar) and Seaview Lodge (quiet, by the beach)."


def test_two_options_announced_before_a_colon_are_parsed_and_picked_by_a_word() -> None:
    assert parse_options(HOTELS) == ["the Grand (city centre, rooftop bar)", "Seaview Lodge (quiet, by the beach)"]
    assert ("Prefers Seaview Lodge (quiet, by the beach)", P) in [
        (d.text, d.kind) for d in read_turn("The quiet one for sure.", HOTELS)
    ]
    assert parse_options("There are two ways to do it: restart and pray.") == []


S = MemoryKind.style


@pytest.mark.parametrize(
    ("assistant", "turn", "text"),
    [
        (
            "Here's the function with comments explaining each step.",
            "skip the comments, I can read code",
            "Wants code without comments",
        ),
        (
            "Here is the answer in Spanish as requested.",
            "perfect, keep answering in Spanish",
            "Prefers answers in Spanish",
        ),
        (
            "Here's a summary with sources.",
            "love that you cite sources, keep doing that",
            "Wants sources cited in answers",
        ),
    ],
)
def test_a_reaction_to_an_answer_says_the_lasting_wish(assistant: str, turn: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn, assistant)] == [(text, S)]
    for kind in ("style", "feedback"):  # the reader adds no "Wants the assistant to keep doing that"
        assert [d.text for d in guided_after(assistant, turn, kind)] == [text], kind


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("My kids are picky eaters.", "Kids are picky eaters", F),
        ("I work 60 hour weeks.", "Works 60 hour weeks", F),
        ("I work 60 hours a week.", "Works 60 hours a week", F),
        ("I need quiet to focus.", "Needs quiet to focus", P),
        ("I need a fan to sleep.", "Needs a fan to sleep", P),
    ],
)
def test_a_household_trait_working_hours_and_what_the_user_needs_to_focus(
    turn: str, text: str, kind: MemoryKind
) -> None:
    assert (text, kind) in _read(turn)


@pytest.mark.parametrize("turn", ["I need a minute to think.", "I need help to move this sofa.", "I write in Spanish."])
def test_a_need_of_the_moment_or_a_language_used_is_no_such_preference(turn: str) -> None:
    assert not [t for t, k in _read(turn) if t.startswith("Needs") or k == S]


@pytest.mark.parametrize(
    ("turn", "text", "context"),
    [
        ("No isekai.", "Avoids isekai", ""),
        ("No horror.", "Avoids horror", ""),
        ("No spicy food.", "Avoids spicy food", ""),
        ("vegan. no honey either.", "Avoids honey", ""),
        ("No campsites with crowds.", "Avoids campsites with crowds", ""),
        ("No bars for first dates. Coffee or a walk. Ideas for Saturday?", "Avoids bars", "for first dates"),
        ("No meat on Fridays.", "Avoids meat", "on Fridays"),
        ("Never Ryanair.", "Avoids Ryanair", ""),
        ("Never red-eyes.", "Avoids red-eyes", ""),
    ],
)
def test_a_kind_of_thing_turned_down_alone_is_a_dislike(turn: str, text: str, context: str) -> None:
    assert [(d.text, d.kind, d.context) for d in read_turn(turn) if d.kind is D] == [(text, D, context)]


@pytest.mark.parametrize(
    "turn",
    [
        "No thanks.",
        "No worries.",
        "No rush.",
        "No, the second one.",
        "No sugar for her.",  # someone else's
        "no tomatoes please",  # a request for this dish
        "no mushrooms on this pizza please",
        "no meetings tomorrow, I'm exhausted.",
        "Find me a hotel. No pets.",  # a filter on the request before it
        "No emojis.",  # the style rules' to word
        "Never mind.",
        "Never been there.",
        "i stopped wearing makeup during lockdown and never went back",
    ],
)
def test_a_fixed_phrase_a_request_or_someone_elses_no_is_no_dislike(turn: str) -> None:
    assert not [d for d in read_turn(turn) if d.kind is D]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("Wedding in October. 80 guests. Budget 15k.", "Has a wedding in October", F),
        ("Baby due in March.", "Is expecting a baby in March", F),
        ("Moving in June.", "Is moving in June", F),
        ("Marathon in April.", "Has a marathon in April", F),
        ("Whatever is cheapest.", "Prefers the cheapest option", P),
        ("Cheapest, always.", "Prefers the cheapest option", P),
        ("Night shifts.", "Works night shifts", F),
        ("No car. Bike everywhere.", "Has no car", F),
    ],
)
def test_a_milestone_or_the_measure_picked_by_said_tersely(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in _read(turn)
    assert not [t for t, k in _read(turn) if k is D]  # "No car.": a lack, not "Avoids car"


@pytest.mark.parametrize(
    "turn", ["Meeting in May.", "Wedding tomorrow?", "Whatever you think.", "Night shift tonight."]
)
def test_no_milestone_or_measure_in_other_terse_words(turn: str) -> None:
    assert _read(turn) == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Decaf only.", "Prefers decaf only"),
        ("Cash only.", "Prefers cash only"),
        ("Aisle only.", "Prefers aisle only"),
        ("Type hints everywhere.", "Prefers type hints everywhere"),
        ("Dark mode for everything.", "Prefers dark mode for everything"),
    ],
)
def test_one_thing_kept_to_alone_is_a_preference(turn: str, text: str) -> None:
    assert _read(turn) == [(text, P)]


@pytest.mark.parametrize(
    "turn",
    [
        "Tonight only.",
        "One night only.",
        "Weekend only.",
        "English only.",
        "Find me a hotel. Pet-friendly only.",
        "Lego everywhere.",  # a mess, not a taste: one word
    ],
)
def test_a_time_a_count_an_answer_or_a_filter_kept_to_is_no_preference(turn: str) -> None:
    assert not [t for t, k in _read(turn) if k is P]
