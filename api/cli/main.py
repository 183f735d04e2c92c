"""``tacit``: serve, migrate, reindex, and manage users and memories from a shell.

Heavy libraries (sentence-transformers, chromadb, uvicorn) are imported only by the commands that use
them, so ``--help`` and listing answer quickly.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Annotated

import typer

from api.cli import doctor, keys, learning, llm, memories, signals, users
from api.cli.common import SCOPE, fail, reports_errors, services, tenant
from memory.settings import get_settings

if TYPE_CHECKING:
    from fastapi import FastAPI

app = typer.Typer(
    name="tacit",
    help="tacit: memory and profile service for chat assistants.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback()
def _scope(
    tenant_: Annotated[
        str,
        typer.Option(
            "--tenant",
            help="The tenant the commands act on (default: the key-less tenant). Each API key belongs to one.",
        ),
    ] = "default",
) -> None:
    """tacit: memory and profile service for chat assistants."""
    SCOPE.tenant = tenant_


app.add_typer(users.app, name="users")
app.add_typer(memories.app, name="memories")
app.add_typer(keys.app, name="keys")
app.add_typer(llm.app, name="llm")
app.command("ingest")(reports_errors(learning.ingest))
app.command("worker")(learning.worker)
app.command("doctor")(doctor.doctor)
app.command("edit")(reports_errors(signals.edit))
app.command("feedback")(reports_errors(signals.feedback))


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
    workers: Annotated[
        int, typer.Option(min=1, help="API processes (more than 1 needs a Chroma server: TACIT_CHROMA_URL).")
    ] = 1,
) -> None:
    """Run the API server (docs at /docs)."""
    import uvicorn

    from api.app import create_app
    from memory.db.migrate import upgrade

    settings = get_settings()
    bind = host or settings.server.host
    if workers > 1 and not settings.chroma_url:
        fail(
            f"--workers {workers} needs a Chroma server (TACIT_CHROMA_URL): embedded Chroma is single-process; "
            "a second process on the same folder would not see the first one's index changes. Run `chroma run` "
            "and set TACIT_CHROMA_URL (PostgreSQL via TACIT_DATABASE_URL is advised too), or serve with --workers 1",
            2,
        )
    if migrate_first:
        upgrade(settings.sqlalchemy_url())
    if bind not in ("127.0.0.1", "localhost", "::1"):
        from memory.keys import KeyService

        with services() as p:
            has_keys = KeyService(p.sessions).active_count() > 0
        if settings.auth.mode == "off" or not has_keys:
            fail(
                f"refusing to serve on {bind} without API keys: anyone who can reach it could read every "
                "user's memory. Create a key (`tacit keys create --tenant NAME`) and leave TACIT_AUTH__MODE "
                "at auto (or on), or bind to 127.0.0.1",
                2,
            )
    from api.cli.processes import ProcessGroup, ProcessSpec, handing_supported
    from api.observability import configure_logging

    configure_logging(settings.server.log_level, settings.server.log_format)
    if workers > 1 and handing_supported():
        spec = ProcessSpec(bind, port if port is not None else settings.server.port, settings.server.log_level)
        try:
            status = ProcessGroup(spec, workers).run()
        except OSError as e:
            fail(f"cannot serve on {bind}:{spec.port}: {e.strerror or e} (is another server on that port?)", 2)
        raise typer.Exit(status)
    uvicorn.run(
        create_app(settings) if workers == 1 else "api.cli.main:process_app",
        factory=workers > 1,
        workers=workers,
        host=bind,
        port=port or settings.server.port,
        log_level=settings.server.log_level,
        log_config=None,
    )


def process_app() -> FastAPI:
    """The app of one of `tacit serve --workers N`'s processes (uvicorn spawns each and imports this by name;
    settings come from the environment). Each process runs its own outbox loop and, unless
    TACIT_WORKER__IN_PROCESS=false, its own learning worker: safe, as index changes are idempotent and the job
    queue hands each job to one worker (FOR UPDATE SKIP LOCKED, a lease, one user's jobs in order)."""
    from api.app import create_app
    from api.observability import configure_logging

    settings = get_settings()
    configure_logging(settings.server.log_level, settings.server.log_format)
    return create_app(settings)


@app.command()
@reports_errors
def reindex(
    user: Annotated[str | None, typer.Option("--user", help="Only this user.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Only report differences; change nothing.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="A line per user on stderr.")] = False,
) -> None:
    """Rebuild the vector index from SQL (the source of truth)."""
    from memory.store.reindex import PartitionReport

    def progress(u: PartitionReport) -> None:
        typer.echo(f"user {u.user_id}: indexed {u.indexed}, missing {u.missing}, extra {u.extra}", err=True)

    with services() as p:
        drained = p.store.outbox.drain() if not check else None
        report = p.reindexer.run(user_id=user, fix=not check, progress=progress if verbose else None)
    totals = {k: sum(getattr(u, k) for u in report.users) for k in ("indexed", "reembedded", "missing", "extra")}
    if drained is not None and (drained.applied or drained.failed):
        typer.echo(f"outbox: applied {drained.applied}, deferred {drained.failed}")
    typer.echo(
        f"users: {len(report.users)}  indexed: {totals['indexed']}  re-embedded: {totals['reembedded']}  "
        f"missing before: {totals['missing']}  extra before: {totals['extra']}  "
        f"orphan partitions: {report.orphan_partitions}  rebuilt afresh: {sum(u.rebuilt for u in report.users)}"
    )
    if check:
        stale = sum(u.stale for u in report.users)
        outdated = sum(u.outdated for u in report.users)
        typer.echo(f"stale vectors: {stale}  outdated embeddings: {outdated}")
        for u in report.divergent:
            typer.echo(f"  {u.user_id}: " + ", ".join(u.examples))
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

    with services() as p:
        result = p.recall.for_tenant(tenant()).context(user_id, ContextRequest(query=request, budget_tokens=budget))
    typer.echo(result.prefix or "(nothing to inject)")
    if trace:
        for c in result.items:
            typer.echo(f"  [{c.section}] {c.score:.3f} {c.memory.text} <- {'; '.join(c.why)}", err=True)


@app.command("export")
@reports_errors
def export(
    user_id: Annotated[str | None, typer.Argument(help="The user to export (omit with --all).")] = None,
    all_users: Annotated[bool, typer.Option("--all", help="Every user, as NDJSON (one document a line).")] = False,
    messages: Annotated[bool, typer.Option("--messages", help="Include the message log.")] = False,
    output: Annotated[str | None, typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
) -> None:
    """Write everything tacit holds about a user (docs/export-schema.v1.json)."""
    import json
    import sys

    if (user_id is None) == (not all_users):
        raise typer.BadParameter("give a USER_ID or --all")
    with services() as p:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
        try:
            if user_id is not None:
                doc = p.transfer.for_tenant(tenant()).export(user_id, include_messages=messages)
                out.write(json.dumps(doc.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n")
                return
            ids: list[str] = []
            cursor = None
            while True:
                page = p.store.for_tenant(tenant()).list_users(limit=200, cursor=cursor)
                ids += [u.id for u in page.items]
                if not page.next_cursor:
                    break
                cursor = page.next_cursor
            with typer.progressbar(ids, label="exporting", file=sys.stderr) as bar:
                for uid in bar:
                    doc = p.transfer.for_tenant(tenant()).export(uid, include_messages=messages)
                    out.write(json.dumps(doc.model_dump(mode="json", by_alias=True), ensure_ascii=False) + "\n")
        finally:
            if output:
                out.close()


@app.command("import")
@reports_errors
def import_(
    file: Annotated[str, typer.Argument(help="A JSON export, or NDJSON from `tacit export --all`.")],
    user: Annotated[str | None, typer.Option("--user", help="Import into this user (default: the file's).")] = None,
    mode: Annotated[str, typer.Option(help="merge (reconciled, no duplicates) or replace.")] = "merge",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would change; change nothing.")] = False,
) -> None:
    """Import exported memory (all or nothing per user)."""
    import json
    from pathlib import Path

    from memory.transfer.service import ImportInvalid

    if mode not in ("merge", "replace"):
        raise typer.BadParameter("mode is merge or replace")
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{file}: cannot read it ({exc.strerror if isinstance(exc, OSError) else 'not UTF-8 text'})", 2)
    try:
        docs = [json.loads(text)]
    except json.JSONDecodeError:
        try:
            docs = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            fail(f"{file}: neither a JSON export nor NDJSON ({exc.msg}, line {exc.lineno})", 2)
    if not all(isinstance(doc, dict) for doc in docs):
        fail(f"{file}: each document must be a JSON object (an export from `tacit export`)", 2)
    with services() as p:
        for doc in docs:
            target = user or (doc.get("user") or {}).get("id")
            if not target:
                raise typer.BadParameter("the document names no user; pass --user")
            try:
                report = p.transfer.for_tenant(tenant()).import_(target, doc, mode=mode, dry_run=dry_run)  # type: ignore[arg-type]
            except ImportInvalid as exc:
                typer.secho(f"error: {target}: {exc.message}", fg=typer.colors.RED, err=True)
                for problem in exc.problems:
                    typer.echo(f"  - {problem}", err=True)
                raise typer.Exit(2) from None
            typer.echo(f"{target}: {report.model_dump_json()}")


@app.command("config")
def config() -> None:
    """Print every setting as a Markdown table (the README's configuration table)."""
    from memory.settings_doc import config_table

    typer.echo(config_table())


def run() -> None:
    app()
