"""The collector's thresholds: tuned by the processes tacit owns, left alone where tacit is handed its services."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from agents import heap
from agents.services import Services
from api.app import create_app
from memory.settings import Settings


@pytest.fixture
def restore_thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    try:
        yield before
    finally:
        gc.set_threshold(*before)


def test_tuning_sets_the_serving_thresholds_and_returns_the_old_ones(
    restore_thresholds: tuple[int, int, int],
) -> None:
    assert heap.tune_for_serving() == restore_thresholds
    assert gc.get_threshold() == heap.THRESHOLDS
    assert heap.THRESHOLDS[0] > restore_thresholds[0]  # young collections rarer than CPython's default


def test_an_app_handed_its_services_keeps_the_hosts_collector(
    parts: Services, restore_thresholds: tuple[int, int, int]
) -> None:
    gc.set_threshold(1234, 5, 6)  # the host application's own choice
    with TestClient(create_app(services=parts)) as c:
        assert c.get("/healthz").status_code == 200
        assert gc.get_threshold() == (1234, 5, 6)


def test_a_served_app_that_owns_its_services_tunes_the_collector(
    parts: Services, restore_thresholds: tuple[int, int, int]
) -> None:
    gc.set_threshold(1234, 5, 6)
    settings: Settings = parts.settings
    with TestClient(create_app(settings=settings)) as c:
        assert c.get("/healthz").status_code == 200
        assert gc.get_threshold() == heap.THRESHOLDS
