"""wrap() over the real Anthropic SDK (sync and async, JSON and streams) against the local Messages API stub,
with tacit in-process on the test parts."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import anthropic
import pytest

from agents.services import Services
from harness.stubs import AnthropicStub
from tacit import Memory, wrap
from tests.tacit.conftest import VEGETARIAN, eventually, logged, strip_volatile

QUESTION = "What should I cook for dinner tonight?"
ANSWER = "How about a chickpea curry with rice? It is quick, filling and completely meat-free."
ASK = [{"role": "user", "content": QUESTION}]


def sync_client(stub: AnthropicStub) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="k", base_url=stub.base_url, max_retries=0)


def async_client(stub: AnthropicStub) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key="k", base_url=stub.base_url, max_retries=0)


def expect_observed(parts: Services, user_id: str = "ana", question: str = QUESTION) -> None:
    eventually(lambda: logged(parts, user_id)[-2:] == [("user", question), ("assistant", ANSWER)])


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("You are a chef.", lambda p: f"{p}\nYou are a chef."),
        (None, lambda p: p),
        (
            [{"type": "text", "text": "You are a chef.", "cache_control": {"type": "ephemeral"}}],
            lambda p: [
                {"type": "text", "text": p},
                {"type": "text", "text": "You are a chef.", "cache_control": {"type": "ephemeral"}},
            ],
        ),
    ],
    ids=["string", "absent", "blocks"],
)
def test_create_injects_the_prefix_and_returns_the_sdk_response(
    memory: Memory, ana: str, parts: Services, anthropic_stub: AnthropicStub, system: Any, expected: Any
) -> None:
    messages = copy.deepcopy(ASK)
    system_arg = copy.deepcopy(system)
    extra = {} if system is None else {"system": system_arg}
    anthropic_stub.queue_text(ANSWER)
    anthropic_stub.queue_text(ANSWER)
    with sync_client(anthropic_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        got = client.messages.create(model="claude-x-1", max_tokens=200, messages=messages, **extra)
        wrapped_body = anthropic_stub.last.json
        reference = plain.messages.create(model="claude-x-1", max_tokens=200, messages=messages, **extra)
    prefix = memory.prefix(ana, ASK)
    assert VEGETARIAN in prefix and prefix.startswith("<user_memory>")
    assert wrapped_body["system"] == expected(prefix)
    assert wrapped_body["messages"] == ASK and messages == ASK and system_arg == system  # nothing mutated
    assert {k: v for k, v in wrapped_body.items() if k != "system"} == {
        k: v for k, v in anthropic_stub.last.json.items() if k != "system"
    }
    assert type(got) is type(reference) is anthropic.types.Message
    assert strip_volatile(got.model_dump()) == strip_volatile(reference.model_dump())
    expect_observed(parts)


def test_stream_yields_the_same_events_and_observes_the_answer(
    memory: Memory, ana: str, parts: Services, anthropic_stub: AnthropicStub
) -> None:
    anthropic_stub.queue_text(ANSWER)
    anthropic_stub.queue_text(ANSWER)
    with sync_client(anthropic_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        with client.messages.create(model="m", max_tokens=200, messages=ASK, stream=True) as stream:
            assert stream.response.status_code == 200  # the SDK stream's attributes pass through
            events = list(stream)
        assert VEGETARIAN in anthropic_stub.last.json["system"]
        reference = list(plain.messages.create(model="m", max_tokens=200, messages=ASK, stream=True))
    assert [type(e) for e in events] == [type(e) for e in reference]
    assert [strip_volatile(e.model_dump()) for e in events] == [strip_volatile(e.model_dump()) for e in reference]
    assert len(events) > 5
    expect_observed(parts)


def test_stream_helper_is_wrapped_too(memory: Memory, ana: str, parts: Services, anthropic_stub: AnthropicStub) -> None:
    anthropic_stub.queue_text(ANSWER)
    with sync_client(anthropic_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        with client.messages.stream(model="m", max_tokens=200, messages=ASK) as stream:
            text = "".join(stream.text_stream)
    assert text == ANSWER
    assert VEGETARIAN in anthropic_stub.last.json["system"]
    expect_observed(parts)


def test_async_create_and_stream(memory: Memory, ana: str, parts: Services, anthropic_stub: AnthropicStub) -> None:
    for _ in range(4):
        anthropic_stub.queue_text(ANSWER)

    async def main() -> tuple[Any, list[Any], list[Any], dict[str, Any]]:
        async with async_client(anthropic_stub) as plain:
            client = wrap(plain, user_id=ana, memory=memory)
            message = await client.messages.create(model="m", max_tokens=200, messages=ASK, system="Be brief.")
            first_body = anthropic_stub.last.json
            stream = await client.messages.create(model="m", max_tokens=200, messages=ASK, stream=True)
            async with stream:
                events = [e async for e in stream]
            reference = [
                e async for e in await plain.messages.create(model="m", max_tokens=200, messages=ASK, stream=True)
            ]
            async with client.messages.stream(model="m", max_tokens=200, messages=ASK) as helper:
                assert "".join([t async for t in helper.text_stream]) == ANSWER
            assert VEGETARIAN in anthropic_stub.last.json["system"]
            assert await client.tacit_aflush()
            return message, events, reference, first_body

    message, events, reference, first_body = asyncio.run(main())
    assert isinstance(message, anthropic.types.Message) and message.content[0].text == ANSWER  # type: ignore[union-attr]
    assert first_body["system"] == f"{memory.prefix(ana, ASK)}\nBe brief."
    assert [strip_volatile(e.model_dump()) for e in events] == [strip_volatile(e.model_dump()) for e in reference]
    eventually(lambda: logged(parts, ana).count(("assistant", ANSWER)) == 3)


def test_per_call_user_and_only_the_new_turns_are_observed(
    memory: Memory, ana: str, parts: Services, anthropic_stub: AnthropicStub
) -> None:
    memory.add("bo", "Allergic to peanuts", kind="constraint", category="health")
    conversation = [
        {"role": "user", "content": [{"type": "text", "text": "Hi! I need some help with food."}]},
        {"role": "assistant", "content": "Sure, what would you like?"},
        {"role": "user", "content": [{"type": "text", "text": "A snack idea for the afternoon, please."}]},
    ]
    anthropic_stub.queue_text(ANSWER)
    with sync_client(anthropic_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        client.messages.create(model="m", max_tokens=50, messages=conversation, tacit_user_id="bo")
    body = anthropic_stub.last.json
    assert "tacit_user_id" not in body
    assert "Allergic to peanuts" in body["system"] and VEGETARIAN not in body["system"]
    assert body["messages"] == conversation
    expect_observed(parts, "bo", "A snack idea for the afternoon, please.")
    assert [role for role, _ in logged(parts, "bo")] == ["user", "assistant"]
    assert logged(parts, ana) == []  # nothing went to the default user


def test_tool_result_turns_are_not_observed_as_user_words(
    memory: Memory, ana: str, parts: Services, anthropic_stub: AnthropicStub
) -> None:
    loop = [
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "pantry", "input": {}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "rice, beans"}]},
    ]
    anthropic_stub.queue_text(ANSWER)
    with sync_client(anthropic_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        client.messages.create(model="m", max_tokens=50, messages=loop)
        assert client.tacit_flush()  # type: ignore[attr-defined]
    assert VEGETARIAN in anthropic_stub.last.json["system"]  # recall still used the conversation
    assert logged(parts, ana) == []
