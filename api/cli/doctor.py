"""``tacit doctor``: check that SQL, the vector index and the job queue agree; ``--fix`` repairs."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from api.cli.common import reports_errors, services

if TYPE_CHECKING:
    from memory.doctor import DoctorReport


def _print(report: DoctorReport) -> None:
    for c in report.checks:
        mark = "ok" if c.ok else ("WARN" if c.severity == "warning" else "FAIL")
        typer.echo(f"{mark:<5} {c.name:<12} {c.title}: {c.summary}")
        for example in c.examples:
            typer.echo(f"      - {example}")
        if not c.ok and c.hint:
            typer.echo(f"      ({'--fix repairs this' if c.repairable else c.hint})")


@reports_errors
def doctor(
    fix: Annotated[bool, typer.Option("--fix", help="Repair what can be repaired, then check again.")] = False,
    user: Annotated[str | None, typer.Option("--user", help="Only this user's data.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Check that SQL, the vector index and the job queue agree (exit 1 when problems remain)."""
    import logging

    from memory.doctor import doctor as run_doctor

    logging.basicConfig(level=logging.WARNING)
    with services() as p:
        report = run_doctor(p, fix=fix, user_id=user)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        if report.before is not None:
            typer.echo("before repair:")
            _print(report.before)
            typer.echo("repaired:")
            for line in report.repairs:
                typer.echo(f"      - {line}")
            typer.echo("after repair:")
        _print(report)
        typer.echo("healthy" if report.healthy else f"{report.problems} problem(s) found")
    if not report.healthy:
        raise typer.Exit(1)
