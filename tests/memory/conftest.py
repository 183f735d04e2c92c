from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.offline.extractor import OfflineExtractor
from agents.services import Services
from memory.db.migrate import upgrade
from memory.ports import Embedder
from memory.settings import Settings
from tests.fakes import FlakyIndex


@pytest.fixture
def learning(settings: Settings, embedder: Embedder, flaky_index: FlakyIndex) -> Iterator[Services]:
    """The services with the offline extractor learning, over an index that can hold its writes."""
    upgrade(settings.sqlalchemy_url())
    p = Services(settings, embedder=embedder, index=flaky_index, extractor=OfflineExtractor(embedder))
    yield p
    p.close()
