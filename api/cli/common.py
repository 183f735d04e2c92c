"""What every command shares: the process's services, output helpers, error reporting."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import typer
from pydantic import BaseModel, ValidationError

from memory.errors import ConfigError, TacitError
from memory.settings import get_settings
from memory.types import USER_ID_RULE

if TYPE_CHECKING:
    from agents.services import Services

P = ParamSpec("P")
R = TypeVar("R")


class _Scope:
    """The tenant the commands act on (``tacit --tenant T ...``); ``default`` is the key-less tenant."""

    tenant = "default"


SCOPE = _Scope()


def tenant() -> str:
    return SCOPE.tenant


def _migrated(p: Services) -> None:
    """Refuse to work on a database whose schema is behind this version (a one-line error, not a traceback)."""
    from memory.db.migrate import pending

    if pending(p.engine):
        p.close()
        raise ConfigError(
            f"the database at {p.engine.url.render_as_string(hide_password=True)} is not migrated to this version "
            "of tacit; run `tacit migrate` first",
            "TACIT_DATABASE_URL",
        )


@contextmanager
def services() -> Iterator[Services]:
    """The process's services (built on first use: a command that reads SQL loads no model), closed after."""
    from agents.services import Services

    s = Services(get_settings())
    _migrated(s)
    try:
        yield s
    finally:
        s.close()


def emit_json(value: Any) -> None:
    if isinstance(value, BaseModel):
        data: Any = value.model_dump(mode="json")
    elif isinstance(value, list):
        data = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    else:
        data = value
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def invalid_input(exc: ValidationError) -> str:
    """One line naming each refused field: 'id: 1 to 128 characters: ...; budget_tokens: ... >= 50'."""
    parts = []
    for e in exc.errors():
        field = ".".join(str(p) for p in e["loc"]) or "input"
        ids = field in ("id", "user_id") and e["type"] == "string_pattern_mismatch"
        parts.append(f"{field}: {USER_ID_RULE if ids else e['msg']}")
    return "; ".join(parts)


def reports_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn tacit's own errors into a one-line message and a non-zero exit, instead of a traceback."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except TacitError as exc:
            fail(exc.message, 2 if exc.status < 500 else 1)
        except ValidationError as exc:  # an argument the command's request model refuses (`users create 'a b'`)
            fail(invalid_input(exc), 2)

    return wrapper


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
