from __future__ import annotations

from pathlib import Path

import pytest

from memory.settings import Settings
from memory.settings_doc import BEGIN, END, config_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_nested_env_and_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACIT_SERVER__PORT", "9001")
    monkeypatch.setenv("TACIT_LIMITS__MAX_TEXT_CHARS", "100")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test-123")
    monkeypatch.setenv("TACIT_DATABASE_URL", "postgresql+psycopg://u:p@h/db")
    s = Settings()
    assert s.server.port == 9001
    assert s.limits.max_text_chars == 100
    assert s.anthropic_api_key.get_secret_value() == "sk-test-123"
    assert "sk-test-123" not in repr(s)
    assert s.sqlalchemy_url() == "postgresql+psycopg://u:p@h/db"


def test_embedded_defaults(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path)
    assert s.sqlalchemy_url() == f"sqlite:///{tmp_path.resolve() / 'tacit.db'}"
    assert s.chroma_path() == tmp_path.resolve() / "chroma"
    assert (s.server.host, s.server.port) == ("127.0.0.1", 8420)


def test_bad_value_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACIT_SERVER__PORT", "not-a-port")
    with pytest.raises(ValueError, match="port"):
        Settings()


def test_readme_configuration_table_is_current() -> None:
    text = README.read_text()
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    assert text[start:end].strip() == config_table(), "README's table is stale: run `tacit config` and paste it"
