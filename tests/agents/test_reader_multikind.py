"""The learned reader's multi-kind loss (issue 13, ninth pass): a label listing several acceptable kinds
("I'm vegetarian": constraint or fact) trains its clause towards the set (-log of the summed probability of
the acceptable classes); a one-class set is the plain cross-entropy; the tune rows carry every listed kind."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from agents.offline.learned import CLASSES, LearnedReader
from agents.offline.reader_data import acceptable, from_tune
from agents.offline.reader_train import accept_mask, fit


def _probabilities(net: LearnedReader, x: NDArray[np.float32]) -> NDArray[np.float64]:
    h = np.maximum(x @ net.w1 + net.b1, 0.0)
    z = (h @ net.w2 + net.b2).astype(np.float64)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _toy() -> tuple[NDArray[np.float32], list[str]]:
    """Four clusters in 8 dimensions: {constraint, fact}, preference, nothing, dislike."""
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((4, 8)) * 3.0
    labels = ["constraint|fact", "preference", "nothing", "dislike"]
    x = np.vstack([centres[i] + rng.standard_normal((20, 8)) * 0.3 for i in range(4)]).astype(np.float32)
    return x, [labels[i] for i in range(4) for _ in range(20)]


def test_a_clause_labelled_constraint_or_fact_ends_with_its_probability_on_those_two() -> None:
    x, classes = _toy()
    y = np.array([CLASSES.index(acceptable(c)[0]) for c in classes], dtype=np.int64)
    accept = accept_mask(classes)
    net = fit(x, y, np.ones(len(y), np.float32), hidden=8, epochs=300, seed=1, accept=accept)
    p = _probabilities(net, x)
    both = p[:20, CLASSES.index("constraint")] + p[:20, CLASSES.index("fact")]
    assert both.min() > 0.9
    assert p[20:40, CLASSES.index("preference")].min() > 0.9  # single-kind rows still learn their class
    assert accept[0].sum() == 2 and accept[20].sum() == 1


def test_a_one_class_set_is_the_plain_cross_entropy() -> None:
    x, classes = _toy()
    single = [acceptable(c)[0] for c in classes]
    y = np.array([CLASSES.index(c) for c in single], dtype=np.int64)
    w = np.ones(len(y), np.float32)
    plain = fit(x, y, w, hidden=8, epochs=50, seed=3)
    as_sets = fit(x, y, w, hidden=8, epochs=50, seed=3, accept=accept_mask(single))
    np.testing.assert_allclose(as_sets.w2, plain.w2, atol=1e-5)
    np.testing.assert_allclose(as_sets.b1, plain.b1, atol=1e-5)


def test_tune_rows_carry_every_kind_a_label_accepts(tmp_path: Path) -> None:
    conv = {
        "id": "t1",
        "domain": "food",
        "turns": [
            {
                "role": "user",
                "content": "I'm vegetarian.",
                "labels": [{"form": "explicit", "kinds": ["constraint", "fact"], "keywords": [["vegetarian"]]}],
            },
            {"role": "user", "content": "What's for dinner?", "labels": []},
        ],
    }
    path = tmp_path / "tune.jsonl"
    path.write_text(json.dumps(conv) + "\n")
    assert next(iter(from_tune(path, multi=True))) == ("I'm vegetarian.", "constraint|fact")
    assert next(iter(from_tune(path))) == ("I'm vegetarian.", "constraint")  # the default is unchanged
