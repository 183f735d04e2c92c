"""Property-based tests from the OpenAPI schema (Schemathesis): for every operation, valid and invalid requests
generated from the schema never get a 500, and every answer has a documented status code and content type and
a body that matches its documented schema. Bounded (10 examples per operation and mode) and derandomized, so
every run tries the same cases.

Schemathesis's own pytest plugin (``from_fixture``/``parametrize``) does not run on this pytest, so each
operation is a plain parametrized test driving ``operation.as_strategy()`` with Hypothesis; the app is served
in-process through Schemathesis's ASGI transport."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
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

from api.app import create_app
from api.container import Services
from memory.db.migrate import upgrade
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


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[OpenApiSchema]:
    """One app for the whole module (the operations share its data, as a real client's calls would). Auth is
    off, so that the admin routes creating keys do not lock the other operations out."""
    settings_ = Settings(
        data_dir=tmp_path_factory.mktemp("schemathesis"),
        worker=WorkerSettings(in_process=False),
        auth=AuthSettings(mode="off"),
    )
    upgrade(settings_.sqlalchemy_url())
    services = Services(settings_, embedder=embedder)
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(parts=services))
    shutdown_lifespans()  # the app's lifespan, started by Schemathesis on its first request
    services.close()


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=[f"{m} {p} {g.value}" for m, p, g in CASES])
def test_operation_conforms_to_the_schema(
    api_schema: OpenApiSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    run()
