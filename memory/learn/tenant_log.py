"""What the inputs that feed learning share (the message log, the edit log, feedback): the sessions, the tenant
they write for, how often a job may be tried, and whether secrets are redacted before anything is stored."""

from __future__ import annotations

import copy
from typing import Self

from sqlalchemy.orm import Session, sessionmaker


class TenantLog:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        tenant: str = "default",
        *,
        max_attempts: int = 5,
        redact_secrets: bool = True,
    ) -> None:
        self._sessions = sessions
        self._tenant = tenant
        self._max_attempts = max_attempts
        self._redact = redact_secrets

    def for_tenant(self, tenant: str) -> Self:
        """The same log writing for ``tenant`` (a shallow copy: it shares the sessions and everything else)."""
        view = copy.copy(self)
        view._tenant = tenant
        return view
