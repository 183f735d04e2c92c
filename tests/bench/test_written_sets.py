"""The sets of the everyday-conversation benchmark written in sessions 9 and 18 (``bench/data/conversations/``):

- ``fresh``: written after ten passes of tuning on ``tune``, read as numbers only, never as misses;
- ``wild2``: written as material whose misses may be read;
- ``wild3``: the same, written in session 18 by four other writers;
- ``wild4``: written later in session 18 the same way as wild3, read as numbers only.

Each is in domains that are in no other split and not in the reader's training conversations, with the mix of
the other halves (voices, label forms, turns that teach nothing). Only their shape is checked here."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench.data.conversations.build import (
    FRESH,
    KINDS,
    LABEL_FORMS,
    NOTHING_FORMS,
    TEST,
    TUNE,
    WILD2,
    WILD3,
    WILD4,
    parse,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "conversations"
READER_CONVERSATIONS = ROOT / "agents" / "offline" / "reader_conversations.jsonl"
VOICES = {"terse", "chatty", "nonnative", "typos", "lower", "plain"}
# split -> (its domains, the splits it must not share a domain with, conversations per domain at least, in all)
SETS: dict[str, tuple[frozenset[str], frozenset[str], int, int]] = {
    "fresh": (FRESH, TUNE | TEST, 5, 90),
    "wild2": (WILD2, TUNE | TEST | FRESH, 6, 90),
    "wild3": (WILD3, TUNE | TEST | FRESH | WILD2, 6, 90),
    "wild4": (WILD4, TUNE | TEST | FRESH | WILD2 | WILD3, 6, 90),
}
pytestmark = pytest.mark.parametrize("split", sorted(SETS))


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _user_turns(convs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [t for c in convs for t in c["turns"] if t["role"] == "user"]


def test_holds_enough_conversations_in_exactly_its_domains(split: str) -> None:
    domains, _, least, total = SETS[split]
    convs = _rows(DATA / f"{split}.jsonl")
    assert len(convs) >= total
    assert len({c["id"] for c in convs}) == len(convs)
    assert {c["domain"] for c in convs} == domains
    assert all(c["split"] == split for c in convs)
    per_domain = Counter(c["domain"] for c in convs)
    assert min(per_domain.values()) >= least, per_domain


def test_no_domain_is_in_another_split_or_the_reader_training_conversations(split: str) -> None:
    domains, others, _, _ = SETS[split]
    reader_domains = {c["domain"] for c in _rows(READER_CONVERSATIONS)}
    assert reader_domains  # the file was read: an empty set would make the check below vacuous
    assert not domains & (others | reader_domains), domains & (others | reader_domains)


def test_jsonl_is_what_the_build_makes_from_the_sources(split: str) -> None:
    domains, _, _, _ = SETS[split]
    built = [c | {"split": split} for d in sorted(domains) for c in parse(DATA / "src" / f"{d}.txt")]
    assert all(c["id"].startswith(f"{c['domain']}-") for c in built)  # each source file holds its own domain
    assert sorted(_rows(DATA / f"{split}.jsonl"), key=lambda c: c["id"]) == sorted(built, key=lambda c: c["id"])


def test_every_label_is_valid_and_its_keywords_fit_its_own_text(split: str) -> None:
    for c in _rows(DATA / f"{split}.jsonl"):
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


def test_has_the_mix_of_the_other_halves(split: str) -> None:
    convs = _rows(DATA / f"{split}.jsonl")
    turns = _user_turns(convs)
    nothing = [t for t in turns if not t["teaches"]]
    assert len(nothing) >= 0.25 * len(turns), (len(nothing), len(turns))
    assert {c["voice"] for c in convs} == VOICES
    voices = Counter(c["voice"] for c in convs)
    assert max(voices.values()) <= 2 * min(voices.values()), voices  # spread, not one voice
    assert {lab["form"] for t in turns for lab in t["labels"]} == LABEL_FORMS
    kinds_of_nothing = {f for t in nothing for f in t["forms"]}
    assert {"question", "hypothetical", "other", "quoted", "sarcasm", "given_up"} <= kinds_of_nothing
