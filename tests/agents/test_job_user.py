"""A job's user is resolved once, when the worker claims the job: the graph's reads and writes use that key."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from agents.extract.types import Candidate
from agents.services import Services
from memory.errors import UserNotFound
from memory.learn.log import NewTurns
from memory.store.user_ref import UserRef
from memory.types import MemoryKind
from tests.fakes import ScriptedExtractor


def test_a_job_looks_its_user_up_once(svc: Services, scripted: ScriptedExtractor) -> None:
    engine = svc.engine
    svc.log.append("ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "I'm vegetarian."}]}))
    scripted.enqueue([Candidate(text="Is vegetarian", kind=MemoryKind.constraint, subject="diet")])
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        statements.append(" ".join(sql.split()))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert svc.worker.run_once() is not None
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    [memory] = svc.store.list_memories("ana").items
    assert memory.text == "Is vegetarian"
    users_read = [s for s in statements if s.startswith("SELECT") and " FROM users" in s]
    assert len(users_read) == 1, users_read  # the claim's; no lookup by id after it


def test_a_resolved_user_of_another_tenant_is_not_found(svc: Services) -> None:
    svc.store.ensure_user("ana")
    ana = svc.store.get_user("ana")
    other = UserRef(pk=1, tenant="someone-else", user_id=ana.id)
    with pytest.raises(UserNotFound):
        svc.store.apply(other, [], actor="agent")
    with pytest.raises(UserNotFound):
        svc.store.neighbours(other, [], k=3)
