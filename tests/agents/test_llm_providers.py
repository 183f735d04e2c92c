"""The HTTP providers, through the real SDKs, against local stubs of the Anthropic and OpenAI APIs."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pydantic import BaseModel, Field

from agents.extract.types import Usage
from agents.llm.anthropic import DEFAULT_ANTHROPIC_MODEL, AnthropicLLM
from agents.llm.base import (
    ChatMessage,
    LLMBadOutput,
    LLMError,
    LLMRateLimited,
    LLMTimeout,
    LLMUnavailable,
)
from agents.llm.build import build_llm
from agents.llm.openai_compat import NO_KEY, OpenAICompatLLM
from harness.stubs import AnthropicStub, OpenAIStub, StubServer
from memory.errors import ConfigError
from memory.settings import Settings

SYSTEM = "You pick drinks."
ASK = [ChatMessage(role="user", content="Tea or coffee?")]


class Pick(BaseModel):
    """The drink chosen and how much it is liked."""

    choice: str
    score: int = Field(ge=0, le=10)


# -- one harness, both providers ----------------------------------------------------------------------------
Provider = AnthropicLLM | OpenAICompatLLM


@dataclass
class Harness:
    stub: StubServer
    make: Callable[[float], Provider]  # timeout_s -> provider
    answer: Callable[..., None]  # answer(dict, input_tokens=, output_tokens=)
    error: Callable[[int, str], None]


@pytest.fixture(params=["anthropic", "openai"])
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    made: list[Provider] = []
    stub: StubServer
    if request.param == "anthropic":
        a = AnthropicStub().start()
        stub = a

        def make(timeout_s: float) -> Provider:
            made.append(AnthropicLLM(api_key="sk-ant-test", base_url=a.base_url, timeout_s=timeout_s))
            return made[-1]

        def answer(value: dict[str, Any], input_tokens: int = 100, output_tokens: int = 10, **kw: Any) -> None:
            a.queue_tool_use(value, input_tokens=input_tokens, output_tokens=output_tokens, **kw)

        h = Harness(a, make, answer, a.queue_error)
    else:
        o = OpenAIStub().start()
        stub = o

        def make(timeout_s: float) -> Provider:
            made.append(OpenAICompatLLM(base_url=o.base_url, api_key="k", model="qwen-test", timeout_s=timeout_s))
            return made[-1]

        def answer(value: dict[str, Any], input_tokens: int = 100, output_tokens: int = 10, **kw: Any) -> None:
            o.queue_json(value, prompt_tokens=input_tokens, completion_tokens=output_tokens, **kw)

        h = Harness(o, make, answer, o.queue_error)
    try:
        yield h
    finally:
        for llm in made:
            llm.close()
        stub.stop()
    assert not stub.problems


def test_valid_answer_is_parsed_with_usage(harness: Harness) -> None:
    harness.answer({"choice": "tea", "score": 7}, input_tokens=120, output_tokens=15)
    pick, usage = harness.make(5).structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick == Pick(choice="tea", score=7)
    assert usage == Usage(input_tokens=120, output_tokens=15, calls=1)
    assert len(harness.stub.requests) == 1


def test_invalid_then_valid_goes_through_one_repair(harness: Harness) -> None:
    harness.answer({"choice": "tea", "score": 99}, input_tokens=100, output_tokens=10)
    harness.answer({"choice": "tea", "score": 9}, input_tokens=150, output_tokens=12)
    pick, usage = harness.make(5).structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick == Pick(choice="tea", score=9)
    assert usage == Usage(input_tokens=250, output_tokens=22, calls=2)
    _, second = harness.stub.requests
    repair_turns = second.json["messages"][-3:]
    assert repair_turns[0] == {"role": "user", "content": "Tea or coffee?"}
    assert repair_turns[1]["role"] == "assistant" and '"score": 99' in repair_turns[1]["content"]
    assert repair_turns[2]["role"] == "user" and "score" in repair_turns[2]["content"]
    assert "less than or equal to 10" in repair_turns[2]["content"]


def test_invalid_twice_raises_bad_output_with_usage(harness: Harness) -> None:
    harness.answer({"choice": "tea"})
    harness.answer({"score": 3})
    with pytest.raises(LLMBadOutput) as info:
        harness.make(5).structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert info.value.retryable
    assert info.value.usage == Usage(input_tokens=200, output_tokens=20, calls=2)
    assert "choice" in str(info.value)
    assert len(harness.stub.requests) == 2


def test_error_during_repair_keeps_the_first_calls_usage(harness: Harness) -> None:
    harness.answer({"choice": "tea"}, input_tokens=70, output_tokens=7)
    harness.error(429, "slow down")
    with pytest.raises(LLMRateLimited) as info:
        harness.make(5).structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert info.value.usage == Usage(input_tokens=70, output_tokens=7, calls=1)


@pytest.mark.parametrize(
    ("status", "error", "retryable"),
    [(429, LLMRateLimited, True), (500, LLMUnavailable, True), (529, LLMUnavailable, True), (400, LLMError, False)],
)
def test_http_errors_map_to_port_errors(harness: Harness, status: int, error: type[LLMError], retryable: bool) -> None:
    harness.error(status, "something specific went wrong")
    with pytest.raises(LLMError) as info:
        harness.make(5).structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert type(info.value) is error
    assert info.value.retryable is retryable
    assert str(status) in str(info.value) and "something specific went wrong" in str(info.value)
    assert len(harness.stub.requests) == 1  # the SDK's own retries are off


def test_slow_answer_times_out(harness: Harness) -> None:
    harness.answer({"choice": "tea", "score": 1}, delay_s=5)
    started = time.monotonic()
    with pytest.raises(LLMTimeout) as info:
        harness.make(0.3).structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert time.monotonic() - started < 2
    assert info.value.retryable


def test_unreachable_server_is_unavailable() -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for llm in (
        AnthropicLLM(api_key="k", base_url=f"http://127.0.0.1:{port}", timeout_s=2),
        OpenAICompatLLM(base_url=f"http://127.0.0.1:{port}/v1", model="m", timeout_s=2),
    ):
        with llm, pytest.raises(LLMUnavailable):
            llm.structured(system=SYSTEM, messages=ASK, schema=Pick)


# -- Anthropic specifics ------------------------------------------------------------------------------------
def test_anthropic_request_is_a_forced_tool_call(anthropic_stub: AnthropicStub) -> None:
    anthropic_stub.queue_tool_use({"choice": "coffee", "score": 4})
    with AnthropicLLM(api_key="sk-ant-test", model="claude-x-1", base_url=anthropic_stub.base_url) as llm:
        pick, _ = llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick.choice == "coffee"
    req = anthropic_stub.last
    assert (req.method, req.path) == ("POST", "/v1/messages")
    # SDK 2.x sends the key as a bearer token (1.x used x-api-key).
    assert req.headers["authorization"] == "Bearer sk-ant-test"
    assert req.headers["anthropic-version"]
    assert req.headers["x-stainless-retry-count"] == "0"
    assert req.json == {
        "model": "claude-x-1",
        "max_tokens": 2048,
        "system": SYSTEM,
        "messages": [{"role": "user", "content": "Tea or coffee?"}],
        "tools": [
            {
                "name": "Pick",
                "description": "The drink chosen and how much it is liked.",
                "input_schema": Pick.model_json_schema(),
            }
        ],
        "tool_choice": {"type": "tool", "name": "Pick"},
    }


def test_anthropic_text_instead_of_tool_call_is_repaired(anthropic_stub: AnthropicStub) -> None:
    anthropic_stub.queue_text("I would pick tea.")
    anthropic_stub.queue_tool_use({"choice": "tea", "score": 8})
    with AnthropicLLM(api_key="k", base_url=anthropic_stub.base_url) as llm:
        pick, usage = llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick.score == 8 and usage.calls == 2
    repair = anthropic_stub.last.json["messages"]
    assert repair[1] == {"role": "assistant", "content": "I would pick tea."}
    assert "did not call the Pick tool" in repair[2]["content"]


def test_anthropic_answer_cut_at_max_tokens_is_not_trusted(anthropic_stub: AnthropicStub) -> None:
    anthropic_stub.queue_tool_use({"choice": "tea", "score": 1}, stop_reason="max_tokens")
    anthropic_stub.queue_tool_use({"choice": "tea", "score": 2})
    with AnthropicLLM(api_key="k", base_url=anthropic_stub.base_url) as llm:
        pick, usage = llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick.score == 2 and usage.calls == 2
    assert "cut off" in anthropic_stub.last.json["messages"][-1]["content"]


def test_anthropic_default_model() -> None:
    with AnthropicLLM(api_key="k") as llm:
        assert llm.model == DEFAULT_ANTHROPIC_MODEL and llm.name == "anthropic"


# -- OpenAI-compatible specifics ----------------------------------------------------------------------------
def test_openai_request_uses_json_schema_response_format(openai_stub: OpenAIStub) -> None:
    openai_stub.queue_json({"choice": "tea", "score": 2})
    with OpenAICompatLLM(base_url=openai_stub.base_url, api_key="sk-local", model="llama-3") as llm:
        llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    req = openai_stub.last
    assert (req.method, req.path) == ("POST", "/v1/chat/completions")
    assert req.headers["authorization"] == "Bearer sk-local"
    assert req.json == {
        "model": "llama-3",
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Tea or coffee?"}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "Pick", "schema": Pick.model_json_schema(), "strict": False},
        },
        "max_tokens": 2048,
        "temperature": 0.0,
    }


def test_openai_fenced_json_and_missing_usage(openai_stub: OpenAIStub) -> None:
    openai_stub.queue_json({"choice": "tea", "score": 5}, fenced=True, usage=False)
    with OpenAICompatLLM(base_url=openai_stub.base_url, model="m") as llm:
        pick, usage = llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick == Pick(choice="tea", score=5)
    assert usage == Usage(input_tokens=0, output_tokens=0, calls=1)
    assert openai_stub.last.headers["authorization"] == f"Bearer {NO_KEY}"


def test_openai_prose_around_json_and_not_json(openai_stub: OpenAIStub) -> None:
    openai_stub.queue_completion('Sure! {"choice": "mate", "score": 6} Enjoy.')
    openai_stub.queue_completion("no idea")
    openai_stub.queue_completion('{"choice": "tea", "score": 1}')
    with OpenAICompatLLM(base_url=openai_stub.base_url, model="m") as llm:
        assert llm.structured(system=SYSTEM, messages=ASK, schema=Pick)[0].choice == "mate"
        pick, usage = llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick.choice == "tea" and usage.calls == 2
    assert "not valid JSON" in openai_stub.last.json["messages"][-1]["content"]


def test_openai_answer_cut_at_length_is_not_trusted(openai_stub: OpenAIStub) -> None:
    openai_stub.queue_json({"choice": "tea", "score": 1}, finish_reason="length")
    openai_stub.queue_json({"choice": "tea", "score": 2})
    with OpenAICompatLLM(base_url=openai_stub.base_url, model="m") as llm:
        pick, usage = llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
    assert pick.score == 2 and usage.calls == 2
    assert "cut off" in openai_stub.last.json["messages"][-1]["content"]


def test_openai_model_discovered_from_server(openai_stub: OpenAIStub) -> None:
    openai_stub.models = ["Qwen/Qwen2.5-7B-Instruct"]
    openai_stub.queue_json({"choice": "tea", "score": 2})
    openai_stub.queue_json({"choice": "tea", "score": 3})
    with OpenAICompatLLM(base_url=openai_stub.base_url) as llm:
        assert llm.model == ""
        llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
        llm.structured(system=SYSTEM, messages=ASK, schema=Pick)
        assert llm.model == "Qwen/Qwen2.5-7B-Instruct"
    paths = [(r.method, r.path) for r in openai_stub.requests]
    assert paths == [("GET", "/v1/models"), ("POST", "/v1/chat/completions"), ("POST", "/v1/chat/completions")]
    assert openai_stub.last.json["model"] == "Qwen/Qwen2.5-7B-Instruct"


def test_openai_no_models_listed(openai_stub: OpenAIStub) -> None:
    openai_stub.models = []
    with OpenAICompatLLM(base_url=openai_stub.base_url) as llm, pytest.raises(LLMError, match="TACIT_LLM__MODEL"):
        llm.structured(system=SYSTEM, messages=ASK, schema=Pick)


# -- build_llm ------------------------------------------------------------------------------------------------
@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("ANTHROPIC_API_KEY", "TACIT_ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name in ("PROVIDER", "MODEL", "BASE_URL", "API_KEY", "TIMEOUT_S"):
        monkeypatch.delenv(f"TACIT_LLM__{name}", raising=False)
    return monkeypatch


def _built(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Provider | None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    llm = build_llm(Settings())
    if llm is not None:
        assert isinstance(llm, AnthropicLLM | OpenAICompatLLM)
        llm.close()
        return llm
    return None


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"TACIT_ANTHROPIC_API_KEY": "sk-ant"}, AnthropicLLM),
        ({"ANTHROPIC_API_KEY": "sk-ant"}, AnthropicLLM),
        ({"TACIT_LLM__BASE_URL": "http://localhost:11434/v1"}, OpenAICompatLLM),
        ({"ANTHROPIC_API_KEY": "sk-ant", "TACIT_LLM__BASE_URL": "http://localhost:11434/v1"}, AnthropicLLM),
        ({"TACIT_LLM__PROVIDER": "offline", "ANTHROPIC_API_KEY": "sk-ant"}, None),
        (
            {"TACIT_LLM__PROVIDER": "openai", "TACIT_LLM__BASE_URL": "http://h/v1", "ANTHROPIC_API_KEY": "x"},
            OpenAICompatLLM,
        ),
    ],
)
def test_build_llm_selection(clean_env: pytest.MonkeyPatch, env: dict[str, str], expected: type | None) -> None:
    llm = _built(env, clean_env)
    assert (type(llm) if llm is not None else None) is expected


def test_build_llm_passes_model_and_defaults(clean_env: pytest.MonkeyPatch) -> None:
    llm = _built({"ANTHROPIC_API_KEY": "sk-ant"}, clean_env)
    assert llm is not None and llm.model == DEFAULT_ANTHROPIC_MODEL
    llm = _built({"TACIT_LLM__PROVIDER": "anthropic", "TACIT_LLM__MODEL": "claude-haiku-4-5"}, clean_env)
    assert llm is not None and llm.model == "claude-haiku-4-5"


@pytest.mark.parametrize(
    ("provider", "setting"), [("anthropic", "TACIT_ANTHROPIC_API_KEY"), ("openai", "TACIT_LLM__BASE_URL")]
)
def test_build_llm_explicit_provider_without_its_setting(
    clean_env: pytest.MonkeyPatch, provider: str, setting: str
) -> None:
    clean_env.setenv("TACIT_LLM__PROVIDER", provider)
    with pytest.raises(ConfigError) as info:
        build_llm(Settings())
    assert info.value.setting == setting and setting in str(info.value)


def test_built_openai_provider_talks_to_the_configured_server(
    clean_env: pytest.MonkeyPatch, openai_stub: OpenAIStub
) -> None:
    clean_env.setenv("TACIT_LLM__BASE_URL", openai_stub.base_url)
    clean_env.setenv("TACIT_LLM__API_KEY", "sk-vllm")
    clean_env.setenv("TACIT_LLM__MODEL", "served-model")
    openai_stub.queue_json({"choice": "tea", "score": 3})
    llm = build_llm(Settings())
    assert isinstance(llm, OpenAICompatLLM)
    with llm:
        assert llm.structured(system=SYSTEM, messages=ASK, schema=Pick)[0].score == 3
    assert openai_stub.last.json["model"] == "served-model"
    assert openai_stub.last.headers["authorization"] == "Bearer sk-vllm"


# -- the stubs themselves (their streams are used by proxy tests elsewhere) ----------------------------------
def test_anthropic_stub_streams_the_real_event_sequence(anthropic_stub: AnthropicStub) -> None:
    import anthropic

    anthropic_stub.queue_tool_use({"choice": "tea", "score": 3}, name="Pick")
    anthropic_stub.queue_text("Tea, definitely.")
    client = anthropic.Anthropic(api_key="k", base_url=anthropic_stub.base_url, max_retries=0)
    with client:
        with client.messages.create(model="m", max_tokens=50, messages=[], stream=True) as stream:
            events = [(e.type, getattr(getattr(e, "delta", None), "type", None)) for e in stream]
        with client.messages.stream(model="m", max_tokens=50, messages=[]) as text_stream:
            assert "".join(text_stream.text_stream) == "Tea, definitely."
            final = text_stream.get_final_message()
    assert events[0] == ("message_start", None)
    assert events[1] == ("content_block_start", None)
    assert {d for t, d in events if t == "content_block_delta"} == {"input_json_delta"}
    assert events[-3:] == [("content_block_stop", None), ("message_delta", None), ("message_stop", None)]
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 57
    assert all(r.json["stream"] is True for r in anthropic_stub.requests)


def test_openai_stub_streams_chunks_until_done(openai_stub: OpenAIStub) -> None:
    import openai

    openai_stub.queue_completion("Tea, definitely. With milk.", prompt_tokens=9, completion_tokens=6)
    with openai.OpenAI(api_key="k", base_url=openai_stub.base_url, max_retries=0) as client:
        chunks = list(
            client.chat.completions.create(model="m", messages=[], stream=True, stream_options={"include_usage": True})
        )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Tea, definitely. With milk."
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 15


def test_stub_reports_requests_nobody_queued_an_answer_for() -> None:
    import httpx

    with OpenAIStub() as stub:
        response = httpx.post(stub.base_url + "/chat/completions", json={"model": "m", "messages": []})
        assert response.status_code == 500
        assert "no reply was queued" in response.json()["error"]["message"]
        assert httpx.get(stub.root_url + "/nowhere").status_code == 404
    assert len(stub.problems) == 2
    assert [r.path for r in stub.requests] == ["/v1/chat/completions", "/nowhere"]
