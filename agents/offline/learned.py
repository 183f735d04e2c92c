"""The learned reader: a small neural classifier over a sentence's embedding and a few word cues.

Per user sentence it says whether the sentence reveals something about the user and of what kind
(:data:`CLASSES`). It is trained by tacit itself (``make reader``, :mod:`agents.offline.reader_train`) on the
``tune`` half of the written conversations plus generated variants, and shipped as a small JSON file
beside this module. The rules keep what they do well (wording, options, negation); the extractor asks the
reader which sentences to trust and which the rules missed (:mod:`agents.offline.extractor`).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from memory.errors import TacitError

CLASSES = ("nothing", "preference", "dislike", "fact", "style", "constraint", "feedback")
WEIGHTS = Path(__file__).with_name("reader_weights.json")
REBUILD = "make reader  (or: python -m agents.offline.reader_train)"
FORMAT = 2
EMBEDDING_SCALE = 20.0

_CUES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?<![\w'])(?:i|i'm|im|i've|ive|i'd|my|me|mine|myself)(?![\w'])",  # the user speaks of themselves
        r"\?\s*$|^(?:what|which|where|when|how|why|who|is|are|can|could|should|would|do|does|any)\b",  # a question
        r"[\"“”«»]",  # quoted words
        r"\b(?:if i|if we|what if|imagine|suppose|hypothetically|if i had|if i were|if i could|one day)\b",
        r"\bmy (?:\w+ )?(?:sister|brother|mom|mum|dad|father|mother|wife|husband|bf|gf|boyfriend|girlfriend|son|"
        r"daughter|kid|friend|coworker|colleague|boss|roommate|neighbou?r|uncle|aunt|cousin|teacher|trainer|doctor|"
        r"partner|teen)s?\b|\b(?:he|she|they) (?:loves?|likes?|wants?|says?|thinks?|hates?)\b",
        r"\b(?:used to|gave up|given up|quit|stopped|no longer|anymore|not anymore|grew out|over it|those days|"
        r"before i|dropped)\b",
        r"🙄|🙃|\boh (?:great|sure|yes|fantastic)|\byeah (?:sure|right)\b|\b(?:totally|just what|so helpful|"
        r"my dream|favou?rite (?:hobby|activity))\b|\b[A-Z]{4,}\b",
        r"\b(?:no|not|never|don't|dont|can't|cant|cannot|won't|avoid|hate|dislike|refuse|stop)\b",
        r"\b(?:answer|answers|explain|explanation|short|shorter|brief|detail|format|table|bullet|list|tone|steps?|"
        r"formal|casual|spoilers?|emoji|emojis)\b",
        r"\b(?:always|only|every|usually|all the way|exclusively)\b",
        r"\b(?:allergic|intolerant|budget|under \d|can't eat|must|need|needs|have to)\b",
        r"\b(?:too long|too short|perfect|exactly|next time|please stop|stop adding|don't give|thanks)\b",
    )
)
N_CUES = len(_CUES)


def cues(sentence: str) -> NDArray[np.float32]:
    """The word cues of one sentence, as 0/1 features, plus its length (short turns are terse statements)."""
    words = len(sentence.split())
    flags = [float(bool(c.search(sentence))) for c in _CUES]
    return np.array([*flags, min(words, 30) / 30.0], dtype=np.float32)


def features(vectors: NDArray[np.float32], sentences: list[str]) -> NDArray[np.float32]:
    """The classifier's input: the sentence embeddings beside their cue features."""
    extra = np.stack([cues(s) for s in sentences]) if sentences else np.zeros((0, N_CUES + 1), np.float32)
    scaled = np.asarray(vectors, dtype=np.float32) * EMBEDDING_SCALE  # unit vectors: components near 1, like the cues
    return np.hstack([scaled, extra]).astype(np.float32)


def _pack(a: NDArray[np.float32]) -> dict[str, object]:
    return {"shape": list(a.shape), "float16": base64.b64encode(a.astype("<f2").tobytes()).decode("ascii")}


def _unpack(doc: dict[str, object]) -> NDArray[np.float32]:
    shape = tuple(int(n) for n in doc["shape"])  # type: ignore[attr-defined]
    raw = base64.b64decode(str(doc["float16"]), validate=True)
    out: NDArray[np.float32] = np.frombuffer(raw, dtype="<f2").reshape(shape).astype(np.float32)
    return out


@dataclass(frozen=True)
class LearnedReader:
    """A one-hidden-layer network: ``softmax(relu(features @ w1 + b1) @ w2 + b2)``. Or several, kept apart
    (arrays with a leading members axis: ``w1`` (m, d, h), ``b1`` (m, h), ``w2`` (m, h, k), ``b2`` (m, k)),
    whose softmaxes are averaged: less sure where the members disagree."""

    w1: NDArray[np.float32]
    b1: NDArray[np.float32]
    w2: NDArray[np.float32]
    b2: NDArray[np.float32]

    @property
    def members(self) -> int:
        """Networks whose probabilities are averaged (1: a single network, the arrays without a members axis)."""
        return int(self.w1.shape[0]) if self.w1.ndim == 3 else 1

    def probabilities(self, vectors: NDArray[np.float32], sentences: list[str]) -> NDArray[np.float32]:
        if not sentences:
            return np.zeros((0, len(CLASSES)), np.float32)
        h = np.maximum(features(vectors, sentences) @ self.w1 + self.b1[..., None, :], 0.0)
        z = h @ self.w2 + self.b2[..., None, :]
        z = z - z.max(axis=-1, keepdims=True)
        e = np.exp(z)
        p = e / e.sum(axis=-1, keepdims=True)
        out: NDArray[np.float32] = (p.mean(axis=0) if p.ndim == 3 else p).astype(np.float32)
        return out

    def save(self, path: Path) -> None:
        """As JSON with float16 arrays in base64 (small, shipped as package data like the other data files)."""
        doc = {
            "format": FORMAT,
            "classes": list(CLASSES),
            **{name: _pack(getattr(self, name)) for name in ("w1", "b1", "w2", "b2")},
        }
        path.write_text(json.dumps(doc) + "\n")


class ReaderUnavailable(TacitError):
    """The learned reader's weights are missing, unreadable or for another version; the message names the
    command that rebuilds them."""

    code = "config"


@lru_cache(maxsize=4)
def load_reader(path: Path = WEIGHTS, dim: int = 384) -> LearnedReader:
    """The shipped reader, loaded once. A missing or unreadable file is a :class:`ReaderUnavailable` naming the
    command that rebuilds it."""
    if not path.is_file():
        raise ReaderUnavailable(f"the learned reader's weights are missing ({path}); rebuild them with: {REBUILD}")
    try:
        doc = json.loads(path.read_text())
        w1, b1, w2, b2 = (_unpack(doc[name]) for name in ("w1", "b1", "w2", "b2"))
        classes = tuple(str(c) for c in doc["classes"])
        fmt = int(doc["format"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ReaderUnavailable(
            f"the learned reader's weights ({path}) cannot be read ({e}); rebuild them with: {REBUILD}"
        ) from e
    lead = w1.shape[:1] if w1.ndim == 3 else ()  # members kept apart, or one network
    hidden = b1.shape[-1] if b1.ndim == len(lead) + 1 else -1
    fits = (
        w1.shape == (*lead, dim + N_CUES + 1, hidden)
        and b1.shape == (*lead, hidden)
        and w2.shape == (*lead, hidden, len(CLASSES))
        and b2.shape == (*lead, len(CLASSES))
    )
    if fmt != FORMAT or classes != CLASSES or not fits:
        raise ReaderUnavailable(
            f"the learned reader's weights ({path}) do not fit this version; rebuild them with: {REBUILD}"
        )
    if not all(np.isfinite(a).all() for a in (w1, b1, w2, b2)):
        raise ReaderUnavailable(f"the learned reader's weights ({path}) are corrupt; rebuild them with: {REBUILD}")
    return LearnedReader(w1, b1, w2, b2)
