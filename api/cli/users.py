"""tacit users ..."""

from __future__ import annotations

from typing import Annotated

import typer

from api.cli.common import emit_json, reports_errors, services, tenant
from memory.store.schemas import NewUser

app = typer.Typer(help="Create, list, show and delete users.", no_args_is_help=True, rich_markup_mode=None)


@app.command("create")
@reports_errors
def create(
    user_id: Annotated[str, typer.Argument(help="Your id for the user.")],
    name: Annotated[str, typer.Option("--name", help="Display name.")] = "",
) -> None:
    """Create a user."""
    with services() as p:
        emit_json(p.store.for_tenant(tenant()).create_user(NewUser(id=user_id, display_name=name)))


@app.command("list")
@reports_errors
def list_(
    limit: Annotated[int, typer.Option(help="Page size.")] = 50,
    cursor: Annotated[str | None, typer.Option(help="Continue from a previous page.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List users with their active memory counts."""
    with services() as p:
        page = p.store.for_tenant(tenant()).list_users(limit=limit, cursor=cursor)
    if as_json:
        emit_json(page)
        return
    for u in page.items:
        typer.echo(f"{u.id}\t{u.memory_count} memories\t{u.display_name}")
    if page.next_cursor:
        typer.echo(f"(more: --cursor {page.next_cursor})")


@app.command("show")
@reports_errors
def show(user_id: str) -> None:
    """Show one user."""
    with services() as p:
        emit_json(p.store.for_tenant(tenant()).get_user(user_id))


@app.command("rm")
@reports_errors
def remove(
    user_id: str,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a user and everything tacit holds about them (memories, history, messages, vectors)."""
    with services() as p:
        store = p.store.for_tenant(tenant())
        user = store.get_user(user_id)  # an unknown user is an error before any question is asked
        if not yes:
            typer.confirm(
                f"Delete user {user_id!r} and everything tacit holds about them ({user.memory_count} active memories)?",
                abort=True,
            )
        store.delete_user(user_id)
    typer.echo(f"deleted user {user_id}")
