"""The ``fresh`` half of the everyday-conversation benchmark (``bench/data/conversations/fresh.jsonl``): written
after ten passes of tuning on ``tune``, in domains that are in no other half and not in the reader's training
conversations, with the mix of the other halves (voices, label forms, turns that teach nothing). Only its shape
is checked here; how the extractor does on it is read as numbers, never as misses."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from bench.data.conversations.build import FRESH, KINDS, LABEL_FORMS, NOTHING_FORMS, TEST, TUNE, parse

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "conversations"
READER_CONVERSATIONS = ROOT / "agents" / "offline" / "reader_conversations.jsonl"
VOICES = {"terse", "chatty", "nonnative", "typos", "lower", "plain"}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _user_turns(convs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [t for c in convs for t in c["turns"] if t["role"] == "user"]


def test_fresh_holds_at_least_90_conversations_in_exactly_the_fresh_domains() -> None:
    convs = _rows(DATA / "fresh.jsonl")
    assert len(convs) >= 90
    assert len({c["id"] for c in convs}) == len(convs)
    assert {c["domain"] for c in convs} == FRESH
    assert all(c["split"] == "fresh" for c in convs)
    per_domain = Counter(c["domain"] for c in convs)
    assert min(per_domain.values()) >= 5, per_domain


def test_no_fresh_domain_is_a_tune_test_or_reader_training_domain() -> None:
    reader_domains = {c["domain"] for c in _rows(READER_CONVERSATIONS)}
    assert reader_domains  # the file was read: an empty set would make the check below vacuous
    assert not FRESH & (TUNE | TEST | reader_domains), FRESH & (TUNE | TEST | reader_domains)


def test_fresh_jsonl_is_what_the_build_makes_from_the_sources() -> None:
    built = [c | {"split": "fresh"} for d in sorted(FRESH) for c in parse(DATA / "src" / f"{d}.txt")]
    assert sorted(_rows(DATA / "fresh.jsonl"), key=lambda c: c["id"]) == sorted(built, key=lambda c: c["id"])


def test_every_label_is_valid_and_its_keywords_fit_its_own_text() -> None:
    for c in _rows(DATA / "fresh.jsonl"):
        assert c["voice"] in VOICES, c["id"]
        for t in _user_turns([c]):
            assert t["content"].strip() and t["teaches"] == bool(t["labels"]), c["id"]
            assert set(t["forms"]) <= NOTHING_FORMS, (c["id"], t["forms"])
            if not t["labels"]:
                assert t["forms"], f"{c['id']}: a turn that teaches nothing says why"
            for lab in t["labels"]:
                assert lab["form"] in LABEL_FORMS, (c["id"], lab["form"])
                assert lab["kinds"] and set(lab["kinds"]) <= KINDS, (c["id"], lab["kinds"])
                assert bool(lab["context"].strip()) == (lab["form"] == "conditional"), (c["id"], lab["text"])
                assert lab["keywords"] and all(lab["keywords"]), (c["id"], lab["text"])
                text = lab["text"].lower()
                for group in lab["keywords"]:  # a memory worded as the label would match by keywords
                    assert any(alt in text for alt in group), (c["id"], lab["text"], group)


def test_fresh_has_the_mix_of_the_other_halves() -> None:
    convs = _rows(DATA / "fresh.jsonl")
    turns = _user_turns(convs)
    nothing = [t for t in turns if not t["teaches"]]
    assert len(nothing) >= 0.25 * len(turns), (len(nothing), len(turns))
    assert {c["voice"] for c in convs} == VOICES
    voices = Counter(c["voice"] for c in convs)
    assert max(voices.values()) <= 2 * min(voices.values()), voices  # spread, not one voice
    assert {lab["form"] for t in turns for lab in t["labels"]} == LABEL_FORMS
    kinds_of_nothing = {f for t in nothing for f in t["forms"]}
    assert {"question", "hypothetical", "other", "quoted", "sarcasm", "given_up"} <= kinds_of_nothing
