"""The gate: cheap, recall-first, and in agreement with what the offline extractor can read."""

from __future__ import annotations

import pytest

from agents.extract.gate import gate_for, may_state_something, reveals_something
from agents.extract.llm_extractor import LLMExtractor
from agents.llm.scripted import ScriptedLLM
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from agents.offline.reader import read_turn
from memory.ports import Embedder

OPTIONS = "Here are some ideas:\n1. A cooking class\n2. A wine tasting\n3. A pottery workshop"
ANSWER = "Here is a long answer with an introduction, three sections and a summary."

REVEALING = [
    ("I can't stand crowded places.", None),
    ("I'm vegetarian, so no meat please.", None),
    ("Honestly I prefer trains over planes.", None),
    ("I'm a nurse and my kids keep me busy.", None),
    ("We just adopted a puppy! What should my dog eat?", None),
    ("I'm looking for a laptop under $800.", None),
    ("I never fly.", None),
    ("Crowded beaches just aren't my thing.", None),
    ("Too long. Shorter please.", ANSWER),
    ("Please stop using emojis.", None),
    ("In TypeScript please.", ANSWER),
    ("Option 2 sounds good.", OPTIONS),
    ("The pottery workshop, please.", OPTIONS),
    ("B", "Pick one: A) the beach B) the mountains C) the city"),
]
PLAIN = [
    "What's the capital of France?",
    "Can you recommend a good Italian restaurant?",
    "Write me a poem about dogs.",
    "Summarize this article in three bullet... no wait, in two sentences.",
    "```python\nprint('I love this')\n```",
    "def f(x):\n    return x + 1\n\nprint(f(2))\nwhy is the output 3?",
    "hello",
    "continue",
    "Tell me more about option 2.",
    "",
]


@pytest.mark.parametrize(("text", "previous"), REVEALING)
def test_turns_that_may_reveal_something_pass(text: str, previous: str | None) -> None:
    assert reveals_something(text, previous)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_questions_requests_and_code_do_not(text: str) -> None:
    assert not reveals_something(text)


def test_a_pick_by_name_passes_though_it_asks_something() -> None:
    reply = "pottery!! do they have evening slots?? sold"
    assert reveals_something(reply, OPTIONS)
    assert [d.text for d in read_turn(reply, OPTIONS)] == ["Prefers a pottery workshop"]
    assert not reveals_something(reply, ANSWER)


def test_a_pick_needs_options_before_it() -> None:
    assert reveals_something("Option 2 sounds good.", OPTIONS)
    assert not reveals_something("Option 2 sounds good.", "Paris is lovely in spring.")
    assert not reveals_something("Option 2 sounds good.", None)


@pytest.mark.parametrize(("text", "previous"), [*REVEALING, *((t, None) for t in PLAIN)])
def test_the_gate_never_drops_a_turn_the_extractor_reads(text: str, previous: str | None) -> None:
    if read_turn(text, previous):
        assert reveals_something(text, previous)


def test_long_turns_are_cheap_and_still_read_from_the_start() -> None:
    pasted = "I love hiking. " + "lorem ipsum dolor sit amet " * 10_000
    assert reveals_something(pasted)
    assert not reveals_something("x = 1\n" * 50_000)


# --- the wide gate, for an extractor that reads statements itself (the offline one with its learned reader) ---

TERSE = ["Window seat. Always.", "PS5 only. No PC.", "Bad lower back. No deadlifts."]
SETUP_LISTS = ["Renters insurance. Studio, no car, no pets.", "Need a will. Married, two kids, renting."]
INDIRECT = [
    # "No spoilers. Ever." and "No sugar." are read by the rules now, so the regex gate passes them too; so is
    # "my book club picked ..." since session 27 (Is a member of a book club), hence the reading group here
    "my reading group picked a 900 page fantasy novel. kill me. how do i skim it without anyone noticing",
]


@pytest.mark.parametrize("text", INDIRECT)
def test_the_wide_gate_passes_what_the_regex_gate_drops(text: str) -> None:
    assert not reveals_something(text)
    assert may_state_something(text)


@pytest.mark.parametrize("text", [*TERSE, *SETUP_LISTS])
def test_short_statements_pass_both_gates(text: str) -> None:
    assert reveals_something(text)  # though a short reply might be a pick by name, or "no X" a rejection
    assert may_state_something(text)


@pytest.mark.parametrize("text", SETUP_LISTS)
def test_the_rules_read_a_setup_list_the_gate_passes(text: str) -> None:
    assert len(read_turn(text)) >= 2


@pytest.mark.parametrize("text", [*PLAIN, "Thanks.", "Write a CSV parser.", "when is the next train to Lyon"])
def test_the_wide_gate_still_stops_questions_requests_and_code(text: str) -> None:
    assert not may_state_something(text)


@pytest.mark.parametrize(("text", "previous"), REVEALING)
def test_the_wide_gate_passes_all_the_regex_gate_passes(text: str, previous: str | None) -> None:
    assert may_state_something(text, previous)


class _Reads:
    name = "reads"
    reads_statements = True


def test_the_gate_is_chosen_by_the_extractor(embedder: Embedder) -> None:
    assert gate_for(OfflineExtractor(embedder)) is reveals_something
    assert gate_for(_Reads()) is may_state_something  # type: ignore[arg-type]
    assert gate_for(OfflineExtractor(embedder, reader=load_reader())) is may_state_something
    assert gate_for(LLMExtractor(ScriptedLLM())) is may_state_something  # a model reads statements itself


@pytest.mark.parametrize("text", ["no cameras inside the house, period, creeps me out", "No Facebook, privacy reasons"])
def test_the_gate_passes_whatever_a_rule_reads(text: str) -> None:
    assert read_turn(text) != []
    assert reveals_something(text)  # no cue word: the rules' own reading lets it through
