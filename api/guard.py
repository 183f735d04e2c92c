"""What a web page in the user's browser may not do to tacit, as a pure ASGI middleware (it reads only the
request's headers and never a response, so the proxy's server-sent events still stream).

Always:

- A state-changing request (POST, PUT, PATCH, DELETE) that declares a ``Content-Type`` must declare JSON
  (``application/json`` or ``application/...+json``), and one without a ``Content-Type`` must carry no body:
  else 415. A cross-site HTML form can only send ``text/plain``, form or multipart bodies, and a page's
  ``fetch`` can send JSON elsewhere only after a CORS preflight, which tacit refuses.
- CORS is closed: tacit never sends ``Access-Control-Allow-Origin``, and a preflight (``OPTIONS`` with
  ``Access-Control-Request-Method``) gets 403 with no ``Access-Control-Allow-*`` header.

While API keys are not required (the key-less loopback default; once keys are required a page has no key to
send, and these rules would only get in the way of a reverse proxy's host names):

- The ``Host`` header must name a host of ``TACIT_SECURITY__ALLOWED_HOSTS`` (loopback names, any port):
  else 421. A DNS-rebinding page (``evil.example`` resolved to 127.0.0.1) sends its own name.
- An ``Origin`` header must be the request's own origin, and ``Sec-Fetch-Site`` must not be ``cross-site``
  or ``same-site`` (except a link followed to a page, a ``GET`` navigation): else 403.

Whether keys are required is only looked up (it may read the key table) for a request that breaks a key-less
rule, so an ordinary request costs no more than a few header comparisons.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from agents.services import Services
from api.auth import auth_required
from api.errors import error_body
from memory.settings import SecuritySettings

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
JSON_MEDIA_TYPE = re.compile(r"^application/(?:[\w.+-]+\+)?json$")
OFF_SITE = frozenset({"cross-site", "same-site"})
_DEFAULTS = SecuritySettings()


def host_name(host: str) -> str:
    """The name in a Host header (or an origin's netloc): lower-case, without port or trailing dot."""
    value = host.strip().lower()
    if value.startswith("["):  # an IPv6 address: [::1]:8420
        end = value.find("]")
        return value[: end + 1] if end != -1 else value
    return value.partition(":")[0].rstrip(".")


def media_type_problem(method: str, headers: dict[str, str]) -> str | None:
    """Why a request's body type is refused (415), or None."""
    if method not in STATE_CHANGING:
        return None
    declared = headers.get("content-type")
    if declared is not None:
        media = declared.partition(";")[0].strip().lower()
        if JSON_MEDIA_TYPE.match(media):
            return None
        return f"got {declared[:100]!r}"
    length = headers.get("content-length", "").strip()
    if "transfer-encoding" in headers or (length and length != "0"):
        return "a body was sent without one"
    return None


def keyless_problem(method: str, headers: dict[str, str], security: SecuritySettings) -> tuple[int, str, str] | None:
    """Which key-less rule a request breaks, as (status, code, message), or None."""
    host = headers.get("host")
    allowed = security.hosts()
    if host is not None and "*" not in allowed and host_name(host) not in allowed:
        return (
            421,
            "host_not_allowed",
            f"this tacit does not answer to the host {host[:200]!r} while API keys are not required: add the name "
            "to TACIT_SECURITY__ALLOWED_HOSTS (comma-separated) or create an API key (`tacit keys create`)",
        )
    origin = headers.get("origin")
    if origin is not None and (host is None or urlsplit(origin.strip()).netloc.lower() != host.strip().lower()):
        return (
            403,
            "cross_origin",
            f"requests from another origin ({origin[:200]!r}) are refused while API keys are not required: "
            "use tacit from its own web page, a server or a script",
        )
    site = headers.get("sec-fetch-site", "").strip().lower()
    navigation = method in ("GET", "HEAD") and headers.get("sec-fetch-mode", "").strip().lower() == "navigate"
    if site in OFF_SITE and not navigation:
        return (
            403,
            "cross_site",
            f"requests from another site (Sec-Fetch-Site: {site}) are refused while API keys are not required: "
            "use tacit from its own web page, a server or a script",
        )
    return None


class Guard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        refusal = await self._refusal(scope, method, headers)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, code, message, field = refusal
        await JSONResponse(error_body(code, message, field), status_code=status)(scope, receive, send)

    async def _refusal(
        self, scope: Scope, method: str, headers: dict[str, str]
    ) -> tuple[int, str, str, str | None] | None:
        if method == "OPTIONS" and "access-control-request-method" in headers:
            message = (
                "tacit does not answer cross-origin requests from web pages (CORS is closed): "
                "call it from its own web page, a server or a script"
            )
            return 403, "cors_refused", message, None
        services: Services | None = getattr(getattr(scope.get("app"), "state", None), "services", None)
        security = services.settings.security if services is not None else _DEFAULTS
        problem = keyless_problem(method, headers, security)
        if problem is not None and (services is None or not await run_in_threadpool(auth_required, services)):
            return (*problem, "host" if problem[0] == 421 else None)
        why = media_type_problem(method, headers)
        if why is not None:
            message = (
                f"{method} requests must send 'Content-Type: application/json' with a JSON body ({why}); "
                "a request without a body needs no Content-Type"
            )
            return 415, "unsupported_media_type", message, "content-type"
        return None


def install(app: FastAPI) -> None:
    app.add_middleware(Guard)
