"""The REST API's calls, described once (method, path, parameters, body, how to read the answer) and run by
both :class:`tacit.Client` and :class:`tacit.AsyncClient`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

from pydantic import TypeAdapter

from memory.recall.types import ContextResult
from memory.types import Memory, MemoryEvent, Page, SearchHit, User, UserPage
from memory.wire import conversation
from tacit.errors import ClientError

if TYPE_CHECKING:
    import httpx

    from memory.learn.jobs import Job

T = TypeVar("T")


@dataclass(frozen=True)
class Call(Generic[T]):
    method: str
    path: str
    parse: Callable[[Any], T]
    params: Mapping[str, Any] | None = None
    json: Any = None


@dataclass(frozen=True)
class Ingested:
    """The answer to :meth:`Client.ingest`: the logged message ids, the learning job's id (None when the
    turns had no user words), and with ``wait=True`` the finished job."""

    user_id: str
    job_id: str | None
    message_ids: list[int] = field(default_factory=list)
    job: Job | None = None


def _model(cls: type[T]) -> Callable[[Any], T]:
    adapter = TypeAdapter(cls)
    return adapter.validate_python


def _none(_body: Any) -> None:
    return None


def _job(body: Any) -> Job:
    from memory.learn.jobs import Job  # SQLAlchemy comes with it: only when a job is asked for

    return Job.model_validate(body)


def _ingested(body: Any) -> Ingested:
    job = body.get("job")
    return Ingested(body["user_id"], body.get("job_id"), list(body.get("message_ids") or []), job and _job(job))


def _user(user_id: str) -> str:
    return f"/v1/users/{quote(user_id, safe='')}"


def _memory(user_id: str, memory_id: str | None = None) -> str:
    base = f"{_user(user_id)}/memories"
    return base if memory_id is None else f"{base}/{quote(memory_id, safe='')}"


def _jsonable_turn(turn: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(turn)
    if isinstance(out.get("timestamp"), datetime):
        out["timestamp"] = out["timestamp"].isoformat()
    return out


# -- users ------------------------------------------------------------------------------------------------
def create_user(user_id: str, display_name: str, metadata: Mapping[str, Any] | None) -> Call[User]:
    body = {"id": user_id, "display_name": display_name, "metadata": dict(metadata or {})}
    return Call("POST", "/v1/users", _model(User), json=body)


def get_user(user_id: str) -> Call[User]:
    return Call("GET", _user(user_id), _model(User))


def list_users(limit: int, cursor: str | None) -> Call[UserPage]:
    return Call("GET", "/v1/users", _model(UserPage), params=_params(limit=limit, cursor=cursor))


def delete_user(user_id: str) -> Call[None]:
    return Call("DELETE", _user(user_id), _none)


# -- memories ---------------------------------------------------------------------------------------------
def add(user_id: str, text: str, fields: Mapping[str, Any]) -> Call[Memory]:
    return Call("POST", _memory(user_id), _model(Memory), json={"text": text, **fields})


def get(user_id: str, memory_id: str) -> Call[Memory]:
    return Call("GET", _memory(user_id, memory_id), _model(Memory))


def list_memories(user_id: str, filters: Mapping[str, Any]) -> Call[Page]:
    return Call("GET", _memory(user_id), _model(Page), params=_params(**filters))


def update(user_id: str, memory_id: str, changes: Mapping[str, Any]) -> Call[Memory]:
    return Call("PATCH", _memory(user_id, memory_id), _model(Memory), json=dict(changes))


def delete(user_id: str, memory_id: str, hard: bool) -> Call[None]:
    params = {"hard": "true"} if hard else None
    return Call("DELETE", _memory(user_id, memory_id), _none, params=params)


def restore(user_id: str, memory_id: str) -> Call[Memory]:
    return Call("POST", f"{_memory(user_id, memory_id)}/restore", _model(Memory))


def history(user_id: str, memory_id: str) -> Call[list[MemoryEvent]]:
    return Call("GET", f"{_memory(user_id, memory_id)}/history", _model(list[MemoryEvent]))


def search(user_id: str, query: str, k: int) -> Call[list[SearchHit]]:
    hits = _model(list[SearchHit])
    return Call("POST", f"{_memory(user_id)}/search", lambda b: hits(b["hits"]), json={"query": query, "k": k})


# -- recall and learning ----------------------------------------------------------------------------------
def context(
    user_id: str,
    messages: Sequence[Mapping[str, Any]] | None,
    query: str | None,
    budget_tokens: int,
    elicit: bool = False,
) -> Call[ContextResult]:
    body: dict[str, Any] = {"budget_tokens": budget_tokens}
    if elicit:
        body["elicit"] = True
    if messages is not None:
        body["messages"] = conversation(messages)
    if query is not None:
        body["query"] = query
    return Call("POST", f"{_user(user_id)}/context", _model(ContextResult), json=body)


def ingest(user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None, wait: bool) -> Call[Ingested]:
    body: dict[str, Any] = {"turns": [_jsonable_turn(t) for t in turns]}
    if session_id is not None:
        body["session_id"] = session_id
    params = {"wait": "true"} if wait else None
    return Call("POST", f"{_user(user_id)}/messages", _ingested, params=params, json=body)


def job(job_id: str) -> Call[Job]:
    return Call("GET", f"/v1/jobs/{quote(job_id, safe='')}", _job)


def retry_job(job_id: str) -> Call[Job]:
    return Call("POST", f"/v1/jobs/{quote(job_id, safe='')}/retry", _job)


# -- running them -----------------------------------------------------------------------------------------
def _params(**values: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or value == []:
            continue
        out[name] = ("true" if value else "false") if isinstance(value, bool) else value
    return out


def headers(api_key: str | None) -> dict[str, str]:
    out = {"accept": "application/json", "user-agent": "tacit-python"}
    if api_key:
        out["authorization"] = f"Bearer {api_key}"
    return out


def unreachable(base_url: str, exc: Exception) -> ClientError:
    return ClientError(None, "unreachable", f"could not reach tacit at {base_url}: {type(exc).__name__}: {exc}")


def finish(call: Call[T], response: httpx.Response) -> T:
    """Raise :class:`ClientError` for an error answer, else parse the body."""
    if response.status_code >= 400:
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        raise ClientError.from_body(response.status_code, body, response.text[:500])
    return call.parse(response.json() if response.content else None)
