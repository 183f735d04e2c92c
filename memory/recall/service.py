"""RecallService: for one request, the few memories that matter, as a prefix within a token budget.

One embedding of the request; while it runs, one SQL query finds the user and the revision of their rows. A
user of up to ``exact_limit`` memories is then searched exactly over their pool (see :mod:`memory.recall.pool`);
a larger one through their own vector partition plus SQL reads of core and keyword candidates. Then scoring,
near-duplicate collapse and the budget; full rows are read for the chosen few only (and kept with the pool).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.tables import MemoryRow
from memory.embedding.batching import BatchingEmbedder
from memory.errors import IndexUnavailable
from memory.ports import Embedder, Vector, VectorIndex
from memory.recall import prefix as px
from memory.recall.context_cache import VectorCache
from memory.recall.elicit import Elicitor
from memory.recall.pool import PoolCache, Revision, RowMeta, UserPool
from memory.recall.rank import CORE_KINDS, Candidate, Scored, collapse, cut, is_core, keywords, score
from memory.recall.reads import (
    COLUMNS,
    FULL_ROWS,
    HOME_ROWS,
    RESIDENCE_WORDS,
    USER_REVISION,
    Read,
    read_rows,
    sql_pool,
)
from memory.recall.relevance.place import says_home
from memory.recall.rerank import RERANK_CANDIDATES, Reranker
from memory.recall.types import Chosen, ContextRequest, ContextResult
from memory.store.convert import to_memory
from memory.taxonomy.categories import Categorizer
from memory.types import Memory, MemoryStatus
from memory.vector.partition import partition_key

VECTOR_CANDIDATES = 48
LEXICAL_CANDIDATES = 24
MAX_CANDIDATES = 2000
REFRESH_SLACK = timedelta(seconds=1)
REFRESH_LIMIT = 500  # more changed rows than this since the pool was read: read the user's rows afresh
EXACT_LIMIT = 5000  # users with up to this many active memories are searched exactly, in process (see pool.py)
RECENT_TURNS = 3
STATS = ("pool_hits", "pool_deltas", "pool_reads", "index_searches", "reranks", "rerank_failures")
CONTEXT_CACHE = 4096  # embeddings of context conditions ("at work"): few distinct ones, asked for often


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
        contexts: VectorCache | None = None,
        pools: PoolCache | None = None,
        exact_limit: int = EXACT_LIMIT,
        reranker: Reranker | None = None,
        rerank_candidates: int = RERANK_CANDIDATES,
        stats: dict[str, int] | None = None,
        elicitor: Elicitor | None = None,
        requests: Embedder | None = None,
    ) -> None:
        self._sessions = sessions
        self._embedder = embedder
        self._requests = requests or embedder  # embeds the request text (may be the 8-bit model)
        self._index = index
        self._categorizer = categorizer
        self._tenant = tenant
        self._contexts = contexts or VectorCache(embedder, CONTEXT_CACHE)
        self._pools = pools if pools is not None else PoolCache(0)
        self._exact_limit = exact_limit
        self._reranker = reranker
        self._rerank_candidates = rerank_candidates
        #: counts since start, shared by every tenant's view (exposed at /metrics as tacit_recall_*)
        self.stats = stats if stats is not None else dict.fromkeys(STATS, 0)
        self._elicitor = elicitor or Elicitor(sessions, embedder, categorizer)  # what the memory does not cover

    def for_tenant(self, tenant: str) -> RecallService:
        return RecallService(
            self._sessions,
            self._embedder,
            self._index,
            self._categorizer,
            tenant,
            self._contexts,
            self._pools,
            self._exact_limit,
            self._reranker,
            self._rerank_candidates,
            self.stats,
            self._elicitor,
            self._requests,
        )

    def context(self, user_id: str, req: ContextRequest) -> ContextResult:
        """The prefix and the chosen items in full, each with its score and why, and what the user's memory
        does not cover for the request (``unknown``; a line in the prefix with ``elicit``)."""
        asked: list[Vector] = []
        chosen = self._choose(user_id, req, asked)
        pool = None
        if chosen is None:  # a new user has no memories yet: an empty prefix, not an error
            result = ContextResult(prefix="", tokens=0, items=[], considered=0)
        else:
            core, extra, considered, pool = chosen
            result = self._fit(user_id, core, extra, req.budget_tokens, considered, pool.memories if pool else None)
        return self._elicitor.attach(self._tenant, user_id, req, request_text(req), asked[0], result, pool)

    def prefix(self, user_id: str, req: ContextRequest, picked: list[str] | None = None) -> str:
        """The prefix alone, as ``context`` renders it, without reading the chosen items' full rows (the proxy
        and the middleware inject the text and need nothing else). ``picked`` gets the chosen items' ids."""
        chosen = self._choose(user_id, req)
        if chosen is None:
            return ""
        core, extra, _, _ = chosen
        fitted = px.budgeted(core, extra, req.budget_tokens)
        if picked is not None:
            picked.extend(sc.candidate.id for sc, _, _ in fitted)
        return px.render_picked(fitted)

    def _choose(
        self, user_id: str, req: ContextRequest, asked: list[Vector] | None = None
    ) -> tuple[list[Scored], list[Scored], int, UserPool | None] | None:
        """The ranked core and request items, the number of candidates considered, and the user's pool (None
        for a user served by the vector index); None for an unknown user."""
        text = request_text(req)
        words = keywords(text)
        # what needs no embedding (the user's pool, or core items and lexical matches) is read while the
        # request is embedded: on this thread while the batching embedder's thread runs the model, or on a
        # pool thread when the embedder has no thread of its own
        if isinstance(self._requests, BatchingEmbedder):
            pending = self._requests.submit([text])
            user_pk, found = self._base(user_id, words)
            query = pending.result()[0]
        else:
            base = sql_pool().submit(self._base, user_id, words)
            query = self._requests.embed([text])[0]
            user_pk, found = base.result()
        if asked is not None:  # the request's embedding, for what the memory does not cover
            asked.append(query)
        if user_pk is None:
            return None
        if isinstance(found, UserPool):
            picked = found.pick(query, words, VECTOR_CANDIDATES, LEXICAL_CANDIDATES)
            candidates, vectors = picked.candidates, picked.vectors
        else:
            try:
                key = partition_key(self._tenant, user_id)
                hits = [m.id for m in self._index.query(key, query, VECTOR_CANDIDATES)]
            except IndexUnavailable:
                hits = []
            found += self._rows(user_pk, hits, exclude={c.id for c, _ in found})
            candidates = [c for c, _ in found]
            vectors = {c.id: v for c, v in found if v is not None}
        pool = found if isinstance(found, UserPool) else None
        core, extra = self._rank(candidates, vectors, query, text, words, pool.facets if pool else None)
        return core, extra, len(candidates), pool

    def _base(self, user_id: str, words: list[str]) -> tuple[int | None, UserPool | list[Read]]:
        """The user's key and, for a user of up to ``exact_limit`` memories, all of them (from the pool cache while
        SQL says nothing changed); for a larger user, the items that always apply and up to
        LEXICAL_CANDIDATES sharing a request word (the vector index finds the rest)."""
        with self._sessions() as s:
            params = {"tenant": self._tenant, "user": user_id, "model": self._embedder.model_name}
            found = s.execute(USER_REVISION, params).one_or_none()
            if found is None:
                return None, []
            user_pk, active = found[0], found[5]
            mine = (MemoryRow.user_pk == user_pk, MemoryRow.status == MemoryStatus.active.value)
            if active <= self._exact_limit:
                revision = tuple(found[1:])
                key = (self._tenant, user_pk)
                pool = self._pools.get(key, revision)
                if pool is None:
                    stale = self._pools.peek(key)
                    pool = self._refresh(s, stale, user_pk, revision) if stale is not None else None
                    self.stats["pool_deltas" if pool is not None else "pool_reads"] += 1
                    pool = pool or self._build(s, user_pk, revision)
                    self._pools.put(key, pool)
                else:
                    self.stats["pool_hits"] += 1
                return user_pk, pool
            self.stats["index_searches"] += 1
            always = or_(
                MemoryRow.pinned.is_(True),
                and_(MemoryRow.kind.in_(CORE_KINDS), MemoryRow.context == ""),
            )
            rows = read_rows(s.execute(select(*COLUMNS).where(*mine, always).limit(MAX_CANDIDATES)))
            if words:
                lexical = or_(*(func.lower(MemoryRow.text).contains(w, autoescape=True) for w in words))
                seen = {c.id for c, _ in rows}
                more = read_rows(
                    s.execute(select(*COLUMNS).where(*mine, lexical).limit(LEXICAL_CANDIDATES + len(seen)))
                )
                rows += [r for r in more if r[0].id not in seen][:LEXICAL_CANDIDATES]
            seen = {c.id for c, _ in rows}  # where the user lives: a candidate whatever its cosine, as in the pool
            homes = read_rows(s.execute(select(*COLUMNS).where(*mine, RESIDENCE_WORDS).limit(HOME_ROWS)))
            rows += [r for r in homes if r[0].id not in seen and says_home(r[0].text)]
            return user_pk, rows

    def _build(self, s: Session, user_pk: int, revision: Revision) -> UserPool:
        """The user's active rows, and what the revision adds up over all their rows."""
        mine = (MemoryRow.user_pk == user_pk, MemoryRow.status == MemoryStatus.active.value)
        rows = read_rows(s.execute(select(*COLUMNS).where(*mine)))
        model = self._embedder.model_name
        meta = {
            r.id: RowMeta(r.version, r.embedding_model == model)
            for r in s.execute(
                select(MemoryRow.id, MemoryRow.version, MemoryRow.embedding_model).where(MemoryRow.user_pk == user_pk)
            )
        }
        return UserPool(revision, rows, self._embedder.dimension, meta)

    def _refresh(self, s: Session, stale: UserPool, user_pk: int, revision: Revision) -> UserPool | None:
        """The stale pool with the rows changed since it was read applied (a learned memory, an edit), or None
        when that can't be trusted: rows updated since a second before the stale pool's latest update are read
        (the second covers clocks of other processes running a little behind), and the result must add up to
        the new revision, which catches hard deletes and anything missed."""
        since = stale.revision[2]
        if not isinstance(since, datetime):
            return None
        changed: list[Row[Any]] = s.execute(  # type: ignore[assignment]
            select(*COLUMNS, MemoryRow.status, MemoryRow.version, MemoryRow.embedding_model)
            .where(MemoryRow.user_pk == user_pk, MemoryRow.updated_at >= since - REFRESH_SLACK)
            .limit(REFRESH_LIMIT + 1)
        ).all()
        if len(changed) > REFRESH_LIMIT:  # a bulk change: reading everything is as cheap
            return None
        model = self._embedder.model_name
        changes = [
            (
                c,
                v,
                RowMeta(r.version, r.embedding_model == model),
                r.status == MemoryStatus.active.value,
            )
            for (c, v), r in zip(read_rows(changed), changed, strict=True)
        ]
        return stale.changed(revision, changes, self._embedder.dimension)

    def _rows(self, user_pk: int, hits: list[str], exclude: set[str]) -> list[Read]:
        """The vector hits not read yet; without hits (index down or empty), every active row: exact search
        over the embeddings kept in SQL."""
        mine = (MemoryRow.user_pk == user_pk, MemoryRow.status == MemoryStatus.active.value)
        wanted = [h for h in hits if h not in exclude]
        if hits and not wanted:
            return []
        with self._sessions() as s:
            if hits:
                return read_rows(s.execute(select(*COLUMNS).where(*mine, MemoryRow.id.in_(wanted))))
            every = read_rows(s.execute(select(*COLUMNS).where(*mine).limit(MAX_CANDIDATES)))
            return [r for r in every if r[0].id not in exclude]

    def _rank(
        self,
        candidates: list[Candidate],
        vectors: dict[str, Vector],
        query: Vector,
        text: str,
        words: list[str],
        facets: dict[str, Vector] | None,
    ) -> tuple[list[Scored], list[Scored]]:
        if not candidates:
            return [], []
        ids = [c.id for c in candidates if c.id in vectors]
        relevance = dict(zip(ids, (np.stack([vectors[i] for i in ids]) @ query).tolist(), strict=True)) if ids else {}
        topics = self._topics(query, [c for c in candidates if not is_core(c)], vectors, facets)
        context_rel = self._context_relevance(candidates, query)
        now = datetime.now(UTC)
        lowered = text.lower()
        core: list[Scored] = []
        extra: list[Scored] = []
        for c in candidates:
            rel = relevance.get(c.id, 0.0)
            if is_core(c):
                core.append(
                    Scored(c, rel, score=1.0 + rel, why=["pinned" if c.pinned else f"always applies ({c.kind})"])
                )
                continue
            lexical = [w for w in words if w in c.text.lower() and w in lowered]
            scored = score(
                c, rel, lexical=lexical, topic=topics.get(c.id, 0.0), context_relevance=context_rel.get(c.id), now=now
            )
            if scored is not None:
                extra.append(scored)
        core.sort(key=lambda x: (not x.candidate.pinned, x.candidate.kind, x.candidate.id))  # stable: cache hits
        ranked = sorted(extra, key=lambda x: -x.score)
        chosen = None
        if self._reranker is not None and ranked:  # it reads the best-scored items, floors or not
            chosen = self._reranker.rerank(text, query, ranked, vectors, self._rerank_candidates)
            if self._reranker.name != "off":
                self.stats["reranks" if chosen is not None else "rerank_failures"] += 1
        if chosen is None:  # no reranker, or it failed: the floors and the gap decide
            chosen = cut([r for r in ranked if r.above_floor])
        if self._reranker is not None and core:  # the model may leave out constraints that can't bear on it
            core = self._reranker.core(text, query, core, ranked[: self._rerank_candidates], vectors)
        return core, collapse(chosen, vectors)

    def _topics(
        self,
        query: Vector,
        candidates: list[Candidate],
        vectors: dict[str, Vector],
        facets: dict[str, Vector] | None,
    ) -> dict[str, float]:
        """Topic overlap of each candidate with the request (0 without a categorizer): the request's topics read
        against request-form prototypes, each memory's as the requests it bears on (``Categorizer.facets``).

        An earlier version also sharpened the request's topics with those of the user's nearest memories; on
        PrefEval's held-out users it added nothing once memories carried facets, so it is gone."""
        ids = [c.id for c in candidates if c.id in vectors]
        if self._categorizer is None or not ids:
            return {}
        asked = self._categorizer.topics(query.reshape(1, -1), form="request")[0]
        known = facets if facets is not None else {}
        new = [i for i in ids if i not in known]
        if new:
            known.update(zip(new, self._categorizer.facets(np.stack([vectors[i] for i in new])), strict=True))
        held = np.stack([known[i] for i in ids])
        return dict(zip(ids, (held @ asked).tolist(), strict=True))

    def _context_relevance(self, candidates: list[Candidate], query: Vector) -> dict[str, float]:
        conditioned = [c for c in candidates if c.context]
        if not conditioned:
            return {}
        vecs = self._contexts.get([c.context for c in conditioned])
        return {c.id: float(v @ query) for c, v in zip(conditioned, vecs, strict=True)}

    def _fit(
        self,
        user_id: str,
        core: list[Scored],
        extra: list[Scored],
        budget: int,
        considered: int,
        known: dict[str, Memory] | None,
    ) -> ContextResult:
        """The items that fit the budget, core first, as a prefix. ``known``: full items the user's pool holds
        already (the rest are read from SQL and added to it)."""
        picked = px.budgeted(core, extra, budget)
        if not picked:
            return ContextResult(prefix="", tokens=0, items=[], considered=considered)
        wanted = [sc.candidate.id for sc, _, _ in picked]
        memories = {i: known[i] for i in wanted if i in known} if known is not None else {}
        missing = [i for i in wanted if i not in memories]
        if missing:
            with self._sessions() as s:  # full rows for the chosen few only
                rows = s.execute(FULL_ROWS, {"ids": missing})
                fresh = {r.id: to_memory(r, user_id) for r in rows}
            memories |= fresh
            if known is not None:
                known.update(fresh)
        picked = [p for p in picked if p[0].candidate.id in memories]  # deleted since the candidates were read
        chosen = [
            Chosen(memory=memories[sc.candidate.id], score=round(sc.score, 4), section=sec, why=sc.why)
            for sc, sec, _ in picked
        ]
        text = px.render_picked(picked)
        return ContextResult(prefix=text, tokens=px.estimate_tokens(text), items=chosen, considered=considered)
