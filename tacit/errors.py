"""The error :class:`tacit.Client` raises: the API's answer (status, code, message) in one exception."""

from __future__ import annotations

from typing import Any


class ClientError(Exception):
    """A tacit API call failed.

    ``status`` is the HTTP status (None when no answer came: connection refused, timeout); ``code`` the
    API's error code (``not_found``, ``conflict``, ``invalid_input``, ``validation_error``, ``unreachable``...);
    ``message`` its explanation; ``field`` the offending field when the API names one.
    """

    def __init__(self, status: int | None, code: str, message: str, field: str | None = None) -> None:
        super().__init__(f"{status or 'no answer'} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field

    @classmethod
    def from_body(cls, status: int, body: Any, fallback: str = "") -> ClientError:
        """Read tacit's ``{"error": {"code", "message"}}`` or FastAPI's ``{"detail": ...}``."""
        if isinstance(body, dict):
            err = body.get("error")
            if isinstance(err, dict) and "message" in err:
                field = err.get("field")
                return cls(status, str(err.get("code") or "error"), str(err["message"]), field and str(field))
            detail = body.get("detail")
            if isinstance(detail, str):
                return cls(status, _code(status), detail)
            if isinstance(detail, list) and detail:
                return cls(status, "validation_error", "; ".join(_problem(d) for d in detail), _field(detail[0]))
        return cls(status, _code(status), fallback or f"HTTP {status}")


def _code(status: int) -> str:
    return {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict"}.get(
        status, "validation_error" if status == 422 else "server_error" if status >= 500 else "error"
    )


def _loc(problem: Any) -> list[str]:
    loc = problem.get("loc") if isinstance(problem, dict) else None
    return [str(p) for p in loc if p not in ("body", "query", "path")] if isinstance(loc, list) else []


def _field(problem: Any) -> str | None:
    return ".".join(_loc(problem)) or None


def _problem(problem: Any) -> str:
    msg = problem.get("msg", str(problem)) if isinstance(problem, dict) else str(problem)
    where = _field(problem)
    return f"{where}: {msg}" if where else str(msg)
