"""The ``text`` check: values stored before tacit refused them at the edge that can't be given back.

A JSON column can hold a lone UTF-16 surrogate (stored as the escape ``\\ud83d``) or a non-finite number
(``NaN``); reading the row works, but every answer that carries it (a user list, an export) fails to encode.
Only JSON columns can hold them: the drivers refuse such text in plain text columns. The check reads only the
rows whose stored JSON text holds an escape of a surrogate or NUL, or the words NaN / Infinity; the repair
replaces a lone surrogate or a NUL with U+FFFD and a non-finite number with null; the rest stays as it was.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, cast, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from memory.db.engine import write_tx
from memory.db.tables import JobRow, MemoryEventRow, MemoryRow, MessageRow, ProfileRow, UserRow
from memory.doctor.report import Check, Scope
from memory.hygiene import first_problem

if TYPE_CHECKING:
    from memory.doctor.report import DoctorParts


@dataclass(frozen=True)
class _Column:
    table: str
    key: InstrumentedAttribute[Any]  # the row's primary key
    owner: InstrumentedAttribute[Any]  # the user's pk, for the scope
    value: InstrumentedAttribute[Any]  # the JSON column


_COLUMNS = (
    _Column("users.metadata", UserRow.pk, UserRow.pk, UserRow.meta),
    _Column("messages.metadata", MessageRow.id, MessageRow.user_pk, MessageRow.meta),
    _Column("memories.evidence", MemoryRow.id, MemoryRow.user_pk, MemoryRow.evidence),
    _Column("memory_events.before", MemoryEventRow.id, MemoryEventRow.user_pk, MemoryEventRow.before),
    _Column("memory_events.after", MemoryEventRow.id, MemoryEventRow.user_pk, MemoryEventRow.after),
    _Column("jobs.payload", JobRow.id, JobRow.user_pk, JobRow.payload),
    _Column("jobs.result", JobRow.id, JobRow.user_pk, JobRow.result),
    _Column("profiles.data", ProfileRow.user_pk, ProfileRow.user_pk, ProfileRow.data),
)
_SUSPECT = ("%\\ud%", "%\\uD%", "%\\u0000%", "%NaN%", "%Infinity%")
_SURROGATE_OR_NUL = re.compile("[\ud800-\udfff\x00]")


def _suspects(s: Session, col: _Column, pks: list[int] | None) -> Iterator[tuple[Any, Any, Any]]:
    """(row key, user pk, value) of the rows whose stored JSON text may hold a bad value."""
    text = cast(col.value, Text)
    stmt = select(col.key, col.owner, col.value).where(or_(*(text.like(p, escape="!") for p in _SUSPECT)))
    if pks is not None:
        stmt = stmt.where(col.owner.in_(pks))
    yield from s.execute(stmt.execution_options(yield_per=500)).tuples()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE_OR_NUL.sub("\ufffd", value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _bad_rows(s: Session, scope: Scope) -> Iterator[tuple[_Column, Any, Any, str]]:
    pks = scope.user_pks(s)
    for col in _COLUMNS:
        for key, owner, value in _suspects(s, col, pks):
            problem = first_problem(value, col.table)
            if problem is not None:
                yield col, key, owner, f"{problem[0]}: {problem[1]}"


def _user_ids(s: Session, pks: set[Any]) -> dict[Any, str]:
    rows = s.execute(select(UserRow.pk, UserRow.tenant, UserRow.external_id).where(UserRow.pk.in_(pks)))
    return {pk: f"{tenant}/{external}" for pk, tenant, external in rows}


def check_text(parts: DoctorParts, scope: Scope) -> Check:
    c = Check("text", title="stored values can be given back (valid Unicode, finite numbers)", repairable=True)
    with parts.sessions() as s:
        found = list(_bad_rows(s, scope))
        names = _user_ids(s, {owner for _, _, owner, _ in found})
    c.checked = len(_COLUMNS)
    for col, key, owner, why in found:
        c.note(f"user {names.get(owner, owner)}: {col.table} of row {key}: {why}")
    c.summary = f"{c.problems} stored values can't be encoded" if found else "all stored values encode"
    return c


def repair_text(parts: DoctorParts, scope: Scope) -> list[str]:
    """Replace lone surrogates with U+FFFD and non-finite numbers with null, in place. One line per row."""
    done: list[str] = []
    with write_tx(parts.sessions) as s:
        for col, key, _owner, _why in list(_bad_rows(s, scope)):
            current = s.scalar(select(col.value).where(col.key == key))
            s.execute(update(col.key.class_).where(col.key == key).values({col.value.key: _clean(current)}))
            done.append(f"text: {col.table} of row {key} repaired")
    return done
