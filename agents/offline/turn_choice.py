"""A user turn read as a reply to the assistant's options (split out of :mod:`agents.offline.reader`, session 30):
a pick by position or name ("the second one", "the boutique one"), options turned down ("not the loud one"), an
option had already ("read mistborn already, loved it"), a thing named back in passing when no list was offered
("Freestanding."), and what the pick was for ("... for a monitor arm").
"""

from __future__ import annotations

import re

from agents.offline.choice import by_phrase, choice_memory, chosen, mentions_rejection, rejection_memory
from agents.offline.drafts import Draft
from agents.offline.echoes import echoed_pick
from agents.offline.had_options import had_options
from agents.offline.option_themes import rejected_theme
from agents.offline.options import parse_options
from agents.offline.pick_subjects import asks_which, for_what
from agents.offline.picks import not_chosen_yet

CHOICE_TURN_WORDS = 80  # a longer turn is a request or a paste, not a reply that picks


def choice_drafts(text: str, previous_assistant: str | None, query: str | None) -> list[Draft]:
    """What a reply to the assistant's turn picks, turns down or has had already, with what the pick was for."""
    if not previous_assistant or len(text.split()) > CHOICE_TURN_WORDS or not_chosen_yet(text, query):
        return []
    options = parse_options(previous_assistant)
    index = None if mentions_rejection(text) else chosen(text, options)  # "Not the first one" picks nothing
    if index is None:  # "not the loud one for sure ... the reading room": options named in short phrases
        index, turned_down = by_phrase(text, options)
        named = [rejection_memory(options[i]) for i in turned_down] + had_options(text, options)
        picks = [choice_memory(options[index])] if index is not None else []
        if not (options[1:] or named or picks):  # "Freestanding.": a thing the assistant offered in passing
            picks.append(echoed_pick(text, previous_assistant, asks_which(query), query))
        named += [for_what(d, query) for d in picks if d is not None]  # "... for a monitor arm"
        return [d.quoted(text.strip()) for d in named if d is not None]
    first = re.split(r"(?<=[.!?])\s+", text.strip())[0]
    pick = choice_memory(options[index])
    drafts = [d for d in (pick and for_what(pick, query), rejected_theme(options, index, query or "")) if d is not None]
    return [d.quoted(first) for d in drafts]
