"""Training sentences for the learned reader: the ``tune`` half of the written conversations and generated
variants (seeded). :mod:`agents.offline.reader_corpus` adds the everyday sentences and assembles the corpus.

The generated sentences come from templates per class filled from word lists over many everyday domains,
then put in the voices people write in (lower case, no apostrophes, a typo, a filler word). Nothing here
reads the ``test`` half, and nothing here reads benchmark data (PrefEval and its LMSYS distractors are an
evaluation set under a non-commercial licence, never training data).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from agents.offline.sentences import clauses, prose, split_sentences

TUNE = Path(__file__).resolve().parents[2] / "bench" / "data" / "conversations" / "tune.jsonl"
#: conversations written for the reader's training only (issue 13), in the schema of ``tune.jsonl``, over domains
#: that are neither tune nor test domains (dating, camping, eldercare, ...): every held-out fold may train on them
CONVERSATIONS = Path(__file__).with_name("reader_conversations.jsonl")

TEMPLATES_FILE = Path(__file__).with_name("reader_templates.json")
_DOC = json.loads(TEMPLATES_FILE.read_text())
WORDS: dict[str, list[str]] = _DOC["words"]  # liked, disliked, jobs, places, pets, langs, others, diets, ...
TEMPLATES: dict[str, list[str]] = _DOC["templates"]  # per class: sentence frames with {slots}
_FILLERS: list[str] = _DOC["fillers"]


def _fill(template: str, rng: random.Random) -> str:
    w = WORDS
    values = {
        "liked": rng.choice(w["liked"]),
        "disliked": rng.choice(w["disliked"]),
        "job": rng.choice(w["jobs"]),
        "place": rng.choice(w["places"]),
        "pet": rng.choice(w["pets"]),
        "lang": rng.choice(w["langs"]),
        "other": rng.choice(w["others"]),
        "diet": rng.choice(w["diets"]),
        "topic": rng.choice(w["topics"]),
        "age": str(rng.randint(19, 78)),
        "n": str(rng.randint(2, 9)),
    }
    return template.format(**values)


def voice(text: str, rng: random.Random) -> str:
    """The same sentence as different people write it."""
    r = rng.random()
    if r < 0.3:
        text = text.lower()
    elif r < 0.45:
        text = text.replace("'", "")
    if rng.random() < 0.15:
        words = text.split()
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        text = " ".join(words)
    if rng.random() < 0.2:
        text = f"{text} {rng.choice(_FILLERS)}" if rng.random() < 0.5 else f"{rng.choice(_FILLERS)} {text}"
    return text


def generated(seed: int = 13, per_class: int = 400) -> Iterator[tuple[str, str]]:
    """(sentence, class) pairs from the templates, in the voices, with conditions on some."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    for cls, templates in sorted(TEMPLATES.items()):
        for i in range(per_class):
            text = _fill(templates[i % len(templates)], rng)
            if cls in ("preference", "style", "constraint", "dislike") and rng.random() < 0.15:
                sit = rng.choice(WORDS["situations"])
                text = f"{sit}, {text[0].lower()}{text[1:]}" if rng.random() < 0.6 else f"{text} {sit}"
            yield voice(text, rng), cls


def variants(rows: list[tuple[str, str]], seed: int = 13, per_row: int = 2) -> Iterator[tuple[str, str]]:
    """Each (sentence, class) again in other voices (lower case, no apostrophes, a typo, a filler word), so a
    tune sentence teaches its class however it is typed; seeded."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    for text, cls in rows:
        seen = {text}
        for _ in range(per_row):
            v = voice(text, rng)
            if v not in seen:
                seen.add(v)
                yield v, cls


def units(text: str) -> list[str]:
    """The pieces of a user turn the reader reads: the statement clauses of each sentence."""
    return [c for s in split_sentences(prose(text, spelled_out=False)) for c in clauses(s)]


#: joins a label's acceptable classes in one row's class ("constraint|fact"), read back by :func:`acceptable`
SEP = "|"


def _label_class(label: dict[str, object], multi: bool = False) -> str:
    """The label's class; with ``multi``, every kind it lists (the bench accepts any), first one first."""
    kinds = label["kinds"]
    assert isinstance(kinds, list)
    if label["form"] == "feedback":
        return "feedback"
    return SEP.join(dict.fromkeys(str(k) for k in kinds)) if multi else str(kinds[0])


def acceptable(cls: str) -> list[str]:
    """The classes a row's class accepts: one, or several joined by :data:`SEP`."""
    return cls.split(SEP)


def from_tune(
    path: Path = TUNE, domains: frozenset[str] | None = None, *, unmatched: bool = True, multi: bool = False
) -> Iterator[tuple[str, str]]:
    """Clauses of the tune half (of ``domains`` only, when given): a clause holding a label's keywords takes
    the label's class; the other clauses of a turn teach nothing. ``unmatched=False`` leaves out the clauses of
    a labelled turn that hold no label's keywords: "nothing" is then only said of turns that teach nothing
    (such a clause may be the label's words said otherwise: "80 guests." beside "Budget 15k."). ``multi``: a
    clause's class is every kind its label accepts, joined by :data:`SEP` (see :func:`acceptable`)."""
    for line in path.read_text().splitlines():
        conv = json.loads(line)
        if domains is not None and conv["domain"] not in domains:
            continue
        for turn in conv["turns"]:
            if turn["role"] != "user":
                continue
            labels = turn["labels"]
            for unit in units(turn["content"]):
                low = unit.lower()
                cls = "nothing"
                for lab in labels:
                    if any(any(alt in low for alt in g) for g in lab["keywords"]):
                        cls = _label_class(lab, multi)
                        break
                if cls == "nothing" and turn["labels"] and len(units(turn["content"])) == 1 and labels:
                    cls = _label_class(labels[0], multi)
                if cls == "nothing" and labels and not unmatched:
                    continue
                yield unit, cls
