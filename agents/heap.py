"""The garbage collector's thresholds for a long-running tacit process (``tacit serve``, ``tacit worker``).

CPython's defaults (700, 10, 10) collect the youngest generation every 700 net container allocations. A served
request allocates thousands, and with dozens in flight many of them are still alive at each collection, so
they are promoted to the oldest generation and later force full collections, which walk every object of the
process (the web framework, the model runtime, Chroma's client, SQLAlchemy's compiled statements) while holding
the interpreter lock. Measured with a ``gc.callbacks`` probe on ``bench.load`` (embedded, 32 clients, 12 s of
load plus start-up): the defaults ran 6 full collections of up to 150 ms of CPU each, about 0.8 s of collector
time; with (50,000, 20, 10) set once started, 2 full collections, both during start-up, and 0.16 s. Requests
per second alternating with the defaults on a loaded 2-core machine: within noise (context 1.01x, proxy
1.10x). A young collection then costs a few milliseconds; a cycle of garbage waits longer to be freed, which
costs some megabytes.

``gc.freeze()`` after start-up was measured too and is worse on CPython 3.11: every young collection after it
cost about 17 ms of CPU.

Only processes that tacit owns tune their collector: an application embedding tacit's client or middleware
keeps its own.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)

THRESHOLDS = (50_000, 20, 10)


def tune_for_serving() -> tuple[int, int, int]:
    """Set the thresholds for a long-running process; returns the previous ones."""
    before = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    log.info("garbage collector thresholds %s (were %s)", THRESHOLDS, before)
    return before
