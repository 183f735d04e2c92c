"""Property-based tests from the OpenAPI schema (Schemathesis): for every operation, valid and invalid requests
generated from the schema never get a 500, and every answer has a documented status code and content type and
a body that matches its documented schema; a valid body with one value replaced by a lone surrogate, a NUL or a
non-finite number is a 422 naming it. All of it with and without API keys. Bounded (10 examples per operation and
mode) and derandomized, so every run tries the same cases.

Schemathesis's own pytest plugin (``from_fixture``/``parametrize``) does not run on this pytest, so each
operation is a plain parametrized test driving ``operation.as_strategy()`` with Hypothesis; the app is served
in-process through Schemathesis's ASGI transport."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python.asgi import shutdown_lifespans
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema

from agents.services import Services
from api.app import create_app
from memory.db.migrate import upgrade
from memory.keys import NewKey
from memory.ports import Embedder
from memory.settings import AuthSettings, Settings, WorkerSettings

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
MAX_EXAMPLES = int(os.environ.get("TACIT_SCHEMATHESIS_EXAMPLES", "10"))  # more for a deeper run by hand
_PATHS = create_app().openapi()["paths"]
# every operation with valid input, and those that take any input with invalid input too
CASES = sorted(
    (method.upper(), path, mode)
    for path, ops in _PATHS.items()
    for method, op in ops.items()
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if mode == GenerationMode.POSITIVE or op.get("parameters") or op.get("requestBody")
)


@dataclass(frozen=True)
class Served:
    schema: OpenApiSchema
    headers: dict[str, str]  # what every call sends: the API key, when the app requires one
    client: TestClient  # the same services in a second app, for bodies Schemathesis's transports won't send


@pytest.fixture(scope="module", params=["keyless", "keyed"])
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Iterator[Served]:
    """One app per auth mode for the whole module (the operations share its data, as a real client's calls
    would). Key-less: auth off, every request is the default tenant with the admin scope. Keyed: auth on and
    every call carries an ordinary (non-admin) key, so the admin routes answer 403."""
    keyed = request.param == "keyed"
    settings_ = Settings(
        data_dir=tmp_path_factory.mktemp(f"schemathesis-{request.param}"),
        worker=WorkerSettings(in_process=False),
        auth=AuthSettings(mode="on" if keyed else "off"),
    )
    upgrade(settings_.sqlalchemy_url())
    services = Services(settings_, embedder=embedder)
    headers = {"X-Tacit-Key": services.keys.create(NewKey(tenant="t1")).key} if keyed else {}
    with TestClient(create_app(services=services), base_url="http://localhost") as client:
        yield Served(schemathesis.openapi.from_asgi("/openapi.json", create_app(services=services)), headers, client)
    shutdown_lifespans()  # the app's lifespan, started by Schemathesis on its first request
    services.close()


def _examples(test: Callable[..., None]) -> Callable[..., None]:
    return settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )(test)


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=[f"{m} {p} {g.value}" for m, p, g in CASES])
def test_operation_conforms_to_the_schema(served: Served, method: str, path: str, mode: GenerationMode) -> None:
    operation = served.schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @_examples
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS, headers=served.headers)

    run()


# values no JSON text can carry into storage: lone surrogates (sent as the escapes json.dumps writes), NUL, non-finite
POISONS: list[object] = ["a\ud83d", "\udc00z", "nul\x00", math.nan, math.inf, -math.inf]
BODY_CASES = sorted(
    (method.upper(), path) for path, ops in _PATHS.items() for method, op in ops.items() if op.get("requestBody")
)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The paths of every string and number in a JSON value."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _leaves(child, (*path, i))
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        yield path


def _poisoned(body: Any, path: tuple[Any, ...], poison: object) -> Any:
    if not path:
        return poison
    copy = dict(body) if isinstance(body, dict) else list(body)
    copy[path[0]] = _poisoned(body[path[0]], path[1:], poison)
    return copy


@pytest.mark.parametrize(("method", "path"), BODY_CASES, ids=[f"{m} {p}" for m, p in BODY_CASES])
def test_a_poisoned_value_anywhere_in_a_valid_body_is_a_422_naming_it(served: Served, method: str, path: str) -> None:
    """A valid body with one string or number replaced by a lone surrogate, a NUL, NaN or Infinity: the edge
    refuses it (422, the field named) on every operation, whatever the route would have done with it."""
    operation = served.schema[path][method]

    @given(
        case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        poison=st.sampled_from(POISONS),
        pick=st.integers(min_value=0, max_value=10_000),
    )
    @_examples
    def run(case: schemathesis.Case, poison: object, pick: int) -> None:
        leaves = list(_leaves(case.body))
        assume(leaves)
        where = leaves[pick % len(leaves)]
        body = json.dumps(_poisoned(case.body, where, poison)).encode()  # escapes surrogates, writes NaN
        headers = {**(case.headers or {}), **served.headers, "content-type": "application/json"}
        response = served.client.request(method, case.formatted_path, params=case.query, headers=headers, content=body)
        if response.status_code in (401, 403, 413, 429):  # refused before the body matters
            return
        assert response.status_code == 422, (where, poison, response.status_code, response.text[:300])
        error = response.json()["error"]
        assert error["code"] == "invalid_text" and error["field"], error

    run()
