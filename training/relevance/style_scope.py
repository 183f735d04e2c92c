"""Style statements labelled global or topical, written for this project (none from a benchmark), and the choice
of :data:`memory.recall.relevance.scope.DOMAIN` on them: for each candidate value, how many of each label the
rule reads right, and the margin (the facet mass of the nearest statement on either side).

    python -m training.relevance.style_scope
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from memory.build import build_embedder
from memory.recall.relevance import scope as sc
from memory.settings import Settings
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES

GLOBAL = (
    "Wants replies without emojis",
    "Prefers detailed, step-by-step explanations",
    "Prefers casual, friendly replies",
    "Prefers a friendly casual tone",
    "Prefers answers in Spanish",
    "Wants answers in German",
    "Keep answers short",
    "Prefers short, concise answers",
    "Wants every answer to end with a one-line summary",
    "Wants answers in bullet points",
    "Prefers a formal tone",
    "Wants explanations without jargon",
    "Likes explanations in simple words, as if to a beginner",
    "Wants responses in plain text, no markdown",
    "Prefers long, thorough answers",
    "Doesn't want apologies in replies",
    "Wants answers that start with the conclusion",
    "Prefers a warm, encouraging tone",
    "Wants sources listed at the end of answers",
    "Prefers answers in British English",
    "Wants numbered lists in answers",
    "Doesn't like exclamation marks in replies",
    "Wants replies under a hundred words",
    "Prefers a dry, witty tone",
    "Explain things like I'm five",
    "No jargon in explanations please",
    "Wants answers with an example at the end",
    "Prefers answers as a table when comparing things",
)
TOPICAL = (
    "Wants workout answers formatted as a table",
    "Wants no spoilers in answers about films or series",
    "Likes Python answers with type hints in the code examples",
    "Prefers explanations of money matters with real numbers",
    "Wants recipe answers in metric units",
    "Wants travel itinerary answers as a day-by-day table",
    "Prefers answers with code samples",
    "Wants frontend explained assuming they know Go",
    "Wants medical answers explained in plain words with no scary details",
    "Wants book recommendations as a short list with one line each",
    "Likes game reviews summarised in bullet points",
    "Wants answers about investing to show the risks first",
    "Wants car comparisons formatted as a table of prices",
    "Prefers gardening answers with the plant's Latin name",
    "Wants music suggestions as a list with the album year",
    "Likes hiking answers to give distance and elevation",
    "Wants SQL answers with the query first",
    "Prefers fashion answers with photos described in words",
    "Wants answers about their dog's health to say when to see a vet",
    "Wants football answers without match results they may not have seen",
    "Likes explanations of chess openings with the moves written out",
    "Wants skincare answers to list the ingredients",
)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        embedder = build_embedder(Settings(data_dir=Path(tmp)))
        categorizer = Categorizer(embedder)
        names = tuple(PROTOTYPES)
        texts = [*GLOBAL, *TOPICAL]
        facets = categorizer.facets(embedder.embed(texts))
    com = names.index(sc.COMMUNICATION)
    rows = []
    for text, f in zip(texts, facets, strict=True):
        mass = f.copy()
        mass[com] = 0.0
        rows.append((text, text in TOPICAL, bool(sc.CODE.search(text)), bool(sc.ABOUT_ANSWERS.search(text)), mass))
    for text, topical, code, about, mass in rows:
        read = sc.read_scope(text, facets[texts.index(text)], names)
        mark = "ok " if (read.kind == sc.TOPICAL) == topical else "BAD"
        print(
            f"{mark} {'T' if topical else 'G'} code={code:d} about={about:d} {names[int(mass.argmax())]:>13} "
            f"{float(mass.max()):.2f} -> {read.kind:<7} {text}"
        )
    print("DOMAIN  global-right  topical-right")
    for d in np.arange(0.3, 0.95, 0.05):
        g = sum(1 for _, t, c, a, m in rows if not t and not c and not (a and m.max() >= d))
        t = sum(1 for _, t, c, a, m in rows if t and (c or (a and m.max() >= d)))
        print(f"{d:.2f}  {g}/{len(GLOBAL)}  {t}/{len(TOPICAL)}")


if __name__ == "__main__":
    main()
