"""A learned reader trained on another encoder's vectors (the SetFit-style experiment,
:mod:`bench.reader_setfit`) gets its clauses embedded by that encoder; categories stay the service
embedder's."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from agents.extract.types import Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from memory.ports import Embedder


class Recording:
    """An embedder that notes what it was asked to embed and hands the texts to the real one."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.texts: list[str] = []

    @property
    def model_name(self) -> str:
        return self.inner.model_name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        self.texts.extend(texts)
        return self.inner.embed(texts)


def test_the_readers_own_encoder_embeds_the_clauses_and_only_them(embedder: Embedder) -> None:
    service, own = Recording(embedder), Recording(embedder)
    extractor = OfflineExtractor(service, reader=load_reader(), reader_embedder=own)
    turn = Turn(message_id=1, role="user", content="Window seat. Always.")
    found = extractor.extract([turn], [0]).candidates
    assert own.texts and all(t in turn.content for t in own.texts)  # the clauses, asked of the reader's encoder
    assert found and all(t not in own.texts for t in service.texts)  # the drafts' categories: the service's
    assert all(c.text in service.texts for c in found)


def test_without_an_encoder_of_its_own_the_reader_uses_the_service_embedder(embedder: Embedder) -> None:
    service = Recording(embedder)
    OfflineExtractor(service, reader=load_reader()).extract(
        [Turn(message_id=1, role="user", content="Window seat.")], [0]
    )
    assert "Window seat." in service.texts
