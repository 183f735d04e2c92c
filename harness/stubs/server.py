"""The HTTP machinery shared by the API stubs: a threaded server on 127.0.0.1, a reply queue, a request log.

A stub answers each request with the next queued :class:`StubReply` (first in, first out) and records it
as a :class:`RecordedRequest`. Replies can be delayed (``delay_s``, for timeout tests) and can be
server-sent event streams (``events``, with ``event_delay_s`` between events). Requests that find the
queue empty, or hit an unknown route, get an error answer and are listed in :attr:`StubServer.problems`;
the fixtures fail the test at teardown when that list is not empty.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the stub received it. Header names are lower-cased; ``json`` is the parsed body
    (None when the body was empty or not JSON)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any


@dataclass(frozen=True)
class SSEEvent:
    """One server-sent event: ``event: <event>`` (omitted when None) and ``data: <data>`` (dicts are JSON)."""

    data: Any
    event: str | None = None

    def encode(self) -> bytes:
        data = self.data if isinstance(self.data, str) else json.dumps(self.data, separators=(",", ":"))
        head = f"event: {self.event}\n" if self.event else ""
        return f"{head}data: {data}\n\n".encode()


@dataclass
class StubReply:
    """What the stub answers.

    ``body``: a dict/list (sent as JSON), str or bytes (sent as is). ``events``: when set, the answer is a
    ``text/event-stream`` of these events (sent with chunked transfer encoding, like the real APIs).
    ``delay_s``: wait before answering (the wait ends early when the stub stops).
    """

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    events: list[SSEEvent] | None = None
    event_delay_s: float = 0.0


ReplyFactory = Callable[[RecordedRequest], StubReply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # socket timeout: a silent client cannot hold a handler thread (and stop()) forever
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = RecordedRequest(self.command, self.path.split("?")[0], headers, raw, parsed)
        reply = self.server.stub._reply_for(request)
        self.close_connection = True
        if reply.delay_s and self.server.stub._stopping.wait(reply.delay_s):
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
            self._write(reply)

    def _write(self, reply: StubReply) -> None:
        self.send_response(reply.status)
        if reply.events is not None:
            self._write_stream(reply)
            return
        if isinstance(reply.body, bytes):
            payload, ctype = reply.body, "application/octet-stream"
        elif isinstance(reply.body, str):
            payload, ctype = reply.body.encode(), "text/plain; charset=utf-8"
        else:
            payload, ctype = json.dumps(reply.body).encode(), "application/json"
        self._headers(reply, {"content-type": ctype, "content-length": str(len(payload))})
        self.wfile.write(payload)

    def _write_stream(self, reply: StubReply) -> None:
        self._headers(reply, {"content-type": "text/event-stream; charset=utf-8", "transfer-encoding": "chunked"})
        for i, event in enumerate(reply.events or []):
            if i and reply.event_delay_s and self.server.stub._stopping.wait(reply.event_delay_s):
                return
            chunk = event.encode()
            self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    def _headers(self, reply: StubReply, defaults: dict[str, str]) -> None:
        merged = {**defaults, "connection": "close", **{k.lower(): v for k, v in reply.headers.items()}}
        for name, value in merged.items():
            self.send_header(name, value)
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # so server_close() joins the handler threads
    block_on_close = True
    stub: StubServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.stub.problems.append(f"handler error: {sys.exc_info()[1]!r}")


class StubServer:
    """Base of the API stubs. Use as a context manager (or :meth:`start` / :meth:`stop`)."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.problems: list[str] = []
        self._queue: deque[StubReply | ReplyFactory] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> Self:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.stub = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake delayed replies, close the socket, join the threads."""
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()  # joins the handler threads
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:<port>`` (no path)."""
        assert self._server is not None, "stub not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- queue and log ---------------------------------------------------------------------------------------
    def enqueue(self, *replies: StubReply | ReplyFactory) -> None:
        """Queue replies for the next requests to the API route: fixed :class:`StubReply` objects, or
        functions building one from the request (to echo the model, or to stream when asked to)."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """Replies queued and not served yet."""
        with self._lock:
            return len(self._queue)

    @property
    def last(self) -> RecordedRequest:
        """The most recent request."""
        assert self.requests, "the stub received no request"
        return self.requests[-1]

    # -- routing (subclasses fill in) -------------------------------------------------------------------------
    #: (method, path) pairs answered from the queue.
    routes: frozenset[tuple[str, str]] = frozenset()

    def _fixed_reply(self, request: RecordedRequest) -> StubReply | None:
        """A reply that does not come from the queue (e.g. a model list), or None."""
        return None

    def _error_body(self, status: int, message: str) -> Any:
        """The API's error body for ``status``."""
        return {"error": {"message": message}}

    def _reply_for(self, request: RecordedRequest) -> StubReply:
        with self._lock:
            self.requests.append(request)
        fixed = self._fixed_reply(request)
        if fixed is not None:
            return fixed
        if (request.method, request.path) not in self.routes:
            text = f"stub: no route for {request.method} {request.path}"
            self.problems.append(text)
            return StubReply(status=404, body=self._error_body(404, text))
        with self._lock:
            item = self._queue.popleft() if self._queue else None
        if item is None:
            text = f"stub: {request.method} {request.path} arrived but no reply was queued"
            self.problems.append(text)
            return StubReply(status=500, body=self._error_body(500, text))
        return item(request) if callable(item) else item


def chunks(text: str, size: int) -> Iterable[str]:
    """``text`` in pieces of ``size`` characters (at least one piece, possibly empty)."""
    if not text:
        yield ""
        return
    for i in range(0, len(text), size):
        yield text[i : i + size]
