"""Memories and requests labelled for :mod:`memory.recall.relevance.place` (written for this project, none from a
benchmark, none in the rule's prototypes or the hand-written cases), and the choice of its constants on them:

- HOME_MASS: for each bar, how many home places (where the user lives now) and other statements the rule reads
  right;
- NEAREST and MARGIN: for each, how many place-bound and placeless requests the request side reads right, and
  the margin of the closest request on either side.

    python -m training.relevance.place_scope
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from memory.build import build_embedder
from memory.recall.relevance import place as pl
from memory.settings import Settings
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES
from training.relevance.heldout import held_out
from training.relevance.place_labels import HELDOUT_PLACE_BOUND

HOME = (
    "Lives in Berlin",
    "I live in Manchester",
    "Is based in a small town in Vermont",
    "Based in Melbourne",
    "Moved to Toronto last year",
    "Lives in a quiet suburb",
    "Lives in a small flat in Glasgow",
    "Resides in Austin, Texas",
    "Lives near the beach in San Diego",
    "Just relocated to Singapore for work",
    "Lives in the countryside outside Lyon",
    "My home is in Oslo",
    "I'm based in Nairobi",
    "Lives right in the centre of Madrid",
    "Settled in Kyoto three years ago",
)
NOT_HOME = (
    "Grew up in rural Ireland",
    "Is from a small town in Italy",
    "Prefers living in quiet suburbs",
    "Wants to live near the sea",
    "Dislikes cold winters",
    "Lives with two cats",
    "Lives on a tight budget",
    "Visited Lisbon last summer",
    "Loves the food in Naples",
    "Works in an office in central London",
    "Would like to move to Spain one day",
    "Lives alone",
    "Is moving to Denver next month",
    "Is allergic to peanuts",
    "Plays tennis on weekends",
    # worded like a home place, and not one: the facets' location mass tells them apart
    "Lives in fear of spiders",
    "Has moved to a vegan diet",
    "Moved to a standing desk at work",
    "Relocated to the marketing team",
    "Lives in sweatpants at the weekend",
    "Settled in to a new morning routine",
)
PLACE_BOUND = (
    "Can you suggest somewhere for brunch on Sunday?",
    "What's the forecast for the next few days?",
    "I need a pharmacy that's open now",
    "Which bus gets me downtown fastest?",
    "Any live music this Friday?",
    "I need a new family doctor",
    "Where can I get my bike repaired?",
    "Is it warm enough to go to the beach tomorrow?",
    "What's happening in town tonight?",
    "Where's a good spot for a picnic?",
    "How long will it take me to drive to the airport?",
    "Is there a yoga studio close by?",
    "Where can I recycle old electronics?",
    "Any good Indian takeaway around?",
    "What should I do on a rainy Saturday?",
    "Where can I go ice skating this winter?",
    "Find a quiet place to work with wifi",
    "When do the shops close on Sunday?",
    "Which neighbourhood has the best nightlife?",
    "How cold will it get tonight?",
    "Where can I get a haircut today?",
    "Suggest a weekend getaway within two hours' drive",
    "Are there any language exchange meetups nearby?",
    "Where can I buy a Christmas tree?",
    "Book me a table for two on Friday evening",
)
PLACELESS = (
    "Write a limerick about a cat",
    "Explain how black holes form",
    "Why does my script raise an IndexError?",
    "Give me a vegan lasagne recipe",
    "What's the capital of Australia?",
    "Help me write a thank-you card",
    "How do antibiotics work?",
    "Recommend a sci-fi series to binge",
    "Give me a 20-minute home workout",
    "Proofread my essay",
    "What's a good gift for a ten-year-old?",
    "How do I negotiate a raise?",
    "What's the plot of Hamlet?",
    "Help me name my startup",
    "How do I convert Celsius to Fahrenheit?",
    "Write a haiku about rain",
    "Explain how weather forecasts are made",
    "What's a healthy breakfast?",
    "How do I learn to play the guitar?",
    "Plan a study schedule for my exams",
    "Tell me a joke",
    "What does 'serendipity' mean?",
    "How do I start meditating?",
    "Suggest a playlist for running",
    "How do I write a SQL join?",
    "Plan a long weekend in Prague",
    "What should I see in Istanbul?",
    "Build me a five-day route through Tuscany",
)


def grid(reader: pl.PlaceRequests, bound: np.ndarray, placeless: np.ndarray, name: str) -> None:
    for k in (1, 3, 5, 8):
        pos = np.array([reader.read(q, nearest=k).margin for q in bound])
        neg = np.array([reader.read(q, nearest=k).margin for q in placeless])
        for m in (0.0, 0.02, 0.04, 0.06, 0.08, 0.1):
            tp, fp = int((pos >= m).sum()), int((neg >= m).sum())
            print(
                f"{name} NEAREST {k} MARGIN {m:+.2f}: place-bound {tp}/{len(pos)}, "
                f"placeless read as bound {fp}/{len(neg)}"
            )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        embedder = build_embedder(Settings(data_dir=Path(tmp)))
        categorizer = Categorizer(embedder)
        cats = tuple(PROTOTYPES)
        loc = cats.index(pl.LOCATION)
        print("memories: location facet mass and wording")
        for label, texts in (("home", HOME), ("not home", NOT_HOME)):
            facets = categorizer.facets(embedder.embed(list(texts)))
            for t, f in zip(texts, facets, strict=True):
                worded = bool(pl.RESIDENCE.search(t)) and not pl.WISH.search(t)
                print(f"  {label:<9} {float(f[loc]):.2f} worded={worded!s:<5} {t}")
        home_f, other_f = categorizer.facets(embedder.embed(HOME)), categorizer.facets(embedder.embed(NOT_HOME))
        for bar in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
            pl.HOME_MASS = bar  # the study moves the module's constant, then reads it back through is_home
            ok_home = sum(pl.is_home(t, f, cats) for t, f in zip(HOME, home_f, strict=True))
            wrong = sum(pl.is_home(t, f, cats) for t, f in zip(NOT_HOME, other_f, strict=True))
            print(
                f"HOME_MASS {bar}: home read right {ok_home}/{len(HOME)}, others read as home {wrong}/{len(NOT_HOME)}"
            )
        reader = pl.PlaceRequests(embedder)
        bound_q, placeless_q = embedder.embed(list(PLACE_BOUND)), embedder.embed(list(PLACELESS))
        grid(reader, bound_q, placeless_q, "check")
        requests = sorted(held_out()[1])
        vectors = embedder.embed(requests)
        labels = np.array([r in HELDOUT_PLACE_BOUND for r in requests])
        if labels.sum() != len(HELDOUT_PLACE_BOUND):
            raise ValueError("training/relevance/place_labels.py names a request the held-out split does not hold")
        grid(reader, vectors[labels], vectors[~labels], "held-out")
        for r, q, y in sorted(zip(requests, vectors, labels, strict=True), key=lambda x: -reader.read(x[1]).margin):
            b = reader.read(q)
            if b.place_bound != y:
                print(f"  held-out {'bound' if y else 'placeless'} read wrong {b.margin:+.3f} {r}")
        k = pl.NEAREST
        for label, texts, vecs in (("bound", PLACE_BOUND, bound_q), ("placeless", PLACELESS, placeless_q)):
            for t, q in zip(texts, vecs, strict=True):
                b = reader.read(q, nearest=k)
                flag = "" if b.place_bound == (label == "bound") else "  <-- wrong"
                print(f"  {label:<9} {b.margin:+.3f} {t}{flag}")


if __name__ == "__main__":
    main()
