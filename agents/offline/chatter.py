"""Clauses the learned reader need not read: the talk around a statement, which no profile keeps.

A conversation's user turns are full of clauses that are about the user but teach nothing lasting:
greetings and thanks ("Hello there!", "Thanks for the suggestions!"), turns of the conversation ("Speaking of
which", "On another note"), praise of an answer ("I love the idea of a potluck!", "That sounds great"), how the
user feels right now or what they are busy with ("I'm feeling a bit stuck", "I just finished a long shift",
"I've been thinking about upgrading my setup") and what they want from this conversation ("I'd love some
title suggestions", "I'm looking for ways to ..."). The reader, trained on short statements, reads several of
them as facts about the user (PrefEval's persona conversations: about a quarter of the clauses it added), and
each one it reads costs an embedding (about 3.5 ms of CPU). :func:`chatter` says which to skip, before any
embedding; the rules read every clause as before.

Lasting facts said the same way stay readable: "I've been a nurse for 15 years", "I'm learning Italian",
"We're trying to avoid screens at dinner", "I just moved to Brooklyn".
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx

#: Greetings, thanks, agreement and turns of the conversation, as the whole clause.
_SOCIAL_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hiya|howdy|good (?:morning|afternoon|evening)|greetings)(?:\s+(?:there|again|all|"
    r"everyone|friend))?|(?:thanks?|thank you|thx|ty|cheers|much appreciated)\b.*|"
    r"(?:ok(?:ay)?|alright|all right|sure|yes|yeah|yep|great|perfect|awesome|cool|got it|sounds good|makes sense|"
    r"interesting|wow|nice|excellent|lastly|finally|also|anyway|by the way|lately|recently|not yet|"
    r"most of the time|one (?:last|more|"
    r"final|other) (?:question|thing)|on (?:another|a different|a related|a similar|that) (?:note|topic)|"
    r"speaking of [\w' -]{1,40}|as for [\w' -]{1,40}|switching gears(?: a bit)?|changing (?:the )?(?:subject|"
    r"topics?|gears)|now|so|well|you know|actually|one more thing|on a (?:side|different) note|moving on)"
    r"(?:[\s,]+(?:now|then|a bit|though|again|too|so|that's|thanks|thank you))*)\W*$",
    re.IGNORECASE,
)
#: Praise or thanks for what the assistant said ("Those are excellent ideas!", "That's really helpful").
_PRAISE_RE = re.compile(
    r"^\W*(?:(?:that|this|these|those|it|they|all of (?:these|those|this))(?:'s|'re| is| are| was| were| sounds?| "
    r"looks?| seems?)\s+(?:\w+\s+){0,2}(?:great|good|helpful|useful|interesting|fascinating|amazing|awesome|"
    r"excellent|fantastic|wonderful|perfect|brilliant|lovely|nice|cool|neat|insightful|thoughtful|informative|"
    r"fun|clever|solid|promising|exciting|spot on|(?:some |really )?(?:great|good|excellent|fantastic|wonderful|"
    r"helpful|useful) (?:ideas?|suggestions?|tips?|points?|options?|advice|recommendations?|resources?|"
    r"questions?|start))|(?:i|we) (?:really |absolutely |totally )?(?:love|like|appreciate|adore) (?:the|that|this|"
    r"these|those|your) (?:idea|ideas|suggestions?|tips?|advice|recommendations?|thought|concept|sound|approach)\b|"
    r"(?:great|good|excellent|fantastic|wonderful|helpful|useful|interesting) (?:ideas?|suggestions?|tips?|points?|"
    r"advice|question|recommendations?)\b)",
    re.IGNORECASE,
)
#: How the user is right now, what they are busy with or after in this conversation.
_NOW_RE = re.compile(
    r"^\W*(?:(?:so|and|but|well|honestly|actually|also|now),?\s+)?(?:(?:i'?m|im|i am|we'?re|we are)\s+"
    r"(?:(?:just|currently|really|also|still|actually|now|mostly|kind of|kinda|a bit|so|pretty|quite|"
    r"particularly|especially)\s+)*(?:feeling|having an? |still in |open to |"
    r"looking (?:for|to|into|at)|thinking (?:about|of)|considering|"
    r"planning (?:to|on|a|an|my|our)|wondering|hoping|curious|trying to (?:find|figure|decide|"
    r"understand|get|come up|think|plan|make sure)|organi[sz]ing|preparing|working on|struggling|worried|"
    r"stuck|excited|nervous|overwhelmed|exhausted|tired(?! of)|bored(?! of| with)|confused|glad|happy to|"
    r"thrilled|not sure|unsure|"
    r"in the (?:process|middle) of|about to|getting ready)|(?:i'?ve|ive|i have|we'?ve|we have)\s+been\s+"
    r"(?:(?:really|just|also|lately|recently)\s+)*(?:thinking|considering|wondering|looking|meaning|hoping|"
    r"trying to (?:find|figure|decide)|feeling|struggling|working on|reading about|researching)|"
    r"(?:i|we)\s+(?:just\s+)?(?:hope|wonder|wondered|was wondering|were wondering|was thinking|were thinking)\b|"
    r"(?:i|we)\s+just\s+(?:finished|got back|got home|wanted|realized)\b|"
    r"(?:i|we)\s+(?:want|need|have|wanted) to make sure\b|(?:i|we) (?:hadn't|had not|never) thought\b|"
    r"(?:i'?ve|i have) thought about\b|"
    r"(?:i'?d|i would|we'?d|we would) (?:really )?(?:love|like|appreciate|welcome)\s+(?:some|a few|any|more|a|an|"
    r"your|to (?:hear|know|see|get|learn|find|explore|try out))\b)",
    re.IGNORECASE,
)
#: A bare phrase in front of or after a statement ("But for anything major", "particularly regarding allergen
#: introduction"): without the user in it, it says nothing on its own.
_PHRASE_RE = re.compile(
    r"^\W*(?:(?:but|and|so|or)\s+)?(?:for|as for|regarding|particularly|especially|like|such as|with|after|before|"
    r"during|in|on|at|from|about|including)\b",
    re.IGNORECASE,
)
#: Words of a wish after such a phrase ("but for normal training just keep it brief"): read.
_WISH_RE = re.compile(
    r"\b(?:keep|give|use|want|need|prefer|avoid|skip|stick|go|no|never|always|only|must|please|pls)\b", re.I
)
_SELF_RE = re.compile(r"(?<![\w'])(?:i|i'm|im|i've|ive|i'd|id|i'll|my|me|mine|myself|we|we're|our|us)(?![\w'])", re.I)
#: What the user has not done ("I haven't looked into those yet"): nothing to keep.
_NOT_YET_RE = re.compile(
    r"^\W*(?:i|we)\s+(?:haven'?t|have not|hadn'?t|had not)\b(?:.*\byet\b|\s+(?:\w+\s+)?(?:looked|explored|tried|"
    r"thought|considered|heard|seen|checked|decided|had a chance|gotten|got)\b)",
    re.IGNORECASE,
)
#: A task for the answer at hand ("Revise in tabular format", "Summarize DIY like I'm 5", "Make it shorter"):
#: a one-off request. An instruction about answers in general ("Keep answers short", "Always give me tests
#: with the code", "Never use em dashes in my stuff") has no task verb here or says it lasts (:data:`_LASTING_RE`).
_TASK_RE = re.compile(
    r"^\W*(?:(?:please|pls|plz|now|then|ok(?:ay)?|and|also|can you|could you|would you|will you)[\s,]+)*"
    r"(?:revise|rewrite|re-?write|print|summari[sz]e|select|choose|generate|simulate|create|write|translate|"
    r"compose|draft|describe|explain|list|calculate|compute|solve|convert|fix|correct|check|review|improve|"
    r"make|shorten|expand|extend|continue|complete|edit|proofread|paraphrase|rephrase|format|sort|count|find|"
    r"show|tell|give|provide|add|remove|delete|insert|replace|change|update|refactor|implement|design|plan|"
    r"suggest|recommend|compare|analy[sz]e|evaluate|classify|identify|extract|answer|respond|reply|act|pretend|"
    r"imagine|assume|consider|read|look|help|let'?s)\b",
    re.IGNORECASE,
)
_LASTING_RE = re.compile(
    r"\b(?:always|never|from now on|going forward|in (?:the )?future|next time|every time|each time|in general|"
    rf"by default|anymore|any more|{lx.ANSWERS}|all my|my (?:\w+ )?(?:stuff|work|code|"
    r"texts?|writing|emails|posts))\b",
    re.IGNORECASE,
)
#: What might be ("I could host a small gathering", "That could be a fun project", "we might try it"): a
#: possibility weighed in the conversation, not a standing fact; "I'd rather" and "I would never" are read.
_MAYBE_RE = re.compile(r"\b(?:could|might|may|should)\b(?!\s+(?:never|not|only|always)\b)", re.IGNORECASE)
#: An option judged by its sound ("woodworking sounds interesting"): a reaction to the answer, said of it.
_SOUNDS_RE = re.compile(r"^\W*(?:[\w'-]+\s+){1,3}(?:sounds?|seems?|looks?)\b", re.IGNORECASE)
#: A clause whose subject is someone or something else ("They can be unpredictable", "it can be intimidating",
#: "Sometimes they linger even after washing"): with no "I", "my" or "we" in it, not about the user.
_PRONOUN_RE = re.compile(r"^\W*(?:(?:sometimes|often|usually|but|and|so)\s+)?(?:it|they|he|she)\b", re.IGNORECASE)
#: A clause whose subject is a thing, not the user ("it's tough with rotating shifts", "that's too expensive for
#: this month"); "It's for work." is short enough to read.
_THING_RE = re.compile(r"^\W*(?:it'?s|it is|it was|that'?s|that is|this is|there'?s|there is|there are)\b", re.I)
#: An option pointed at, not named ("not a huge fan of that one"): picks are the choice rules' (they see the
#: options); alone, the clause says nothing a memory could hold.
_POINTER_RE = re.compile(
    r"\b(?:(?:that|this|these|those|the other|the (?:first|second|third|last)) ones?|(?:some|one|any|all|none|both|"
    r"each|most|a few) of (?:those|these|them|that|this|your \w+))\b",
    re.IGNORECASE,
)
#: Said of this moment ("I'm at the airport right now", "I got a parking ticket today"): nothing that lasts.
_NOW_MARK_RE = re.compile(
    r"\b(?:right now|at the moment|atm|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|"
    r"last night)\b",
    re.IGNORECASE,
)
#: A remark on the message itself or a quiz's scoring ("I must add: ...", "1 point", "(2 marks)").
_ASIDE_RE = re.compile(
    r"^\W*(?:i (?:must|should|have to|need to|want to|forgot to) (?:add|mention|say|note|clarify)\b|"
    r"\(?\d+\s*(?:points?|pts|marks?)\)?\W*$)",
    re.IGNORECASE,
)
MAX_WORDS = 30  # a longer clause is an explanation, not a statement to keep


#: A small mishap the user keeps having ("I always forget my keys", "I never know what to cook", "I keep losing my
#: glasses"): the talk before a request, not a taste.
_MISHAP_RE = re.compile(
    r"^\W*(?:i|we)\s+(?:(?:always|never|constantly|keep|tend to|often)\s+)+(?:forget(?:ting)?|los(?:e|ing)|"
    r"misplac(?:e|ing)|get(?:ting)? lost|know what to|remember (?:to|where|what))\b",
    re.IGNORECASE,
)


def chatter(clause: str) -> bool:
    """True when the clause is talk around a statement (see the module's docstring): the reader skips it."""
    words = len(clause.split())
    if words > MAX_WORDS:
        return True
    if _SOCIAL_RE.match(clause) or _PRAISE_RE.match(clause) or _NOW_RE.match(clause) or _NOT_YET_RE.match(clause):
        return True
    if _MISHAP_RE.match(clause):
        return True
    if _TASK_RE.match(clause) and not _LASTING_RE.search(clause):
        return True
    if _MAYBE_RE.search(clause) or (_SOUNDS_RE.match(clause) and not _SELF_RE.search(clause)):
        return True
    if _PRONOUN_RE.match(clause) and not _SELF_RE.search(clause):
        return True
    if _PHRASE_RE.match(clause) and not (_SELF_RE.search(clause) or _WISH_RE.search(clause)):
        return True
    if _POINTER_RE.search(clause) or _ASIDE_RE.match(clause) or _NOW_MARK_RE.search(clause):
        return True
    return words > 3 and bool(_THING_RE.match(clause))
