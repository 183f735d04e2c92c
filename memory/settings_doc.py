"""Render the configuration table (README) from the settings classes, so the two cannot drift."""

from __future__ import annotations

from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo

from memory.settings import Settings

BEGIN = "<!-- config-table:begin -->"
END = "<!-- config-table:end -->"


def _default(info: FieldInfo) -> str:
    if info.default_factory is not None:
        return ""
    value = info.default
    if isinstance(value, SecretStr):
        return "(secret)" if value.get_secret_value() else "(empty)"
    if value is None or value == "":
        return "(empty)"
    return f"`{value}`"


def _rows(model: type[BaseModel], prefix: str) -> list[str]:
    rows: list[str] = []
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            rows.extend(_rows(annotation, f"{prefix}{name.upper()}__"))
            continue
        description = (info.description or "").replace("|", "\\|")
        rows.append(f"| `{prefix}{name.upper()}` | {_default(info)} | {description} |")
    return rows


def config_table() -> str:
    """The Markdown table of every setting, its environment variable and default."""
    lines = ["| variable | default | meaning |", "|---|---|---|", *_rows(Settings, "TACIT_")]
    return "\n".join(lines)
