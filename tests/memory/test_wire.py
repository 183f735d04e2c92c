"""The one wire-format module, on both formats, as the proxy sees them (JSON bodies) and as the in-process
wrapper sees them (SDK keyword arguments and response objects)."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from memory import wire

PREFIX = "<user_memory>Is vegetarian</user_memory>"


def _sse(events: list[dict[str, Any]], flavor: wire.Flavor) -> bytes:
    lines = [(f"event: {e['type']}\n" if flavor == "anthropic" else "") + f"data: {json.dumps(e)}\n\n" for e in events]
    return "".join(lines).encode() + (b"data: [DONE]\n\n" if flavor == "openai" else b"")


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (None, PREFIX),
        ("", PREFIX),
        ("Be brief.", f"{PREFIX}\nBe brief."),
        (
            [{"type": "text", "text": "Be brief."}],
            [{"type": "text", "text": PREFIX}, {"type": "text", "text": "Be brief."}],
        ),
    ],
)
def test_anthropic_system_prompt_gets_the_prefix_in_front(system: Any, expected: Any) -> None:
    body: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    if system is not None:
        body["system"] = system
    out = wire.inject(body, PREFIX, "anthropic")
    assert out["system"] == expected
    assert body.get("system") == system, "the input is not mutated"
    assert out["messages"] == body["messages"]


@pytest.mark.parametrize(
    ("messages", "first"),
    [
        ([{"role": "user", "content": "hi"}], {"role": "system", "content": PREFIX}),
        (
            [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}],
            {"role": "system", "content": f"{PREFIX}\nBe brief."},
        ),
        (
            [{"role": "developer", "content": ""}, {"role": "user", "content": "hi"}],
            {"role": "developer", "content": PREFIX},
        ),
        (
            [{"role": "system", "content": [{"type": "text", "text": "Be brief."}]}, {"role": "user", "content": "hi"}],
            {"role": "system", "content": [{"type": "text", "text": PREFIX}, {"type": "text", "text": "Be brief."}]},
        ),
    ],
)
def test_openai_first_system_message_gets_the_prefix(messages: list[dict[str, Any]], first: dict[str, Any]) -> None:
    out = wire.inject({"model": "m", "messages": messages}, PREFIX, "openai")
    assert out["messages"][0] == first
    assert out["messages"][-1] == {"role": "user", "content": "hi"}
    assert len(messages) in (1, 2) and messages[0] is not out["messages"][0], "the input is not mutated"


@pytest.mark.parametrize("flavor", ["anthropic", "openai"])
def test_an_empty_prefix_changes_nothing(flavor: wire.Flavor) -> None:
    body = {"messages": [{"role": "user", "content": "hi"}], "system": "x"}
    assert wire.inject(body, "", flavor) == body


def test_turns_read_strings_blocks_sdk_objects_and_langchain_messages() -> None:
    messages = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": [{"type": "text", "text": "I am vegan"}, {"type": "image", "source": {}}]},
        SimpleNamespace(role="assistant", content=[SimpleNamespace(type="text", text="Noted.")]),
        SimpleNamespace(type="human", content="what's for dinner?"),
        {"role": "tool", "content": "result"},
        {"role": "user", "content": "   "},
    ]
    assert wire.conversation(messages) == [
        {"role": "user", "content": "I am vegan"},
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": "what's for dinner?"},
    ]
    assert wire.new_user_turns(messages) == [{"role": "user", "content": "what's for dinner?"}]


def test_long_turns_and_long_conversations_are_cut_the_same_way() -> None:
    long = "x" * (wire.MAX_TURN_CHARS + 10)
    turns = wire.conversation([{"role": "user", "content": long}] * (wire.MAX_CONTEXT_TURNS + 5))
    assert len(turns) == wire.MAX_CONTEXT_TURNS
    assert all(len(t["content"]) == wire.MAX_TURN_CHARS for t in turns)


def test_user_id_comes_from_the_header_first_then_the_flavors_field() -> None:
    assert wire.user_id({"user": "ana"}, None, "openai") == "ana"
    assert wire.user_id({"metadata": {"user_id": "bo"}}, None, "anthropic") == "bo"
    assert wire.user_id({"user": "ana"}, "hdr", "openai") == "hdr"
    assert wire.user_id({"user": ""}, None, "openai") is None
    assert wire.user_id({"metadata": "x"}, None, "anthropic") is None


@pytest.mark.parametrize("flavor", ["anthropic", "openai"])
def test_the_answer_reads_the_same_from_an_object_its_json_and_its_stream(flavor: wire.Flavor) -> None:
    if flavor == "anthropic":
        body = {"type": "message", "content": [{"type": "text", "text": "Try the dal."}, {"type": "tool_use"}]}
        obj: Any = SimpleNamespace(content=[SimpleNamespace(type="text", text="Try the dal.")])
        events = [
            {"type": "message_start", "message": {}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Try the "}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": "{"}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "dal."}},
            {"type": "message_stop"},
        ]
    else:
        body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Try the dal."}}]}
        obj = SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="Try the dal."))])
        events = [
            {"type": "chunk", "choices": [{"index": 0, "delta": {"content": "Try the "}}]},
            {"type": "chunk", "choices": [{"index": 1, "delta": {"content": "IGNORED"}}]},
            {"type": "chunk", "choices": [{"index": 0, "delta": {"content": "dal."}}]},
        ]
    assert wire.answer_text(obj, flavor) == "Try the dal."
    assert wire.answer_text(body, flavor) == "Try the dal."
    assert wire.answer_of_body(json.dumps(body).encode(), flavor, False) == "Try the dal."
    assert wire.answer_of_body(_sse(events, flavor), flavor, True) == "Try the dal."
    assert "".join(wire.delta_text(e, flavor) for e in events) == "Try the dal."
    assert wire.answer_of_body(b"not json", flavor, False) == ""


@pytest.mark.parametrize("flavor", ["anthropic", "openai"])
def test_a_broken_stream_ends_with_an_error_event_the_sdks_read(flavor: wire.Flavor) -> None:
    event = wire.stream_error(flavor, "upstream broke off", relayed=b'data: {"half')
    assert event.startswith(b"\n\n") and event.endswith(b"\n\n")
    payload = json.loads(event.strip().splitlines()[-1][5:])
    message = payload["error"]["message"]
    assert message == "upstream broke off"
    assert wire.stream_error(flavor, "x", relayed=b"data: {}\n\n").startswith(
        b"event: " if flavor == "anthropic" else b"data: "
    )
