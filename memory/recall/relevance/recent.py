"""A thread-safe cache of the most recently used values, filled a batch at a time: recall reads the same top
candidates in ``rerank`` and again in ``core``, and a user's next request mostly the same ones."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


class Recent(Generic[K, T]):
    """Values by key, the ``size`` most recently used kept."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[K, T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, keys: Sequence[K], compute: Callable[[list[int]], Sequence[T]]) -> list[T]:
        """The value of each key; ``compute`` gets the positions of the keys not kept and returns their values,
        in that order. It runs outside the lock: other requests read meanwhile."""
        with self._lock:
            known = [self._items.get(k) for k in keys]
            for k, v in zip(keys, known, strict=True):
                if v is not None:
                    self._items.move_to_end(k)
        missing = [j for j, v in enumerate(known) if v is None]
        if missing:
            fresh = compute(missing)
            with self._lock:
                for j, v in zip(missing, fresh, strict=True):
                    known[j] = self._items[keys[j]] = v
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return [v for v in known if v is not None]
