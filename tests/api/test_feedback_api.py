"""Feedback on answers over HTTP on the real stack: the proxy records what it injected into an answer, a
down-vote without a comment lowers exactly those items, an up-vote reinforces them, a comment teaches."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from agents.services import Services
from api.app import create_app
from memory.db.tables import AnswerFeedbackRow, AnswerMemoryRow
from memory.learn.log import NewTurns
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind

HEADERS = {"X-Tacit-User": "ana"}


@pytest.fixture
def answered(parts: Services) -> tuple[Services, int]:
    """Ana has four memories; one answer came through the proxy (the offline echo model). Returns the parts and
    the answer's message id."""
    parts.store.create_user(NewUser(id="ana"))
    parts.store.add("ana", NewMemory(text="Is vegetarian", kind=MemoryKind.constraint, category="food", confidence=0.8))
    parts.store.add("ana", NewMemory(text="Loves spicy Thai curries", category="food", confidence=0.8))
    parts.store.add("ana", NewMemory(text="Plays the cello in an orchestra", category="music", confidence=0.8))
    parts.store.add("ana", NewMemory(text="Works as a nurse on night shifts", category="work", confidence=0.8))
    with TestClient(create_app(services=parts)) as c:  # leaving the block waits for the observation
        r = c.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "What should I cook for dinner tonight?"}]},
            headers=HEADERS,
        )
        assert r.status_code == 200
    answer = next(m for m in parts.log.list("ana") if m.role == "assistant")
    return parts, answer.id


def injected(parts: Services, message_id: int) -> set[str]:
    with parts.sessions() as s:
        return set(s.scalars(select(AnswerMemoryRow.memory_id).where(AnswerMemoryRow.message_id == message_id)))


def confidences(client: TestClient, user: str) -> dict[str, float]:
    return {m["id"]: m["confidence"] for m in client.get(f"/v1/users/{user}/memories").json()["items"]}


def test_the_proxy_records_what_it_injected_into_the_answer(answered: tuple[Services, int]) -> None:
    parts, answer_id = answered
    ids = injected(parts, answer_id)
    shown = next(m for m in parts.log.list("ana") if m.id == answer_id).content  # the echo model shows the prefix
    texts = {m.id: m.text for m in parts.store.list_memories("ana").items}
    assert ids and ids == {i for i, t in texts.items() if t in shown}
    assert "Plays the cello in an orchestra" not in shown


def test_a_down_vote_without_comment_lowers_exactly_the_injected_items(
    answered: tuple[Services, int], client: TestClient
) -> None:
    parts, answer_id = answered
    before = confidences(client, "ana")
    r = client.post("/v1/users/ana/feedback", json={"message_id": answer_id, "rating": "down"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "down" and body["job_id"] is None and body["reinforced"] == []
    ids = injected(parts, answer_id)
    assert set(body["lowered"]) == ids
    after = confidences(client, "ana")
    for mid, conf in before.items():
        assert after[mid] == (pytest.approx(conf - 0.15) if mid in ids else conf), mid
    for mid in ids:
        last = client.get(f"/v1/users/ana/memories/{mid}/history").json()[-1]
        assert last["type"] == "update" and last["actor"] == "feedback"
        assert last["reason"].startswith(f"feedback {body['feedback_id']}: down on answer {answer_id}")


def test_an_up_vote_reinforces_the_injected_items(answered: tuple[Services, int], client: TestClient) -> None:
    parts, answer_id = answered
    r = client.post("/v1/users/ana/feedback", json={"message_id": answer_id, "rating": 5})
    assert r.status_code == 200 and r.json()["verdict"] == "up"
    ids = injected(parts, answer_id)
    assert set(r.json()["reinforced"]) == ids
    for m in client.get("/v1/users/ana/memories").json()["items"]:
        assert m["seen_count"] == (2 if m["id"] in ids else 1)
    neutral = client.post("/v1/users/ana/feedback", json={"message_id": answer_id, "rating": 3}).json()
    assert neutral["verdict"] == "neutral" and neutral["lowered"] == neutral["reinforced"] == []


def test_a_down_vote_saying_too_long_teaches_like_a_chat_turn(
    answered: tuple[Services, int], client: TestClient
) -> None:
    _, answer_id = answered
    before = confidences(client, "ana")
    r = client.post(
        "/v1/users/ana/feedback",
        params={"wait": True},
        json={"message_id": answer_id, "rating": "down", "comment": "way too long"},
    )
    assert r.status_code == 200 and r.json()["job"]["state"] == "done", r.text
    learned = [m for m in client.get("/v1/users/ana/memories").json()["items"] if m["id"] not in before]
    assert [(m["text"], m["source"]) for m in learned] == [("Prefers short, concise answers", "feedback")]
    assert {k: v for k, v in confidences(client, "ana").items() if k in before} == before  # taught, not lowered


def test_ids_an_api_client_reports_count_only_for_its_own_user(parts: Services, client: TestClient) -> None:
    parts.store.create_user(NewUser(id="bo"))
    parts.store.create_user(NewUser(id="cy"))
    mine = parts.store.add("bo", NewMemory(text="Prefers tea over coffee", category="food", confidence=0.8))
    theirs = parts.store.add("cy", NewMemory(text="Likes jazz", category="music", confidence=0.8))
    answer = {"role": "assistant", "content": "Green tea.", "metadata": {"tacit_memory_ids": [mine.id, theirs.id]}}
    turns = {"turns": [{"role": "user", "content": "Drink ideas?"}, answer]}
    receipt = parts.log.append("bo", NewTurns.model_validate(turns), extract=False)
    r = client.post("/v1/users/bo/feedback", json={"message_id": receipt.message_ids[1], "rating": "down"})
    assert r.json()["lowered"] == [mine.id]
    assert parts.store.get("cy", theirs.id).confidence == 0.8


def test_bad_feedback(answered: tuple[Services, int], client: TestClient) -> None:
    parts, answer_id = answered
    parts.store.create_user(NewUser(id="mallory"))
    before = confidences(client, "ana")

    def status(user: str, payload: dict[str, Any]) -> tuple[int, Any]:
        r = client.post(f"/v1/users/{user}/feedback", json=payload)
        return r.status_code, r.json()

    code, body = status("mallory", {"message_id": answer_id, "rating": "down"})  # ana's answer
    assert code == 404 and "message" in body["error"]["message"]
    assert status("ana", {"message_id": 10_000, "rating": "down"})[0] == 404
    for rating in (0, 6, "meh", 2.5, None):
        code, body = status("ana", {"message_id": answer_id, "rating": rating})
        assert code == 422 and any(d["loc"][:2] == ["body", "rating"] for d in body["detail"]), (rating, body)
    user_turn = next(m for m in parts.log.list("ana") if m.role == "user").id
    code, body = status("ana", {"message_id": user_turn, "rating": "down"})
    assert code == 422 and body["error"]["field"] == "message_id"
    assert confidences(client, "ana") == before
    with parts.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AnswerFeedbackRow)) == 0
