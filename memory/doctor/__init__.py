"""``tacit doctor``: check that SQL, the vector index and the job queue agree, and repair what can be repaired.

Each check returns a :class:`Check` (how much it looked at, how many problems, a few examples). A check that
cannot run (the index is unreachable, the schema is missing) is itself a problem, never a crash.

- ``schema``: the database is at the newest migration (repair: ``tacit migrate``, not done here).
- ``outbox``: index changes recorded in SQL but not applied yet (repair: apply them).
- ``index``: every active memory has its vector, with SQL's embedding, in its user's partition; nothing else
  is there; no partition belongs to no user (the check of :mod:`memory.store.reindex`; repair: reindex the
  users that diverge, drop orphan partitions).
- ``search``: each user's newest memories are found by a search for their own vector (the index stores them and
  its search structure has them too; repair: ``tacit reindex --user ID``, other writers stopped).
- ``leases``: jobs held by a worker that is gone (the lease expired, or the worker's process on this host no
  longer exists; repair: put them back in the queue, the attempt counted).
- ``memories``: half-written memories: items without any history, learned items without evidence, history
  pointing at a missing item or at another user's item, active items without an embedding (repair: none;
  these need a person).
- ``inputs``: unfinished jobs whose turns are missing from the message log (repair: none).
- ``text``: stored JSON values that can't be given back: a lone UTF-16 surrogate or a non-finite number, stored
  before the edge refused them (repair: U+FFFD and null in their place).
- ``failed_jobs``: jobs parked as failed (a warning: `POST /v1/jobs/{id}/retry`; not a health problem).
"""

from __future__ import annotations

from memory.doctor.checks import diagnose
from memory.doctor.repair import doctor, release_orphaned, repair
from memory.doctor.report import Check, DoctorReport, Scope

__all__ = ["Check", "DoctorReport", "Scope", "diagnose", "doctor", "release_orphaned", "repair"]
