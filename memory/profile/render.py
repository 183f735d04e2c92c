"""Rendering the profile as Markdown (bounded to a token budget) and its JSON groups.

Order: :mod:`memory.profile.rank`. Folding rule: :func:`render`. The summary paragraph is plain text: one
line, at most :data:`SUMMARY_MAX_WORDS` words, Markdown's special characters escaped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pydantic import Field

from memory.profile.rank import ordered_groups
from memory.types import Memory

DEFAULT_BUDGET_TOKENS = 2000
SUMMARY_MAX_WORDS = 80


class ProfileItem(Memory):
    distinctiveness: float = Field(
        description="1 - the closest similarity to an item of another user of the tenant (1: nobody else)."
    )


def _mark(confidence: float) -> str:
    return "●●●" if confidence >= 0.85 else "●●○" if confidence >= 0.6 else "●○○"


def _priority(m: Memory) -> tuple[bool, bool, float, str]:
    """What stays when the profile is over budget: pinned items, then hard constraints and style rules,
    then the rest by confidence weighted by how often it was seen."""
    core = m.kind.value in ("constraint", "style")
    return (not m.pinned, not core, -(m.confidence * (1 + 0.1 * min(m.seen_count, 10))), m.id)


def _line(m: Memory) -> str:
    context = f" _(when {m.context})_" if m.context else ""
    pin = " 📌" if m.pinned else ""
    seen = f", seen {m.seen_count} times" if m.seen_count > 1 else ""
    return f"- {m.text}{context}{pin} — {_mark(m.confidence)}{seen}, last {m.last_seen_at:%Y-%m-%d}"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def clean_summary(text: str) -> str:
    """Plain text on one line, at most :data:`SUMMARY_MAX_WORDS` words."""
    words = text.split()
    return " ".join(words[:SUMMARY_MAX_WORDS]) + (" …" if len(words) > SUMMARY_MAX_WORDS else "")


def render(
    user_id: str,
    items: list[Memory],
    budget_tokens: int = DEFAULT_BUDGET_TOKENS,
    *,
    distinct: Mapping[str, float] | None = None,
    summary: str | None = None,
) -> tuple[str, dict[str, list[ProfileItem]]]:
    """Markdown grouped by category, bounded to about ``budget_tokens`` (4 characters a token), the summary
    (escaped, counted in the budget) on top. ``distinct``: distinctiveness by id (missing: 1).

    Folding rule: items are kept in :func:`_priority` order until the budget is spent; what does not fit is
    folded into one line per category ("… and 3 more, lower confidence"), and the JSON keeps everything.
    """
    scores = distinct or {}
    groups = ordered_groups(items, scores)
    lines = [f"# What tacit knows about {user_id}", ""]
    if summary:
        lines += [_MD_SPECIAL.sub(r"\\\1", clean_summary(summary)), ""]
    budget_chars = budget_tokens * 4 - sum(len(line) + 1 for line in lines[2:])
    used = 0
    kept: set[str] = set()
    for m in sorted(items, key=_priority):
        cost = len(_line(m)) + 1
        if used + cost > budget_chars:
            continue
        used += cost
        kept.add(m.id)
    if not items:
        lines.append("_Nothing yet._")
    for category, members in groups.items():
        shown = [m for m in members if m.id in kept]
        folded = len(members) - len(shown)
        lines += [f"## {category}", ""]
        lines += [_line(m) for m in shown]
        if folded:
            lines.append(f"- … and {folded} more, lower confidence (see the full export)")
        lines.append("")
    json_groups = {
        c: [ProfileItem(**m.model_dump(), distinctiveness=round(scores.get(m.id, 1.0), 4)) for m in members]
        for c, members in groups.items()
    }
    return "\n".join(lines).rstrip() + "\n", json_groups
