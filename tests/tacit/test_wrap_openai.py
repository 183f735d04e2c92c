"""wrap() over the real OpenAI SDK (sync and async, JSON and chunk streams) against the local chat completions
stub, with tacit in-process on the test parts."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import openai
import pytest

from agents.services import Services
from harness.stubs import OpenAIStub
from tacit import Memory, wrap
from tests.tacit.conftest import VEGETARIAN, eventually, logged, strip_volatile

QUESTION = "What should I cook for dinner tonight?"
ANSWER = "How about a chickpea curry with rice? It is quick, filling and completely meat-free."
ASK = [{"role": "user", "content": QUESTION}]


def sync_client(stub: OpenAIStub) -> openai.OpenAI:
    return openai.OpenAI(api_key="k", base_url=stub.base_url, max_retries=0)


def async_client(stub: OpenAIStub) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key="k", base_url=stub.base_url, max_retries=0)


def expect_observed(parts: Services, question: str = QUESTION) -> None:
    eventually(lambda: logged(parts, "ana")[-2:] == [("user", question), ("assistant", ANSWER)])


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            {"role": "system", "content": "You are a chef."},
            lambda p: {"role": "system", "content": f"{p}\nYou are a chef."},
        ),
        (
            {"role": "developer", "content": [{"type": "text", "text": "You are a chef."}]},
            lambda p: {
                "role": "developer",
                "content": [{"type": "text", "text": p}, {"type": "text", "text": "You are a chef."}],
            },
        ),
        (None, lambda p: {"role": "system", "content": p}),
    ],
    ids=["system-string", "developer-parts", "inserted"],
)
def test_create_injects_the_prefix_and_returns_the_sdk_response(
    memory: Memory, ana: str, parts: Services, openai_stub: OpenAIStub, first: Any, expected: Any
) -> None:
    messages = ([copy.deepcopy(first)] if first else []) + copy.deepcopy(ASK)
    before = copy.deepcopy(messages)
    openai_stub.queue_completion(ANSWER)
    openai_stub.queue_completion(ANSWER)
    with sync_client(openai_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        got = client.chat.completions.create(model="gpt-x", messages=messages, temperature=0.2)
        wrapped_body = openai_stub.last.json
        reference = plain.chat.completions.create(model="gpt-x", messages=messages, temperature=0.2)
    prefix = memory.prefix(ana, ASK)
    assert VEGETARIAN in prefix
    assert messages == before  # the caller's list and dicts are untouched
    sent = wrapped_body["messages"]
    assert sent[0] == expected(prefix)
    assert sent[1:] == (before[1:] if first else before)
    assert wrapped_body["temperature"] == 0.2 and wrapped_body["model"] == "gpt-x"
    assert type(got) is type(reference) is openai.types.chat.ChatCompletion
    assert strip_volatile(got.model_dump()) == strip_volatile(reference.model_dump())
    expect_observed(parts)


@pytest.mark.parametrize("include_usage", [False, True])
def test_stream_yields_the_same_chunks_and_observes_the_answer(
    memory: Memory, ana: str, parts: Services, openai_stub: OpenAIStub, include_usage: bool
) -> None:
    options = {"stream_options": {"include_usage": True}} if include_usage else {}
    openai_stub.queue_completion(ANSWER)
    openai_stub.queue_completion(ANSWER)
    with sync_client(openai_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        stream = client.chat.completions.create(model="m", messages=ASK, stream=True, **options)
        chunks = []
        for chunk in stream:  # plain iteration, no context manager
            chunks.append(chunk)
        assert VEGETARIAN in openai_stub.last.json["messages"][0]["content"]
        with plain.chat.completions.create(model="m", messages=ASK, stream=True, **options) as ref_stream:
            reference = list(ref_stream)
    assert [type(c) for c in chunks] == [type(c) for c in reference]
    assert [strip_volatile(c.model_dump()) for c in chunks] == [strip_volatile(c.model_dump()) for c in reference]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ANSWER
    expect_observed(parts)


def test_stream_helper_is_wrapped_too(memory: Memory, ana: str, parts: Services, openai_stub: OpenAIStub) -> None:
    openai_stub.queue_completion(ANSWER)
    with sync_client(openai_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        with client.chat.completions.stream(model="m", messages=ASK) as stream:
            final = stream.get_final_completion()
    assert final.choices[0].message.content == ANSWER
    assert VEGETARIAN in openai_stub.last.json["messages"][0]["content"]
    expect_observed(parts)


def test_async_create_and_stream(memory: Memory, ana: str, parts: Services, openai_stub: OpenAIStub) -> None:
    for _ in range(3):
        openai_stub.queue_completion(ANSWER)

    async def main() -> tuple[Any, list[Any], list[Any], list[Any]]:
        async with async_client(openai_stub) as plain:
            client = wrap(plain, user_id=ana, memory=memory)
            completion = await client.chat.completions.create(model="m", messages=ASK)
            sent = openai_stub.last.json["messages"]
            async with await client.chat.completions.create(model="m", messages=ASK, stream=True) as stream:
                chunks = [c async for c in stream]
            reference = [c async for c in await plain.chat.completions.create(model="m", messages=ASK, stream=True)]
            return completion, chunks, reference, sent

    completion, chunks, reference, sent = asyncio.run(main())
    assert isinstance(completion, openai.types.chat.ChatCompletion)
    assert completion.choices[0].message.content == ANSWER
    assert sent == [{"role": "system", "content": memory.prefix(ana, ASK)}, *ASK]
    assert [strip_volatile(c.model_dump()) for c in chunks] == [strip_volatile(c.model_dump()) for c in reference]
    eventually(lambda: logged(parts, ana).count(("assistant", ANSWER)) == 2)


def test_only_the_new_user_turns_are_observed_in_order(
    memory: Memory, ana: str, parts: Services, openai_stub: OpenAIStub
) -> None:
    history = [
        {"role": "system", "content": "You are a chef."},
        {"role": "user", "content": "Hello there."},
        {"role": "assistant", "content": "Hi! How can I help?"},
        {"role": "user", "content": "I have guests tomorrow."},
        {"role": "user", "content": QUESTION},
    ]
    openai_stub.queue_completion(ANSWER)
    openai_stub.queue_completion("You're welcome.")
    with sync_client(openai_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory, session_id="s-1")
        client.chat.completions.create(model="m", messages=iter(history))  # a one-shot iterable is fine
        assert openai_stub.last.json["messages"][1:] == history[1:]
        follow_up = [*history, {"role": "assistant", "content": ANSWER}, {"role": "user", "content": "Thanks!"}]
        client.chat.completions.create(model="m", messages=follow_up)
    eventually(lambda: len(logged(parts, ana)) == 5)
    assert logged(parts, ana) == [
        ("user", "I have guests tomorrow."),
        ("user", QUESTION),
        ("assistant", ANSWER),
        ("user", "Thanks!"),
        ("assistant", "You're welcome."),
    ]
    assert {m.session_id for m in parts.log.list(ana)} == {"s-1"}


def test_other_attributes_pass_through(memory: Memory, ana: str, openai_stub: OpenAIStub) -> None:
    with sync_client(openai_stub) as plain:
        client = wrap(plain, user_id=ana, memory=memory)
        assert [m.id for m in client.models.list()] == ["stub-model"]
        assert client.base_url == plain.base_url and client.api_key == "k"
        assert client.chat.completions.with_raw_response is not None
        again = client.with_options(timeout=3.0)
        assert again.timeout == 3.0 and type(again) is type(client)
