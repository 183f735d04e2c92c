"""Fixtures of the learning tests: the process's services with a scripted extractor in place of the offline one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.services import Services
from tests.fakes import ScriptedExtractor


@pytest.fixture
def scripted() -> ScriptedExtractor:
    return ScriptedExtractor()


@pytest.fixture
def svc(parts: Services, scripted: ScriptedExtractor) -> Iterator[Services]:
    s = Services(parts.settings, embedder=parts.embedder, index=parts.index, extractor=scripted)
    yield s
    s.close()
