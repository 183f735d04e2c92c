"""What a person sees and carries: the profile, export and import of one user's memory."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from api.deps import ProfilesDep, ServicesDep, TransferDep, UserIdPath
from api.errors import error_body
from memory.profile.service import Profile
from memory.transfer.schema import ExportDocument
from memory.transfer.service import ImportReport, Mode

router = APIRouter(tags=["people"])


@router.get("/v1/users/{user_id}/profile", summary="The human-readable profile (Markdown and JSON)")
def profile(user_id: UserIdPath, profiles: ProfilesDep) -> Profile:
    return profiles.get(user_id)


@router.get(
    "/v1/users/{user_id}/export",
    summary="Everything tacit holds about a user: items of every status with history and evidence",
    response_model=ExportDocument,
    responses={200: {"content": {"text/markdown": {}}}},
)
def export(
    user_id: UserIdPath,
    transfer: TransferDep,
    format: Literal["json", "markdown"] = "json",
    messages: Annotated[bool, Query(description="Include the message log.")] = False,
) -> Response:
    doc = transfer.export(user_id, include_messages=messages)
    filename = f"tacit-{user_id}.{'md' if format == 'markdown' else 'json'}"
    headers = {"content-disposition": f'attachment; filename="{filename}"'}
    if format == "markdown":
        return PlainTextResponse(doc.profile_markdown, media_type="text/markdown", headers=headers)
    return JSONResponse(doc.model_dump(mode="json", by_alias=True), headers=headers)


@router.post(
    "/v1/users/{user_id}/import",
    summary="Import an export document: merge (reconciled, no duplicates) or replace; dry_run changes nothing",
    description="The body is a document as `GET /export` returns it. All or nothing: a document with any "
    "problem (wrong version, missing fields, a time without a zone) is refused with 422 listing every problem. "
    "Items whose ids another user of this instance holds are stored under new ids (`renamed` in the report).",
)
async def import_(
    user_id: UserIdPath,
    request: Request,
    services: ServicesDep,
    transfer: TransferDep,
    mode: Mode = "merge",
    dry_run: bool = False,
) -> Response:
    limit = services.settings.limits.max_import_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return _too_large(limit)
    raw = bytearray()
    async for chunk in request.stream():
        raw.extend(chunk)
        if len(raw) > limit:
            return _too_large(limit)
    try:
        doc = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        what = "nested too deeply" if isinstance(exc, RecursionError) else "not valid JSON"
        return JSONResponse(error_body("invalid_body", f"the import document is {what}", "body"), status_code=422)
    from starlette.concurrency import run_in_threadpool

    report: ImportReport = await run_in_threadpool(transfer.import_, user_id, doc, mode=mode, dry_run=dry_run)
    return JSONResponse(report.model_dump())


def _too_large(limit: int) -> JSONResponse:
    message = f"the import document is larger than the limit of {limit} bytes (TACIT_LIMITS__MAX_IMPORT_BYTES)"
    return JSONResponse(error_body("too_large", message), status_code=413)
