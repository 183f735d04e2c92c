"""What the learned reader "says" in tests of the guide: a fixed class-probability row for every clause it is asked
about, so a test states the reader's answer instead of training one."""

from __future__ import annotations

import numpy as np

from agents.offline.drafts import Draft
from agents.offline.guided import guide, units
from agents.offline.reader import read_parts

SURE_PREFERENCE = np.array([0.02, 0.98, 0, 0, 0, 0, 0], np.float32)
SURE_FACT = np.array([0.02, 0, 0, 0.98, 0, 0, 0], np.float32)


def guided(text: str, row: np.ndarray) -> list[Draft]:
    """The drafts of ``text`` when the reader answers ``row`` for each clause it reads."""
    reading = read_parts(text)
    return guide([reading], np.tile(row, (len(units([reading])), 1)))[0]
