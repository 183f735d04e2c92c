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
        "trips, vacations, hotels and places to visit",
        "sightseeing, tours, attractions and travel itineraries",
        "outdoor activities and adventures on holiday",
    ),
    "transportation": (
        "getting around: flights, trains, buses, taxis and ride-sharing",
        "renting a car, airport transfers and public transit",
    ),
    "learning": (
        "how I like to study and learn new skills, courses and classes",
        "studying for exams, memorizing, textbooks and tutorials",
        "teachers, schools, online or in-person learning",
    ),
    "movies": ("movies, TV shows, series, documentaries and streaming",),
    "music": ("music genres, songs, albums, concerts, bands and podcasts",),
    "books": ("books, novels, authors, reading lists and audiobooks",),
    "games": ("video games, mobile games, board games and gaming platforms",),
    "sports": (
        "watching or playing sports, teams, matches and leagues",
        "running, hiking, cycling, swimming and outdoor sports",
    ),
    "fitness": (
        "exercise, gym workouts, cardio, strength training and yoga",
        "fitness routines, tracking workouts and staying active",
    ),
    "health": (
        "medical conditions, medications, remedies, doctors and health care",
        "sleep, stress, headaches, pain, mental health and wellbeing",
        "nutrition for health, supplements and vitamins",
    ),
    "beauty": (
        "skincare, makeup, hair care and cosmetics",
        "beauty products, grooming, fragrance and personal care",
    ),
    "fashion": (
        "clothes, fashion, shoes, jackets and style of dress",
        "fabrics, wardrobe, outfits and accessories",
    ),
    "home": (
        "furniture, home decor, kitchen appliances and interior design",
        "the house, garden, patio, renovations and household items",
    ),
    "shopping": (
        "buying things online or in stores, brands and deals",
        "budget for purchases and where I shop",
    ),
    "technology": (
        "phones, laptops, gadgets, wearables and electronics",
        "software, apps, operating systems and programming tools",
    ),
    "vehicles": (
        "cars, motorcycles, electric vehicles and driving",
        "buying a vehicle, car features, fuel and charging",
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
        "moving to a new city, the climate and the kind of place I want to live",
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

    def profiles(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """Each vector's similarity to each category (best prototype), centred and normalised: how the
        text's meaning spreads over topics. The dot product of two profiles is their topic similarity."""
        names, matrix = self._prototypes()
        sims = np.asarray(vectors, dtype=np.float32).reshape(-1, matrix.shape[1]) @ matrix.T
        cats = list(dict.fromkeys(names))
        index = np.array([cats.index(n) for n in names])
        out = np.full((sims.shape[0], len(cats)), -1.0, dtype=np.float32)
        for j in range(len(cats)):
            out[:, j] = sims[:, index == j].max(axis=1)
        out -= out.mean(axis=1, keepdims=True)
        out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-9
        return out

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
