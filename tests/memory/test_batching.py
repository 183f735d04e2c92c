"""Concurrent embedding calls share forward passes and get exactly their own vectors back."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from numpy.typing import NDArray

from memory.embedding.batching import BatchingEmbedder
from memory.ports import Embedder


class GatedEmbedder:
    """Embeds by a fixed rule, but the first pass waits on a gate, so calls pile up behind it."""

    model_name = "gated"
    dimension = 2

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.batches: list[list[str]] = []
        self.fail = False

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        if not self.batches:
            self.entered.set()
            self.gate.wait(10)
        self.batches.append(list(texts))
        if self.fail:
            raise RuntimeError("model crashed")
        return np.array([[len(t), i] for i, t in enumerate(texts)], dtype=np.float32)


def test_concurrent_calls_ride_together_and_get_their_own_vectors(embedder: Embedder) -> None:
    batcher = BatchingEmbedder(embedder, max_batch=32)
    texts = [f"request number {i} about {'cooking' if i % 2 else 'travel'}" for i in range(48)]
    expected = embedder.embed(texts)
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            got = list(pool.map(lambda t: batcher.embed([t])[0], texts))
    finally:
        batcher.close()
    assert np.allclose(np.stack(got), expected, atol=1e-5)
    assert batcher.calls == 48
    assert batcher.passes < 48  # some calls shared a pass


def test_calls_queued_behind_a_pass_are_embedded_in_one_and_split_back() -> None:
    inner = GatedEmbedder()
    batcher = BatchingEmbedder(inner, max_batch=8)
    with ThreadPoolExecutor(max_workers=6) as pool:
        first = pool.submit(batcher.embed, ["a"])
        assert inner.entered.wait(5)  # the first call is in a pass, held at the gate
        rest = [pool.submit(batcher.embed, ["b" * n, "c" * n]) for n in (2, 3, 4)]
        while batcher._queue.qsize() < 3:  # the others queue behind it
            time.sleep(0.001)
        inner.gate.set()
        assert first.result(5).tolist() == [[1, 0]]
        # the three queued calls were one pass; each got its own two rows back
        assert [r.result(5)[:, 0].tolist() for r in rest] == [[2, 2], [3, 3], [4, 4]]
    assert inner.batches[1] == ["bb", "cc", "bbb", "ccc", "bbbb", "cccc"]
    batcher.close()


def test_large_calls_bypass_the_batcher_and_errors_reach_every_caller() -> None:
    inner = GatedEmbedder()
    inner.gate.set()
    batcher = BatchingEmbedder(inner, max_batch=4)
    assert batcher.embed(["w", "x", "y", "z"]).shape == (4, 2)
    assert batcher.passes == 0  # went straight through
    inner.fail = True
    with pytest.raises(RuntimeError, match="model crashed"):
        batcher.embed(["boom"])
    inner.fail = False
    assert batcher.embed(["still alive"]).tolist() == [[11, 0]]  # the thread survived the error
    batcher.close()


def test_recent_texts_are_answered_from_memory_without_a_pass() -> None:
    inner = GatedEmbedder()
    inner.gate.set()
    batcher = BatchingEmbedder(inner, max_batch=8, recent=2)
    first = batcher.embed(["tea", "coffee"])
    passes = len(inner.batches)
    first[0, 0] = 99.0  # a caller writing into its rows does not change what the next caller gets
    assert batcher.embed(["coffee", "tea"]).tolist() == [[6, 1], [3, 0]]  # each text's own row, in call order
    assert len(inner.batches) == passes and batcher.recent.hits == 1
    assert batcher.embed(["tea", "juice"]).tolist() == [[3, 0], [5, 1]]  # one text unknown: the call is embedded
    assert inner.batches[-1] == ["tea", "juice"]
    assert len(batcher.recent) == 2  # the oldest ("coffee") went out
    batcher.embed(["coffee"])
    assert inner.batches[-1] == ["coffee"]
    batcher.close()


def test_no_recent_texts_are_kept_when_the_size_is_zero_nor_from_bulk_calls() -> None:
    inner = GatedEmbedder()
    inner.gate.set()
    off = BatchingEmbedder(inner, max_batch=8, recent=0)
    off.embed(["tea"])
    off.embed(["tea"])
    assert inner.batches[-2:] == [["tea"], ["tea"]] and len(off.recent) == 0
    off.close()
    on = BatchingEmbedder(inner, max_batch=2, recent=100)
    on.embed(["a", "b", "c"])  # a bulk call (a re-embed) runs on the caller's thread and is not kept
    assert len(on.recent) == 0
    on.close()
