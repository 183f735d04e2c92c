"""The default path's reading of a turn (no learned reader): the rules' drafts, and the everyday phrasings they
do not word.

The rules word each sentence (:func:`agents.offline.reader.read_parts`). Three things the learned reader's path
(:mod:`agents.offline.guided`) does apply here as well, as they need no model:

- a sarcastic sentence teaches nothing ("wow, I just adore being on hold for an hour"), so its drafts are dropped;
- the everyday phrasings that name a taste in a shape the rules do not read are added when no draft says them
  already: a taste shared with someone else ("my brother and I both love fishing", "my gf hates thrillers and
  honestly so do i"), a verdict on something tried, praise said to last, the kind of person the user is
  (:func:`agents.offline.everyday.everyday`, its first list). Its second list (a refusal with a reason, the
  habit that replaced one given up) stays the reader path's: on the default path it read two more labels on
  ``test`` but made a false memory on ``fresh`` (issue 13, twenty-first pass);
- a short fragment the next sentence only stresses ("Aisle seat. Always.", "Middle seat. Never.") is a
  preference, a dislike or, naming answers, a wish about them (:func:`stressed`; issue 13, twenty-second pass).
"""

from __future__ import annotations

from agents.offline.covered import covered
from agents.offline.drafts import Draft
from agents.offline.everyday import everyday
from agents.offline.guided import (
    ADD,
    TERSE_CLAUSE,
    clause_draft,
    everyday_readable,
    open_sentence,
    teaches_nothing,
)
from agents.offline.reader import Reading
from agents.offline.reader_kinds import ANSWER_WORDS_RE, consistent_kind, kind_hint, refused, routine_kind, stress_after


def rules_reading(reading: Reading) -> list[Draft]:
    """The drafts of one turn on the default path (see the module)."""
    drafts = reading.head + [routine_kind(d) for p in reading.parts for d in p.drafts if open_sentence(p.sentence.text)]
    if everyday_readable(reading):
        sentences = [p.sentence.text for p in reading.parts]
        first, _ = everyday(sentences, [c for p in reading.parts for c in p.clauses])
        drafts += [d for d in first if not covered(d.text, drafts)]
    return drafts + stressed(reading, drafts)


def stressed(reading: Reading, drafts: list[Draft]) -> list[Draft]:
    """A short fragment that the next sentence only stresses ("Aisle seat. Always.", "Middle seat. Never."): a
    preference (or, turned down, a dislike) that no rule worded."""
    sentences = [p.sentence.text for p in reading.parts]
    out: list[Draft] = []
    for i, part in enumerate(reading.parts):
        stress = stress_after(sentences, i)
        if not stress or part.drafts or "?" in part.sentence.text or not open_sentence(part.sentence.text):
            continue
        for clause in part.clauses:
            if len(clause.split()) > TERSE_CLAUSE or teaches_nothing(clause) or covered(clause, drafts + out):
                continue
            turned_down = refused(clause, stress)
            hint = "style" if ANSWER_WORDS_RE.search(clause) else kind_hint(clause)  # "British spelling. Always."
            cls = consistent_kind(clause, hint if hint not in (None, "fact") else "preference")
            cls = "dislike" if cls == "preference" and turned_down else cls  # "Middle seat. Never."
            d = clause_draft(clause, cls, ADD, part.sentence.text) if cls else None
            out += [d] if d is not None else []
    return out
