"""RecallService: for one request, the few memories that matter, as a prefix within a token budget.

One embedding of the request, one query on the user's own vector partition, one SQL query for the
candidates (vector hits, lexical hits, and the core items that always apply), exact cosine from the
embeddings kept in SQL, then scoring, near-duplicate collapse and the budget.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from memory.categories import Categorizer
from memory.db.tables import MemoryRow, UserRow
from memory.errors import IndexUnavailable
from memory.ports import Embedder, Vector, VectorIndex
from memory.recall import prefix as px
from memory.recall.rank import CORE_KINDS, Scored, collapse, cut, is_core, keywords, score
from memory.recall.types import Chosen, ContextRequest, ContextResult
from memory.store.convert import bytes_to_vector, to_memory
from memory.types import MemoryKind, MemoryStatus
from memory.vector.partition import partition_key

VECTOR_CANDIDATES = 24
RECENT_TURNS = 3


def request_text(req: ContextRequest) -> str:
    """What the request is about: the last user turn, plus a little of the turns before it."""
    if req.query:
        return req.query
    turns = [m.content.strip() for m in req.messages if m.role in ("user", "assistant") and m.content.strip()]
    last_user = next(m.content for m in reversed(req.messages) if m.role == "user" and m.content.strip())
    earlier = " ".join(t[:200] for t in turns[-RECENT_TURNS:-1])
    return f"{last_user[:2000]} {earlier}".strip()


class RecallService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        embedder: Embedder,
        index: VectorIndex,
        categorizer: Categorizer | None = None,
        tenant: str = "default",
    ) -> None:
        self._sessions = sessions
        self._embedder = embedder
        self._index = index
        self._categorizer = categorizer
        self._tenant = tenant

    def for_tenant(self, tenant: str) -> RecallService:
        return RecallService(self._sessions, self._embedder, self._index, self._categorizer, tenant)

    def context(self, user_id: str, req: ContextRequest) -> ContextResult:
        text = request_text(req)
        query = self._embedder.embed([text])[0]
        words = keywords(text)
        with self._sessions() as s:
            user_pk = s.scalar(select(UserRow.pk).where(UserRow.tenant == self._tenant, UserRow.external_id == user_id))
        if user_pk is None:  # a new user has no memories yet: an empty prefix, not an error
            return ContextResult(prefix="", tokens=0, items=[], considered=0)
        try:
            hits = [m.id for m in self._index.query(partition_key(self._tenant, user_id), query, VECTOR_CANDIDATES)]
        except IndexUnavailable:
            hits = []
        rows = self._candidates(user_pk, hits, words, fallback=not hits)
        return self._choose(user_id, rows, query, text, words, req.budget_tokens)

    def _candidates(self, user_pk: int, hits: list[str], words: list[str], *, fallback: bool) -> list[MemoryRow]:
        conds = [
            MemoryRow.pinned.is_(True),
            and_(MemoryRow.kind.in_([MemoryKind.constraint.value, MemoryKind.style.value]), MemoryRow.context == ""),
        ]
        if hits:
            conds.append(MemoryRow.id.in_(hits))
        conds += [func.lower(MemoryRow.text).contains(w, autoescape=True) for w in words]
        where = [MemoryRow.user_pk == user_pk, MemoryRow.status == MemoryStatus.active.value]
        if not fallback:
            where.append(or_(*conds))
        with self._sessions() as s:
            return list(s.scalars(select(MemoryRow).where(*where).limit(2000)))

    def _choose(
        self, user_id: str, rows: list[MemoryRow], query: Vector, text: str, words: list[str], budget: int
    ) -> ContextResult:
        if not rows:
            return ContextResult(prefix="", tokens=0, items=[], considered=0)
        vectors = {r.id: bytes_to_vector(r.embedding) for r in rows if r.embedding is not None}
        topics = self._topics(query, rows, vectors)
        context_rel = self._context_relevance(rows, query)
        now = datetime.now(UTC)
        core: list[Scored] = []
        extra: list[Scored] = []
        lowered = text.lower()
        for r in rows:
            m = to_memory(r, user_id)
            rel = float(vectors[r.id] @ query) if r.id in vectors else 0.0
            if is_core(m):
                why = ["pinned" if m.pinned else f"always applies ({m.kind})"]
                core.append(Scored(m, rel, score=1.0 + rel, why=why))
                continue
            lexical = [w for w in words if w in r.text.lower() and w in lowered]
            scored = score(
                m,
                rel,
                lexical=lexical,
                topic=topics.get(r.id, 0.0),
                context_relevance=context_rel.get(r.id),
                now=now,
            )
            if scored is not None:
                extra.append(scored)
        core.sort(key=lambda c: (not c.memory.pinned, c.memory.kind, c.memory.id))  # stable order: cache hits
        extra = collapse(cut(sorted(extra, key=lambda c: -c.score)), vectors)
        return self._fit(core, extra, budget, len(rows))

    def _topics(self, query: Vector, rows: list[MemoryRow], vectors: dict[str, Vector]) -> dict[str, float]:
        """Topic similarity of each candidate to the request (0 without a categorizer)."""
        ids = [r.id for r in rows if r.id in vectors and not (r.pinned or r.kind in CORE_KINDS)]
        if self._categorizer is None or not ids:
            return {}
        profiles = self._categorizer.profiles(np.stack([query, *(vectors[i] for i in ids)]))
        sims = profiles[1:] @ profiles[0]
        return {i: float(v) for i, v in zip(ids, sims, strict=True)}

    def _context_relevance(self, rows: list[MemoryRow], query: Vector) -> dict[str, float]:
        conditioned = [r for r in rows if r.context]
        if not conditioned:
            return {}
        vecs = self._embedder.embed([r.context for r in conditioned])
        return {r.id: float(v @ query) for r, v in zip(conditioned, vecs, strict=True)}

    @staticmethod
    def _fit(core: list[Scored], extra: list[Scored], budget: int, considered: int) -> ContextResult:
        used = px.OVERHEAD_TOKENS
        chosen: list[Chosen] = []
        core_lines: list[str] = []
        extra_lines: list[str] = []
        for section, items, lines in (("core", core, core_lines), ("request", extra, extra_lines)):
            for c in items:
                ln = px.line(c.memory.text, c.memory.context)
                cost = px.estimate_tokens(ln) + 1
                if used + cost > budget:
                    continue
                used += cost
                lines.append(ln)
                chosen.append(Chosen(memory=c.memory, score=round(c.score, 4), section=section, why=c.why))
        text = px.render(core_lines, extra_lines)
        return ContextResult(prefix=text, tokens=px.estimate_tokens(text), items=chosen, considered=considered)
