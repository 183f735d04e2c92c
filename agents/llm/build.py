"""Choose the extraction LLM from settings."""

from __future__ import annotations

from agents.llm.base import LLM
from memory.errors import ConfigError
from memory.settings import Settings


def build_llm(settings: Settings, *, timeout_s: float | None = None) -> LLM | None:
    """The configured LLM, or None for offline (rule-based) extraction.

    ``provider="auto"``: Anthropic when an Anthropic key is set, else the OpenAI-compatible server when
    ``llm.base_url`` is set, else None. An explicit provider whose essential setting is missing raises
    :class:`~memory.errors.ConfigError` naming the environment variable to set.

    The SDKs are imported only for the chosen provider (importing ``anthropic`` alone takes seconds).
    ``timeout_s`` overrides ``llm.timeout_s`` (recall's reranker waits far less than extraction).
    """
    llm = settings.llm
    timeout = llm.timeout_s if timeout_s is None else timeout_s
    anthropic_key = settings.anthropic_api_key.get_secret_value()
    provider = llm.provider
    if provider == "auto":
        provider = "anthropic" if anthropic_key else "openai" if llm.base_url else "offline"
    if provider == "offline":
        return None
    if provider == "anthropic":
        if not anthropic_key:
            raise ConfigError(
                "llm.provider is 'anthropic' but no Anthropic API key is set (ANTHROPIC_API_KEY also works)",
                "TACIT_ANTHROPIC_API_KEY",
            )
        from agents.llm.anthropic import DEFAULT_ANTHROPIC_MODEL, AnthropicLLM

        return AnthropicLLM(api_key=anthropic_key, model=llm.model or DEFAULT_ANTHROPIC_MODEL, timeout_s=timeout)
    if not llm.base_url:
        raise ConfigError("llm.provider is 'openai' but no server base URL is set", "TACIT_LLM__BASE_URL")
    from agents.llm.openai_compat import OpenAICompatLLM

    return OpenAICompatLLM(
        base_url=llm.base_url,
        api_key=llm.api_key.get_secret_value(),
        model=llm.model,
        timeout_s=timeout,
    )
