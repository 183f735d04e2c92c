"""Seed ensembles of the learned reader (issue 13, twelfth pass): ``fit(members=N, ensemble=...)`` trains N
networks on the same data from seeds seed .. seed + N - 1; "seeds" averages their logits (one wider network,
the single-network format), "probs" keeps them apart and averages their softmaxes. A members file round-trips
through ``save`` / ``load_reader``; the single-network file still loads."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from agents.offline.learned import CLASSES, N_CUES, LearnedReader, ReaderUnavailable, load_reader
from agents.offline.reader_train import fit

DIM = 8


def _toy() -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    """Three clusters in the reader's input space (DIM embedding components and the cue features)."""
    rng = np.random.default_rng(0)
    d = DIM + N_CUES + 1
    centres = rng.standard_normal((3, d)) * 3.0
    x = np.vstack([centres[i] + rng.standard_normal((15, d)) * 0.3 for i in range(3)]).astype(np.float32)
    y = np.repeat(np.array([CLASSES.index(c) for c in ("nothing", "preference", "fact")]), 15)
    return x, y.astype(np.int64)


def _softmax(net: LearnedReader, x: NDArray[np.float32]) -> NDArray[np.float64]:
    z = (np.maximum(x @ net.w1 + net.b1, 0.0) @ net.w2 + net.b2).astype(np.float64)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
    return out


def _as_input(x: NDArray[np.float32]) -> tuple[NDArray[np.float32], list[str]]:
    """Vectors and sentences whose :func:`features` are ``x`` (cues of the empty sentence are all zero)."""
    assert not x[:, DIM:].any()
    return x[:, :DIM] / 20.0, [""] * len(x)


def _fits(ensemble: str, members: int = 3) -> tuple[LearnedReader, list[LearnedReader]]:
    x, y = _toy()
    w = np.ones(len(y), np.float32)
    one = [fit(x, y, w, hidden=6, epochs=60, seed=5 + m) for m in range(members)]
    return fit(x, y, w, hidden=6, epochs=60, seed=5, members=members, ensemble=ensemble), one


def test_probs_keeps_the_seed_networks_apart_and_averages_their_softmaxes() -> None:
    both, one = _fits("probs")
    assert both.members == 3 and both.w1.shape == (3, DIM + N_CUES + 1, 6) and both.b2.shape == (3, len(CLASSES))
    np.testing.assert_array_equal(both.w1[1], one[1].w1)  # member m is the single network of seed + m
    x, _ = _toy()
    x[:, DIM:] = 0.0
    got = both.probabilities(*_as_input(x))
    want = np.mean([_softmax(n, x) for n in one], axis=0)
    np.testing.assert_allclose(got, want, atol=1e-5)
    np.testing.assert_allclose(got.sum(axis=1), 1.0, atol=1e-5)


def test_seeds_averages_the_logits_of_the_same_networks() -> None:
    wide, one = _fits("seeds")
    assert wide.members == 1 and wide.w1.shape == (DIM + N_CUES + 1, 18)  # side by side: the single format
    x, _ = _toy()
    z = np.mean([np.maximum(x @ n.w1 + n.b1, 0.0) @ n.w2 + n.b2 for n in one], axis=0)
    np.testing.assert_allclose(np.maximum(x @ wide.w1 + wide.b1, 0.0) @ wide.w2 + wide.b2, z, atol=1e-4)


def test_one_member_is_the_single_network_whatever_the_ensemble() -> None:
    x, y = _toy()
    w = np.ones(len(y), np.float32)
    plain = fit(x, y, w, hidden=6, epochs=30, seed=2)
    for ensemble in ("bag", "seeds", "probs"):
        np.testing.assert_array_equal(fit(x, y, w, hidden=6, epochs=30, seed=2, ensemble=ensemble).w2, plain.w2)
    with pytest.raises(ValueError, match="ensemble"):
        fit(x, y, w, hidden=6, epochs=30, members=2, ensemble="vote")


def test_a_members_file_round_trips_and_the_single_file_still_loads(tmp_path: Path) -> None:
    both, _ = _fits("probs")
    path = tmp_path / "members.json"
    both.save(path)
    again = load_reader(path, dim=DIM)
    assert again.members == 3
    x, _ = _toy()
    x[:, DIM:] = 0.0
    np.testing.assert_allclose(again.probabilities(*_as_input(x)), both.probabilities(*_as_input(x)), atol=2e-2)
    single = tmp_path / "single.json"
    LearnedReader(both.w1[0], both.b1[0], both.w2[0], both.b2[0]).save(single)
    assert load_reader(single, dim=DIM).members == 1
    bad = tmp_path / "bad.json"
    LearnedReader(both.w1, both.b1[:2], both.w2, both.b2).save(bad)  # members disagree on their count
    with pytest.raises(ReaderUnavailable, match="do not fit"):
        load_reader(bad, dim=DIM)
