"""A pronoun pointing back to a thing named earlier in the same sentence.

The thing is the object of a clause that says nothing about the user: a request ("never use em dashes in my
stuff, I can't stand them"), someone else's taste ("my editor loves semicolons, i think theyre pretentious"),
a remark about the world ("podcasts are everywhere these days and I'm not a fan of them"). The user's own
clause after it, with "them" / "it" in the thing's place, is read as if it named the thing: Dislikes em
dashes, Finds semicolons pretentious. A pronoun that points to a situation ("I hate it when that happens"), a
person ("my sister loves them") or one of the assistant's options ("that one") is left alone.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.normalize import lower_first

_A = lx.APOS
#: A short noun phrase: up to four words, ending before a preposition, a time or the clause's end.
_NP = r"(?P<np>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
_NP_END = (
    r"(?=\s*(?:$|[,.!;:]|\s*\b(?:in|on|for|from|at|to|with|when|while|anymore|any more|ever|again|these days|"
    r"lately|nowadays|all the time|every time|so|and|but|because|since|please)\b))"
)
_OPEN = r"^(?:(?:and|but|so|also|oh|ok|okay|honestly)[,\s]+)*(?:please[,\s]+)?"
_REQUEST_RE = re.compile(
    rf"{_OPEN}(?:no more\s+|(?:never|don{_A}?t|do not|dont|stop|quit|no more)\s+(?:ever\s+)?"
    r"(?:use|using|give|giving|send|sending|recommend|recommending|suggest|suggesting|show|showing|include|"
    r"including|add|adding|put|putting|offer|offering)(?:\s+(?:me|us))?\s+)(?:any\s+|more\s+|those\s+)?"
    rf"{_NP}{_NP_END}",
    re.IGNORECASE,
)
_OTHERS_RE = re.compile(
    rf"{_OPEN}(?:my|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:loves?|likes?|adores?|(?:is|are)\s+"
    r"(?:obsessed with|into|crazy about)|keeps?\s+(?:using|buying|making|recommending|sending|putting))\s+"
    rf"{_NP}{_NP_END}",
    re.IGNORECASE,
)
_AROUND_RE = re.compile(
    rf"{_OPEN}{_NP}\s+(?:are|is)\s+(?:(?:just|literally|honestly)\s+)?(?:everywhere|all over the place|"
    r"in everything|all the rage|so (?:popular|trendy)|(?:so\s+)?overhyped)\b",
    re.IGNORECASE,
)
_NOT_THINGS = frozenset(
    re.findall(
        r"\w+",
        "me you him her them us it this that these those one ones thing things stuff something anything everything "
        "people person someone anyone everyone friends friend guys folks option options choice choices idea ideas "
        "answer answers suggestion suggestions advice",
    )
) | frozenset(w.lower() for w in lx.FAMILY)
_PRONOUN = r"(?:them|it|those|these)"
_NOT_A_THING_AFTER = r"(?!\s+(?:when|whenever|if|that|how|because|to|but|and|about)\b)"
#: The user's own taste, the pronoun in the thing's place: "I can't stand them", "I'm not a fan of it".
_TASTE_RE = re.compile(
    rf"^(?P<lead>(?:(?:and|but|so|honestly|personally|tbh)[,\s]+)*(?:I|i)(?:{_A}?m|\s+am)?\s+"
    r"(?:(?:really|just|absolutely|totally|honestly|genuinely|frankly|kind of|kinda)\s+)*"
    rf"(?:can{_A}?t stand|cannot stand|(?:don{_A}?t|dont|do not) (?:like|enjoy)|hate|dislike|detest|despise|"
    r"loathe|love|adore|not a (?:big |huge )?fan of|"
    r"sick of|tired of|so over|find))\s+"
    rf"{_PRONOUN}\b{_NOT_A_THING_AFTER}(?P<rest>.*)$",
    re.IGNORECASE,
)
#: A verdict on it: "i think theyre pretentious", "I find it too fussy", "honestly they're overrated for me".
_VERDICT_RE = re.compile(
    rf"^(?:(?:and|but|so)[,\s]+)*(?:(?P<think>(?:I|i) (?:think|find|feel like|reckon))\s+)?"
    rf"(?:they{_A}?re|they are|it{_A}?s|it is)\s+"
    r"(?P<adj>(?:(?:just|so|way|really|too|kind of|kinda|pretty|super|honestly)\s+)*[a-z][\w-]+)"
    r"(?P<rest>(?:\s+(?:for|to) me)?)[.!]*$",
    re.IGNORECASE,
)


_AFTERTHOUGHT_RE = re.compile(r",|\s[-\u2013\u2014]")
_JOIN_RE = re.compile(r",\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+")


def named_thing(clause: str) -> str:
    """The thing a clause that is not about the user names, when a pronoun after it can point to it."""
    for pattern in (_REQUEST_RE, _OTHERS_RE, _AROUND_RE):
        if (m := pattern.match(clause)) is None:
            continue
        np = lower_first(m.group("np").strip())
        np = np[:1].lower() + np[1:] if re.match(r"[A-Z][a-z]+s\b", np) else np  # "Podcasts are everywhere"
        words = np.lower().split()
        if not words or words[0] in _NOT_THINGS or words[-1] in _NOT_THINGS or words[0] in ("my", "your", "the"):
            return ""
        return np
    return ""


def split_named(clause: str) -> list[str]:
    """A clause in two when it names a thing and then, after a comma, the user speaks of it
    ("my editor loves semicolons, i think theyre pretentious")."""
    for m in _JOIN_RE.finditer(clause):
        head, tail = clause[: m.start()], clause[m.end() :]
        if named_thing(head) and refer(tail, "x") != tail:
            return [head, tail]
    return [clause]


def refer(clause: str, thing: str) -> str:
    """The user's clause with the pronoun replaced by ``thing``; unchanged when it is not such a clause."""
    if (m := _TASTE_RE.match(clause)) is not None:
        rest = _AFTERTHOUGHT_RE.split(m.group("rest"))[0]  # "I hate it, it's so slow": Hates Jira
        return f"{m.group('lead')} {thing}{rest}"
    if (m := _VERDICT_RE.match(clause)) is not None and (m.group("think") or m.group("rest")):
        return f"I find {thing} {m.group('adj')}{m.group('rest')}"
    return clause
