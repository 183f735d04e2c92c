"""``tacit``: serve, migrate, reindex, and manage users and memories from a shell.

Heavy libraries (sentence-transformers, chromadb, uvicorn) are imported only by the commands that use
them, so ``--help`` and listing answer quickly.
"""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from api.cli import learning, memories, users
from api.cli.common import parts, reports_errors
from memory.settings import get_settings

app = typer.Typer(
    name="tacit",
    help="tacit: memory and profile service for chat assistants.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(users.app, name="users")
app.add_typer(memories.app, name="memories")
app.command("ingest")(reports_errors(learning.ingest))
app.command("worker")(learning.worker)


@app.command()
@reports_errors
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply database migrations (creates the embedded SQLite database if needed)."""
    from memory.db.migrate import upgrade

    settings = get_settings()
    logging.basicConfig(level=logging.WARNING)
    upgrade(settings.sqlalchemy_url(), revision)
    typer.echo(f"database at {revision}: {settings.sqlalchemy_url().split('@')[-1]}")


@app.command()
@reports_errors
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default: TACIT_SERVER__HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: TACIT_SERVER__PORT).")] = None,
    migrate_first: Annotated[bool, typer.Option("--migrate/--no-migrate", help="Apply migrations first.")] = True,
) -> None:
    """Run the API server (docs at /docs)."""
    import uvicorn

    from api.app import create_app
    from memory.db.migrate import upgrade

    settings = get_settings()
    if migrate_first:
        upgrade(settings.sqlalchemy_url())
    logging.basicConfig(
        level=settings.server.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)
    uvicorn.run(
        create_app(settings),
        host=host or settings.server.host,
        port=port or settings.server.port,
        log_level=settings.server.log_level,
    )


@app.command()
@reports_errors
def reindex(
    user: Annotated[str | None, typer.Option("--user", help="Only this user.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Only report differences; change nothing.")] = False,
) -> None:
    """Rebuild the vector index from SQL (the source of truth)."""
    with parts() as p:
        drained = p.store.outbox.drain() if not check else None
        report = p.reindexer.run(user_id=user, fix=not check)
    missing = sum(u.missing for u in report.users)
    extra = sum(u.extra for u in report.users)
    indexed = sum(u.indexed for u in report.users)
    reembedded = sum(u.reembedded for u in report.users)
    if drained is not None and (drained.applied or drained.failed):
        typer.echo(f"outbox: applied {drained.applied}, deferred {drained.failed}")
    typer.echo(
        f"users: {len(report.users)}  indexed: {indexed}  re-embedded: {reembedded}  "
        f"missing before: {missing}  extra before: {extra}  orphan partitions: {report.orphan_partitions}"
    )
    if check and not report.consistent:
        raise typer.Exit(1)


@app.command("context")
@reports_errors
def context(
    user_id: str,
    request: Annotated[str, typer.Argument(help="The user's request, in plain words.")],
    budget: Annotated[int, typer.Option(help="Token budget of the prefix (50-2000).")] = 400,
    trace: Annotated[bool, typer.Option("--trace/--no-trace", help="Show why each item was chosen.")] = True,
) -> None:
    """Show the prompt prefix tacit would inject for a request, and why."""
    from memory.recall.types import ContextRequest

    with parts() as p:
        result = p.recall.context(user_id, ContextRequest(query=request, budget_tokens=budget))
    typer.echo(result.prefix or "(nothing to inject)")
    if trace:
        for c in result.items:
            typer.echo(f"  [{c.section}] {c.score:.3f} {c.memory.text} <- {'; '.join(c.why)}", err=True)


@app.command("config")
def config() -> None:
    """Print every setting as a Markdown table (the README's configuration table)."""
    from memory.settings_doc import config_table

    typer.echo(config_table())


def run() -> None:
    app()
