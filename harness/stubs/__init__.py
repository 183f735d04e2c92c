"""Local HTTP stand-ins for the LLM APIs tacit talks to, so the real SDKs can be tested end to end.

- :class:`AnthropicStub`: the Anthropic Messages API (``POST /v1/messages``), JSON and event streams.
- :class:`OpenAIStub`: an OpenAI-compatible server (``POST /v1/chat/completions``, ``GET /v1/models``),
  JSON and ``data:`` chunk streams ending with ``[DONE]``.

Each stub runs a threaded HTTP server on 127.0.0.1 (free port) in a background thread. Queue one reply
per expected request (``queue_*`` helpers, or :meth:`StubServer.enqueue` with a raw :class:`StubReply`),
point the SDK at ``stub.base_url``, then assert on ``stub.requests`` (:class:`RecordedRequest`: method,
path, lower-cased headers, raw body, parsed ``json``). Unexpected requests (empty queue, unknown path) get
an error answer and are listed in ``stub.problems``. A fixture::

    @pytest.fixture
    def anthropic_stub() -> Iterator[AnthropicStub]:
        with AnthropicStub() as stub:
            yield stub
        assert not stub.problems

Stopping the stub wakes delayed replies, closes the listening socket and joins the handler threads.
"""

from harness.stubs.anthropic_api import AnthropicStub
from harness.stubs.openai_api import OpenAIStub
from harness.stubs.server import RecordedRequest, SSEEvent, StubReply, StubServer

__all__ = ["AnthropicStub", "OpenAIStub", "RecordedRequest", "SSEEvent", "StubReply", "StubServer"]
