"""What the learned reader's path must not store (issue 13, twenty-first pass): one happening in the past, a state
for a few days, a search or a choice made now, the conversation's own setting; restatements garbled by a clause
with its own subject or by a learner's word order; the habit "now" that is only the old one negated.

Every sentence here is written for this file, in other words and domains than the probe sentences.
"""

from __future__ import annotations

import pytest

from agents.offline.drafts import Draft
from agents.offline.everyday import everyday
from agents.offline.garbled import broken, hollow
from agents.offline.guided import units
from agents.offline.passing import episode
from agents.offline.reader import read_parts, read_turn
from agents.offline.reader_kinds import consistent_kind, routine_kind
from agents.offline.restate import restate
from memory.types import MemoryKind
from tests.agents.rows import SURE_FACT, SURE_PREFERENCE, guided

EPISODES = [
    "I collected the parcel from the depot.",  # a past happening ("-ed")
    "we flew to Oslo and drove north",
    "I sold my kayak in 2021",  # a past time, however often
    "I'm in Lyon for the weekend",  # a few days
    "I'm staying with my cousin this week",
    "I'm hunting for a second-hand cello",  # a search now
    "ok the blue tent then",  # a choice made now
    "okay I'll take the later train",
    "I have a few quick questions about mortgages",  # the conversation's setting
    "I'm on the phone with the bank",
    "I'm heading to the market",
    "I can't log in to the school portal",
    "I skipped lunch, haven't eaten in 6 hours",
    "next month I fly to Hanoi",  # a plan
    "I swam laps every morning at the old pool",  # a past habit, nothing said of now
    "Trim the opening of my toast",  # a task on the user's own text
    "we need some balloons for the party",  # a thing wanted for one occasion
    "we're heading into the Alps for a week",
]


@pytest.mark.parametrize("sentence", EPISODES)
def test_an_episode_is_not_read_by_the_reader(sentence: str) -> None:
    assert units([read_parts(sentence)]) == []
    assert guided(sentence, SURE_FACT) == guided(sentence, SURE_PREFERENCE) == []


@pytest.mark.parametrize("sentence", ["I sold my kayak in 2021", "we got rid of our RV", "I gave away my tractor"])
def test_a_thing_parted_with_is_not_owned(sentence: str) -> None:
    assert read_turn(sentence) == []
    assert read_turn(sentence.replace("sold", "oiled").replace("got rid of", "painted").replace("gave away", "fixed"))


@pytest.mark.parametrize(
    "clause",
    [
        "I always walked to work and I still do",  # it recurs and holds now
        "I started pottery three years ago and now I do it every week",
        "I'm always looking for an excuse to bake",
        "I never have questions about grammar",
        "I swam every morning and I still do",
        "I need recipes for my low-sodium diet",
    ],
)
def test_what_recurs_or_holds_now_is_no_episode(clause: str) -> None:
    assert not episode(clause)


def test_a_lasting_statement_beside_an_episode_is_still_read() -> None:
    assert units([read_parts("I only sketch in pencil, charcoal smudges everywhere")]) != []


@pytest.mark.parametrize(
    "text",
    [
        "Prefers it's the tram",  # a clause with its own subject behind a taste's verb
        "Prefers nobody enjoys the long ones",
        "Likes others too heavy",
        "Prefers a friend of theirs swears by linen",
        "Avoids don't change the colours",  # an order (as before)
        "Has them already",
        "Is totally fine",  # a state with nothing in it
        "Is so ready",
        "Prefers the striped one",  # a pick without its options
        "Avoids that loud one",
    ],
)
def test_a_garbled_restatement_is_broken(text: str) -> None:
    assert broken(text)


@pytest.mark.parametrize(
    "text", ["Prefers itineraries with rest days", "Likes people-watching", "Has a tandem", "Is fine with spiders"]
)
def test_a_plain_restatement_is_not_broken(text: str) -> None:
    assert not broken(text)


@pytest.mark.parametrize(
    ("clause", "kind", "said"),
    [
        ("I not take the lift, I walk", "preference", "Does not take the lift, I walk"),  # a learner's word order
        ("I no drink milk", "dislike", "Does not drink milk"),
        ("I no longer eat lamb", "dislike", "No longer eats lamb"),
        ("I couldn't finish the book", "dislike", "Could not finish the book"),
        ("always I stretch first", "preference", ""),  # "I" is no verb: nothing, never "Always is stretch first"
        ("never in the afternoon", "dislike", ""),
        ("I no longer, sorry", "dislike", ""),
    ],
)
def test_a_learners_word_order_is_worded_or_left(clause: str, kind: str, said: str) -> None:
    text, _ = restate(clause, kind, shaped=True)
    assert text.replace(" I walk", " they walk") == said.replace(" I walk", " they walk")


@pytest.mark.parametrize(
    "turn",
    [
        "i used to sing in a choir on sundays but i dont anymore",
        "my aunt used to take me sailing every august but I haven't been in years and honestly I don't miss it",
    ],
)
def test_a_habit_given_up_then_negated_is_no_new_habit(turn: str) -> None:
    reading = read_parts(turn)
    clauses = [c for p in reading.parts for c in p.clauses]
    first, last = everyday([p.sentence.text for p in reading.parts], clauses)
    assert first == last == []


def test_the_habit_that_replaced_one_is_still_read() -> None:
    reading = read_parts("I used to swim laps, these days only rowing")
    clauses = [c for p in reading.parts for c in p.clauses]
    _, last = everyday([p.sentence.text for p in reading.parts], clauses)
    assert [d.text for d in last] == ["Prefers only rowing"]


@pytest.mark.parametrize(
    "clause",
    [
        "strong cheese gives me a migraine",
        "night driving terrifies me",
        "humid weather makes me feel sick",
        "crowded ferries are rough on me",
        "coffee after noon ruins my sleep",
    ],
)
def test_what_harms_the_user_is_a_dislike(clause: str) -> None:
    assert consistent_kind(clause, "preference") == "dislike"


def test_what_pleases_the_user_stays_a_preference() -> None:
    assert consistent_kind("strong cheese makes my week", "preference") == "preference"


@pytest.mark.parametrize(
    ("sentence", "memory", "kind"),
    [
        ("I'm pretty shy at parties", "Is pretty shy at parties", MemoryKind.fact),  # a state: a fact
        ("I'm kind of a pro at knots", "Is kind of a pro at knots", MemoryKind.fact),
        ("I'm scared of deep water", "Is scared of deep water", MemoryKind.dislike),  # a feeling about a thing
        ("I'm a huge jazz fan", "Is a huge jazz fan", MemoryKind.preference),  # a taste
    ],
)
def test_what_the_user_is_read_by_the_reader_is_a_fact_unless_it_is_a_taste(
    sentence: str, memory: str, kind: MemoryKind
) -> None:
    assert (memory, kind) in [(d.text, d.kind) for d in guided(sentence, SURE_PREFERENCE)]


@pytest.mark.parametrize("turn", ["Draft a note to the school. Firm, short.", "Reply to the invite. Warm, brief."])
def test_how_a_text_should_read_is_not_a_profile_line(turn: str) -> None:
    assert read_turn(turn) == []


def test_a_profile_line_is_still_read() -> None:
    assert [d.text for d in read_turn("Short, vegan, live in Porto")] == ["Is short", "Is vegan", "Lives in Porto"]


@pytest.mark.parametrize("text", ["Has a without sugar", "Has a with the kids", "Has an of course"])
def test_has_a_with_a_function_word_is_hollow(text: str) -> None:
    assert hollow(text)


@pytest.mark.parametrize("text", ["Has a withered fern", "Has a tandem", "Has an orchard"])
def test_has_a_thing_is_not_hollow(text: str) -> None:
    assert not hollow(text)


@pytest.mark.parametrize(
    ("turn", "memories"),
    [
        ("I was born in Ghana", ["Was born in Ghana"]),  # where the user was born: a fact on the default path
        ("i was born and raised in porto", ["Was born in porto"]),
        ("I was born in the wrong century lol", []),  # a figure of speech, not a place
        ("I have three goats and a donkey", ["Has three goats", "Has a donkey"]),  # each one of a list
        ("I have a wife, a son and a cat", ["Has a wife", "Has a son", "Has a cat"]),
        ("I have a cat and a lot of plants", ["Has a cat"]),
    ],
)
def test_facts_said_plainly_on_the_default_path(turn: str, memories: list[str]) -> None:
    assert [d.text for d in read_turn(turn)] == memories


def test_a_number_the_rules_worded_is_not_read_again() -> None:
    drafts = guided("I'm 5'2 so the pedals matter", SURE_FACT)
    assert [d.text for d in drafts if "5'2" in d.text] == ["Is 5'2\" tall"]


def test_a_limit_that_follows_from_a_reason_is_a_constraint_even_read_as_a_fact() -> None:
    drafts = guided("I rent, so nothing permanent", SURE_FACT)
    assert ("Needs nothing permanent", MemoryKind.constraint) in [(d.text, d.kind) for d in drafts]


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Walks the dog every morning", "I walk the dog every morning", MemoryKind.fact),  # a routine: a fact
        ("Swims twice a week", "i swim twice a week", MemoryKind.fact),
        ("Only swims twice a week", "i only swim twice a week", MemoryKind.preference),  # a choice
        ("Reads the news once a day", "I read the news once a day, never in the morning", MemoryKind.preference),
        ("Likes the market every Sunday", "I like the market every Sunday", MemoryKind.preference),  # a taste
    ],
)
def test_a_routine_said_with_how_often_is_a_fact(text: str, quote: str, kind: MemoryKind) -> None:
    draft = Draft(text=text, kind=MemoryKind.preference, subject="x", confidence=0.8, quote=quote)
    assert routine_kind(draft).kind is kind
