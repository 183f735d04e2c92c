"""The conversations written for the learned reader's training (``agents/offline/reader_conversations.jsonl``):
they parse in the schema of ``bench/data/conversations``, there are at least 80, they hold no tune or test domain
(so every held-out fold of ``bench.reader_folds`` may train on them and test stays unseen), and every label is
well formed."""

from __future__ import annotations

import json
from typing import Any

from agents.offline.reader_corpus import corpus
from agents.offline.reader_data import CONVERSATIONS, from_tune

TUNE_DOMAINS = {
    "food", "travel", "coding", "parenting", "sport", "learning", "home",
    "gardening", "gaming", "reading", "fitness", "writing", "events",
}  # fmt: skip
TEST_DOMAINS = {
    "work", "health", "money", "music", "shopping", "pets", "cars", "fashion",
    "film_tv", "cooking", "language_learning", "tech_support", "photography",
}  # fmt: skip
KINDS = {"preference", "dislike", "fact", "style", "constraint"}
FORMS = {
    "explicit", "implied", "conditional", "feedback",
    "choice-position", "choice-name", "choice-paraphrase", "choice-rejection",
}  # fmt: skip
VOICES = {"terse", "chatty", "nonnative", "typos", "lower", "plain"}


def _conversations() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CONVERSATIONS.read_text().splitlines() if line.strip()]


def test_the_written_conversations_parse_and_are_at_least_80() -> None:
    convs = _conversations()
    assert len(convs) >= 80
    assert len({c["id"] for c in convs}) == len(convs)
    assert {c["voice"] for c in convs} == VOICES
    for c in convs:
        assert c["turns"] and any(t["role"] == "user" for t in c["turns"]), c["id"]
        for t in c["turns"]:
            assert t["role"] in ("user", "assistant") and t["content"].strip(), c["id"]


def test_no_conversation_is_in_a_tune_or_test_domain() -> None:
    domains = {c["domain"] for c in _conversations()}
    assert len(domains) >= 15
    assert not domains & (TUNE_DOMAINS | TEST_DOMAINS), domains & (TUNE_DOMAINS | TEST_DOMAINS)


def test_every_label_has_a_valid_kind_and_form() -> None:
    forms_seen: set[str] = set()
    for c in _conversations():
        for t in (t for t in c["turns"] if t["role"] == "user"):
            assert t["teaches"] == bool(t["labels"]), c["id"]
            if not t["labels"]:
                assert t["forms"], f"{c['id']}: a turn that teaches nothing says why"
            for lab in t["labels"]:
                assert lab["form"] in FORMS, (c["id"], lab["form"])
                assert lab["kinds"] and set(lab["kinds"]) <= KINDS, (c["id"], lab["kinds"])
                assert lab["text"].strip() and lab["keywords"] and all(lab["keywords"]), c["id"]
                assert bool(lab["context"]) == (lab["form"] == "conditional"), (c["id"], lab["text"])
                forms_seen.add(lab["form"])
    assert forms_seen == FORMS  # every label form is written at least once


def test_the_written_conversations_are_training_rows_in_every_fold() -> None:
    rows = list(from_tune(CONVERSATIONS))
    assert {c for _, c in rows} >= {"nothing", "preference", "dislike", "fact", "style", "constraint"}
    # a fold restricts the tune half to its domains, not the written conversations
    fold = corpus(frozenset(["food"]), conversations_weight=3.0)
    assert set(rows) <= {(s, c) for s, c, _ in fold}
    assert {(s, c) for s, c, w in fold if w == 3.0} >= set(rows)
    assert not set(rows) <= {(s, c) for s, c, _ in corpus(frozenset(["food"]), conversations_weight=0)}
    only_nothing = corpus(conversations_weight=1.0, conversations_classes=frozenset(["nothing"]))
    assert len(only_nothing) == len(corpus()) + sum(c == "nothing" for _, c in rows)
