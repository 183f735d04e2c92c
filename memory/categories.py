"""Categories by meaning: each category has a few prototype sentences; a text belongs to the category whose
prototypes it is closest to (cosine of normalised embeddings), or to ``general`` below a floor.

Used when a memory arrives without a category, and by recall to tell what a request is about.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from memory.ports import Embedder

GENERAL = "general"

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "food": (
        "what I like to eat and drink, dishes, cuisines and restaurants",
        "dietary restrictions, allergies to foods, vegetarian or vegan diet",
        "cooking at home, recipes, snacks and meals",
    ),
    "travel": (
        "trips, vacations, flights, hotels and places to visit",
        "how I like to travel: trains, planes, road trips, tours",
        "sightseeing, beaches, hiking destinations, travel itineraries",
    ),
    "learning": (
        "how I like to study and learn new skills, courses and classes",
        "books, tutorials and resources for education",
        "teachers, schools, online or in-person learning",
    ),
    "entertainment": (
        "movies, TV shows, series and streaming",
        "music, concerts, bands and podcasts",
        "video games, board games, novels and other things to enjoy in free time",
    ),
    "sports": (
        "watching or playing sports, teams, matches and leagues",
        "exercise, gym workouts, running, yoga and fitness routines",
    ),
    "health": (
        "medical conditions, medications, doctors and health care",
        "sleep, stress, mental health and wellbeing",
    ),
    "beauty": (
        "skincare, makeup, hair care and cosmetics",
        "grooming products, fragrance and personal care",
    ),
    "shopping": (
        "clothes, fashion, shoes and style of dress",
        "buying things for the home, furniture and decor",
        "budget for purchases, brands and where I shop",
    ),
    "technology": (
        "phones, laptops, gadgets and electronics",
        "software, apps, operating systems and programming tools",
    ),
    "vehicles": (
        "cars, motorcycles, electric vehicles and driving",
        "car maintenance, buying a vehicle, fuel and charging",
    ),
    "pets": (
        "my dog, cat or other pets and caring for animals",
        "pet food, vets, pet toys and training animals",
    ),
    "work": (
        "my job, career, employer, colleagues and profession",
        "working from home or in the office, meetings and work style",
    ),
    "communication": (
        "how answers should be written: length, format, tone and language",
        "reply briefly, use bullet points, show just the code, be formal or casual",
    ),
    "family": (
        "my partner, children, parents, siblings and relatives",
        "family life, kids' activities and household",
    ),
    "location": (
        "where I live, my city, country and neighbourhood",
        "moving to a new place, the weather and climate where I am",
    ),
    "finance": (
        "money, saving, investing, banking and budgets",
        "salary, expenses, taxes and financial planning",
    ),
}


class Categorizer:
    """Picks categories by nearest prototypes. Prototypes are embedded once, on first use."""

    def __init__(self, embedder: Embedder, floor: float = 0.2) -> None:
        self._embedder = embedder
        self._floor = floor
        self._names: list[str] = []
        self._matrix: NDArray[np.float32] | None = None
        self._lock = threading.Lock()

    def _prototypes(self) -> tuple[list[str], NDArray[np.float32]]:
        if self._matrix is None:
            with self._lock:
                if self._matrix is None:
                    names = [c for c, texts in PROTOTYPES.items() for _ in texts]
                    texts = [t for ts in PROTOTYPES.values() for t in ts]
                    self._names = names
                    self._matrix = self._embedder.embed(texts)
        return self._names, self._matrix

    def scores(self, vectors: Sequence[NDArray[np.float32]] | NDArray[np.float32]) -> list[dict[str, float]]:
        """For each vector, each category's best prototype similarity."""
        names, matrix = self._prototypes()
        if len(vectors) == 0:
            return []
        sims = np.asarray(vectors, dtype=np.float32) @ matrix.T
        out: list[dict[str, float]] = []
        for row in sims:
            best: dict[str, float] = {}
            for name, s in zip(names, row, strict=True):
                if float(s) > best.get(name, -1.0):
                    best[name] = float(s)
            out.append(best)
        return out

    def classify(self, vectors: Sequence[NDArray[np.float32]] | NDArray[np.float32]) -> list[str]:
        """The best category of each vector, or ``general`` when none is close enough."""
        result: list[str] = []
        for scores in self.scores(vectors):
            name, score = max(scores.items(), key=lambda kv: kv[1])
            result.append(name if score >= self._floor else GENERAL)
        return result
