"""Issue 13, eighth pass on the dev fold: everyday phrasings read beside the rules and the learned reader.

Every sentence here is written for this file, in another domain than the tune conversation whose shape it
copies. The guided tests give the reader's probabilities directly ("nothing" for every clause, or a sure
class), so they check what the rules add whatever the reader says; the extractor tests use the shipped reader.
"""

from __future__ import annotations

import numpy as np
import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.drafts import Draft
from agents.offline.everyday import current_habit, everyday, refusal, shared, tried
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import guide, units
from agents.offline.learned import load_reader
from agents.offline.reader import read_parts
from agents.offline.terse import fragment
from memory.ports import Embedder
from memory.types import MemoryKind

NOTHING = np.array([1.0, 0, 0, 0, 0, 0, 0], np.float32)
SURE_PREFERENCE = np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32)


def guided(text: str, previous_assistant: str | None = None, row: np.ndarray = NOTHING) -> list[Draft]:
    reading = read_parts(text, previous_assistant)
    return guide([reading], np.tile(row, (len(units([reading])), 1)))[0]


def one(drafts: list[Draft], start: str) -> Draft:
    found = [d for d in drafts if d.text.startswith(start)]
    assert len(found) == 1, f"{start!r} in {[(d.text, d.kind.value, d.context) for d in drafts]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "memory", "kind"),
    [
        (
            "i tried pilates but honestly its too boring for me, i want something faster",
            "Finds pilates too boring",
            MemoryKind.dislike,
        ),
        ("So I tried the oysters you suggested and... nope. never again.", "Dislikes oysters", MemoryKind.dislike),
        ("We finally tried kombucha and loved it", "Likes kombucha", MemoryKind.preference),
    ],
)
def test_a_verdict_on_something_tried(text: str, memory: str, kind: MemoryKind) -> None:
    d = one(guided(text), memory)
    assert (d.text, d.kind, d.context) == (memory, kind, "")


def test_something_tried_without_a_verdict_or_in_a_hypothetical_teaches_nothing() -> None:
    assert tried("I tried the new bakery on Main street and then went home") is None
    assert tried("If I tried snowboarding, and it was too cold, I'd quit") is None


def test_a_refusal_with_a_reason_about_the_user_is_a_dislike() -> None:
    d = one(guided("Dinner ideas. No mushrooms, they make me gag."), "Avoids mushrooms")
    assert d.kind is MemoryKind.dislike and d.context == ""


@pytest.mark.parametrize("clause", ["No rush, it makes no difference to me", "No mushrooms, they are on sale"])
def test_a_refusal_without_a_reason_about_the_user_or_a_figure_of_speech_is_not(clause: str) -> None:
    assert refusal(clause) is None


def test_a_taste_shared_with_someone_else_is_the_users_too() -> None:
    options = "Three films for tonight:\n1. The Conjuring - horror\n2. Paddington 2 - family\n3. Heat - crime"
    drafts = guided("the bear one. my brother hates horror and honestly so do i", options)
    d = one(drafts, "Dislikes horror")
    assert d.kind is MemoryKind.dislike
    assert shared("my sister loves jazz, and me too").text == "Likes jazz"  # type: ignore[union-attr]
    assert shared("my sister loves jazz") is None  # someone else's taste alone teaches nothing


@pytest.mark.parametrize(
    ("clause", "memory", "kind"),
    [
        ("Budget 2k.", "Has a budget of 2k", MemoryKind.constraint),
        ("budget: $800 max", "Has a budget of at most $800", MemoryKind.constraint),
        ("Baking for two.", "Bakes for two", MemoryKind.fact),
        ("linux user here", "Uses linux", MemoryKind.fact),
    ],
)
def test_a_terse_fragment(clause: str, memory: str, kind: MemoryKind) -> None:
    d = fragment(clause)
    assert d is not None and (d.text, d.kind) == (memory, kind)


@pytest.mark.parametrize("clause", ["power user here", "Budget airline.", "Shopping for shoes."])
def test_a_fragment_that_names_no_fact(clause: str) -> None:
    assert fragment(clause) is None


def test_the_habit_that_replaced_one_given_up_is_a_preference_the_given_up_one_not() -> None:
    drafts = guided("i used to run marathons but my hip said no. these days only cycling")
    assert [(d.text, d.kind) for d in drafts] == [("Prefers only cycling", MemoryKind.preference)]
    d = current_habit("I stopped buying new clothes years ago, I shop second hand.")
    assert d is not None and d.text == "Shops second hand"
    d = current_habit("i was a big soda drinker but i switched to sparkling water last year")
    assert d is not None and d.text == "Switched to sparkling water"


def test_a_habit_that_names_nothing_teaches_nothing_whatever_the_reader_says() -> None:
    text = "i quit the paleo thing, too strict. now i just eat normal."
    assert guided(text, row=SURE_PREFERENCE) == []


def test_two_situations_give_two_scoped_wishes_and_no_general_one() -> None:
    text = "For exam weeks I want really detailed study schedules, but for normal weeks just keep it brief"
    drafts = guided(text)
    detailed = one(drafts, "Wants really detailed study schedules")
    assert (detailed.kind, detailed.context) == (MemoryKind.style, "for exam weeks")
    brief = [d for d in drafts if d is not detailed]
    assert len(brief) == 1 and brief[0].kind is MemoryKind.style and brief[0].context == "for normal weeks"
    assert all(d.context for d in drafts)  # nothing unconditional reaches the always-sent core


def test_a_lasting_wish_for_one_situation_keeps_it_and_a_one_off_request_teaches_nothing() -> None:
    d = one(guided("For client emails please always give me a short summary at the top"), "Wants the assistant")
    assert (d.kind, d.context) == (MemoryKind.style, "for client emails")
    assert guided("For my essay give me a summary of this chapter") == []


def test_a_reason_for_a_pick_replaces_the_guess_of_what_the_others_share() -> None:
    options = "Three gyms:\n1. Iron club, 25 min away, pricey\n2. City pool, cheap, 5 min walk\n3. Fight club downtown"
    reading = read_parts("City pool. Near and cheap is what matters.", options)
    assert any(d.text.startswith("Avoids options involving") for d in reading.head)  # the rules' guess
    assert not any(
        d.text.startswith("Avoids options involving")
        for d in guided("City pool. Near and cheap is what matters.", options)
    )


def test_a_plain_remark_gives_no_everyday_draft() -> None:
    assert everyday(["Nice weather today."], ["Nice weather today."]) == ([], [])


def test_the_shipped_reader_reads_a_verdict_and_a_refusal(embedder: Embedder) -> None:
    extractor = OfflineExtractor(embedder, reader=load_reader())
    turn = Turn(message_id=1, role="user", content="Snack ideas. No olives, they taste like feet to me.")
    found: list[Candidate] = extractor.extract([turn], [0]).candidates
    olives = [c for c in found if "olive" in c.text.lower()]  # the reader's own wording or the refusal's, not both
    assert len(olives) == 1 and olives[0].text.startswith("Avoids olives") and olives[0].kind is MemoryKind.dislike


def test_a_fragment_stressed_with_everywhere_is_a_preference_whatever_kind_the_reader_names() -> None:
    style = np.array([0.05, 0.03, 0, 0, 0.92, 0, 0], np.float32)  # the reader's slip: a wish about answers
    d = one(guided("Rust. Unit tests everywhere.", row=style), "Prefers unit tests everywhere")
    assert d.kind is MemoryKind.preference


def test_what_follows_but_after_a_hypothetical_is_read_and_the_hypothetical_is_not() -> None:
    fact = np.array([0.03, 0, 0, 0.97, 0, 0, 0], np.float32)
    drafts = guided("If I had a bigger kitchen maybe I bake bread, but I am only renting a studio", row=fact)
    assert [(d.text, d.kind) for d in drafts] == [("Is only renting a studio", MemoryKind.fact)]
    assert guided("If I was rich I would buy a boat", row=fact) == []


def test_a_number_with_a_decimal_point_is_content() -> None:
    fact = np.array([0.03, 0, 0, 0.97, 0, 0, 0], np.float32)
    drafts = guided("If I would be faster maybe I try sprinting, but I am only 1.55", row=fact)
    assert [d.text for d in drafts] == ["Is only 1.55"]


def test_praise_said_to_last_is_a_liking_and_a_one_time_review_is_not() -> None:
    d = one(guided("but the pad thai was so good, I could have that every week"), "Likes pad thai")
    assert d.kind is MemoryKind.preference
    assert guided("the pad thai was so good") == []


def test_what_happened_after_a_habit_was_given_up_is_not_a_habit() -> None:
    assert current_habit("I used to ski every winter but I sold my gear years ago.") is None
    assert current_habit("i used to play chess, i hurt my eyes") is None


@pytest.mark.parametrize(
    ("text", "memory", "kind"),
    [
        ("I'm more of a dog person.", "Is a dog person", MemoryKind.preference),
        ("not a city person at all", "Is not a city person", MemoryKind.dislike),
        ("Anything but reality shows.", "Avoids reality shows", MemoryKind.dislike),
        ("Can't function without my standing desk.", "Cannot live without standing desk", MemoryKind.preference),
        ("I tried audiobooks but they bored me.", "Dislikes audiobooks", MemoryKind.dislike),
    ],
)
def test_what_kind_of_person_or_what_the_user_rejects_or_cannot_do_without(
    text: str, memory: str, kind: MemoryKind
) -> None:
    d = one(guided(text), memory)
    assert d.kind is kind


@pytest.mark.parametrize(
    ("clause", "cls", "memory"),
    [
        ("Hate traffic jams.", "dislike", "Hates traffic jams"),
        ("Big no to jump scares.", "dislike", "Avoids jump scares"),
        ("A window desk is a must for me.", "preference", "Prefers a window desk"),
        ("Trains > planes", "preference", "Prefers trains over planes"),
    ],
)
def test_shapes_the_restatement_words_badly_are_said_plainly_first(clause: str, cls: str, memory: str) -> None:
    row = np.zeros(7, np.float32)
    row[0], row[["nothing", "preference", "dislike"].index(cls)] = 0.02, 0.98
    d = one(guided(clause, row=row), memory)
    assert d.text == memory


def test_a_terse_fragment_replaces_the_readers_wording_of_it() -> None:
    drafts = guided("Budget: 300 pounds max.", row=np.array([0.02, 0, 0, 0, 0, 0.98, 0], np.float32))
    assert [(d.text, d.kind) for d in drafts] == [("Has a budget of at most 300 pounds", MemoryKind.constraint)]
    drafts = guided("Android user here.", row=np.array([0.02, 0, 0, 0.98, 0, 0, 0], np.float32))
    assert [d.text for d in drafts] == ["Uses Android"]


def test_a_statement_of_taste_without_its_subject_is_about_the_user_however_long() -> None:
    row = np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32)
    d = one(guided("Prefer ferries to planes when the crossing is under 3 hours.", row=row), "Prefers ferries")
    assert d.kind is MemoryKind.preference and d.context  # the trailing condition is its context
    row = np.array([0.02, 0, 0.98, 0, 0, 0, 0], np.float32)
    assert [d.kind for d in guided("Not a fan of musicals with long dance numbers.", row=row)] == [MemoryKind.dislike]


def test_a_verdict_on_something_tried_is_worded_by_the_verdict_not_by_the_reader() -> None:
    row = np.array([0.02, 0, 0.98, 0, 0, 0, 0], np.float32)  # the reader would add the whole clause
    drafts = guided("I tried bullet journaling but it was way too fiddly for me.", row=row)
    assert [(d.text, d.kind) for d in drafts] == [("Finds bullet journaling too fiddly", MemoryKind.dislike)]


def test_my_comfort_genre_is_a_preference_for_it() -> None:
    row = np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32)
    assert [d.text for d in guided("Cozy mysteries are my comfort genre.", row=row)] == ["Prefers cozy mysteries"]


def test_a_sentence_contrasting_two_situations_gives_each_wish_its_own() -> None:
    row = np.array([0.02, 0, 0, 0, 0.98, 0, 0], np.float32)
    drafts = guided("For cover letters keep it formal, for my newsletter keep it playful.", row=row)
    assert sorted((d.kind, d.context) for d in drafts) == [
        (MemoryKind.style, "for cover letters"),
        (MemoryKind.style, "for their newsletter"),
    ]
    one_situation = guided("In my team we must use Python 3.8, we cannot upgrade.", row=row)
    assert len(one_situation) <= 1  # a condition with one statement is not cut


def test_a_reason_and_the_limit_it_sets_are_read_apart() -> None:
    reading = read_parts("My knees are shot so no stairs.")  # the rules read "I get carsick so no ..." whole
    assert units([reading]) == ["My knees are shot", "no stairs."]
    row = np.array([0.02, 0, 0.98, 0, 0, 0, 0], np.float32)
    kinds = {d.text: d.kind for d in guided("My knees are shot so no stairs.", row=row)}
    assert kinds.get("Needs no stairs") is MemoryKind.constraint  # a limit that follows from a reason


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("Quiet corner, no loud music.", MemoryKind.preference),  # what the user wants, then what not
        ("Three dogs, no cats.", MemoryKind.fact),  # a count: the reader's kind stays
    ],
)
def test_a_verbless_wish_and_its_contrast_is_a_preference(clause: str, kind: MemoryKind) -> None:
    row = np.array([0.02, 0, 0, 0.98, 0, 0, 0], np.float32)  # the reader says fact
    drafts = guided(clause, row=row)
    assert len(drafts) == 1 and drafts[0].kind is kind


def test_a_short_limit_after_so_is_read_apart_from_its_reason() -> None:
    reading = read_parts("I work nights so no early meetings.")
    assert units([reading]) == ["no early meetings."]  # the rules read the reason: "Works nights"


@pytest.mark.parametrize(
    ("clause", "memory"),
    [
        ("Learning Portuguese, A2 level", "Is learning Portuguese, A2 level"),
        ("Three kids, 2, 5 and 8.", "Has three kids, 2, 5 and 8"),
        ("Kids are 10 and 12.", "Has kids aged 10 and 12"),
        ("Tiny kitchen, one burner.", "Has a tiny kitchen, one burner"),
        ("Total beginner here.", "Is a beginner"),
    ],
)
def test_an_implied_persona_fragment_is_a_fact(clause: str, memory: str) -> None:
    d = fragment(clause)
    assert d is not None and (d.text, d.kind) == (memory, MemoryKind.fact)


@pytest.mark.parametrize(
    "clause", ["Big house party tonight?", "Small kitchen today, big one tomorrow", "Small changes"]
)
def test_a_question_or_a_one_off_is_no_persona_fragment(clause: str) -> None:
    assert fragment(clause) is None


@pytest.mark.parametrize(("clause", "memory"), [("Xbox360 only.", "Uses Xbox360"), ("macOS only", "Uses macOS")])
def test_a_products_name_with_only_is_what_the_user_uses(clause: str, memory: str) -> None:
    row = np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32)  # the reader would say "Prefers ... only"
    assert [(d.text, d.kind) for d in guided(clause, row=row)] == [(memory, MemoryKind.fact)]


@pytest.mark.parametrize("clause", ["Chicken only.", "Aisle seats only", "Kindle only."])
def test_a_common_word_with_only_is_left_to_the_reader(clause: str) -> None:
    assert fragment(clause) is None


def test_indifference_in_one_situation_leaves_the_wish_for_the_other() -> None:
    drafts = guided("When I fly for work I want aisle seats near the front, on vacation I don't care.")
    assert [(d.text, d.kind, d.context) for d in drafts] == [
        ("Wants aisle seats near the front", MemoryKind.preference, "when flying for work")
    ]


def test_a_bare_verdict_on_an_answer_is_no_preference_whatever_the_reader_says() -> None:
    row = np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32)
    drafts = guided("too advanced for me, I only started last week", "Here is the full proof of the theorem.", row)
    assert not any(d.text.startswith("Prefers too") for d in drafts)


def test_expecting_a_child_is_a_fact() -> None:
    row = np.array([0.3, 0.1, 0, 0.6, 0, 0, 0], np.float32)  # unsure: the word family settles it
    assert [(d.text, d.kind) for d in guided("We're expecting our third in June.", row=row)] == [
        ("Is expecting their third child in June", MemoryKind.fact)
    ]


def test_a_limit_said_without_its_subject_is_read() -> None:
    row = np.array([0.02, 0, 0, 0, 0, 0.98, 0], np.float32)
    drafts = guided("No more than 3 hours on a train per day with the dog.", row=row)
    assert [d.kind for d in drafts] == [MemoryKind.constraint]


def test_a_taste_the_user_says_with_someone_else_is_theirs() -> None:
    d = one(guided("me and my husband love quiet campsites more than busy ones"), "Likes quiet campsites")
    assert d.kind is MemoryKind.preference
    assert shared("my sister and I can't stand musicals") is not None
    assert shared("my sister loves musicals") is None


@pytest.mark.parametrize(
    ("clause", "cls", "memory"),
    [
        ("Paper maps work better for me than apps.", "preference", "Prefers paper maps over apps"),
        ("Always travel light, one bag max.", "preference", "Always travels light"),
        ("Not good with spreadsheets", "dislike", "Is not good with spreadsheets"),
    ],
)
def test_more_shapes_said_plainly_first(clause: str, cls: str, memory: str) -> None:
    row = np.zeros(7, np.float32)
    row[0], row[["nothing", "preference", "dislike"].index(cls)] = 0.02, 0.98
    assert memory in [d.text for d in guided(clause, row=row)]


def test_keep_it_said_to_the_assistant_is_a_wish_about_answers_whatever_the_reader_says() -> None:
    row = np.array([0.0, 0, 1.0, 0, 0, 0, 0], np.float32)  # the reader's slip: a dislike
    drafts = guided("Not a math person, keep it simple.", row=row)
    assert ("Wants the assistant to keep it simple", MemoryKind.style) in [(d.text, d.kind) for d in drafts]
