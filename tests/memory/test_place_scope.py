"""Where the user lives (memory/recall/relevance/place.py): a home place is read from the wording and the facets,
a place-bound request from its nearest hand-written prototypes; with rerank=off nothing changes."""

from __future__ import annotations

from agents.services import Services
from memory.ports import Embedder
from memory.recall.relevance.place import PlaceRequests, is_home
from memory.recall.rerank import CutReranker
from memory.recall.service import RecallService
from memory.recall.types import ContextRequest
from memory.store.schemas import NewMemory, NewUser
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES


def test_a_home_place_is_where_the_user_lives_now(embedder: Embedder) -> None:
    categorizer = Categorizer(embedder)

    def home(text: str) -> bool:
        return is_home(text, categorizer.facets(embedder.embed([text]))[0], tuple(PROTOTYPES))

    for text in ("Lives in Lisbon", "I live in Glasgow", "Is based in a small town in Vermont", "Moved to Oslo"):
        assert home(text), text
    for text in ("Grew up in rural Ireland", "Wants to live near the sea", "Lives with two cats", "Lives alone"):
        assert not home(text), text
    assert not home("Lives in fear of spiders")  # worded like a home place; its facets are not on location


def test_place_bound_requests_are_told_from_placeless_ones(embedder: Embedder) -> None:
    places = PlaceRequests(embedder)

    def bound(request: str) -> bool:
        return places.read(embedder.embed([request])[0]).place_bound

    for request in ("Where can I get brunch on Sunday?", "Will it snow tonight?", "I need a pharmacy open now"):
        assert bound(request), request
    for request in ("Write a haiku about the moon", "How do I reverse a list in Python?", "Suggest a film to stream"):
        assert not bound(request), request


def test_with_rerank_off_a_home_place_is_left_to_the_embeddings_cut(parts: Services) -> None:
    parts.store.create_user(NewUser(id="lu"))
    parts.store.add_many("lu", [NewMemory(text=t) for t in ("Lives in Lisbon", "Is vegetarian")])
    off = RecallService(parts.sessions, parts.embedder, parts.index, parts.categorizer, reranker=CutReranker())

    def texts(service: RecallService) -> set[str]:
        return {i.memory.text for i in service.context("lu", ContextRequest(query="Find me a dentist")).items}

    assert "Lives in Lisbon" in texts(parts.recall)
    assert "Lives in Lisbon" not in texts(off)  # the rule is the relevance model's (rerank=model, the default)


def test_the_precision_study_leaves_home_places_to_their_rule_and_caps_request_items() -> None:
    from training.relevance.precision_study import measure, policy

    def item(text: str, p: float, how: str) -> dict[str, object]:
        return {"text": text, "section": "request", "kind": "fact", "p": p, "how": how, "applies": text != "c"}

    row = {
        "want": ["a", "b", "home"],
        "items": [
            item("a", 0.9, "cut+model"),
            item("b", 0.6, "cut+model"),
            item("c", 0.5, "cut+model"),
            item("home", 0.2, "home"),
        ],
    }
    assert measure([row], policy())["hit_rate"] == 1.0
    capped = measure([row], policy(max_request=2))
    assert capped["hit_rate"] == 1.0 and capped["precision"] == 1.0  # c dropped, the home place kept at p 0.2
    assert measure([row], policy(max_request=1))["hit_rate"] == 2 / 3
    assert measure([row], policy(ratio=0.9))["hit_rate"] == 2 / 3  # the ratio reads the best p, not the home's
