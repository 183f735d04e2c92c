"""The relevance model: trained on a few pairs it moves the ordering the right way; a missing, corrupt or
mismatched weights file stops the start with the setting and the command that rebuild it; the reranker is
chosen from settings; an over-long request is read the same way every time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agents.services import Services
from memory.build import build_reranker
from memory.errors import ConfigError
from memory.ports import Embedder
from memory.recall.rank import Candidate, Scored
from memory.recall.relevance.model import DEFAULT_PATH, REBUILD, SETTING, RelevanceModel
from memory.recall.rerank import CutReranker, NotesReranker
from memory.recall.service import RecallService
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings
from memory.store.schemas import NewMemory, NewUser
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES
from tests.memory.relevance_pairs import KITES, REQUEST, SEAT, TINY_PAIRS
from training.relevance.generate import Pair, pairs
from training.relevance.life_topics import LIFE_TOPICS
from training.relevance.topics import TOPICS
from training.relevance.train import Features, fit, predict
from training.relevance.voices import memory_variants, request_variants


def test_a_tiny_model_learns_the_pair_the_cosine_gets_wrong(embedder: Embedder) -> None:
    train = TINY_PAIRS
    f = Features(embedder, sorted({p.request for p in train} | {p.memory for p in train}))
    before = fit(embedder, train, rank=2, steps=0, features=f)  # untrained: cosine and a bias
    after = fit(embedder, train, rank=2, steps=150, features=f)
    pair = train[:2]
    p0, p1 = predict(before, f, pair), predict(after, f, pair)
    assert p1[0] - p1[1] > p0[0] - p0[1]  # the seat moved up against the kites
    assert p1[0] > p1[1]
    again = fit(embedder, train, rank=2, steps=150, features=f)
    assert np.array_equal(predict(again, f, pair), p1)  # seeded: the same weights every time


def test_the_generator_keeps_test_texts_out_of_training() -> None:
    data = pairs()
    seen = {x for p in data["train"] for x in (p.request, p.memory, *p.roots)}  # variants and their originals
    test_only = {x for p in data["test"] for x in (p.request, p.memory)}
    assert data["test"] and not (test_only & seen)
    assert all(not p.request_root and not p.memory_root for p in data["test"])  # test texts as written
    assert any(p.request_root for p in data["train"]) and any(p.memory_root for p in data["train"])
    assert pairs() == data  # seeded


def test_the_near_misses_add_texts_without_moving_the_shipped_split() -> None:
    """The third pass (near misses, not shipped) is opt-in: off, the pairs are the shipped model's; on, every
    earlier held-out pair stays held out, and the new texts split apart with training kept off the test side."""
    shipped, near = pairs(), pairs(near=True)
    assert {(p.request, p.memory, p.label) for p in shipped["test"]} < {
        (p.request, p.memory, p.label) for p in near["test"]
    }
    new_test = {x for p in near["test"] for x in (p.request, p.memory)} - {
        x for p in shipped["test"] for x in (p.request, p.memory)
    }
    assert "Builds model airplanes on weekends" in {p.memory for p in near["train"] + near["test"]}
    assert new_test and not new_test & {x for p in near["train"] for x in (p.request, p.memory, *p.roots)}
    flight = [p for p in near["train"] if p.request == "Book me a flight to Seoul" and "airplanes" in p.memory]
    assert flight and all(p.label == 0 for p in flight)  # sounding alike is not applying


def test_the_circumstance_topics_are_opt_in_and_keep_the_held_out_texts_held_out() -> None:
    """The ninth pass (circumstances, not shipped) is opt-in; on, every earlier held-out text stays held out, the
    new texts split apart, and a diet condition bears on food requests (it bore on none)."""
    shipped, more = pairs(), pairs(circumstances=True)
    texts = {part: {x for p in more[part] for x in (p.request, p.memory, *p.roots)} for part in ("train", "test")}
    old_test = {x for p in shipped["test"] for x in (p.request, p.memory)}
    assert old_test <= texts["test"] and not old_test & texts["train"]
    assert "Has type 1 diabetes" not in {p.memory for p in shipped["train"] + shipped["test"]}
    food = {r for t in TOPICS if t.name in ("diet", "cuisine") for r in t.requests}
    both = more["train"] + more["test"]
    assert food & {p.request for p in both if p.memory in ("Has type 1 diabetes", "Has type 2 diabetes") and p.label}
    assert not [
        p
        for p in shipped["train"] + shipped["test"]
        if p.memory == "Has type 2 diabetes" and p.label and p.request in food
    ]


def test_the_owned_topics_are_opt_in_and_keep_the_held_out_texts_held_out() -> None:
    """The eleventh pass (things the user has, not shipped) is opt-in; on, every earlier held-out text stays held out
    and the car the user drives bears on servicing it (no shipped pair says so)."""
    from training.relevance.owned_check import CHECK
    from training.relevance.owned_topics import OWNED_TOPICS

    shipped, more = pairs(), pairs(owned=True)
    texts = {part: {x for p in more[part] for x in (p.request, p.memory, *p.roots)} for part in ("train", "test")}
    old_test = {x for p in shipped["test"] for x in (p.request, p.memory)}
    assert old_test <= texts["test"] and not old_test & texts["train"]
    car = next(t for t in OWNED_TOPICS if t.name == "car_owned")
    both = more["train"] + more["test"]
    assert {p.request for p in both if p.memory in car.memories and p.label} >= set(car.requests)
    assert not {p.memory for p in shipped["train"] + shipped["test"]} & set(car.memories)
    # the check's memories and the requests they bear on are in no training or test text: new wording
    assert not {x for r, m, bears in CHECK for x in (m, *([r] if bears else []))} & (texts["train"] | texts["test"])


def test_the_mlp_experiment_moves_the_ordering_the_right_way(embedder: Embedder) -> None:
    from training.relevance.mlp_experiment import fit_mlp, mlp_probs

    train = [
        Pair(REQUEST, SEAT, 1, "t"),
        Pair(REQUEST, KITES, 0, "t"),
        Pair("Suggest a kite for my son", KITES, 1, "t"),
        Pair("Suggest a kite for my son", SEAT, 0, "t"),
    ]
    f = Features(embedder, sorted({p.request for p in train} | {p.memory for p in train}))
    kw = {"hidden": 8, "batch": 4, "seed": 14, "decay": 1e-3, "lr": 0.01}
    before = mlp_probs(fit_mlp(f, train, steps=0, **kw), f, train[:2])  # type: ignore[arg-type]
    after = mlp_probs(fit_mlp(f, train, steps=100, **kw), f, train[:2])  # type: ignore[arg-type]
    assert after[0] - after[1] > before[0] - before[1] and after[0] > after[1]


def test_the_first_pass_held_out_texts_stay_held_out() -> None:
    """Texts added later split apart, so a model trained before them is scored on texts it never saw."""
    test = {x for p in pairs()["test"] for x in (p.request, p.memory)}
    old = {t for topic in TOPICS for t in (*topic.memories, *topic.requests)}
    assert {"Is allergic to walnuts", "Book me a flight to Seoul"} <= old
    first_pass_test = test & old
    assert first_pass_test and len(first_pass_test) < len(old) // 3


def test_the_life_topics_link_a_circumstance_to_what_it_bears_on() -> None:
    """The tenth pass: pregnancy bears on drinks and not on books; the new texts split apart, with their own draw."""
    both = pairs()["train"] + pairs()["test"]
    life = {t.name: t for t in LIFE_TOPICS}
    pregnancy, drinks = set(life["pregnancy"].memories), {r for t in TOPICS if t.name == "drinks" for r in t.requests}
    books = {r for t in TOPICS if t.name == "reading" for r in t.requests}
    labels = {(p.request, p.memory): p.label for p in both if p.memory in pregnancy}
    assert any(labels.get((r, m)) == 1 for r in drinks for m in pregnancy)
    assert not any(labels.get((r, m)) for r in books for m in pregnancy)
    test = {x for p in pairs()["test"] for x in (p.request, p.memory)}
    new = {x for t in LIFE_TOPICS for x in (*t.memories, *t.requests)}
    assert test & new and not (test & new) >= new


def test_memories_are_varied_into_the_other_voice() -> None:
    assert memory_variants("Is allergic to walnuts") == ["I am allergic to walnuts"]
    assert memory_variants("Always picks a window seat") == ["I always pick a window seat"]
    assert memory_variants("Carries an EpiPen") == ["I carry an EpiPen"]
    assert memory_variants("I love Korean barbecue") == ["Loves Korean barbecue"]
    assert memory_variants("I'm pescatarian") == ["Is pescatarian"]
    assert memory_variants("My partner is vegetarian") == []  # about someone else: no variant
    framed = request_variants("Book me a flight to Seoul")
    assert len(framed) == 2 and all("Book me a flight to Seoul" in r for r in framed)
    assert request_variants("Book me a flight to Seoul") == framed  # the same every run


def _settings(tmp_path: Path, **recall: object) -> Settings:
    return Settings(data_dir=tmp_path, recall=RecallSettings(**recall))  # type: ignore[arg-type]


@pytest.mark.parametrize("content", [None, b"not a zip file", b"PK\x03\x04 truncated"])
def test_a_missing_or_corrupt_model_is_a_start_up_error(
    tmp_path: Path, embedder: Embedder, content: bytes | None
) -> None:
    path = tmp_path / "relevance.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigError) as err:
        build_reranker(_settings(tmp_path, relevance_model=path), embedder, Categorizer(embedder))
    assert err.value.setting == SETTING and REBUILD in str(err.value) and str(path) in str(err.value)
    assert ("missing" if content is None else "corrupt") in str(err.value)


def test_a_model_for_another_embedder_is_refused(tmp_path: Path, embedder: Embedder) -> None:
    model = RelevanceModel.load(DEFAULT_PATH)
    other = tmp_path / "other.npz"
    RelevanceModel(**{**model.__dict__, "embedder": "some-other-model"}).save(other)
    with pytest.raises(ConfigError) as err:
        build_reranker(_settings(tmp_path, relevance_model=other), embedder, Categorizer(embedder))
    assert "some-other-model" in str(err.value) and err.value.setting == SETTING


def test_the_reranker_is_chosen_from_settings(tmp_path: Path, embedder: Embedder) -> None:
    cat = Categorizer(embedder)
    assert isinstance(build_reranker(_settings(tmp_path, rerank="off"), embedder, cat), CutReranker)
    assert build_reranker(_settings(tmp_path), embedder, cat).name == "model"  # the default
    judge = NotesReranker(lambda request, notes: [])
    assert build_reranker(_settings(tmp_path, rerank="llm"), embedder, cat, judge._judge).name == "llm"
    with pytest.raises(ConfigError) as err:
        build_reranker(_settings(tmp_path, rerank="llm"), embedder, cat)
    assert err.value.setting == "TACIT_RECALL__RERANK"


def test_an_over_long_request_is_read_the_same_way_every_time(parts: Services) -> None:
    parts.store.create_user(NewUser(id="lee"))
    parts.store.add_many("lee", [NewMemory(text=SEAT), NewMemory(text=KITES), NewMemory(text="Likes jazz")])
    long = REQUEST + " " + " ".join(f"word{i}" for i in range(20_000))[:19_000]
    first = parts.recall.context("lee", ContextRequest(query=long))
    second = parts.recall.context("lee", ContextRequest(query=long))
    assert [(i.memory.text, i.score, i.why) for i in first.items] == [
        (i.memory.text, i.score, i.why) for i in second.items
    ]
    assert all(i.why for i in first.items)


def test_every_chosen_item_says_why_with_each_ranking(parts: Services) -> None:
    parts.store.create_user(NewUser(id="kai"))
    texts = [SEAT, "Is allergic to peanuts", "Likes jazz", "Prefers short answers"]
    parts.store.add_many("kai", [NewMemory(text=t) for t in texts])
    off = RecallService(parts.sessions, parts.embedder, parts.index, parts.categorizer, reranker=CutReranker())
    for service, first in ((off, "score "), (parts.recall, "relevance model ")):
        result = service.context("kai", ContextRequest(query="Which seats are free on my flight to Lima?"))
        assert SEAT in [i.memory.text for i in result.items]
        assert all(i.why and all(w.strip() for w in i.why) for i in result.items)
        seat = next(i for i in result.items if i.memory.text == SEAT)
        assert seat.why[0].startswith(first), seat.why


def test_constraints_go_in_where_they_bear_and_stay_out_where_they_cannot(parts: Services) -> None:
    parts.store.create_user(NewUser(id="ana"))
    added = parts.store.add_many(
        "ana", [NewMemory(text="Is allergic to peanuts"), NewMemory(text="Has a fear of heights")]
    )
    assert {m.kind for m in added} == {"constraint"}  # read from the wording: core items
    off = RecallService(parts.sessions, parts.embedder, parts.index, parts.categorizer, reranker=CutReranker())

    def chosen(service: RecallService, request: str) -> set[str]:
        return {i.memory.text for i in service.context("ana", ContextRequest(query=request)).items}

    assert chosen(off, "How do I reset my router?") == {"Is allergic to peanuts", "Has a fear of heights"}
    assert chosen(parts.recall, "How do I reset my router?") == set()
    assert "Is allergic to peanuts" in chosen(parts.recall, "Any snack ideas for the train ride?")
    assert "Has a fear of heights" in chosen(parts.recall, "Plan a hike along the cliffs in Madeira")


class _CountingCategorizer(Categorizer):
    """The real categorizer, counting the memory rows it computes facets for."""

    rows = 0

    def facets(self, vectors: np.ndarray) -> np.ndarray:  # type: ignore[override]
        self.rows += len(vectors)
        return super().facets(vectors)


def test_facets_are_computed_once_per_memory_vector_and_read_back_unchanged(embedder: Embedder) -> None:
    from memory.recall.relevance.reranker import ModelReranker

    categorizer = _CountingCategorizer(embedder)
    reranker = ModelReranker(RelevanceModel.load(DEFAULT_PATH), categorizer)
    held = embedder.embed(["Is allergic to peanuts", "Prefers aisle seats", "Likes sci-fi novels"])
    fresh = Categorizer(embedder).facets(held)

    first = reranker._facets_of(["a", "b", "c"], held)
    again = reranker._facets_of(["c", "a", "b"], held[[2, 0, 1]])
    assert categorizer.rows == 3, "the second read computed nothing"
    np.testing.assert_allclose(first, fresh, atol=1e-6)
    np.testing.assert_allclose(again, fresh[[2, 0, 1]], atol=1e-6)

    changed = embedder.embed(["Prefers window seats"])  # the same id, re-embedded: read afresh
    reranker._facets_of(["b"], changed)
    assert categorizer.rows == 4


def _candidate(cid: str) -> Candidate:
    return Candidate(cid, cid, "preference", "travel", "", False, 1.0, 1, datetime.now(UTC))


def test_an_item_the_cut_keeps_needs_the_request_veto_not_only_the_models(embedder: Embedder) -> None:
    from memory.recall.relevance.reranker import REQUEST_VETO, ModelReranker

    categorizer = Categorizer(embedder)
    categories = tuple(PROTOTYPES)
    n, dim = len(categories), embedder.dimension
    zero = np.zeros((dim, 1), dtype=np.float32)
    # logit = -2.42 + 1.8 * cos: probabilities 0.35 (cos 1), 0.27 (cos 0.8), 0.18 (cos 0.5); the model's own veto 0.1
    model = RelevanceModel(
        1.8, np.zeros(dim, np.float32), zero, zero, np.zeros((n, n), np.float32), -2.42, 0.9, 0.1,
        embedder.model_name, categories,
    )  # fmt: skip
    query = np.zeros(dim, dtype=np.float32)
    query[0] = 1.0
    vectors = {}
    for cid, cos in (("best", 1.0), ("near", 0.8), ("low", 0.5)):
        v = np.zeros(dim, dtype=np.float32)
        v[0], v[1] = cos, np.sqrt(1 - cos**2)
        vectors[cid] = v
    ranked = [Scored(_candidate(c), 0.5, score=0.8) for c in ("best", "near", "low")]  # the cut keeps all three
    chosen = ModelReranker(model, categorizer).rerank("a request", query, ranked, vectors, 20)
    assert chosen is not None
    kept = {s.candidate.id: s.score for s in chosen}
    assert set(kept) == {"best", "near"}  # "low" is above the model's veto (0.1) but below REQUEST_VETO
    assert min(kept.values()) >= REQUEST_VETO > 0.18


def test_pair_level_corrections_touch_training_pairs_only_and_name_training_texts() -> None:
    from training.relevance import pair_labels as pl

    plain, judged = pairs(augment=False), pairs(augment=False, relabel=True)
    assert judged["test"] == plain["test"]  # the held-out pairs keep their labels
    roots = {x for p in plain["train"] for x in p.roots}
    named = {*pl.MEMORY_NOT, *pl.MEMORY_ALSO, *pl.REQUEST_NOT, *pl.REQUEST_ALSO}
    assert named <= roots  # every correction names a training text (a typo would silently do nothing)
    changed = [(a, b) for a, b in zip(plain["train"], judged["train"], strict=True) if a.label != b.label]
    assert any(b.label for _, b in changed) and any(not b.label for _, b in changed)
    assert all(a.memory in named or a.request in named for a, _ in changed)


def test_the_precision_study_simulates_a_cut_by_removing_items_only() -> None:
    from training.relevance.precision_study import measure, policy

    def item(text: str, p: float, applies: bool, section: str = "request", how: str = "cut+model") -> dict[str, Any]:
        return {"text": text, "section": section, "kind": "preference", "p": p, "how": how, "applies": applies}

    row = {
        "want": ["seat"],
        "items": [item("seat", 0.9, True), item("kites", 0.3, False), item("nuts", 0.4, False, "core", "constraint")],
    }
    shipped, strict = measure([row], policy()), measure([row], policy(ratio=0.5, core_bar=0.5))
    assert shipped["hit_rate"] == strict["hit_rate"] == 1.0
    assert shipped["precision"] == pytest.approx(1 / 3) and strict["precision"] == 1.0


def test_life_circumstances_reach_the_requests_they_bear_on(parts: Services) -> None:
    """The tenth pass (training/relevance/life_topics.py): breastfeeding bears on food, drink and medicine, ADHD on
    studying, and neither on a router or a flight. Worded here as no training text is; with the earlier weights
    both stayed out of every request below (probability 0.16-0.32, under CORE_VETO)."""
    parts.store.create_user(NewUser(id="mia"))
    said = ("Currently breastfeeding my second baby", "Was diagnosed with ADHD as an adult")
    nursing, adhd = parts.store.add_many("mia", [NewMemory(text=t) for t in said])
    assert nursing.kind == adhd.kind == "constraint"  # read from the wording, as the learning path keeps them

    def chosen(request: str) -> set[str]:
        return {i.memory.text for i in parts.recall.context("mia", ContextRequest(query=request)).items}

    assert chosen("Can I have a glass of wine with dinner tonight?") == {nursing.text}
    assert nursing.text in chosen("Which cold medicine can I take?")  # ADHD may come too: stimulants and decongestants
    assert adhd.text in chosen("Make me a study plan for my exams")  # the nursing too (0.52): a new parent's hours
    for request in ("How do I reset my router?", "Book me a flight to Tokyo"):
        assert chosen(request) == set(), request
    assert nursing.text not in chosen("Help me fix my bike chain")  # ADHD comes (0.42): docs/relevance-model.md
