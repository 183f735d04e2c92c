"""What a doctor run reports: one :class:`Check` per check, in a :class:`DoctorReport`, over a :class:`Scope`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.tables import UserRow
from memory.vector.partition import partition_key

if TYPE_CHECKING:
    from memory.ports import VectorIndex
    from memory.store.reindex import Reindexer


class DoctorParts(Protocol):
    """What the doctor reads and repairs through (:class:`agents.services.Services` is one)."""

    @property
    def engine(self) -> Engine: ...
    @property
    def sessions(self) -> sessionmaker[Session]: ...
    @property
    def index(self) -> VectorIndex: ...
    @property
    def reindexer(self) -> Reindexer: ...


EXAMPLES = 5
Severity = Literal["error", "warning"]
TITLES = {
    "schema": "database schema at the newest migration",
    "outbox": "index changes waiting in the outbox",
    "index": "vector index agrees with SQL",
    "leases": "claimed jobs whose worker is gone",
    "inputs": "unfinished jobs have their turns in the message log",
    "memories": "no half-written memories",
    "failed_jobs": "jobs parked as failed",
}


@dataclass
class Check:
    name: str
    title: str = ""
    checked: int = 0  # what the check looked at (rows, users, jobs)
    problems: int = 0
    examples: list[str] = field(default_factory=list)
    summary: str = ""
    severity: Severity = "error"
    repairable: bool = False
    hint: str = ""  # what to do about problems --fix does not repair

    def __post_init__(self) -> None:
        self.title = self.title or TITLES.get(self.name, self.name)

    @property
    def ok(self) -> bool:
        return self.problems == 0

    def note(self, example: str, count: int = 1) -> None:
        self.problems += count
        if len(self.examples) < EXAMPLES:
            self.examples.append(example)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "ok": self.ok,
            "severity": self.severity,
            "checked": self.checked,
            "problems": self.problems,
            "summary": self.summary,
            "examples": list(self.examples),
            "repairable": self.repairable,
            "hint": self.hint,
        }


@dataclass
class DoctorReport:
    checks: list[Check] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)  # what --fix did
    before: DoctorReport | None = None  # with --fix: the report that led to the repairs

    @property
    def healthy(self) -> bool:
        return all(c.ok or c.severity == "warning" for c in self.checks)

    @property
    def problems(self) -> int:
        return sum(c.problems for c in self.checks if c.severity == "error")

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "healthy": self.healthy,
            "problems": self.problems,
            "checks": [c.to_dict() for c in self.checks],
            "repairs": list(self.repairs),
            "before": self.before.to_dict() if self.before is not None else None,
        }


@dataclass
class Scope:
    """Which users a run looks at: all (``user_id`` None) or the users with that id (in any tenant)."""

    user_id: str | None = None

    def user_pks(self, s: Session) -> list[int] | None:
        if self.user_id is None:
            return None
        return list(s.scalars(select(UserRow.pk).where(UserRow.external_id == self.user_id)))

    def partitions(self, s: Session) -> set[str] | None:
        if self.user_id is None:
            return None
        tenants = s.scalars(select(UserRow.tenant).where(UserRow.external_id == self.user_id))
        return {partition_key(t, self.user_id) for t in tenants}
