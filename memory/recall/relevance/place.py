"""Where the user lives, and the requests it bears on. "Lives in Lisbon" bears on "Any restaurant ideas for
tonight?", the weather, a dentist, events near me, a commute: the answer depends on where the asker is. It does
not bear on a poem, a Python error or how vaccines work.

The relevance model cannot tell these apart: the relation is about the request alone (does its answer depend on
a place?), across topics (a restaurant for tonight and a recipe are both food; the weather has no category of
its own), and a home place shares almost no cosine with the requests it bears on (0.04-0.18), so the
embeddings' cut never keeps it and the model would have to promote it alone. So it is a rule, like a style
item's scope (:mod:`memory.recall.relevance.scope`), read deterministically:

- a memory is a **home place** when its wording says where the user lives now (lives in, is based in, moved
  to...) and its facets put at least HOME_MASS on location: "Grew up in rural Ireland", "Wants to live near
  the sea" or "Lives with two cats" are not;
- a request is **place-bound** when its nearest hand-written place-bound requests (PLACE_BOUND, below) are
  closer than its nearest placeless ones (PLACELESS) by at least MARGIN, each side read as the mean cosine
  of its NEAREST closest prototypes.

A home place among the candidates goes in for a place-bound request, whatever the model and the cut say
(``ModelReranker.rerank``); for any other request they decide, as for any item. Constants chosen on the
labelled statements and requests of ``training/relevance/place_scope.py`` (written for this, none from a
benchmark, none in the prototypes below), then checked on the hand-written cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from memory.ports import Embedder, Vector
from memory.taxonomy.categories import embedded_once

LOCATION = "location"
# a home place's facets put at least this on location. training/relevance/place_scope.py, bars 0.1-0.7: the only
# one reading all 15 home places as home ("Lives near the beach in San Diego" reads 0.22) and one of 21 others
# ("Relocated to the marketing team": its facets read location 1.00, no bar tells it apart; "Lives in fear of
# spiders" reads 0.14)
HOME_MASS = 0.2
# each side of a request reads the mean cosine of its NEAREST closest prototypes, and the request is place-bound
# from MARGIN (place-bound side less placeless side) up. place_scope.py, NEAREST 1/3/5/8 by MARGIN 0-0.1, on its
# labelled requests (25 place-bound, 28 placeless) and on the held-out split's 81 requests judged one by one (16
# place-bound): 5 and 0.08 read 25/25 and 14/16 place-bound requests right, and read 1/28 and 3/65 placeless
# ones as place-bound ("Explain how weather forecasts are made", a match in London, a weekend in Chicago); no
# other pair reads more of both right
NEAREST = 5
MARGIN = 0.08

RESIDENCE = re.compile(
    r"\b(?:lives?|resides?|based|settled|moved|relocated)\s+(?:(?:just|right|now|currently)\s+)?(?:in|near|outside|to)\b"
    r"|\bhome is (?:in|near)\b",
    re.IGNORECASE,
)
WISH = re.compile(r"\b(?:prefers?|wants?|would|wish(?:es)?|dreams?|hopes?|plans?|thinking)\b", re.IGNORECASE)

# How people ask for things whose answer depends on where they are. Written for tacit, none from a benchmark
# nor from the labelled check set (training/relevance/place_scope.py) or the hand-written cases.
PLACE_BOUND: tuple[str, ...] = (
    "where should I eat tonight",
    "recommend a good restaurant near me",
    "any nice cafes or bars around here",
    "what's the weather forecast for tomorrow",
    "will it be sunny this weekend",
    "do I need an umbrella today",
    "what's on in town this weekend: concerts, shows, festivals",
    "what can I do around here on Saturday",
    "find me a doctor close to home",
    "recommend a good hairdresser nearby",
    "I need a plumber or an electrician in my area",
    "which gym near me is worth joining",
    "where can I buy fresh bread locally",
    "which shops are open late near me",
    "what's the best way to get to work by public transport",
    "how bad is the traffic on my way to work this morning",
    "when is the next train into the city centre",
    "find a park or a hiking trail close to where I live",
    "where can I take the kids this afternoon",
    "is there a farmers market nearby",
    "what time does the sun set today",
    "suggest a day trip from where I live",
    "are there any good schools in my neighbourhood",
    "what's happening in the local news",
    "where can I volunteer in my city",
    "what are the parking rules on my street",
    "where can I watch the match tonight",
    "recommend a vet near me",
    "what should I wear today given the weather",
    "any free museums in town",
    # going out nearby, lessons and services where the asker is
    "where can we go out for drinks tonight",
    "where should we go to celebrate on Friday",
    "suggest a nice place for a date night",
    "book me a swimming lesson this week",
    "where can I sign up for a pottery class",
    "find an English-speaking GP",
    "where can I get my phone screen fixed today",
    "is there a pharmacy open on Sunday",
    # a journey that starts where the asker lives
    "find me cheap flights home for Christmas",
    "which airport should I fly out of for my holiday",
    "where could I go for a long weekend by train",
    "how do I get to the stadium from my place",
)
# ... and things whose answer does not (hard ones included: a film "tonight", a recipe, a trip elsewhere).
PLACELESS: tuple[str, ...] = (
    "write a poem about the sea",
    "fix this bug in my code",
    "explain how photosynthesis works",
    "give me a recipe for banana bread",
    "summarise this article for me",
    "translate this sentence into French",
    "help me write an email to my manager",
    "what's the difference between a virus and a bacterium",
    "recommend a good novel to read",
    "suggest a movie to stream tonight",
    "give me a workout plan for the week",
    "how do I make my resume stand out",
    "what are some tips for better sleep",
    "explain the rules of chess",
    "help me plan my budget for the month",
    "write a birthday message for my sister",
    "how does compound interest work",
    "what's a good name for my cat",
    "teach me some basic Spanish phrases",
    "why is the sky blue",
    "how do I center a div in CSS",
    "give me ideas for a short story",
    "what podcast should I listen to",
    "solve this maths problem",
    "what should I cook for dinner with chicken and rice",
    "how do I stop procrastinating",
    "explain what inflation is",
    "write a cover letter for a design job",
    "what are the health benefits of green tea",
    "suggest a board game for four players",
    # a trip to a named place elsewhere: the plan is about that place, not about where the asker lives
    "plan a week in Japan for me",
    "what are the must-see sights in Rome",
    "make me an itinerary for three days in Barcelona",
    "where should we eat while we are in Vienna",
    "which hotel should I book in New York",
    "is Greece too hot in August",
    "what should I see on a day trip to Bruges",
    # buying a thing, wearing or packing, making or planning at home
    "which laptop should I buy",
    "recommend a good face cream",
    "what should I wear to a job interview",
    "what should I pack for a camping trip",
    "what drinks should I serve at a barbecue",
    "what can I cook with leftover rice",
    "help me organise my to-do list",
    "how do I plan a surprise party",
    "which headphones are best for running",
    "is this medicine safe to take with coffee",
)


@lru_cache(maxsize=65_536)
def says_home(text: str) -> bool:
    """Whether a memory is worded as where the user lives now (the cheap half of :func:`is_home`). Kept per text:
    recall asks it of every candidate on every request (two regexes, ~3 µs each time, ~0.2 ms a request)."""
    return RESIDENCE.search(text) is not None and WISH.search(text) is None


def is_home(text: str, facets: Vector, categories: tuple[str, ...]) -> bool:
    """Whether a memory says where the user lives now: its wording, and its facets (one row over
    ``categories``) on location."""
    if LOCATION not in categories or not says_home(text):
        return False
    return float(np.asarray(facets)[categories.index(LOCATION)]) >= HOME_MASS


@dataclass(frozen=True)
class Bound:
    place_bound: bool
    margin: float  # place-bound side less placeless side
    nearest: str  # the closest place-bound prototype, for the trace


class PlaceRequests:
    """Tells place-bound requests from the rest by their nearest prototypes; the prototypes are embedded once per
    embedder (:func:`memory.taxonomy.categories.embedded_once`), on first use or :meth:`warm`."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def warm(self) -> None:
        self._prototypes()

    def _prototypes(self) -> tuple[Vector, Vector]:
        return embedded_once(self._embedder, PLACE_BOUND), embedded_once(self._embedder, PLACELESS)

    def read(self, query: Vector, nearest: int = NEAREST, margin: float = MARGIN) -> Bound:
        bound, placeless = self._prototypes()
        near = bound @ query
        far = placeless @ query
        k = min(nearest, len(near), len(far))
        diff = float(np.sort(near)[-k:].mean() - np.sort(far)[-k:].mean())
        return Bound(diff >= margin, diff, PLACE_BOUND[int(near.argmax())])
