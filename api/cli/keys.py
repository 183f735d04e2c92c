"""tacit keys ..."""

from __future__ import annotations

from typing import Annotated

import typer

from api.cli.common import emit_json, reports_errors, services

app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True, rich_markup_mode=None)


@app.command("create")
@reports_errors
def create(
    tenant: Annotated[str, typer.Option("--tenant", help="The tenant the key belongs to.")],
    name: Annotated[str, typer.Option("--name", help="What the key is for.")] = "",
    admin: Annotated[bool, typer.Option("--admin", help="Allow managing this tenant's keys.")] = False,
    operator: Annotated[
        bool, typer.Option("--operator", help="Allow managing every tenant's keys (only the CLI creates these).")
    ] = False,
) -> None:
    """Create a key. It is printed once; tacit stores only its hash."""
    from memory.keys import NewKey

    with services() as p:
        created = p.keys.create(NewKey(tenant=tenant, name=name, admin=admin), operator=operator)
    scope = ", operator" if created.operator else ", admin" if created.admin else ""
    typer.echo(created.key)
    typer.echo(f"(id {created.id}, tenant {created.tenant}{scope}; store it now: it is not shown again)", err=True)


@app.command("list")
@reports_errors
def list_() -> None:
    """List keys (prefix, tenant, status)."""
    with services() as p:
        emit_json(p.keys.list())


@app.command("revoke")
@reports_errors
def revoke(key_id: str) -> None:
    """Revoke a key; it stops working within seconds on every process."""
    with services() as p:
        emit_json(p.keys.revoke(key_id))
