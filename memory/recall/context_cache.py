"""Embeddings of context conditions ("when emailing their manager"), kept across requests: there are few
distinct ones and recall asks for them on every request where a conditioned memory is a candidate."""

from __future__ import annotations

import threading
from collections import OrderedDict

from memory.ports import Embedder, Vector


class VectorCache:
    """A small LRU of text -> embedding, shared by the tenant views of one service."""

    def __init__(self, embedder: Embedder, size: int) -> None:
        self._embedder = embedder
        self._size = size
        self._items: OrderedDict[str, Vector] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, texts: list[str]) -> list[Vector]:
        with self._lock:
            found = {t: self._items[t] for t in texts if t in self._items}
            for t in found:
                self._items.move_to_end(t)
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            fresh = dict(zip(missing, self._embedder.embed(missing), strict=True))
            found.update(fresh)
            with self._lock:
                self._items.update(fresh)
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return [found[t] for t in texts]
