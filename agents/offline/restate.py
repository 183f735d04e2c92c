"""A clause the rules did not word, said as a memory: third person, without fillers, with its condition.

Used for the clauses the learned reader says reveal something and no rule matched ("Window seat. Always.",
"when I write to my boss keep it formal"). The wording is plain on purpose: the user's own words in the
third person ("Only grows organic, no pesticides ever"), a verb in front when there is no subject
("Prefers window seat", "Wants answers: keep it short"), and a leading or trailing condition kept as the
memory's context ("when writing to their boss").
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.answer_phrases import standing_quality
from agents.offline.clause_shapes import reshape, reword, worded
from agents.offline.first_person import first_person
from agents.offline.normalize import capitalize, third_person, third_singular
from agents.offline.objects import condition, split_context
from agents.offline.sentences import ASIDES

_EMOJI_RE = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|:\)|:\(|:D|;\)|xd\b", re.IGNORECASE)
_FILLER = (
    r"honestly|btw|ok|okay|so|and|but|also|lol|omg|ugh|haha|yeah|yes|oh|well|anyway|fun fact|hey|hi|fyi|tbh|"
    r"ngl|for the record|just so you know|to be honest|plus|oh and|oh yeah|in general|generally|overall|basically|now|"
    r"def|definitely|for sure|funny thing|the thing is|thing is|context|between you and me|for what it'?s worth|"
    r"to be fair|full disclosure|side note|heads up|quick note|long story short|for context|quick context|"
    r"some context|my main thing is(?: that)?"
)
_LEAD_RE = re.compile(rf"^(?:(?:{_FILLER})\b[\s,!.:-]*)+", re.IGNORECASE)
_TAIL_RE = re.compile(r"(?:[\s,]+(?:lol|haha|tbh|btw|though|ngl|honestly|fwiw|pls|please|thx|thanks))+[\s.!]*$", re.I)
#: More trailing asides a memory drops ("allergic to cats though, sadly"), in the reader's drafts only (the
#: reader itself reads the clause through :func:`plain`, unchanged).
_ASIDE_TAIL_RE = re.compile(
    rf"(?:[\s,]+(?:{ASIDES}|hehe|lmao|though|tho|pls|please|thx|thanks|i guess|i admit it|i admit|i suppose|"
    r"any (?:ideas|tips|suggestions|recommendations|recs|advice|thoughts)))+[\s.!?]*$",
    re.I,
)
_PLEASE_RE = re.compile(r"\b(?:please|pls|plz)\b[,]?\s*", re.IGNORECASE)
#: "When I write to my boss keep it formal": a leading condition, ended by a comma or by the statement's start.
_COND_RE = re.compile(
    r"^((?:when|whenever|while)\s+.{3,60}?|(?:for|on|at|during|in|with)\s+(?:my\s+|the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?)"
    r"(?:,\s*|\s+(?=(?:I|i)\b|(?:I|i)'|please\b|pls\b|keep\b|give\b|use\b|be\b|just\b|make\b|only\b|always\b|"
    r"never\b|no\b|dont\b|don't\b))(.+)$",
    re.IGNORECASE,
)
IMPERATIVE_RE = re.compile(
    r"^(?:always\s+|never\s+|just\s+)?(?:keep|give|use|explain|stop|write|answer|be|make|skip|show|add|put|include|avoid|"
    r"talk|tell|correct|go|send|list|summari[sz]e|format|break|don't|dont|do not)\b",
    re.IGNORECASE,
)
#: A few words without a verb ("Dyslexic", "Bad lower back", "Twins, 6 months").
_FRAGMENT_RE = re.compile(
    r"^(?!.*\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|can|will|would|should|i|my|me|we|our)\b)"
    r"[\w'-]+(?:[\s,]+[\w'-]+){0,3}$",
    re.IGNORECASE,
)
#: A fact with its "I" left out, opening with a verb ("Own a small bakery", "Grew up in Texas", "Study nursing"):
#: worded as the user's statement, not as a thing had ("Has own a small bakery").
_BARE_VERB_START_RE = re.compile(
    r"^(?:(?P<now>own|have|teach|study|play|run|cook|speak|work|live|use|drive|ride|train|coach|manage|volunteer|"
    r"rent)|grew|moved|started|switched|retired|quit|left|studied|lived|worked|went|got)\s+\S",
    re.IGNORECASE,
)
_NEGATIVE_START_RE = re.compile(r"^(?:no|not|never|zero)\s+", re.IGNORECASE)
_NOTHING_RE = re.compile(r"^(?:so\s+)?nothing\s+", re.IGNORECASE)
_LEAD_VERB = {
    "preference": "Prefers",
    "dislike": "Avoids",
    "constraint": "Needs",
    "style": "Wants answers:",
    "feedback": "Wants answers:",
    "fact": "About them:",
}
MAX_WORDS = 24
#: The user as a subject or object inside the clause's first part ("Wagner I find exhausting", "roped stuff
#: freaks me out"): a clause with its own subject, which "Prefers ..." in front of it would garble.
_USER_INSIDE_RE = re.compile(r"^[^\s,;:][^,;:]*?\s(?:I|i|I'm|im|I've|I'd|me)\b(?!')")
_YOUR_RE = re.compile(r"\byour\s+", re.IGNORECASE)
_FOR_ME_RE = re.compile(r"[\s,]+(?:for|to) (?:me|us|myself)$", re.IGNORECASE)
#: A lead the clause already says ("prefer metric units", "avoid ..."), dropped before the memory's own lead.
_SAME_VERB_RE = re.compile(r"^(prefer|prefers|avoid|avoids|need|needs)\s+", re.IGNORECASE)


_COND_MY_RE = re.compile(r"^((?:for|on|at|during|in|with)\s+(?:my|the|a|our)\s+[\w-]+),?\s+(.{6,})$", re.IGNORECASE)


_NOT_CONDITION_RE = re.compile(
    r"^(?:in|on|at|for|with)\s+(?:general|all|fact|the end|total|me|myself|sure|now|real|a while|example|instance|"
    r"that|this|once|ever|good|my part|my opinion|(?:the )?future|context|background|reference|the record)\b",
    re.IGNORECASE,
)


#: "in English please, my French is bad": the answer's language, not a situation.
_IN_LANGUAGE_RE = re.compile(rf"^in\s+(?:{lx.alternation(lx.HUMAN_LANGUAGES)})\b", re.IGNORECASE)


def _lead_condition(text: str) -> tuple[str, str]:
    m = _COND_RE.match(text) or _COND_MY_RE.match(text)
    if m is None or _NOT_CONDITION_RE.match(text) or _IN_LANGUAGE_RE.match(text):
        return text, ""
    return m.group(2), condition(m.group(1))


def plain(clause: str) -> str:
    """The clause as the learned reader reads it: without leading and trailing fillers ("Fun fact I hate
    weeding lol" -> "I hate weeding"), which say nothing about the user but sway the embedding."""
    text = _TAIL_RE.sub("", _LEAD_RE.sub("", clause.strip())).strip()
    return text or clause


def without_condition(clause: str) -> str:
    """The clause without a leading condition ("when I write to my boss keep it formal" -> "keep it formal")."""
    return _lead_condition(_LEAD_RE.sub("", clause.strip()))[0]


def lead_condition(sentence: str) -> str:
    """The condition a sentence starts with ('when writing to their boss'), '' when none."""
    return _lead_condition(_LEAD_RE.sub("", sentence.strip()))[1]


def restate(clause: str, kind: str, *, shaped: bool = False) -> tuple[str, str]:
    """(memory text, context) for a clause the reader classed as ``kind``; the text is '' when the clause holds
    no statement of its own (its object is a pronoun from another clause, or only a condition is left).
    ``shaped``: a clause without the user as its subject is worded by its shape (:func:`_shaped`: the learned
    reader's drafts; the rules' callers keep the lead verb in front)."""
    text, context = _restate(clause, kind, shaped)
    return (text, context) if worded(text) else ("", context)


def _restate(clause: str, kind: str, shaped: bool) -> tuple[str, str]:
    text = _EMOJI_RE.sub("", reword(clause)).strip(" .!,;:-")
    text = _LEAD_RE.sub("", text)
    text = reshape((_ASIDE_TAIL_RE if shaped else _TAIL_RE).sub("", text).strip(" .!,;:-"), kind)
    if not text:
        return "", ""
    text, context = _lead_condition(text)
    if (quality := standing_quality(text)) is not None:  # "for coding questions, always brief"
        return quality[0], context
    text, trailing = split_context(text)
    context = context or trailing
    text = _PLEASE_RE.sub("", text).strip(" .!,;:-")
    text = _gapped_but(text) if shaped else text
    full = text  # "for me" kept: "Stairs are hard for them"
    text = _FOR_ME_RE.sub("", text).strip(" .!,;:-") or text  # "No horror films for me": said of the user already
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS])
    said = first_person(text, hyphen=shaped)
    if said is not None:
        return capitalize(said), context
    worded_ = _shaped(full, kind) if shaped and len(full.split()) <= MAX_WORDS else None
    if worded_ is not None:
        return worded_, context
    if kind == "dislike":
        text = _NOTHING_RE.sub("anything ", _NEGATIVE_START_RE.sub("", text))  # "nothing too big": anything
    if kind == "fact" and (verb := _BARE_VERB_START_RE.match(text)) is not None:  # "Own a small bakery"
        head, _, rest = text.partition(" ")
        head = third_singular(head) if verb.group("now") else head.lower()
        return capitalize(f"{head} {third_person(rest)}"), context
    if (kind == "fact" or (kind == "constraint" and len(text.split()) == 1)) and _FRAGMENT_RE.match(
        text
    ):  # "Dyslexic." -> "Is dyslexic"; "Bad lower back" -> "Has ..."
        lead = "Is" if len(text.split()) == 1 or (shaped and _PLACE_RE.match(text)) else "Has"  # "Is in Houston"
        return f"{lead} {third_person(_lower_first(text))}", context
    if shaped and kind in ("preference", "dislike") and _USER_INSIDE_RE.search(text) and not IMPERATIVE_RE.match(text):
        return capitalize(third_person(text)), context  # "Wagner I find exhausting": its own words, no "Prefers"
    body = third_person(_lower_first(text))
    lead = _LEAD_VERB.get(kind, "Prefers")
    if (m := _SAME_VERB_RE.match(body)) and lead.lower().startswith(m.group(1).lower()[:5]):
        body = body[m.end() :]  # "Prefer metric units" -> "Prefers metric units", not "Prefers prefer ..."
    if kind in ("style", "feedback") and re.match(r"(?:answers|responses|replies)\s+\w", body, re.IGNORECASE):
        return f"Prefers {body}", context  # "answers under a paragraph", not "Wants answers: answers ..."
    if kind in ("style", "feedback") and IMPERATIVE_RE.match(body):
        return "Wants the assistant to " + _YOUR_RE.sub("", body), context
    if lead == "Needs" and (m := _MUST_RE.match(body)):  # "bakeries need to be safe": "Needs bakeries to be safe"
        body = f"{m.group('x')} to {m.group('y')}"
    return f"{lead} {body}".strip(), context


#: A thing and what it must be: "protein suggestions need to be plant based", "the hotel has to have a pool".
_MUST_RE = re.compile(
    r"^(?P<x>(?!(?:i|we|you|it|this|that|they|there)\b)(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?:needs? to|has to|have to|must|should)\s+(?P<y>\w.*)$",
    re.IGNORECASE,
)


#: "privacy matters a lot to me", "honesty is really important to us": what the user values.
_VALUES_RE = re.compile(
    r"^(?P<x>(?!(?:it|this|that|what|which|there|everything|nothing)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:really\s+|truly\s+)?(?:matters?|(?:is|are)\s+(?:(?:really|very|super|so|extremely|hugely)\s+)?important)"
    r"(?:\s+(?:a lot|so much|most|the most|a great deal|hugely))?(?:\s+(?:to|for)\s+(?:me|us))?$",
    re.IGNORECASE,
)
#: "red-eyes are a no for me", "mushrooms, no thanks", "karaoke? hard pass": a thing turned down.
IS_A_NO_RE = re.compile(
    r"^(?!\W*(?:no|not|never|i|we|my|it|this|that)\b)(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
    r"(?:\s+(?:is|are)\s+(?:a\s+)?(?:hard\s+|big\s+|firm\s+|total\s+)?(?:no|no-go|no go|dealbreaker)|"
    r"\W+(?:no(?:\s+thanks?|\s+thank\s+you|\s+way)?|nope|hard pass|pass|not for me|"
    r"not (?:really\s+)?(?:my|our) (?:style|thing|scene|jam|cup of tea)))(?:\s+(?:for|to)\s+(?:me|us))?\W*$",
    re.IGNORECASE,
)
#: "family comes first for me".
_FIRST_RE = re.compile(
    r"^(?!(?:it|this|that|what|safety)\b)(?P<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:always\s+)?comes?\s+first"
    r"(?:\s+(?:for|to|with)\s+(?:me|us))?(?:,?\s+always)?$",
    re.IGNORECASE,
)
#: Nouns of who someone is ("remote worker", "window seat person"); the first group's say a taste.
_TASTE_PERSON = r"person|people|fan|lover|type|snob|nerd|geek|addict|junkie|enthusiast|buff|fiend"
_WHO_PERSON = (
    r"user|owner|worker|student|reader|riser|owl|drinker|eater|cook|baker|driver|rider|runner|cyclist|gamer|parent|"
    r"mom|mum|dad|nurse|teacher|engineer|developer|dev|designer|freelancer|contractor|retiree|homeowner|renter|"
    r"commuter|traveller|traveler|sleeper|smoker|hiker|swimmer|climber|knitter|gardener|musician|writer|artist|"
    r"thinker|learner|programmer|coder|analyst|lawyer|doctor|accountant|chef|mechanic|electrician|plumber|"
    r"farmer|pilot|veteran|vet|carer|caregiver|grandparent|grandma|grandpa|granny|[\w-]+ist"
)
PERSON_RE = re.compile(
    r"^(?!(?:i|i'm|im|we|my|our|the|this|that|he|she|they|not|no|never)\b)(?:an?\s+)?"
    rf"(?P<what>(?:[\w'-]+\s+){{0,3}}?(?:(?P<taste>{_TASTE_PERSON})|{_WHO_PERSON})s?(?:\s+of\s+\w+)?)"
    r"(?P<rest>(?:,[^,]+){0,2})$",
    re.IGNORECASE,
)
#: A state said without "I'm" ("allergic to cats", "short on time most weeks", "sober 3 years").
_STATE_RE = re.compile(
    r"^(?:(?:very|super|quite|pretty|really|kinda|severely|mildly|slightly)\s+)?"
    r"(?:(?:allergic|intolerant|lactose[- ]intolerant|gluten[- ]intolerant|sensitive|vegan|vegetarian|pescatarian|"
    r"sober|petite|broke|single|married|divorced|widowed|retired|pregnant|diabetic|celiac|coeliac|deaf|blind|"
    r"colou?r-?blind|dyslexic|autistic|epileptic|asthmatic|anemic|disabled|injured|left-handed|right-handed|"
    r"(?:dairy|gluten|nut|sugar|alcohol|meat)-free|fluent|bilingual|trilingual|based|originally|born|raised)"
    r"(?=\s*$|\s*,|\s+(?:to|of|since|for|about|and|but|in|from|at|with|\d))|"
    r"(?:short|low|tight) on|new to|bad at|terrible at|hopeless at|good at|afraid of|scared of|terrified of|"
    r"nervous about)\b",
    re.IGNORECASE,
)
_YEARS_RE = re.compile(
    r"^(?P<x>.+?)\s+(?:for\s+)?(?P<n>(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten)\s+years?)$"
)
#: "camping in tents, not RVs": one thing over another.
_OVER_RE = re.compile(
    r"^(?!\W*(?:no|not|never|nothing|nope|nah|none|i|we|my)\b)(?![^,]*\b(?:is|are|was|were|am)\b)(?P<x>[^,]{2,40}?),?\s+"
    r"(?:but\s+)?not\s+(?P<y>(?!\w+ing\b|(?:my|our|your|for|a fan|really|me|us|them|mine)\b)[^,]{2,30})$",
    re.IGNORECASE,
)
#: A clause with a subject of its own that says how a thing is or acts for the user ("big parties drain me",
#: "my knees are shot", "phone stays off at dinner"): said in its own words, not behind "Prefers".
_OWN_SUBJECT_RE = re.compile(
    r"^(?!(?:i|i'm|im|we|we're|you|it|it's|its|this|that|these|those|there|what|which|who|how|love|hate|like|"
    r"prefer|enjoy|need|want|avoid|no|not|never|only|always|just|also|so|and|but|if|when)\b)"
    r"(?:(?:my|our)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:(?:really|always|just|usually|totally)\s+)?"
    r"(?:matters?|counts?|stays?|helps?|hurts?|calms?|relax(?:es)?|drains?|stress(?:es)?|bothers?|annoys?|goes|"
    r"wrecks?|ruins?|gets|"
    r"scares?|makes?|keeps?|feels?|tastes?|smells?|drives?|kills?|tires?|exhausts?|overwhelms?|triggers?|"
    r"is|are)\s+\S",
    re.IGNORECASE,
)
#: "Prefers hard to find", "Prefers even in rain": a remark on another clause, nothing said by itself.
#: Someone else in the clause ("big parties drain my sister", "Dana is a window seat person, not me"): theirs.
_SOMEONE_ELSE_RE = re.compile(
    r"\bnot (?:me|mine|us|ours)\b|\b(?:he|she|him|his|her|hers)\b|\b(?:my|our)\s+(?:[\w-]+\s+)?(?:sister|brother|"
    r"mom|mum|mother|dad|father|wife|husband|partner|son|daughter|kids?|children|friends?|boss|roommate|neighbou?r|"
    r"colleagues?|coworkers?|parents?|family|teen|toddler|baby|gf|bf|girlfriend|boyfriend)\b",
    re.IGNORECASE,
)
_HARD_RE = re.compile(
    r"^(?:(?:hard|easy|difficult|impossible|tough)\s+to|even|especially|except|unless|including|apart from|besides)\b",
    re.IGNORECASE,
)
#: "shellfish allergy, severe": the user has it.
_ALLERGY_RE = re.compile(
    r"^(?!(?:no|not|my|our|the|his|her)\b)(?P<x>(?:[\w'-]+\s+){0,2}?(?:allergy|allergies|intolerance|sensitivity))"
    r"(?P<rest>,[^,]+)?$",
    re.IGNORECASE,
)
_QUESTION_ORDER_RE = re.compile(r"^(?:am|is|are|do|does|did|can|could|should|will|would)\s+(?:i|we|they)\b", re.I)
#: "Windows at work but Mac at home": what follows "but" lacks its verb; the memory keeps the first half.
_GAPPED_BUT_RE = re.compile(
    r"^(?P<first>.{6,}?),?\s+but\s+(?P<after>(?![^,]*\b(?:i|i'm|im|we|is|are|was|were|am|it|its|it's|they|"
    r"fine|ok|okay|not|no|never|only|also)\b)[\w'-]+(?:\s+[\w'-]+){0,3})$",
    re.IGNORECASE,
)


_PLACE_RE = re.compile(r"^(?:in|at|on|from|near|living|working|studying|still|back)\b", re.IGNORECASE)


def _gapped_but(text: str) -> str:
    m = _GAPPED_BUT_RE.match(text)
    return m.group("first") if m else text


def _a(what: str) -> str:
    return ("an " if re.match(r"[aeiou]", what, re.IGNORECASE) and not what.lower().startswith("user") else "a ") + what


def _shaped(text: str, kind: str) -> str | None:
    """A clause without the user as its subject in the shape a careful person writes it ("Values privacy",
    "Is a remote worker", "Is allergic to cats", "Big parties drain them"); '' when no wording is good (a list of
    fragments as a need), None when no shape fits (the lead verb is put in front)."""
    if _SOMEONE_ELSE_RE.search(text):
        return None if PERSON_RE.match(text) is None and _OWN_SUBJECT_RE.match(text) is None else ""
    if m := _VALUES_RE.match(text):
        return f"Values {third_person(_lower_first(m.group('x')))}"
    if m := IS_A_NO_RE.match(text):
        return f"Avoids {third_person(_lower_first(m.group('x')))}"
    if m := _FIRST_RE.match(text):
        return f"Puts {third_person(_lower_first(m.group('x')))} first"
    if m := PERSON_RE.match(text):
        rest = m.group("rest") or ""
        rest = "" if IMPERATIVE_RE.match(rest.strip(" ,")) else rest  # "big-picture thinker, skip the minutiae"
        return f"Is {_a(_lower_first(m.group('what')))}{rest}"
    if m := _ALLERGY_RE.match(text):
        return f"Has {_a(_lower_first(m.group('x')))}{m.group('rest') or ''}"
    if m := _STATE_RE.match(text):
        said = _lower_first(text)
        if y := _YEARS_RE.match(said):
            return f"Has been {y.group('x')} for {y.group('n')}"  # "sober 3 years"
        return f"Is {third_person(said)}"
    if kind in ("preference", "dislike") and (m := _OVER_RE.match(text)):  # "camping in tents, not RVs"
        if kind == "dislike":
            return f"Avoids {third_person(_lower_first(m.group('y')))}"
        return f"Prefers {third_person(_lower_first(m.group('x')))} over {third_person(m.group('y'))}"
    if _OWN_SUBJECT_RE.match(text):
        return capitalize(third_person(text))
    if kind == "constraint" and text.count(",") >= 2:
        return ""  # "34F, vegetarian, live in Seattle": a list of who the user is, not one need
    if _HARD_RE.match(text) or (kind == "fact" and _QUESTION_ORDER_RE.match(text)):
        return ""  # "Prefers hard to find", "About them: am they screwed"
    return None


def _lower_first(text: str) -> str:
    """'Window seat' -> 'window seat'; an acronym, a name in capitals or a name of two capitalised words stays ('PC',
    'PS5', 'TypeScript', 'Apple Watch', 'New York bagels')."""
    head, _, rest = text.partition(" ")
    named = head.isupper() or any(ch.isdigit() for ch in head) or any(ch.isupper() for ch in head[1:])
    return text if named or rest[:1].isupper() else text[:1].lower() + text[1:]
