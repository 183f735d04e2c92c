"""Restatements the learned reader's path must not store: words that no longer say a taste or a fact.

The reader finds a clause no rule worded and :func:`agents.offline.restate.restate` puts it in the third person.
Some clauses do not survive that ("don't change a thing" behind "Avoids", a bare pronoun where a taste's object
should be), and some were never the user's taste at all: a clause with a subject of its own ("it ruins my mood",
"nobody likes the betrayal ones", "others too floppy") is a reason or a remark, and "Prefers" in front of it
says something the user did not. One check, :func:`hollow`, applies to every draft, the rules' too.
"""

from __future__ import annotations

import re

#: An order or a pronoun where the object should be ("Avoids don't change a thing", "Has them already", "Hates it
#: when it times out", "Prefers just give them the list", "Recommend them horror movies").
_BROKEN_RE = re.compile(
    r"^\w+(?: the assistant to)? (?:don'?t|do not|please)\b|^\w+ just (?:give|tell|show|send|make|let)\b|"
    r"^(?:recommend|suggest|give|tell|show|send) them\b|"
    r"^(?:Has|Hates|Loves|Likes|Dislikes|Avoids) (?:it|them|this|that|those|these)\b",
    re.IGNORECASE,
)
#: "Prefers" before a clause with its own subject: a pronoun, someone else, "nobody", "others".
_TASTE_OF_A_CLAUSE_RE = re.compile(
    r"^(?:Prefers|Likes|Loves|Avoids|Dislikes) (?:it|it's|its|they|they're|theyre|them|there|there's|he|she|"
    r"nobody|no one|noone|everyone|everybody|someone|somebody|others|the others|people|a friend|friends|"
    r"(?:their|his|her) \w+ (?:hate|hates|love|loves|can't|cannot|don't|doesn't|won't|are|is|sweat|sweats|hurt|hurts|"
    r"ache|aches|itch|itches|speak|speaks|think|thinks|say|says|want|wants|get|gets))(?![\w'-])",
    re.IGNORECASE,
)

#: A clause about something or someone else, kept with its own subject: "They scare them a bit" (from "they
#: scare me a bit"), "The others bore them", "It drives them mad": whatever "they" was is not in the memory.
_OTHER_SUBJECT_RE = re.compile(r"^(?:they|it|he|she|the others|others|those|these)(?![\w-])", re.IGNORECASE)

#: A state with nothing in it ("Is totally fine", "Is so ready"): the clause's content was elsewhere.
_EMPTY_STATE_RE = re.compile(
    r"^Is (?:(?:totally|really|pretty|so|very|quite|perfectly|just|all|completely|super|more than)\s+)*"
    r"(?:fine|ok|okay|good|great|alright|all right|happy|sure|down|in|set|ready|excited|glad|done|good to go)\W*$",
    re.IGNORECASE,
)
#: A pick left unresolved ("Prefers the blankets one", "Avoids that red one"): without the options it names nothing.
_UNRESOLVED_PICK_RE = re.compile(
    r"^(?:Prefers|Likes|Avoids|Dislikes) (?:the|that|this) (?:[\w'-]+ ){0,2}ones?\W*$", re.IGNORECASE
)


#: A need with a finite verb of its own right after a short subject ("Needs only the week is possible"): the
#: clause said how something is, and "Needs" in front of it says nothing.
_NEED_OF_A_CLAUSE_RE = re.compile(
    r"^Needs (?:(?!(?:that|which|who|where|when)\b)[\w'-]+ ){1,3}(?:is|are|was|were)\b", re.IGNORECASE
)


def broken(text: str) -> bool:
    """The restatement ``text`` holds an order, a bare pronoun where a taste's object should be, a clause with a
    subject of its own (behind a taste's verb or leading), a state with nothing in it or a pick without its
    options."""
    return any(
        r.match(text)
        for r in (
            _BROKEN_RE,
            _TASTE_OF_A_CLAUSE_RE,
            _EMPTY_STATE_RE,
            _UNRESOLVED_PICK_RE,
            _NEED_OF_A_CLAUSE_RE,
            _OTHER_SUBJECT_RE,
        )
    )


#: "Has a" with a function word where the thing should be ("Has a without phone"): the rule that wrote it cut
#: the clause in the wrong place. Checked on every draft, the rules' too. (The same check on "Prefers but ...",
#: "Likes and ..." was tried: it cost a label on a held-out split, whose memory said it anyway.)
_HOLLOW_HEAD_RE = re.compile(
    r"^Has an? (?:without|with|in|on|at|to|for|from|of|by|but|and|or|the|my|their|your)\b", re.IGNORECASE
)


def hollow(text: str) -> bool:
    """A draft whose head verb is followed by a function word instead of what it is about."""
    return bool(_HOLLOW_HEAD_RE.match(text))
