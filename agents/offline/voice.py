"""Learner English and texting voice read as the plain English the rules read: "me and my wife we no eat pork"
-> "my wife and I don't eat pork", "for me is better the window seat" -> "I prefer the window seat", "i dont
like so much the cold weather" -> "I don't really like cold weather", "i luv sushi sooo much" -> "I love sushi so
much".

Only the wording the rules read is rewritten, clause by clause (:func:`read_plain`, hooked into
:func:`agents.offline.reader._clause_drafts`); a memory's quote stays the user's words, and the learned reader
reads the clauses as the user wrote them (as it was trained). Every rewrite is a shape
that plain English does not use ("I no like", "I am prefer", "I have 30 years", "since 5 years", "I like very much
X", "for me is better X", "Russian food I like very much"), so a clause in plain English comes back unchanged.
Families:

- texting spellings that are no English word ("luv", "h8", "rly", "gf", "w matcha", "allergic 2 cats", "sooo"),
  and the tags "ngl", "lol", "tbh" said around a statement;
- a doubled or fronted subject: "me I prefer", "me and my wife we", "my wife she";
- "no"/"not" as the verb's negation, "am" before a bare verb: "I no like", "I not drink", "I am not eat",
  "I am prefer", "I am agree", "I am allergy to";
- the progressive of a state: "I am liking", "I am preferring", "I am knowing", "I am having two sisters";
- the adverb between verb and object: "I like very much X", "I don't like so much X", "I prefer more X than Y";
- "for me is better X", "is better for me X", "for me the best is X", "X for me is more better", "for me is very
  important X";
- the object in front: "Russian food I like very much", "Spicy food I not eat", "Cats I am allergic";
- age and duration: "I have 34 years", "since 5 years", "from 2 years", "I live since 2010 in Berlin" (a practice
  whose plain reading says nothing keeps its span: "I knit since five years", :mod:`agents.offline.kept_up`);
- where one is from: "my native place is Pune", "I am belonging to Kerala";
- the article left out: "I work as nurse", "I am fan of", "I am student of"; "the" before a kind of thing
  ("I like very much the jazz music") goes once a clause was rewritten, not before a thing said more closely
  ("the cheese from Switzerland");
- a bare verb after a taste verb: "I like eat fish", "I don't like play tennis".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.kept_up import kept_up
from agents.offline.sentences import Sentence, clauses

_I = r"(?:I|i)"
#: Texting spellings with no English meaning of their own (sentences.tidy already spells out "u", "dont", "im").
_TEXTING = {
    "luv": "love",
    "luvs": "loves",
    "luvd": "loved",
    "h8": "hate",
    "h8s": "hates",
    "h8d": "hated",
    "rly": "really",
    "rlly": "really",
    "srsly": "seriously",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "wen": "when",
    "txt": "text",
    "txts": "texts",
    "msg": "message",
    "msgs": "messages",
    "abt": "about",
    "tho": "though",
    "gr8": "great",
    "nite": "night",
    "hes": "he's",
    "shes": "she's",
    "thats": "that's",
    "whats": "what's",
    "theyre": "they're",
    "youre": "you're",
    "havent": "haven't",
    "wanna": "want to",
    "kinda": "kind of",
    "pref": "prefer",
}
_TEXTING_RE = re.compile(r"(?<![\w'/-])(?:" + "|".join(sorted(_TEXTING, key=len, reverse=True)) + r")(?![\w'/-])")
#: "n" for "and", "w" for "with", "2" for "to": only between lower-case words, where nothing else reads so.
_AND_RE = re.compile(r"(?<=[a-z0-9'] )n(?= (?:i|I|i'm|I'm|me|my|we|our|the|a|his|her|their|then|you|u)\b)")
_WITH_RE = re.compile(r"(?<=[a-z] )w(?= (?:my|his|her|their|our|the|a|an|[a-z]{3,})\b)")
_TO_RE = re.compile(r"\b(allergic|want|need|have|going|go|used|due|addicted|next) 2(?= [a-z])")
_TAGS_RE = re.compile(r"^(?:(?:ngl|tbh|lol|lmao|omg|fr|istg|honestly|you know)\b[,.!]*\s+)+|(?:\s+(?:lol|lmao|fr))+$")
#: A letter said three times or more ("sooo", "loooove"): once, or twice where that makes the word.
_STRETCH_RE = re.compile(r"\b[a-z]*([a-z])\1\1[a-z]*\b")
_DOUBLED = frozenset(lx.words("good|cool|too|soon|food|sweet|need|feel|see|free|keep|sleep|all|well|really|coffee"))

_SUBJECT = r"(?:I|i|we|they|you)"
_THIRD = r"(?:he|she|my \w+|our \w+)"
_BARE = (
    r"like|love|hate|eat|drink|want|need|use|smoke|watch|play|drive|know|understand|have|go|wear|take|read|listen|"
    r"care|agree|mind|enjoy|prefer|cook|speak|sleep|work|live|study|believe|trust|buy|own|fly|travel|do"
)
#: "me I prefer", "me, I am"; "me and my wife we", "me n my gf"; "my wife she no like".
#: Where a clause or a comma-joined part of it starts ("Hello, I am from Brazil, me and my husband we no eat pork").
_START = r"(?:^|(?<=, ))"
_ME_I_RE = re.compile(_START + r"(?:[Mm]e|[Mm]yself),?\s+(?=(?:I|i)\b)")
_ME_AND_RE = re.compile(_START + r"(?:[Mm]e|[Mm]yself)\s+(?:and|&)\s+((?:my|our)\s+\w+)\s+we\s+(?=\w)")
_AND_ME_WE_RE = re.compile(_START + r"((?:[Mm]y|[Oo]ur)\s+\w+\s+and\s+(?:I|i))\s+we\s+")
_THEY_TOO_RE = re.compile(_START + r"((?:[Mm]y|[Oo]ur)\s+\w+)\s+(?:she|he|they)\s+(?=\w)")
_NO_VERB_RE = re.compile(rf"\b({_SUBJECT}|my \w+ and (?:I|i))\s+(?:no|not)\s+({_BARE})\b")
_NO_VERB_3RD_RE = re.compile(rf"^({_THIRD})\s+(?:no|not)\s+({_BARE})\b")
_AM_NOT_RE = re.compile(rf"\b({_I})\s+(?:am|'m)\s+not\s+(?!like\b)({_BARE})\b")
_AM_BARE_RE = re.compile(rf"\b({_I})\s+am\s+(?!like\b)({_BARE})\b")
_ALLERGY_RE = re.compile(rf"\b({_I}\s+am|{_I}'m)\s+allergy\s+(?=to\b)")
#: "I am liking", "I am not preferring", "I am having two sisters".
_STATES = {
    "liking": "like",
    "preferring": "prefer",
    "hating": "hate",
    "knowing": "know",
    "belonging": "belong",
    "understanding": "understand",
    "disliking": "dislike",
    "wanting": "want",
    "needing": "need",
}
_STATE_RE = re.compile(rf"\b({_I})\s+(?:am|'m)\s+(not\s+)?(?:very\s+much\s+|so\s+much\s+)?({'|'.join(_STATES)})\b")
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty"
_HAVING_RE = re.compile(
    rf"\b({_I})\s+(?:am|'m)\s+having\s+(?=(?:\d+|{_NUMBER_WORDS})\s+\w|"
    rf"(?:{lx.alternation(lx.HEALTH_NOUNS)})\b)"
)
_WORKING_LIKE_RE = re.compile(rf"\b({_I})\s+(?:am|'m)\s+working\s+like\s+")
_AS_BARE_RE = re.compile(rf"\b(work(?:s|ing)?\s+as|{_I}\s+am|{_I}'m)\s+(?=(?:{lx.alternation(lx.JOBS)})\b)")
_FAN_RE = re.compile(rf"\b({_I}\s+am|{_I}'m)\s+((?:big\s+|huge\s+)?fan\s+of)\b")
#: "I like very much X", "I don't like so much X", "I very like" is read already.
_ADVERB_RE = re.compile(
    r"\b(like|love|enjoy|hate|adore|prefer)\s+(?:very\s+much|so\s+much|too\s+much|a\s+lot|much)\s+"
    r"(?!(?:about|of|that|when|how|to be|more|better|than|for|as|[,.!?]|$))(?=\w)"
)
_NEG_ADVERB_RE = re.compile(
    r"\b(don't|do not|doesn't|does not)\s+(like|love|enjoy)\s+(?:very\s+much|so\s+much|too\s+much|much|a\s+lot)\s+"
    r"(?!(?:about|of|that|when|how|to be|[,.!?]|$))(?=\w)"
)
_SO_OVER_RE = re.compile(
    r"\b(am|'m)\s+(?:so|totally|really|completely)\s+over\s+"
    r"(?!(?:it|this|that|there|here|the\s+moon|him|her|them|budget|my\s+budget|the\s+limit|capacity|time)\b)"
    r"(?=[a-z])"
)
_SO_MUCH_INTO_RE = re.compile(r"\b(am|'m)\s+(?:so\s+much|very\s+much|too\s+much)\s+into\b")
#: "i like more the hot places": a learner's "prefer" (not "I'd like more options": the article tells).
_LIKE_MORE_RE = re.compile(rf"\b({_I})\s+(?:like|love)\s+more\s+(?=the\s)")
#: "i dont eat the pork, is my religion": the "it" of the reason left out.
_RELIGION_RE = re.compile(r",?\s+(?:is|its|it's|it is)\s+(?:my|for my|because my|because of my)\s+religion\b")
_PREFER_MORE_RE = re.compile(r"\b(prefer)\s+more\s+(?=the\s|(?:\w+\s+){1,4}than\b)")
_PREFER_THAN_RE = re.compile(r"\b(prefer\s+(?:the\s+)?\w+(?:\s+\w+){0,3})\s+than\s+(?:the\s+)?")
_MORE_ER_RE = re.compile(r"\bmore\s+(better|worse|easier|cheaper|faster|bigger|smaller|healthier|nicer|quieter)\b")
_FIND_GOOD_RE = re.compile(rf"\b({_I})\s+find\s+(?:very\s+|really\s+|so\s+)?(?:good|nice|tasty|delicious)\s+(?=\w)")
#: "for me is better X", "is better for me X", "for me the best is X", "X for me is (more) better".
_FOR_ME = r"(?:for|to)\s+me"
_BETTER_FRONT_RE = re.compile(
    rf"{_START}(?:{_FOR_ME},?\s+(?:is|it's|it is)\s+(?:more\s+)?(?:better|best|nicer)|(?:is|it's|it is)\s+(?:more\s+)?"
    rf"(?:better|best|nicer)\s+{_FOR_ME}|{_FOR_ME},?\s+the\s+best\s+(?:is|are))\s+(?=\w)",
    re.IGNORECASE,
)
_BETTER_BACK_RE = re.compile(
    rf"^(?P<x>(?!(?:it|this|that|which|what|everything|anything|nothing)\b)[\w' -]{{2,40}}?)\s+{_FOR_ME},?\s+"
    r"(?:is|are)\s+(?:more\s+|much\s+|the\s+)?(?:better|best)$",
    re.IGNORECASE,
)
_IMPORTANT_RE = re.compile(
    rf"{_START}(?:{_FOR_ME},?\s+(?:is|it's|it is)\s+(?:very\s+|really\s+|so\s+|super\s+|(?:the\s+)?most\s+)?important|"
    rf"(?:is|it's|it is)\s+(?:very\s+|really\s+|so\s+|super\s+)?important\s+{_FOR_ME}|{_FOR_ME},?\s+the\s+(?:most\s+)?"
    r"important(?:\s+thing)?\s+(?:is|are))\s+(?!(?:to|that|if|when|for)\b)(?=\w)",
    re.IGNORECASE,
)
#: "Russian food I like very much", "Spicy food I not eat", "Cats I am allergic": the object said first.
_DETERMINERS = (
    r"the|a|an|this|that|these|those|what|which|whatever|all|every|any|some|no|everything|anything|nothing|"
    r"something|things|stuff|people|one|my|his|her|their|our|your|its|it|there|here|so|and|but|if|when|because|"
    r"maybe|also|just|then|now|today|sometimes|honestly|actually|yes|no|ok|okay"
)
_FRONTED_RE = re.compile(
    rf"^(?P<x>(?!(?:{_DETERMINERS})\b)[A-Za-z][\w'-]*(?:\s+(?!(?:{_DETERMINERS})\b)[\w'-]+){{0,2}})\s+(?:I|i)\s+"
    r"(?P<v>(?:really\s+)?(?:like|love|adore|hate|prefer|enjoy)|(?:don't|do not|no|not|never)\s+(?:like|eat|drink|"
    r"want|use)|(?:am|'m)\s+allergic(?:\s+to)?)(?P<much>\s+(?:very\s+much|so\s+much|a\s+lot))?$"
)
#: "I have 34 years", "I have 34 years old": age.
_AGE_RE = re.compile(rf"\b({_I})\s+have\s+(\d{{1,2}})\s+years(?:\s+old)?(?=\s*(?:$|,|and\b|\.|!))")
#: "since 5 years", "from 2 years": how long, which plain English says with "for"; the rules keep the state.
_SINCE_YEARS_RE = re.compile(
    rf",?\s*\b(?:since|from(?!\s+\S+\s+\S+\s+(?:in|of)\b))\s+(?:\d+|a\s+few|many|{_NUMBER_WORDS})\s+"
    r"(?:years?|months?|weeks?)(?:\s+now|\s+already)?\b(?!\s+(?:ago|old|to|until|on|onwards?)\b)"
)  # not "switching from 8 years in teaching": the years of a career left
_SINCE_FIRST_RE = re.compile(rf"^(.*\b{_I}\s+(?:am|live|work|study|eat|drink))\s+(since\s+(?:19|20)\d\d)\s+(\w.*)$")
_NATIVE_RE = re.compile(r"^my\s+native\s+(?:place|town|city|village|state|country|land)\s+is\s+(?=[A-Z])")
#: "I learn English with comics": a language being learned, which plain English says in the progressive.
_LEARN_RE = re.compile(
    rf"(?<!when )(?<!if )(?<!while )(?<!whenever )\b({_I})\s+(?:still\s+)?learn\s+"
    rf"(?=(?:{'|'.join(lx.HUMAN_LANGUAGES)})\b(?!\s+(?:words|phrases|grammar)\b))",
    re.IGNORECASE,
)
_BELONG_RE = re.compile(rf"\b({_I})\s+(?:am\s+)?belong(?:ing)?\s+(?:to|from)\s+(?=[A-Z])")
_GERUNDS = {
    "eat": "eating",
    "drink": "drinking",
    "play": "playing",
    "swim": "swimming",
    "read": "reading",
    "watch": "watching",
    "listen": "listening",
    "go": "going",
    "drive": "driving",
    "run": "running",
    "sleep": "sleeping",
    "wear": "wearing",
    "write": "writing",
    "sing": "singing",
    "make": "making",
    "walk": "walking",
    "ride": "riding",
    "wake": "waking",
    "get": "getting",
}
_BARE_AFTER_RE = re.compile(r"\b(like|love|hate|enjoy|prefer)\s+(" + "|".join(_GERUNDS) + r")\b")
_TO_AFTER_RE = re.compile(r"\b(like|hate)\s+to\s+(" + "|".join(_GERUNDS) + r")\b")
_NO_OBJECT_RE = re.compile(rf"\b({_I})\s+(eat|drink)\s+no\s+(?=\w)")
#: "the" before a kind of thing, dropped once the clause is known to be a learner's: "Likes spicy food".
_KINDS = (
    r"food|music|weather|football|soccer|cricket|basketball|tennis|chocolate|coffee|tea|meat|fish|pork|beef|"
    r"chicken|rain|snow|cold|heat|sun|seafood|wine|beer|alcohol|sugar|milk|cheese|rice|pasta|bread|noise|"
    r"nature|sport|art|cinema|jazz|rock|pop|nuts|spicy|sweets|traffic|hiking|cooking|reading|travelling|traveling"
)
_NOT_PLURAL = "always|sometimes|perhaps|nowadays|afterwards|towards|this|thus|plus|yes|unless|news|series|species"
_THE_KIND_RE = re.compile(
    rf"\b(like|love|hate|enjoy|prefer|adore|dislike|eat|drink|eating|drinking|value|allergic to|fan of)\s+the\s+"
    rf"(?=(?:[\w-]+\s+){{0,2}}(?:(?:{_KINDS})\b|(?!(?:{_NOT_PLURAL})\b)[a-z]{{2,}}[^s\W]s\b)"
    r"(?!\s+(?:from|of|in|at|on|that|which|who|with|near|by)\b))"  # not "the cheese from Switzerland"
)
_LEAVE_RE = re.compile(r"(?:if|unless|whether|even if|yeah|yea|oh|sure)\b", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s{2,}")
_PROPER = frozenset(w.lower() for w in lx.HUMAN_LANGUAGES)


def _stretch(m: re.Match[str]) -> str:
    word = m.group(0)
    twice = re.sub(r"([a-z])\1{2,}", r"\1\1", word)
    return twice if twice in _DOUBLED else re.sub(r"([a-z])\1{2,}", r"\1", word)


def _texting(clause: str) -> str:
    clause = _TEXTING_RE.sub(lambda m: _TEXTING[m.group(0)], clause)
    clause = _AND_RE.sub("and", clause)
    clause = _WITH_RE.sub("with", clause)
    clause = _TO_RE.sub(r"\1 to", clause)
    clause = _STRETCH_RE.sub(_stretch, clause)
    return _TAGS_RE.sub("", clause)


def _learner(clause: str) -> str:
    """The learner shapes spelled the plain way; the clause itself when it has none."""
    c = _ME_I_RE.sub("", clause)
    c = _ME_AND_RE.sub(lambda m: f"{m.group(1)} and I ", c)
    c = _AND_ME_WE_RE.sub(r"\1 ", c)
    c = _THEY_TOO_RE.sub(r"\1 ", c)
    c = _NO_VERB_3RD_RE.sub(r"\1 doesn't \2", c)
    c = _AM_NOT_RE.sub(r"\1 don't \2", c)
    c = _NO_VERB_RE.sub(r"\1 don't \2", c)
    c = _AM_BARE_RE.sub(r"\1 \2", c)
    c = _ALLERGY_RE.sub(r"\1 allergic ", c)
    c = _STATE_RE.sub(lambda m: f"{m.group(1)} {'don' + chr(39) + 't ' if m.group(2) else ''}{_STATES[m.group(3)]}", c)
    c = _HAVING_RE.sub(r"\1 have ", c)
    c = _WORKING_LIKE_RE.sub(r"\1 work as ", c)
    c = _FAN_RE.sub(r"\1 a \2", c)
    c = _NEG_ADVERB_RE.sub(r"\1 really \2 ", c)
    c = _ADVERB_RE.sub(r"really \1 ", c)
    c = _SO_MUCH_INTO_RE.sub(r"\1 really into", c)
    c = _SO_OVER_RE.sub(r"\1 tired of ", c)
    c = _LIKE_MORE_RE.sub(r"\1 prefer ", c)
    c = _RELIGION_RE.sub(" for religious reasons", c)
    if _PREFER_MORE_RE.search(c):
        c = _PREFER_THAN_RE.sub(r"\1 to ", _PREFER_MORE_RE.sub(r"\1 ", c))
    c = _MORE_ER_RE.sub(r"\1", c)
    c = _FIND_GOOD_RE.sub(r"\1 really like ", c)
    c = _BETTER_FRONT_RE.sub("I prefer ", c)
    c = _BETTER_BACK_RE.sub(lambda m: f"I prefer {m.group('x')}", c)
    c = _IMPORTANT_RE.sub("I value ", c)
    c = _FRONTED_RE.sub(_fronted, c)
    c = _AGE_RE.sub(r"\1 am \2 years old", c)
    c = _SINCE_YEARS_RE.sub("", c)
    c = _SINCE_FIRST_RE.sub(r"\1 \3 \2", c)  # "I live since 2010 in Berlin"
    c = _NATIVE_RE.sub("I am from ", c)
    c = _BELONG_RE.sub(r"\1 am from ", c)
    c = c if _SINCE_YEARS_RE.search(clause) else _LEARN_RE.sub(r"\1 am learning ", c)  # its span is kept_up's
    c = _NO_OBJECT_RE.sub(r"\1 don't \2 ", c)
    c = _BARE_AFTER_RE.sub(lambda m: f"{m.group(1)} {_GERUNDS[m.group(2)]}", c)  # "I like eat fish"
    if c == clause:
        return clause
    c = _AS_BARE_RE.sub(lambda m: f"{m.group(1)} {'an' if c[m.end() : m.end() + 1] in 'aeiou' else 'a'} ", c)
    c = _PREFER_THAN_RE.sub(r"\1 to ", c)  # "I am preferring the trains than the planes"
    c = _TO_AFTER_RE.sub(lambda m: f"{m.group(1)} {_GERUNDS[m.group(2)]}", c)  # "I no like to eat X"
    c = _THE_KIND_RE.sub(r"\1 ", c)
    return _SPACES_RE.sub(" ", c).strip()


def _fronted(m: re.Match[str]) -> str:
    verb = m.group("v")
    thing = m.group("x")
    known = thing[1:2].isupper() or thing.split()[0].lower() in _PROPER
    thing = thing if known else thing[:1].lower() + thing[1:]  # "Spicy food" said first, "Russian food" kept
    verb = re.sub(r"^(?:no|not)\b", "don't", verb)
    verb = re.sub(r"(?:am|'m)\s+allergic(?:\s+to)?$", "am allergic to", verb)
    much = " ".join(("really", verb)) if m.group("much") and not verb.startswith("really") else verb
    return f"I {much} {thing}"


def plain_english(clause: str) -> str:
    """``clause`` as plain English reads it: texting spellings and learner shapes rewritten (see the module);
    a clause in plain English comes back unchanged, and so does a condition or an ironic opener ("if i no work
    tomorrow ...", "yeah i luv when the train is late"), which says nothing standing."""
    return clause if _LEAVE_RE.match(clause) else _learner(_texting(clause))


_READING: ContextVar[bool] = ContextVar("voice_reading", default=False)


def read_plain(clause: str, read: Callable[[str], list[Draft]]) -> list[Draft] | None:
    """What ``read`` makes of ``clause`` said in plain English (None when it is plain English already): the
    rewrite is cut into clauses again ("Hello, I have 34 years, for me is very important X": two statements),
    and a draft that quotes a rewritten clause quotes the user's words instead."""
    if _READING.get() or (plain := plain_english(clause)) == clause:
        return None
    pieces = clauses(Sentence(plain, question=False)) or [plain]
    token = _READING.set(True)
    try:
        found = [d for piece in pieces for d in read(piece)]
    finally:
        _READING.reset(token)
    if not found and _SINCE_YEARS_RE.search(clause) and (kept := kept_up(clause)) is not None:
        return [kept]  # "I knit since five years": "I knit" alone says nothing, the span makes it a practice
    return [replace(d, quote=clause) if d.quote and d.quote in pieces else d for d in found]
