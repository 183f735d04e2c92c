"""tacit memories ..."""

from __future__ import annotations

from typing import Annotated

import typer

from api.cli.common import emit_json, reports_errors, services, tenant
from memory.store.schemas import MemoryFilter, NewMemory
from memory.types import Memory, MemoryKind, MemoryStatus

app = typer.Typer(help="List, add, remove and search one user's memories.", no_args_is_help=True, rich_markup_mode=None)


def _line(m: Memory) -> str:
    ctx = f" [when {m.context}]" if m.context else ""
    pin = " (pinned)" if m.pinned else ""
    return f"{m.id}  {m.status:<10} {m.kind:<10} {m.category:<14} {m.confidence:.2f}  {m.text}{ctx}{pin}"


@app.command("list")
@reports_errors
def list_(
    user_id: str,
    status: Annotated[list[MemoryStatus] | None, typer.Option(help="Status filter (repeatable).")] = None,
    kind: Annotated[list[MemoryKind] | None, typer.Option(help="Kind filter (repeatable).")] = None,
    category: Annotated[list[str] | None, typer.Option(help="Category filter (repeatable).")] = None,
    contains: Annotated[str | None, typer.Option("--contains", help="Text contains.")] = None,
    limit: Annotated[int, typer.Option(help="Page size.")] = 50,
    cursor: Annotated[str | None, typer.Option(help="Continue from a previous page.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a user's memories, newest first (active ones unless --status says otherwise)."""
    flt = MemoryFilter(
        status=status or [MemoryStatus.active], kind=kind or [], category=category or [], text_contains=contains
    )
    with services() as p:
        page = p.store.for_tenant(tenant()).list_memories(user_id, flt, limit=limit, cursor=cursor)
    if as_json:
        emit_json(page)
        return
    for m in page.items:
        typer.echo(_line(m))
    if page.next_cursor:
        typer.echo(f"(more: --cursor {page.next_cursor})")


@app.command("add")
@reports_errors
def add(
    user_id: str,
    text: Annotated[str, typer.Argument(help="The statement, e.g. 'Prefers short answers'.")],
    kind: Annotated[MemoryKind | None, typer.Option(help="Kind of memory; left out: read from the text.")] = None,
    category: Annotated[str, typer.Option(help="Category, e.g. food, travel, communication.")] = "general",
    context: Annotated[str, typer.Option(help="When it applies; empty = always.")] = "",
    pin: Annotated[bool, typer.Option("--pin", help="Pin it: the agent will never change it.")] = False,
) -> None:
    """Add a memory by hand (source: manual)."""
    with services() as p:
        m = p.store.for_tenant(tenant()).add(
            user_id, NewMemory(text=text, kind=kind, category=category, context=context, pinned=pin), actor="cli"
        )
    emit_json(m)


@app.command("rm")
@reports_errors
def remove(
    user_id: str,
    memory_id: str,
    hard: Annotated[bool, typer.Option("--hard", help="Remove it and its history for good.")] = False,
) -> None:
    """Delete a memory (soft: restorable, unless --hard)."""
    with services() as p:
        p.store.for_tenant(tenant()).delete(user_id, memory_id, actor="cli", hard=hard)
    typer.echo(f"{'hard-' if hard else ''}deleted {memory_id}")


@app.command("restore")
@reports_errors
def restore(user_id: str, memory_id: str) -> None:
    """Restore a deleted or superseded memory."""
    with services() as p:
        emit_json(p.store.for_tenant(tenant()).restore(user_id, memory_id, actor="cli"))


@app.command("history")
@reports_errors
def history(user_id: str, memory_id: str) -> None:
    """Every change to one memory."""
    with services() as p:
        emit_json(p.store.for_tenant(tenant()).history(user_id, memory_id))


@app.command("search")
@reports_errors
def search(
    user_id: str,
    query: str,
    k: Annotated[int, typer.Option("-k", help="How many results.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Semantic search within one user's active memories."""
    with services() as p:
        hits = p.store.for_tenant(tenant()).search(user_id, query, k)
    if as_json:
        emit_json(hits)
        return
    for h in hits:
        typer.echo(f"{h.score:.3f}  {_line(h.memory)}")
