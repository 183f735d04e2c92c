"""A few pairs shared by the relevance model's and the fine-tuned encoder's tests."""

from __future__ import annotations

from training.relevance.generate import Pair

REQUEST = "Book me a flight to Lima"
SEAT, KITES = "Prefers aisle seats", "Loves flying kites at the beach"
# pairs the cosine orders wrong (a flight and kites share "flying"); a tiny model must learn them. Shared with
# the fine-tuned encoder's test
TINY_PAIRS = [
    Pair(REQUEST, SEAT, 1, "t"),
    Pair(REQUEST, KITES, 0, "t"),
    Pair("Find me a plane ticket to Oslo", "Likes sitting by the window on planes", 1, "t"),
    Pair("Find me a plane ticket to Oslo", "Enjoys paper planes with the kids", 0, "t"),
    Pair("Suggest a kite for my son", KITES, 1, "t"),
    Pair("Suggest a kite for my son", SEAT, 0, "t"),
]
