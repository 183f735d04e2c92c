"""tacit.Client and tacit.AsyncClient against a real tacit server (uvicorn on a free port)."""

from __future__ import annotations

import asyncio
import logging

import openai
import pytest

from agents.services import Services
from harness.stubs import OpenAIStub
from tacit import AsyncClient, Client, ClientError, wrap
from tests.tacit.conftest import VEGETARIAN, logged


def test_users_and_memories_crud(server_url: str) -> None:
    with Client(server_url) as tacit:
        user = tacit.create_user("ana", display_name="Ana", metadata={"plan": "free"})
        assert (user.id, user.display_name, user.metadata) == ("ana", "Ana", {"plan": "free"})
        assert tacit.get_user("ana").display_name == "Ana"
        assert [u.id for u in tacit.list_users().items] == ["ana"]

        veg = tacit.add("ana", VEGETARIAN, kind="constraint", category="food")
        tea = tacit.add("ana", "Prefers green tea in the morning", category="drinks", pinned=True)
        assert (veg.text, veg.kind, veg.category) == (VEGETARIAN, "constraint", "food")
        assert tacit.get("ana", veg.id) == veg
        assert [m.id for m in tacit.list("ana").items] == [tea.id, veg.id]
        assert [m.id for m in tacit.list("ana", pinned=True).items] == [tea.id]
        assert [m.id for m in tacit.list("ana", category=["food"]).items] == [veg.id]

        vegan = tacit.update("ana", veg.id, text="Is vegan", expected_version=veg.version)
        assert vegan.text == "Is vegan" and vegan.human_edited and vegan.version == veg.version + 1
        tacit.delete("ana", tea.id)
        assert [m.id for m in tacit.list("ana").items] == [veg.id]
        assert [m.id for m in tacit.list("ana", status=["deleted"]).items] == [tea.id]
        assert tacit.restore("ana", tea.id).status == "active"
        assert [e.type for e in tacit.history("ana", veg.id)] == ["add", "update"]

        hits = tacit.search("ana", "diet without meat or dairy", k=2)
        assert hits[0].memory.id == veg.id and -1 <= hits[0].score <= 1

        tacit.delete("ana", tea.id, hard=True)
        with pytest.raises(ClientError) as gone:
            tacit.get("ana", tea.id)
        assert gone.value.status == 404
        tacit.delete_user("ana")
        assert tacit.list_users().items == []


def test_errors_carry_status_code_and_message(server_url: str) -> None:
    with Client(server_url) as tacit:
        with pytest.raises(ClientError) as missing:
            tacit.get_user("nobody")
        assert (missing.value.status, missing.value.code) == (404, "not_found")
        assert missing.value.message == "user 'nobody' not found"

        tacit.create_user("ana")
        with pytest.raises(ClientError) as twice:
            tacit.create_user("ana")
        assert (twice.value.status, twice.value.code) == (409, "conflict")

        with pytest.raises(ClientError) as invalid:  # FastAPI's {"detail": [...]} validation answer
            tacit.context("ana", query="dinner?", budget_tokens=10)
        assert (invalid.value.status, invalid.value.code, invalid.value.field) == (
            422,
            "validation_error",
            "budget_tokens",
        )
        assert "budget_tokens" in invalid.value.message

        with pytest.raises(ClientError) as job:
            tacit.job("no-such-job")
        assert job.value.status == 404


def test_context_observe_and_jobs(server_url: str, parts: Services) -> None:
    with Client(server_url) as tacit:
        assert tacit.context("ghost", query="dinner?").prefix == ""  # unknown user: empty, not an error
        tacit.create_user("ana")
        tacit.add("ana", VEGETARIAN, kind="constraint", category="food")
        result = tacit.context("ana", [{"role": "user", "content": [{"type": "text", "text": "Dinner ideas?"}]}])
        assert VEGETARIAN in result.prefix and result.items[0].memory.text == VEGETARIAN
        assert tacit.prefix("ana", query="what should I cook?", budget_tokens=200) == result.prefix

        job_id = tacit.observe("ana", [{"role": "user", "content": "I moved to Lisbon last month."}], "s-9")
        assert job_id is not None
        assert tacit.job(job_id).state == "queued"  # the test server runs no worker: nothing blocked on learning
        receipt = tacit.ingest("ana", [{"role": "assistant", "content": "Noted."}])
        assert receipt.job_id is None and len(receipt.message_ids) == 1
    assert logged(parts, "ana") == [("user", "I moved to Lisbon last month."), ("assistant", "Noted.")]


def test_api_key_is_sent_as_bearer_and_foreign_errors_are_read() -> None:
    with OpenAIStub() as stub, Client(stub.root_url, api_key="s3cret") as tacit:
        with pytest.raises(ClientError) as err:
            tacit.get_user("ana")
        stub.problems.clear()  # the stub does not serve tacit's routes: it answers 404 in OpenAI's shape
    assert stub.last.headers["authorization"] == "Bearer s3cret"
    assert err.value.status == 404 and "no route for GET /v1/users/ana" in err.value.message


def test_wrap_with_a_client_end_to_end(server_url: str, parts: Services, openai_stub: OpenAIStub) -> None:
    with Client(server_url) as tacit:
        tacit.create_user("ana")
        tacit.add("ana", VEGETARIAN, kind="constraint", category="food")
        openai_stub.queue_completion("Try a lentil soup.")
        with openai.OpenAI(api_key="k", base_url=openai_stub.base_url, max_retries=0) as plain:
            client = wrap(plain, user_id="ana", memory=tacit)
            answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Soup ideas?"}])
            assert client.tacit_flush()  # type: ignore[attr-defined]
    assert answer.choices[0].message.content == "Try a lentil soup."
    assert VEGETARIAN in openai_stub.last.json["messages"][0]["content"]
    assert logged(parts, "ana") == [("user", "Soup ideas?"), ("assistant", "Try a lentil soup.")]


def test_async_client_and_async_wrap(server_url: str, parts: Services, openai_stub: OpenAIStub) -> None:
    openai_stub.queue_completion("Try a lentil soup.", event_delay_s=0.01)

    async def main() -> str:
        async with AsyncClient(server_url) as tacit:
            await tacit.create_user("ana")
            veg = await tacit.add("ana", VEGETARIAN, kind="constraint", category="food")
            assert (await tacit.get("ana", veg.id)).text == VEGETARIAN
            assert [h.memory.id for h in await tacit.search("ana", "meat", k=1)] == [veg.id]
            with pytest.raises(ClientError):
                await tacit.get_user("nobody")
            async with openai.AsyncOpenAI(api_key="k", base_url=openai_stub.base_url, max_retries=0) as plain:
                client = wrap(plain, user_id="ana", memory=tacit)
                stream = await client.chat.completions.create(
                    model="m", messages=[{"role": "user", "content": "Soup ideas?"}], stream=True
                )
                text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
                assert await client.tacit_aflush()  # type: ignore[attr-defined]
            return text

    assert asyncio.run(main()) == "Try a lentil soup."
    assert VEGETARIAN in openai_stub.last.json["messages"][0]["content"]
    assert logged(parts, "ana") == [("user", "Soup ideas?"), ("assistant", "Try a lentil soup.")]


def test_an_async_client_needs_an_async_sdk_client(server_url: str) -> None:
    with pytest.raises(TypeError, match="async SDK client"):
        wrap(openai.OpenAI(api_key="k"), user_id="ana", memory=AsyncClient(server_url))


def test_memory_down_the_call_still_goes_through(
    closed_port: int, openai_stub: OpenAIStub, caplog: pytest.LogCaptureFixture
) -> None:
    openai_stub.queue_completion("Here is a recipe.")
    messages = [{"role": "system", "content": "You are a chef."}, {"role": "user", "content": "Dinner?"}]
    with (
        caplog.at_level(logging.WARNING, logger="tacit"),
        Client(f"http://127.0.0.1:{closed_port}", timeout=2.0) as tacit,
        openai.OpenAI(api_key="k", base_url=openai_stub.base_url, max_retries=0) as plain,
    ):
        client = wrap(plain, user_id="ana", memory=tacit)
        answer = client.chat.completions.create(model="m", messages=messages)
        assert client.tacit_flush()  # type: ignore[attr-defined]
    assert answer.choices[0].message.content == "Here is a recipe."
    assert openai_stub.last.json["messages"] == messages  # no prefix
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("no memory for this call" in w and "unreachable" in w for w in warnings)
    assert any("could not observe" in w for w in warnings)


def test_no_server_is_a_client_error_without_status(closed_port: int) -> None:
    with Client(f"http://127.0.0.1:{closed_port}", timeout=1.0) as tacit, pytest.raises(ClientError) as err:
        tacit.prefix("ana", query="x")
    assert err.value.status is None and err.value.code == "unreachable"
