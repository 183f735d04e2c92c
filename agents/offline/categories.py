"""Categories for learned memories: the shared taxonomy of :mod:`memory.taxonomy.categories` (one set of names for
learned and directly added memories), at a stricter floor, since a draft's text is short."""

from __future__ import annotations

import re

from memory.taxonomy.categories import GENERAL

DEFAULT_THRESHOLD = 0.3
SLUG_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")


def valid_slug(category: str) -> str:
    """``category`` when it is a valid lower-case slug, else "general"."""
    return category if SLUG_RE.match(category) else GENERAL
