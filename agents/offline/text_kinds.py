"""A tone asked for in reply to a text the assistant wrote holds for that kind of text (issue 13, session 30): "help
me write a toast for my best friend's wedding" - "Ladies and gentlemen, it is my great honour ..." - "way too
formal, we're a super casual bunch" -> Prefers a casual, friendly tone, when writing a speech or toast. Before, it
became a style rule with no context, sent with every request: a cover letter for a bank job got "casual" too.

Only the tone (formal or casual: it depends on who reads), only in a reply to the answer, and only when the request
asked for a kind of text by name; a tone said with its own situation ("when I write to my boss keep it formal")
keeps that one.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft

_SCOPED = frozenset({"tone"})
_TEXTS = (
    r"toast|speech|email|e-mail|letter|cover letter|message|note|caption|post|description|bio|story|poem|card|"
    r"review|announcement|invitation|invite|reply|text|essay|report|newsletter|ad|advert|slogan|eulogy|vows|tweet"
)
_WRITE_RE = re.compile(
    r"\b(?:write|draft|compose|rewrite|redo|help me (?:write|with)|come up with)\s+(?:me\s+|up\s+)?"
    rf"(?:(?P<art>a|an|my|the|some|our)\s+)?(?P<what>(?:[\w'-]+\s+){{0,2}}?(?:{_TEXTS}))s?\b",
    re.IGNORECASE,
)


def for_the_text(draft: Draft, query: str | None) -> Draft:
    """``draft`` with the kind of text its request asked for as context, when it is a tone said of that text."""
    if draft.subject not in _SCOPED or draft.context or not query or (m := _WRITE_RE.search(query)) is None:
        return draft
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    what = re.sub(r"^(?:short|quick|long|nice|good|great|new)\s+", "", what)
    if re.search(r"\b(?:toast|speech|eulogy|vows)$", what):
        return draft.with_context("when writing a speech or toast")  # one audience in a room: the same register
    article = "an" if what[0] in "aeiou" else "a"
    return draft.with_context(f"when writing {article} {what}")
