"""Rate limit per caller: a token bucket per API key (or per client address for requests without a valid
key), in memory, per process. A pure ASGI middleware, so the proxy's streamed answers pass untouched.

``TACIT_LIMITS__RATE_PER_S`` tokens a second refill a bucket of ``TACIT_LIMITS__RATE_BURST``; a request takes
one, and one that finds none gets 429 with ``Retry-After`` (whole seconds until a token is back). The limit
applies once API keys are required (auth on, or a key exists, which is always so off 127.0.0.1): the
embedded loopback default has one trusted caller and is not limited, so neither are the tests and benchmarks
on it. ``0`` turns it off. The probes and /metrics are never limited. With several API processes each has its
own buckets (the limit is per process).

Whose bucket a request takes from needs the key store (cached there, but a miss reads SQL), so it is found on a
thread; the answer is then kept here for ``CALLER_TTL_S`` per (key digest, address), so that a steady caller
costs no thread hop. It only picks the bucket: authentication itself happens in the route, every time.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from agents.services import Services
from api.auth import auth_required, token_of
from api.errors import error_body

EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})
MAX_BUCKETS = 100_000
CALLER_TTL_S = 1.0


@dataclass
class Bucket:
    tokens: float
    at: float


class TokenBuckets:
    """Token buckets by caller. Not thread-safe: the middleware only touches it from the event loop."""

    def __init__(self) -> None:
        self._buckets: dict[str, Bucket] = {}

    def take(self, who: str, rate: float, burst: int, now: float | None = None) -> float:
        """Take a token for ``who``: 0 if there was one, else the seconds until there is one."""
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(who)
        if bucket is None:
            if len(self._buckets) >= MAX_BUCKETS:
                self._prune(now, rate, burst)
            bucket = self._buckets[who] = Bucket(float(burst), now)
        bucket.tokens = min(float(burst), bucket.tokens + (now - bucket.at) * rate)
        bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / rate

    def _prune(self, now: float, rate: float, burst: int) -> None:
        """Forget the buckets that have refilled (a forgotten bucket starts full, so nothing changes)."""
        full = [who for who, b in self._buckets.items() if b.tokens + (now - b.at) * rate >= burst]
        for who in full:
            del self._buckets[who]
        if len(self._buckets) >= MAX_BUCKETS:  # every caller is mid-burst: start over rather than grow
            self._buckets.clear()


def caller(services: Services, request: Request) -> str | None:
    """Whose bucket a request takes from: the API key's id, else the client address; None when keys are not
    required (no limit). Reads the key store (cached), so it runs in a thread."""
    if not auth_required(services):
        return None
    token = token_of(request)
    key = services.keys.verify(token) if token else None
    if key is not None:
        return f"key:{key.id}"
    return f"ip:{request.client.host if request.client else '-'}"


class RateLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.buckets = TokenBuckets()
        self._callers: dict[tuple[str, str], tuple[float, str | None]] = {}  # -> (found at, caller)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in EXEMPT:
            await self.app(scope, receive, send)
            return
        services: Services | None = getattr(scope["app"].state, "services", None) if "app" in scope else None
        limits = services.settings.limits if services is not None else None
        if services is None or limits is None or limits.rate_per_s <= 0:
            await self.app(scope, receive, send)
            return
        who = await self._caller(services, Request(scope))
        wait = self.buckets.take(who, limits.rate_per_s, limits.rate_burst) if who is not None else 0.0
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        retry = max(1, math.ceil(wait))
        message = (
            f"too many requests: the limit is {limits.rate_per_s:g} a second with bursts of {limits.rate_burst} "
            f"per API key (TACIT_LIMITS__RATE_PER_S, TACIT_LIMITS__RATE_BURST); retry in {retry} s"
        )
        response = JSONResponse(
            error_body("rate_limited", message), status_code=429, headers={"retry-after": str(retry)}
        )
        await response(scope, receive, send)

    async def _caller(self, services: Services, request: Request) -> str | None:
        token = token_of(request)
        cache_key = (
            hashlib.sha256(token.encode()).hexdigest() if token else "",
            request.client.host if request.client else "-",
        )
        now = time.monotonic()
        hit = self._callers.get(cache_key)
        if hit is not None and now - hit[0] < CALLER_TTL_S:
            return hit[1]
        who = await run_in_threadpool(caller, services, request)
        if len(self._callers) >= MAX_BUCKETS:
            self._callers.clear()
        self._callers[cache_key] = (now, who)
        return who


def install(app: FastAPI) -> None:
    app.add_middleware(RateLimit)
