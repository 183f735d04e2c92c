"""tacit: memory for chat assistants. The public surface; import from here only.

- :class:`Memory`: tacit in your process (embedded SQLite and Chroma), no server.
- :class:`Client` / :class:`AsyncClient`: the SDK for a tacit server's REST API; errors are :class:`ClientError`.
- :func:`wrap`: an Anthropic or OpenAI client whose chat calls carry the user's memory and teach it.
- :mod:`tacit.langgraph`: nodes that do the same inside a LangGraph graph.

Names are imported on first use, so ``import tacit`` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tacit.aclient import AsyncClient
    from tacit.client import Client
    from tacit.errors import ClientError
    from tacit.local import Memory
    from tacit.middleware import wrap

__version__ = "0.1.0"
__all__ = ["AsyncClient", "Client", "ClientError", "Memory", "__version__", "wrap"]

_WHERE = {
    "Memory": "tacit.local",
    "Client": "tacit.client",
    "AsyncClient": "tacit.aclient",
    "ClientError": "tacit.errors",
    "wrap": "tacit.middleware",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'tacit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
