"""Serves the page at ``/ui`` and its files at ``/ui/static/<name>``.

The files are found next to this module, so the page works from an installed package as well as from a
checkout. Only the files that ship in ``static/`` are served (looked up by name, never joined into a path).
The page talks to the ordinary REST API; it has no routes of its own beyond these.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse
from starlette.exceptions import HTTPException

STATIC = Path(__file__).resolve().parent / "static"

MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
}

# Memory text is untrusted: the page only ever puts it in the DOM as text. The policy is a second line of
# defence: no inline script, no script or style from anywhere else, no plugins, no framing.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

router = APIRouter(include_in_schema=False)


@cache
def static_files() -> dict[str, Path]:
    """The files the page may load, by name."""
    return {p.name: p for p in STATIC.iterdir() if p.is_file() and p.suffix in MEDIA_TYPES}


def _file(name: str) -> FileResponse:
    path = static_files().get(name)
    if path is None:
        raise HTTPException(status_code=404, detail=f"no file {name!r} in the page's static files")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], headers=HEADERS)


@router.get("/", summary="A browser opening the server's address is sent to the page")
def root() -> RedirectResponse:
    return RedirectResponse("ui", status_code=307)  # relative: still right behind a path prefix


@router.get("/ui", summary="The memory browser page")
def index() -> FileResponse:
    return _file("index.html")


@router.get("/ui/static/{name}", summary="The page's scripts and styles")
def static(name: str) -> FileResponse:
    return _file(name)
