"""Category of a memory by embedding similarity to a few prototype statements per category.

The prototypes are embedded once per :class:`Categorizer` (lazily, on first use); a memory gets the
category of its most similar prototype, or "general" when none is similar enough.
"""

from __future__ import annotations

import re
import threading

import numpy as np
from numpy.typing import NDArray

from memory.ports import Embedder

GENERAL = "general"
DEFAULT_THRESHOLD = 0.3
SLUG_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "food": (
        "Loves spicy Thai and Indian food",
        "Is vegetarian and does not eat meat",
        "Prefers restaurants with healthy menu options",
        "Enjoys cooking and baking at home",
        "Dislikes seafood and fish dishes",
        "Avoids fast food and fine dining restaurants",
    ),
    "travel": (
        "Prefers boutique hotels when traveling",
        "Likes beach vacations and sightseeing tours",
        "Avoids flying and prefers taking the train",
        "Enjoys road trips and exploring new cities",
        "Dislikes crowded tourist attractions",
        "Prefers public transport or renting a car on trips",
    ),
    "work": (
        "Works as a software engineer",
        "Prefers working remotely from home",
        "Dislikes long meetings and open-plan offices",
        "Runs a small business",
        "Prefers a quiet office and flexible hours",
    ),
    "learning": (
        "Prefers in-person classes over online courses",
        "Learns best with hands-on interactive lessons",
        "Dislikes textbooks and lectures",
        "Is learning a new language",
        "Prefers video tutorials and study groups",
    ),
    "communication": (
        "Prefers short, concise answers",
        "Wants answers in bullet points",
        "Prefers a formal tone in emails",
        "Doesn't want emojis in responses",
        "Prefers explanations with code examples",
    ),
    "entertainment": (
        "Loves science fiction movies and TV shows",
        "Enjoys jazz and classical music concerts",
        "Dislikes reality shows and horror films",
        "Likes reading fantasy novels and non-fiction books",
        "Enjoys playing strategy video games",
        "Likes watching live sports and podcasts",
    ),
    "shopping": (
        "Prefers sustainable clothing brands",
        "Likes vintage fashion and comfortable shoes",
        "Avoids fast fashion and synthetic fabrics",
        "Prefers cruelty-free cosmetics and skincare products",
        "Prefers buying a used car over a new one",
        "Likes shopping at local independent stores",
    ),
    "health": (
        "Has a peanut allergy",
        "Has sensitive skin and uses hypoallergenic products",
        "Avoids prescription medication and prefers natural remedies",
        "Has back problems and chronic pain",
        "Prefers meditation for stress and anxiety",
    ),
    "fitness": (
        "Enjoys running and going to the gym",
        "Prefers yoga and low-impact exercise",
        "Dislikes team sports and swimming",
        "Likes hiking, cycling and outdoor workouts",
        "Does strength training three times a week",
    ),
    "pets": (
        "Has a dog",
        "Has two cats",
        "Prefers natural food and toys for their pet",
        "Is a dog owner who likes long walks with the dog",
    ),
    "family": (
        "Has two young children",
        "Has a wife",
        "Is married with kids",
        "Prefers family-friendly activities with their kids",
    ),
    "home": (
        "Prefers minimalist furniture and neutral colors",
        "Dislikes carpets and floral patterns in home decor",
        "Likes gardening and houseplants",
        "Prefers smart home devices and energy-efficient appliances",
        "Lives in a small apartment",
    ),
    "technology": (
        "Prefers Android phones over iPhones",
        "Uses Linux and open-source software",
        "Prefers Python for programming",
        "Dislikes smartwatches and wearable gadgets",
        "Likes building PCs and tinkering with laptops",
    ),
    "finance": (
        "Has a budget under $500",
        "Is saving money for a house",
        "Prefers low-risk investments",
        "Is on a tight budget and avoids expensive brands",
    ),
    "location": (
        "Lives in Berlin",
        "Moved to Toronto last year",
        "Is from a small town in Italy",
        "Grew up in the countryside",
    ),
}


class Categorizer:
    """Names the category of memory texts from their embeddings; prototypes are embedded on first use."""

    def __init__(self, embedder: Embedder, threshold: float = DEFAULT_THRESHOLD) -> None:
        self._embedder = embedder
        self._threshold = threshold
        self._lock = threading.Lock()
        self._vectors: NDArray[np.float32] | None = None
        self._labels: list[str] = []

    def _prototypes(self) -> tuple[NDArray[np.float32], list[str]]:
        if self._vectors is None:
            with self._lock:
                if self._vectors is None:
                    labels = [c for c, texts in PROTOTYPES.items() for _ in texts]
                    texts = [t for texts in PROTOTYPES.values() for t in texts]
                    self._labels = labels
                    self._vectors = np.asarray(self._embedder.embed(texts), dtype=np.float32)
        return self._vectors, self._labels

    def categories(self, vectors: NDArray[np.float32]) -> list[str]:
        """One category per row of ``vectors`` (normalised embeddings of memory texts)."""
        if len(vectors) == 0:
            return []
        protos, labels = self._prototypes()
        scores = np.asarray(vectors, dtype=np.float32) @ protos.T
        out = []
        for row in scores:
            best = int(np.argmax(row))
            out.append(labels[best] if float(row[best]) >= self._threshold else GENERAL)
        return out


def valid_slug(category: str) -> str:
    """``category`` when it is a valid lower-case slug, else "general"."""
    return category if SLUG_RE.match(category) else GENERAL
