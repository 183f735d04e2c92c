"""Shapes of a clause that the reader's restatement would otherwise word badly, handled before it words them.

Each is a way people say something about themselves that does not start with "I" or hides the subject:
- misspelt adverbs in front of the verb ("i realy dont like"), read as the adverb they mean;
- a lead phrase before the speaker ("After 20 years as a pilot I still love airshows", "Being colour-blind, I
  need ..."): the statement is what follows; with a fact, the lead ("As a nurse", "Being colour-blind") is the
  fact;
- a verdict with the thing as subject ("Cheap wine is fine by me", "blitz is more my speed", "opera isn't for
  me"): said again with the user as subject;
- terse wordings said plainly before anything else (:func:`reword`, run on the raw clause): "Hate crowds." (the user
  dropped), "Big no to pineapple on pizza", "Aisle seat is a must for me", "Paperbacks > ebooks".
And what no restatement can save: a statement whose only object is a pronoun from another clause ("I do it every
evening"), an auxiliary without its object ("I've never been") or words that open with a dangling condition
("in real games never").
"""

from __future__ import annotations

import re

from agents.offline.answer_phrases import standing_quality

#: Misspellings of the adverbs that stand before a verb (a verb to the restatement otherwise: "Realies ...") and
#: of the verbs of taste ("i perfer short replys").
_ADVERB_TYPOS = {
    "realy": "really",
    "rly": "really",
    "relly": "really",
    "reallly": "really",
    "realllly": "really",
    "totaly": "totally",
    "usualy": "usually",
    "allways": "always",
    "alwys": "always",
    "alway": "always",
    "actualy": "actually",
    "definately": "definitely",
    "definetly": "definitely",
    "deffo": "definitely",
    "genuinly": "genuinely",
    "perfer": "prefer",
    "prefere": "prefer",
    "prefre": "prefer",
    "perfers": "prefer",
    "luv": "love",
    "dislke": "dislike",
    "disllike": "dislike",
    "hte": "hate",
}
_TYPO_RE = re.compile(rf"(?<=^i )(?:{'|'.join(_ADVERB_TYPOS)})\b|(?<=^we )(?:{'|'.join(_ADVERB_TYPOS)})\b", re.I)
#: Words misspelt often enough in what people say about their health and diet to be worth reading right.
_WORD_TYPOS = {
    "alergy": "allergy",
    "alergic": "allergic",
    "allergie": "allergy",
    "alergies": "allergies",
    "diabetc": "diabetic",
    "diabetik": "diabetic",
    "intolerent": "intolerant",
    "intollerant": "intolerant",
    "vegitarian": "vegetarian",
    "vegeterian": "vegetarian",
    "glutten": "gluten",
    "lactos": "lactose",
    "celiak": "celiac",
    "coeliak": "coeliac",
}
_WORD_TYPO_RE = re.compile(rf"\b(?:{'|'.join(_WORD_TYPOS)})\b", re.IGNORECASE)
#: "I guess I'm a bit of a minimalist": the hedge in front says nothing about the user.
_HEDGE_RE = re.compile(
    r"^(?:i guess|i think|i suppose|i'?d say|i mean|i feel like|i reckon|i'?d admit|i admit|i must admit)\s*,?\s+"
    r"(?=(?:i|i'm|im|i am|i've|ive|we|we're)\b)",
    re.IGNORECASE,
)
#: "My partner and I are both vegan", "Tom and I love hiking": the user says it of themselves too.
_AND_I_RE = re.compile(r"^(?:(?:my|our)\s+[\w-]+|[A-Z][a-z]+)\s+and\s+(?:i|me)\s+(?P<verb>[\w']+)\b", re.IGNORECASE)
#: "I like very much the mountains" (word order of other languages): "I really like the mountains".
_VERY_MUCH_RE = re.compile(r"^i\s+(?P<verb>like|love|enjoy|prefer|hate)\s+(?:very much|so much|a lot)\s+", re.I)
_SPEAKER = r"(?:i|i'm|im|i am|i've|ive|i'd|i'll|we|we're|my)\b"
#: "After 20 years as a pilot I ...", "Being colour-blind, I ...", "As a night-shift nurse I ...": a lead of a
#: few words opened by one of these, then the speaker.
_LEAD_PHRASE_RE = re.compile(
    rf"^(?P<lead>(?:after|since|ever since|as|being|given|now that|these days|nowadays|having|because of|"
    rf"thanks to|due to)\b[^,;.]{{2,60}}?),?\s+(?P<rest>{_SPEAKER}.*)$",
    re.IGNORECASE,
)
#: The lead that is itself a fact about the user: "As a nurse" -> "Is a nurse", "Being colour-blind" -> "Is ...".
_AS_FACT_RE = re.compile(r"^(?:as|being)\s+(?P<what>(?:an?\s+)?[\w'-]+(?:[\s-][\w'-]+){0,3})$", re.IGNORECASE)
#: "Cheap wine is fine by me", "blitz is more my speed", "Knitting is my jam": the thing liked, as the subject.
_LIKED_RE = re.compile(
    r"^(?P<thing>(?!(?:it|that|this|they|there|he|she)\b)[\w' -]{3,40}?)\s+(?:is|are|'s)\s+(?:totally\s+|really\s+|"
    r"more\s+|just\s+)?(?:fine (?:by|with|for) me|ok(?:ay)? (?:by|with|for) me|my (?:thing|jam|speed|go-to|style|"
    r"kind of thing|cup of tea)|what i like|perfect for me)\W*$",
    re.IGNORECASE,
)
#: "Opera isn't for me", "Horror is not my thing": the thing disliked, as the subject.
_DISLIKED_RE = re.compile(
    r"^(?P<thing>(?!(?:it|that|this|they|there|he|she)\b)[\w' -]{3,40}?)\s+(?:is not|isn't|isnt|are not|aren't|"
    r"arent|'s not)\s+(?:really\s+)?(?:for me|my thing|my cup of tea|my style)\W*$",
    re.IGNORECASE,
)
#: A state the user was in: "I was vegetarian for five years", "I used to be a runner".
_PAST_STATE_RE = re.compile(r"^(?:i|we)\s+(?:was|were|used to be|had been)\b", re.IGNORECASE)
#: "Not a fan of camping", "not big on musicals", "not into jazz": a dislike, whatever the leading "not" does.
_NOT_FAN_RE = re.compile(
    r"^(?:i'?m\s+|i am\s+|im\s+)?(?:not|never been)\s+(?:a\s+(?:big\s+|huge\s+|massive\s+)?fan\s+of|big\s+on|into|"
    r"keen\s+on|crazy\s+about)\s+(?P<thing>.+)$",
    re.IGNORECASE,
)
#: "My go-to is a flat white", "my favourite band is Muse", "my usual order is ...": what the user likes.
_MY_FAVOURITE_RE = re.compile(
    r"^my\s+(?:go-to|goto|favou?rite|usual|default)(?:\s+[\w-]+){0,2}?\s+(?:is|are|has to be|would be)\s+"
    r"(?:always\s+|usually\s+|probably\s+)?(?P<thing>.+)$",
    re.IGNORECASE,
)
#: A fragment naming a kind of person ("Night owl", "Cat person", "Early riser"): the user is one.
_PERSON_FRAGMENT_RE = re.compile(
    r"^(?:(?:more\s+of\s+)?an?\s+)?(?P<what>(?:[\w-]+\s+){0,2}(?:person|people|owl|bird|riser|sleeper|eater|"
    r"drinker|addict|lover|fan|nerd|geek|type|learner|beginner|novice|cook|baker|runner|reader|gamer|traveller|"
    r"traveler|introvert|extrovert|homebody|foodie|pescatarian|vegetarian|vegan))$",
    re.IGNORECASE,
)
#: "Living in Oslo", "Working from home": a fact said as a fragment that opens with its verb.
_GERUND_FACT_RE = re.compile(
    r"^(?P<verb>living|working|studying|teaching|training|running|raising|renting|commuting|travelling|traveling)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_GERUND_BASE = {
    "living": "live",
    "working": "work",
    "studying": "study",
    "teaching": "teach",
    "training": "train",
    "running": "run",
    "raising": "raise",
    "renting": "rent",
    "commuting": "commute",
    "travelling": "travel",
    "traveling": "travel",
}
#: Someone or something else as the subject, with its own verb ("the car needs seven seats", "marking takes all
#: my weekends"): a statement about the user's world, not a taste; the lead verb would make it nonsense.
_OTHER_SUBJECT_RE = re.compile(
    r"^(?:(?:the|a|an|this|that|these|those|our|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[a-z]+ing|"
    r"my\s+(?:[\w-]+\s+)?(?:team(?:mates?)?|colleagues?|co-?workers?|flat-?mates?|house-?mates?|room-?mates?|friends?|"
    r"family|kids?|children|son|daughter|wife|husband|partner|gf|bf|boyfriend|girlfriend|mum|mom|dad|parents?|"
    r"sister|brother|boss|manager|neighbou?rs?|grandma|grandpa|in-laws|guests?))\s+"
    r"(?:(?:all|both|always|only|really|mostly|usually)\s+)*"
    r"(?:is|are|was|were|needs|takes|has|have|makes|keeps|gives|gets|goes|hurts|costs|seems|looks|feels|sounds|"
    r"eats|uses|use|runs|wrecks|kills|drives|means|love|loves|like|likes|hate|hates|prefer|prefers|want|wants|"
    r"drink|drinks|eat|watch|watches|play|plays)\b",
    re.IGNORECASE,
)
#: A clause with its own subject and finite verb, not a liked thing: "my desk is right next to the kitchen", "in
#: Korea we go to noraebang every week". Said as a taste it reads "Prefers their desk is ..."; not a preference.
_OWN_CLAUSE_RE = re.compile(
    r"^(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:is|are|was|were)\b|"
    r"(?:everything|all|most|half)\s+(?:of\s+)?(?:in\s+)?(?:my|our)\s+[\w-]+\s+(?:is|are)\b|"
    r"(?:in|at|on|back in|back home in|here in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+(?:we|they|people|everyone|it)\s+"
    r"(?:usually\s+|always\s+|often\s+|just\s+)?[a-z]+\b|"
    r"(?:the\s+(?:[\w-]+\s+)?ones|they)\s+(?!(?:with|without|from|in|on|at|for|please|only|that|which|of|too|and|or)\b)"
    r"[a-z]+\s+(?:on|in|at|every|all|too|always|apart|out)\b)",
    re.IGNORECASE,
)
#: ... unless its subject names the taste itself: "my top pick is the Leap", "my preference is window seats".
_TASTE_SUBJECT_RE = re.compile(
    r"^(?:my|our)\s+(?:[\w-]+\s+)?(?:favou?rites?|preferences?|picks?|choices?|go-to|votes?)\b", re.IGNORECASE
)
#: A feeling with no object, not a taste: "I'm completely hooked", "honestly dreading it a bit".
_BARE_FEELING_RE = re.compile(
    r"^(?:(?:i'?m|i am|am)\s+)?(?:[a-z]+ly\s+|so\s+|kinda\s+|a bit\s+)*(?:hooked|dreading(?:\s+(?:it|this|that))?|"
    r"nervous|anxious|scared|worried|excited|stressed|terrified|thrilled)(?:\s+(?:a bit|a little|now|already|lol))*$",
    re.IGNORECASE,
)

#: "the car needs seven seats": what the user needs of their thing.
_THING_NEEDS_RE = re.compile(
    r"^(?P<thing>(?:the|our|their|a)\s+[\w-]+)\s+(?:needs|has to have|must have|should have)\s+(?P<what>.+)$",
    re.IGNORECASE,
)
#: "Less jargon next time", "fewer caveats", "more examples please": a wish about answers said as its object.
_MORE_LESS_RE = re.compile(
    r"^(?P<how>less|fewer|more|no more)\s+(?P<what>[\w' -]{3,40}?)(?:\s+(?:next time|from now on|going forward|"
    r"in future|in the future|in your answers|please|pls))*$",
    re.IGNORECASE,
)
#: The statement's object is a pronoun naming something said elsewhere: "Does it every evening", "Loves that".
_PRONOUN_ONLY_RE = re.compile(
    r"^(?:\w+\s+){0,2}?(?:does|do|likes|loves|hates|enjoys|prefers|avoids|needs|wants|does not like|"
    r"cannot stand)\s+(?:it|that|this|them|those|these)(?:\s+(?:every|each|all|most|a lot|always|too|again|"
    r"anymore|daily|weekly|sometimes|often)\b.*)?$",
    re.IGNORECASE,
)
#: An auxiliary left without what it is about: "Has never been" (to the opera, said in another clause).
_BARE_AUX_RE = re.compile(
    r"^(?:Has|Have|Is|Would|Will|Can|Does|Did)(?:\s+(?:never|not|always|already|just|really|ever))*\s+"
    r"(?:been|gone|done|had|like|love|going|tried|seen|it)$",
)
#: Words after the lead verb that open with a condition and name nothing: "Avoids in real games never".
_DANGLING_START_RE = re.compile(
    r"^(?:Prefers|Avoids|Needs|Likes|Wants answers:|About them:)\s+(?:(?:in|on|at|for|with|from|after|before|during)\s+"
    r"(?:the|their|them|they|real|a|an|his|her|our|me)\b|(?:if|when|whenever)\s+they\b)",
)


#: Clause shapes the restatement words badly, said plainly first: "Hate crowds." (the user dropped), "Big no to
#: pineapple on pizza", "Aisle seat is a must for me", "Paperbacks > ebooks".
_BARE_VERB_RE = re.compile(
    r"^\W*(?=(?:hate|love|adore|can'?t stand|cannot stand|despise|enjoy|prefer|dislike)\b)", re.I
)
_BIG_NO_RE = re.compile(r"^\W*(?:an?\s+)?(?:big|hard|firm|huge|total)\s+no\s+(?:to|on|for)\s+", re.IGNORECASE)
_MUST_RE = re.compile(
    r"^\W*(?P<x>.+?)\s+(?:is|are)\s+(?:an?\s+)?(?:absolute\s+)?(?:must|must-have|non-negotiable)\b(?:\s+for\s+(?:me|us))?\W*$",
    re.IGNORECASE,
)

#: "Always pack light": a habit with the user left out (an instruction to the assistant starts with its own verbs).
_BARE_HABIT_RE = re.compile(
    r"^\W*(?:always|never|usually)\s+(?!(?:keep|give|use|explain|write|answer|be|make|show|add|put|include|tell|"
    r"correct|list|format|start|end|ask|say|reply|respond|assume|mention|suggest|recommend|check|do)\b)[a-z]+\b",
    re.IGNORECASE,
)
_NOT_GOOD_RE = re.compile(
    r"^\W*not\s+(?:so\s+|very\s+|that\s+)?(?:great|good|the best|confident)\s+(?:with|at)\b", re.I
)
#: "Hand-written outlines work better for me than apps".
_WORKS_BETTER_RE = re.compile(
    r"^\W*(?P<x>.+?)\s+works?\s+(?:much\s+|way\s+)?better\s+for\s+(?:me|us)(?:\s+than\s+(?P<y>.+?))?\W*$", re.I
)
_IS_MY_FAVOURITE_RE = re.compile(
    r"^\W*(?P<x>.+?)\s+(?:is|are)\s+(?:totally\s+|definitely\s+)?my\s+(?:all-time\s+)?"
    r"(?:favou?rite|comfort|go-to|guilty pleasure)\b.*$",
    re.IGNORECASE,
)


def reword(clause: str) -> str:
    """The clause said plainly before the restatement reads it (else itself): "Hate crowds." -> "I hate crowds"."""
    if (quality := standing_quality(clause)) is not None and quality[0].startswith("Prefers "):
        return "I prefer " + quality[0].removeprefix("Prefers ")  # "Always formal." -> "I prefer a formal tone"
    if _BARE_VERB_RE.match(clause) or _BARE_HABIT_RE.match(clause):
        return "I " + clause.strip()
    if _NOT_GOOD_RE.match(clause):  # "Not great with grammar terms" -> "Is not great with grammar terms"
        body = clause.strip()
        return "I'm " + body[:1].lower() + body[1:]
    if (m := _WORKS_BETTER_RE.match(clause)) is not None:
        return f"{m.group('x')} over {m.group('y')}" if m.group("y") else m.group("x")
    if _BIG_NO_RE.match(clause):
        return _BIG_NO_RE.sub("no ", clause, count=1)
    if (m := _IS_MY_FAVOURITE_RE.match(clause)) is not None:
        return m.group("x")
    if (m := _MUST_RE.match(clause)) is not None:
        x = m.group("x").strip()
        return x[:1].lower() + x[1:] if re.match(r"[A-Z](?:[a-z]|\s)", x) else x  # "A window desk", not "PS5"
    return re.sub(r"\s+>\s+", " over ", clause)


def _not_a_taste(text: str) -> bool:
    """A clause of its own (unless its subject names the taste) or a bare feeling: no preference or dislike."""
    own = _OWN_CLAUSE_RE.match(text) is not None and _TASTE_SUBJECT_RE.match(text) is None
    return own or _BARE_FEELING_RE.match(text) is not None


def reshape(clause: str, kind: str) -> str:
    """The clause in a shape the restatement words well; '' when it holds no statement of its own."""
    text = _TYPO_RE.sub(lambda m: _ADVERB_TYPOS[m.group(0).lower()], clause)
    text = _WORD_TYPO_RE.sub(lambda m: _WORD_TYPOS[m.group(0).lower()], text)
    text = _HEDGE_RE.sub("", text)
    if (pair := _AND_I_RE.match(text)) is not None:
        verb = pair.group("verb").lower()
        rest = re.sub(r"^\s+both\b", "", text[pair.end() :])  # "are both vegan": the user is vegan
        text = f"I {'am' if verb in ('are', 'were') else verb}{rest}"
    text = re.sub(r"^i\s+are(?:\s+both)?\b", "I am", text, flags=re.IGNORECASE)  # the pair cut off before "I"
    text = re.sub(r"^i\s+both\s+(?!of\b)", "I ", text, flags=re.IGNORECASE)  # "(my wife and) I both work ..."
    if (much := _VERY_MUCH_RE.match(text)) is not None:
        text = f"I really {much.group('verb').lower()} {text[much.end() :]}"
    alone = _AS_FACT_RE.match(text)
    if alone is not None and kind == "fact":  # "Being colour-blind" cut from its sentence
        return f"I am {alone.group('what')}"
    lead = _LEAD_PHRASE_RE.match(text)
    if lead is not None:
        fact = _AS_FACT_RE.match(lead.group("lead").strip())
        if kind == "fact" and fact is not None:
            return f"I am {fact.group('what')}"
        text = lead.group("rest")
    if kind != "fact" and _PAST_STATE_RE.match(text):
        return ""  # "I was vegetarian for five years (but ...)": what the user was, not a taste they have
    if (fav := _MY_FAVOURITE_RE.match(text)) is not None:
        return f"I like {fav.group('thing')}"
    if (notfan := _NOT_FAN_RE.match(text)) is not None:
        return f"I don't like {notfan.group('thing')}"
    if (person := _PERSON_FRAGMENT_RE.match(text)) is not None and kind == "fact":
        return f"I am a {_lower(person.group('what'))}"
    if (gerund := _GERUND_FACT_RE.match(text)) is not None and kind == "fact":
        return f"I {_GERUND_BASE[gerund.group('verb').lower()]} {gerund.group('rest')}"
    if (needs := _THING_NEEDS_RE.match(text)) is not None:
        return f"I need {_lower(needs.group('thing'))} to have {needs.group('what')}"
    if kind != "fact" and _OTHER_SUBJECT_RE.match(text):
        return ""
    if kind in ("preference", "dislike") and _not_a_taste(text):
        return ""
    if (wish := _MORE_LESS_RE.match(text)) is not None and kind in ("style", "feedback"):
        how = "no" if wish.group("how").lower() == "no more" else wish.group("how").lower()
        return f"use {how} {wish.group('what')}"
    liked = _LIKED_RE.match(text)
    if liked is not None:
        return f"I like {_lower(liked.group('thing'))}"
    disliked = _DISLIKED_RE.match(text)
    if disliked is not None:
        return f"I don't like {_lower(disliked.group('thing'))}"
    return text


#: A lead verb in front of an instruction ("Prefers skip the wine pairings"): the clause was a one-off request.
_LEAD_THEN_ORDER_RE = re.compile(
    r"^(?:Prefers|Needs|Avoids)\s+(?:skip|give|make|show|keep|tell|write|send|list|add|put|stop|go|let|try|check|"
    r"find|pick|choose|suggest|recommend)\b",
)


def worded(text: str) -> bool:
    """The restated text says something by itself (not "Does it every evening", "Avoids in real games never")."""
    body = re.sub(r"^(?:Prefers|Avoids|Needs|Wants answers:|About them:)\s+", "", text)
    return not (
        _PRONOUN_ONLY_RE.match(body)
        or _DANGLING_START_RE.match(text)
        or _BARE_AUX_RE.match(text)
        or _LEAD_THEN_ORDER_RE.match(text)
    )


def _lower(text: str) -> str:
    head = text.split(" ", 1)[0]
    return text if head.isupper() else text[:1].lower() + text[1:]
