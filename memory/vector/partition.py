"""How a user maps to an index partition."""

from __future__ import annotations

import hashlib

PREFIX = "tacit_u_"


def partition_key(tenant: str, user_id: str) -> str:
    """A stable, name-safe partition key for one user of one tenant.

    Hashing keeps the key within Chroma's collection-name rules whatever the user id holds, and keeps
    user ids out of the index's names.
    """
    digest = hashlib.sha256(f"{tenant}\x00{user_id}".encode()).hexdigest()[:40]
    return PREFIX + digest
