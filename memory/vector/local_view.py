"""What one process sees of an embedded Chroma folder, kept up with the other processes that write to it.

Embedded Chroma (``PersistentClient``) loads a collection's HNSW index into memory on first use and never looks
at the folder again: vectors another process (``tacit memories add``, ``tacit import``, a ``tacit worker``) adds
afterwards are in the folder, and are counted and returned by ``get`` (those read its SQLite file), but the
process's queries never find them until it restarts. Worse, once such a process writes, its in-memory index,
missing the other's vectors, is what Chroma persists: they are lost from every later search (measured here:
401 ids stored, 151 found by a query, ``get`` with embeddings failing with "Error finding id").

Every write, from any process, appends to Chroma's log (``embeddings_queue`` in ``chroma.sqlite3``), whose
sequence number only grows (Chroma keeps the last row when it purges). So:

- a process remembers the log position its in-memory view holds; before a query it reads the position (one
  indexed ``max()``, some microseconds) and, if another process moved it, drops its Chroma system and opens a
  fresh one, which reads the folder as it is now;
- writes of all tacit processes to one folder take turns on a file lock, and a writer catches up first, so no
  process ever persists an index that misses another's vectors; after its own write it records the new
  position as seen.

Every :class:`~memory.vector.chroma.ChromaIndex` of one folder in a process shares one Chroma system (Chroma
caches it by path), so they share one :class:`LocalView` too.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process lock; one writing process at a time there
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_FILE = "tacit-writers.lock"
_POSITION = "SELECT max(seq_id) FROM embeddings_queue"


def use_wal(path: Path) -> None:
    """Put the folder's ``chroma.sqlite3`` in SQLite's write-ahead-log mode before Chroma opens it.

    Chroma opens its database in the rollback-journal mode it finds it in, which syncs the disk four times
    per write; the WAL mode is stored in the file, so a database switched once stays switched, and a write
    then syncs once (measured here: a new user's first index write 10.1 -> 7.5 ms, a later one 5.5 -> 3.7 ms).
    Best effort: a folder another process holds open keeps its mode until the next start finds it free.
    """
    db = path / "chroma.sqlite3"
    if _in_wal_mode(db):
        return  # switched already: no connection, so none closes under Chroma's own (see _in_wal_mode)
    try:
        with contextlib.closing(sqlite3.connect(db, timeout=0.1, isolation_level=None)) as con:
            mode = con.execute("PRAGMA journal_mode=WAL").fetchone()
    except sqlite3.Error as exc:
        log.info("Chroma database %s stays in its journal mode for now: %s", db, exc)
        return
    if not mode or str(mode[0]).lower() != "wal":
        log.info("Chroma database %s stays in journal mode %s for now (in use)", db, mode[0] if mode else "?")


def _in_wal_mode(db: Path) -> bool:
    """Whether the file's header already says WAL (bytes 18 and 19 are 2), read without SQLite.

    Chroma's SQLite and Python's are two copies of the library in one process, and POSIX locks do not tell them
    apart: a connection of one that closes while the other has the database open may take itself for the last
    one and truncate the shared-memory file the other has mapped (a bus error; seen once in a test with fifty
    concurrent ingests, while a reconnect switched the mode again). So the switch opens a connection only once.
    """
    try:
        with db.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


class LocalView:
    """The log position this process's Chroma system for ``path`` is known to hold, and its generation (raised
    each time the system is opened afresh; a :class:`ChromaIndex` drops its cached client and collections when
    it sees a newer one)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()  # one writer or re-opener of this folder at a time in the process
        self.generation = 0
        self.known: int | None = None
        self.reopened = 0  # how many times another process's writes made this process open the folder afresh
        self._db: sqlite3.Connection | None = None
        self._db_lock = threading.Lock()

    def position(self) -> int | None:
        """Chroma's log position now (None before the folder holds a Chroma database)."""
        with self._db_lock:
            try:
                if self._db is None:
                    db = self.path / "chroma.sqlite3"
                    if not db.exists():
                        return None
                    uri = f"{db.resolve().as_uri()}?mode=ro"
                    self._db = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False, isolation_level=None)
                row = self._db.execute(_POSITION).fetchone()
            except sqlite3.Error as exc:
                log.warning("cannot read Chroma's log position in %s: %s", self.path, exc)
                return None
        return int(row[0]) if row and row[0] is not None else None

    def stale(self) -> bool:
        """Whether another process has written since this process's view was opened or last wrote."""
        return self.position() != self.known

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the folder's write turn: this process's other writers and every other tacit process wait."""
        with self.lock:
            self.path.mkdir(parents=True, exist_ok=True)
            if fcntl is None:
                yield
                return
            with (self.path / LOCK_FILE).open("a") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)

    def close(self) -> None:
        with self._db_lock:
            if self._db is not None:
                self._db.close()
                self._db = None


_VIEWS: dict[Path, LocalView] = {}
_VIEWS_LOCK = threading.Lock()


def view_of(path: Path) -> LocalView:
    """The process's one view of the folder at ``path``."""
    key = path.resolve()
    with _VIEWS_LOCK:
        return _VIEWS.setdefault(key, LocalView(key))


def drop_system(path: Path) -> None:
    """Forget Chroma's cached system for ``path`` (the next ``PersistentClient`` opens the folder afresh) and stop
    it. A call already running on it finishes (it holds its own reference); a later one on an old collection
    object fails, and the index turns that into ``IndexUnavailable`` and fetches the collection again."""
    from chromadb.api.shared_system_client import SharedSystemClient

    # Chroma keys its cache by the persist directory exactly as given; drop both spellings
    for identifier in {str(path), str(path.resolve())}:
        system = SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        if system is not None:
            with contextlib.suppress(Exception):
                system.stop()
