"""tacit.Client.edit / feedback and their AsyncClient twins against a real tacit server (uvicorn)."""

from __future__ import annotations

import asyncio

import pytest

from agents.services import Services
from memory.learn.log import NewTurns
from memory.store.schemas import NewMemory, NewUser
from tacit import AsyncClient, Client, ClientError

DRAFT = "Great news 🎉 the report is finished and sent to the client ✅"
EDITED = "Great news: the report is finished and sent to the client."


def test_edit_and_feedback(server_url: str, parts: Services) -> None:
    with Client(server_url) as tacit:
        done = tacit.edit("ana", DRAFT, EDITED, context="status updates", wait=True)
        assert done.job is not None and done.job.state == "done"
        [item] = tacit.list("ana", source=["edit"]).items
        assert item.text == "Doesn't want emojis in answers" and item.context == "status updates"
        with pytest.raises(ClientError) as same:
            tacit.edit("ana", DRAFT, DRAFT)
        assert same.value.status == 422 and "nothing changed" in str(same.value)

        parts.store.create_user(NewUser(id="bo"))
        memory = parts.store.add("bo", NewMemory(text="Prefers tea", category="food", confidence=0.8))
        answer = {"role": "assistant", "content": "Green tea.", "metadata": {"tacit_memory_ids": [memory.id]}}
        ids = parts.log.append("bo", NewTurns.model_validate({"turns": [answer]}), extract=False).message_ids
        rated = tacit.feedback("bo", ids[0], "down")
        assert rated.verdict == "down" and rated.lowered == [memory.id] and rated.job_id is None
        with pytest.raises(ClientError) as other:
            tacit.feedback("ana", ids[0], "up")  # bo's answer
        assert other.value.status == 404

    async def main() -> str:
        async with AsyncClient(server_url) as tacit:
            await tacit.edit("cy", DRAFT, EDITED, wait=True)
            rated = await tacit.feedback("bo", ids[0], 5)
            assert rated.reinforced == [memory.id]
            page = await tacit.list("cy", source=["edit"])
            return page.items[0].text

    assert asyncio.run(main()) == "Doesn't want emojis in answers"


def test_context_lists_what_the_memory_does_not_cover(server_url: str) -> None:
    with Client(server_url) as tacit:
        plain = tacit.context("nobody", query="Can you recommend a restaurant for dinner tonight?")
        asked = tacit.context("nobody", query="Can you recommend a restaurant for dinner tonight?", elicit=True)
    assert "food.diet" in [u.dimension for u in plain.unknown] and plain.prefix == ""
    assert asked.prefix.strip() and plain.unknown[0].question in asked.prefix
