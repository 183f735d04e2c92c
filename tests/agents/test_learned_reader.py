"""The learned reader beside the rules: loading (a clear error naming the rebuild command), what it reads,
and conditions and scope kept: a preference for a situation keeps its context and stays out of the core."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import guide, units
from agents.offline.learned import CLASSES, REBUILD, WEIGHTS, LearnedReader, ReaderUnavailable, load_reader
from agents.offline.reader import read_parts
from agents.offline.restate import lead_condition, restate
from agents.services import Services
from memory.learn.log import NewTurns
from memory.ports import Embedder
from memory.recall.types import ContextRequest
from memory.settings import LLMSettings
from memory.types import MemoryKind


@pytest.fixture(scope="module")
def reader() -> LearnedReader:
    return load_reader()


@pytest.fixture(scope="module")
def guided(embedder: Embedder, reader: LearnedReader) -> OfflineExtractor:
    return OfflineExtractor(embedder, reader=reader)


def said(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    return extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates


# --- loading ---------------------------------------------------------------------------------------------


def test_a_missing_weights_file_names_the_rebuild_command(tmp_path: Path) -> None:
    with pytest.raises(ReaderUnavailable, match="missing") as err:
        load_reader(tmp_path / "nope.json")
    assert REBUILD in str(err.value) and "make reader" in str(err.value)


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"format": 2, "classes": list(CLASSES)}),  # no arrays
        json.dumps(
            {
                "format": 2,
                "classes": list(CLASSES),
                **{k: {"shape": [2], "float16": "!!"} for k in ["w1", "b1", "w2", "b2"]},
            }
        ),
    ],
)
def test_a_corrupt_weights_file_names_the_rebuild_command(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ReaderUnavailable, match="rebuild them with: make reader"):
        load_reader(path)


def test_weights_of_another_shape_are_refused(tmp_path: Path, reader: LearnedReader) -> None:
    path = tmp_path / "small.json"
    LearnedReader(reader.w1[:10], reader.b1, reader.w2, reader.b2).save(path)
    with pytest.raises(ReaderUnavailable, match="do not fit"):
        load_reader(path)


def test_the_shipped_weights_round_trip(tmp_path: Path, reader: LearnedReader, embedder: Embedder) -> None:
    assert WEIGHTS.stat().st_size < 200_000  # a small file
    path = tmp_path / "copy.json"
    reader.save(path)
    again = load_reader(path)
    texts = ["I'm allergic to peanuts", "what's the capital of France?"]
    vectors = embedder.embed(texts)
    assert (
        again.probabilities(vectors, texts).argmax(axis=1) == reader.probabilities(vectors, texts).argmax(axis=1)
    ).all()


# --- reading ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm allergic to peanuts", "constraint"),
        ("keep it short please", "style"),
        ("I work as a nurse", "fact"),
    ],
)
def test_the_reader_names_what_a_sentence_reveals(
    reader: LearnedReader, embedder: Embedder, text: str, kind: str
) -> None:
    p = reader.probabilities(embedder.embed([text]), [text])[0]
    assert CLASSES[int(p.argmax())] == kind


@pytest.mark.parametrize(
    "text",
    [
        "what's the capital of France?",
        "my sister loves sushi, what should I cook for her?",
        "yeah sure, I LOVE waiting in line for two hours 🙄",
        "I used to love running but I gave it up years ago",
        "If I were rich I'd buy a boat",
    ],
)
def test_turns_that_teach_nothing_give_no_candidate(guided: OfflineExtractor, text: str) -> None:
    assert [c for c in said(guided, text) if not c.ends] == []  # a habit given up only ends what it was


def test_terse_statements_no_rule_matches_are_learned(guided: OfflineExtractor) -> None:
    texts = [c.text.lower() for c in said(guided, "Window seat. Always.")]
    assert any("window" in t for t in texts)


# --- conditions and scope ---------------------------------------------------------------------------------


def test_restate_keeps_a_leading_condition_as_context() -> None:
    text, context = restate("When I write to my boss keep it formal please", "style")
    assert "formal" in text and "please" not in text
    assert context == "when writing to their boss"
    assert lead_condition("In general I like tea") == ""


def test_a_preference_for_a_situation_keeps_its_context(guided: OfflineExtractor) -> None:
    found = said(guided, "when I write to my boss keep it formal")
    formal = [c for c in found if "formal" in c.text.lower()]
    assert formal and formal[0].kind == MemoryKind.style
    assert "boss" in formal[0].context


def test_the_rules_alone_keep_a_leading_condition(embedder: Embedder) -> None:
    found = said(OfflineExtractor(embedder), "When I'm on a work trip, I prefer aisle seats.")
    aisle = [c for c in found if "aisle" in c.text.lower()]
    assert aisle and "work trip" in aisle[0].context


@pytest.fixture
def learning(parts: Services, guided: OfflineExtractor) -> Iterator[Services]:
    s = Services(parts.settings, embedder=parts.embedder, index=parts.index, extractor=guided)
    yield s
    s.close()


def test_only_general_preferences_go_to_the_always_sent_core(learning: Services) -> None:
    turns = [
        {"role": "user", "content": "When I write to my boss keep it formal please."},
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": "Keep your answers short, I read them on my phone."},
    ]
    receipt = learning.log.append("scope-user", NewTurns.model_validate({"turns": turns}))
    assert receipt.job_id is not None
    learning.worker.wait_for(receipt.job_id, "default")
    items = learning.store.list_memories("scope-user").items
    formal = [m for m in items if "formal" in m.text.lower()]
    short = [m for m in items if "short" in m.text.lower()]
    assert formal and formal[0].context and short and not short[0].context
    hike = learning.recall.context("scope-user", ContextRequest(query="Plan a two-day hike in the Alps for me"))
    core = {c.memory.id for c in hike.items if c.section == "core"}
    assert short[0].id in core  # a general style rule is always sent
    assert formal[0].id not in {c.memory.id for c in hike.items}  # the boss's tone stays out of a hike
    email = learning.recall.context(
        "scope-user", ContextRequest(query="Help me write an email to my boss about a raise")
    )
    assert formal[0].id in {c.memory.id for c in email.items if c.section != "core"}


@pytest.mark.parametrize(("choice", "learned"), [("rules", False), ("learned", True)])
def test_the_setting_chooses_the_offline_reader(parts: Services, choice: str, learned: bool) -> None:
    """TACIT_LLM__OFFLINE_READER: the composition root builds the offline extractor with or without the reader;
    a terse statement no rule matches is read only with it."""
    cfg = parts.settings.model_copy(update={"llm": LLMSettings(offline_reader=choice)})  # type: ignore[arg-type]
    s = Services(cfg, embedder=parts.embedder, index=parts.index)
    try:
        found = said(s.extractor, "Diesel, not petrol.")  # type: ignore[arg-type]
        assert any("diesel" in c.text.lower() for c in found) is learned, found
    finally:
        s.close()


@pytest.mark.parametrize(("choice", "learned"), [("rules", False), ("learned", True)])
def test_a_terse_turn_reaches_the_reader_through_the_graph(parts: Services, choice: str, learned: bool) -> None:
    """ "Diesel, not petrol." (no rule reads it): through the message log, the job queue and the graph, only the learned
    reader stores it."""
    cfg = parts.settings.model_copy(update={"llm": LLMSettings(offline_reader=choice)})  # type: ignore[arg-type]
    s = Services(cfg, embedder=parts.embedder, index=parts.index)
    user = f"terse-{choice}"
    try:
        receipt = s.log.append(
            user, NewTurns.model_validate({"turns": [{"role": "user", "content": "Diesel, not petrol."}]})
        )
        assert receipt.job_id is not None
        s.worker.wait_for(receipt.job_id, "default")
        texts = [m.text.lower() for m in s.store.list_memories(user).items]
        assert any("diesel" in t for t in texts) is learned, texts
    finally:
        s.close()


# --- what the reader adds, and what it leaves to the rules ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("No spoilers. Ever.", {MemoryKind.dislike, MemoryKind.style}, "spoilers"),
        ("Window seat. Always.", {MemoryKind.preference}, "window"),
    ],
)
def test_a_stressed_fragment_is_a_preference_or_a_dislike(
    guided: OfflineExtractor, text: str, kind: set[MemoryKind], word: str
) -> None:
    found = [c for c in said(guided, text) if word in c.text.lower()]
    assert found and found[0].kind in kind, found
    assert not any(c.text.lower().endswith(("always", "ever")) for c in said(guided, text))


@pytest.mark.parametrize(
    "text",
    [
        "boat!! they'd love it",
        "on holiday I don't care.",
        "i always use tabs. fight me",
        "for my hobby projects don't bother.",
    ],
)
def test_others_indifference_and_figures_of_speech_add_nothing(guided: OfflineExtractor, text: str) -> None:
    added = [c.text for c in said(guided, text) if "tabs" not in c.text.lower()]
    assert added == []


def test_the_reader_never_drops_what_the_rules_read(embedder: Embedder, guided: OfflineExtractor) -> None:
    """A plain first-person statement the rules word stays, whatever the reader thinks of it (a veto on the
    reader's 'nothing' cost PrefEval's explicit capture and removed no false memory on held-out tune domains)."""
    text = "I prefer to avoid regions with high humidity."
    rules = {c.text for c in said(OfflineExtractor(embedder), text)}
    assert rules and rules <= {c.text for c in said(guided, text)}


def test_restate_words_terse_facts_and_we() -> None:
    assert restate("Dyslexic", "fact")[0] == "Is dyslexic"
    assert restate("We just moved into a tiny flat", "fact")[0] == "Just moved into a tiny flat"
    assert restate("No PC", "dislike")[0] == "Avoids PC"
    assert restate("now I cannot, it distracts me", "dislike")[0] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Fluorescent activated cell sorting allows pure populations of lymphocyte subsets to be selected.",
        "Every year in August she goes to Germany.",
        "Create five catchy titles for a podcast clip. Refrain from using phrases like 'spill the tea' "
        + "or anything similar, keep each under ten words, make them punchy and clickbaity, add emojis at the end, "
        + "use the guest's name, and write them for a snowboarding channel where the host talks about gear, "
        + "travel and the mountains with friends every single week.",
    ],
)
def test_the_reader_adds_nothing_that_is_not_about_the_user(guided: OfflineExtractor, text: str) -> None:
    """An impersonal statement, someone else's habit, a long task prompt: no clause of them is the user's."""
    assert said(guided, text) == []


def test_the_words_settle_a_slip_of_kind() -> None:
    """A kind the clause's words contradict is corrected, or the clause is dropped ('')."""
    from agents.offline.reader_kinds import consistent_kind

    assert consistent_kind("No deadlifts", "preference") == "dislike"
    assert consistent_kind("physical books only for me", "dislike") == "preference"  # no negative word
    assert consistent_kind("the landlord is strict", "constraint") == ""  # said of something else
    assert consistent_kind("the env var one", "style") == ""  # no word about answers
    assert consistent_kind("keep it short", "style") == "style"
    assert consistent_kind("I can't stand olives", "dislike") == "dislike"


# --- clauses holding two statements -------------------------------------------------------------------------


def test_a_clause_holding_two_statements_is_read_in_pieces(guided: OfflineExtractor) -> None:
    found = said(guided, "im vegan btw so protein suggestions need to be plant based")
    assert any("vegan" in c.text.lower() and c.kind in (MemoryKind.constraint, MemoryKind.fact) for c in found)
    assert all("protein" not in c.text.lower() for c in found if "vegan" in c.text.lower())


def test_a_cut_never_opens_a_question_to_the_reader(guided: OfflineExtractor) -> None:
    assert said(guided, "wat can i make with leftover rice and eggs, i have like 10 min") == []


def test_a_memory_that_lost_its_object_is_dropped(guided: OfflineExtractor) -> None:
    texts = [c.text.lower() for c in said(guided, "my coworker swears by vim but i cant stand it, vscode all the way")]
    assert not any(t.endswith(" it") for t in texts)


def test_a_bare_dont_bother_adds_nothing_whatever_the_reader_says() -> None:
    text = "For work stuff please always give me tests with the code, but for my hobby projects don't bother."
    reading = read_parts(text)
    sure = np.tile(np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32), (len(units([reading])), 1))
    drafts = guide([reading], sure)[0]
    assert not any("bother" in d.text.lower() for d in drafts)


@pytest.mark.parametrize(
    "text",
    [
        "Objective: a maze on a grid\nConstraints:\n- only tkinter\n- no underscore character in names",
        "Question 5\nWhich user story leads to a discussion group?\nSelect one:\n1 point",
        "Ok. Let us move to some other question.",
        "I'll need to turn off the scroll bar and always show the full text.",
        "I'm going to paint the hall this weekend.",
    ],
)
def test_a_paste_or_a_request_adds_nothing_whatever_the_reader_says(text: str) -> None:
    reading = read_parts(text)
    sure = np.tile(np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32), (len(units([reading])), 1))
    added = [d.text for d in guide([reading], sure)[0] if d not in reading.head]
    assert added == [d.text for p in reading.parts for d in p.drafts]


def test_a_plan_that_is_a_preference_is_still_read() -> None:
    reading = read_parts("I'll never do red-eyes again.")  # no rule words it: the reader is asked
    assert units([reading]) == ["I'll never do red-eyes again."]


def test_a_clause_a_rule_worded_costs_no_embedding() -> None:
    reading = read_parts("I'll never fly overnight again.")
    assert [d.text for p in reading.parts for d in p.drafts] == ["Never flies overnight again"]
    assert units([reading]) == []


def test_a_sarcastic_turn_adds_nothing_from_its_other_sentences_whatever_the_reader_says() -> None:
    reading = read_parts("Omg yes I LOVE spending my whole Saturday scrubbing the oven. Best day ever.")
    sure = np.tile(np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32), (len(units([reading])), 1))
    assert units([reading]) == []
    assert guide([reading], sure)[0] == list(reading.head)


def test_a_memory_of_stress_words_only_is_dropped() -> None:
    from agents.offline.guided import clause_draft

    assert clause_draft("no. never again", "dislike", 0.99, "no. never again") is None
    kept = clause_draft("PS5 only", "preference", 0.99, "PS5 only.")
    assert kept is not None and "PS5" in kept.text
