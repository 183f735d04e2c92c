"""What the user does and likes in a hobby or craft, said with the hobby's own words: the objects are jargon the
lexicon lacks ("I only tie dry flies", "I train BJJ", "I'm a continental knitter"), so these shapes read the
statement's frame and take any noun phrase as its object:

- a hobby's verb with any object: "I play the Caro-Kann against e4" -> "Plays the Caro-Kann against e4", "I train
  BJJ, blue belt" -> "Trains BJJ", "I do Muay Thai three times a week", "I fly a 5-inch quad" (facts); "I print mostly
  PETG" -> "Prints mostly PETG" (a taste: what they pick); "I only do X" is left to
  :mod:`agents.offline.emphasis`;
- who the user is in the hobby: "i'm a continental knitter", "I'm an extract brewer", "I'm a treatment-free
  beekeeper" -> "Is a treatment-free beekeeper" (facts); "I'm a gravel guy", "Dobsonian guy here", "I'm more of
  a sprint triathlon guy" -> "Is a gravel person" (a taste); a rank: "I'm a brown belt in karate", "I'm a 14
  handicap" -> "Has a 14 handicap", "I'm rated 1500 on lichess";
- a group they belong to: "I'm in a quilting guild", "i'm in an astronomy club" -> "Is in a quilting guild";
- how long: "I've been a ham for 40 years" -> "Has been a ham for 40 years", "I've been fly fishing for 20
  years" (not a state: "I've been vegetarian for 10 years but ..." is the diet rules').

Tried by :mod:`agents.offline.reader` only on a statement clause no other rule read, so a job ("I'm a nurse"), a
trait ("I'm a night owl") or a known taste keeps its own wording. Read from the start of the clause after a few
harmless words: someone else's hobby ("my brother fishes"), a condition ("when I play"), a question or a
hypothetical never match (questions and hypotheticals never reach here). Not a plan or a one-off ("I'm flying my
drone tomorrow", "I do the presentation today"), not an emphatic "do" ("I do like it"), not a pronoun object.
After these shapes, how long or how often a practice is kept up (:mod:`agents.offline.kept_up`) and a long project
under way (:mod:`agents.offline.projects`).
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.drafts import said as _said
from agents.offline.health import fact
from agents.offline.kept_up import kept_up
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from agents.offline.projects import project
from memory.types import MemoryKind

#: Harmless words before the statement proper.
_LEAD = (
    r"^\W*(?:(?:honestly|tbh|personally|frankly|also|and|but|so|plus|well|ok|okay|yeah|yep|anyway|oh|lol|haha|"
    r"me|for me)\b[,:]?\s+)*"
)
_I = r"(?:I|i)\s+"
_I_AM = r"(?:I'?m|i'?m|I\s+am|i\s+am|Im|im)\s+"
#: A hobby's own verbs, whose object is any noun phrase of the hobby.
_VERBS = (
    r"play|train|do|practi[cs]e|draw|sketch|print|fly|solve|fence|tie|quilt|weave|carve|whittle|embroider|boulder|"
    r"spar|solder|forge|glaze|throw|hand-?build|tinker\s+with|compete\s+in|dabble\s+in"
)
_HOBBY_RE = re.compile(
    rf"{_LEAD}{_I}(?P<adv>(?:also|still|mostly|mainly|usually|normally|generally)\s+)?(?P<verb>{_VERBS})"
    r"(?:\s+(?P<how>mostly|mainly|only|almost only|exclusively))?\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
#: What follows the verb when it is no standing practice ("I do like it", "I play with my kids", "I do it").
_PASSING = re.compile(
    r"(?:it|its|it's|this|that|them|these|those|you|him|her|me|myself|everything|something|anything|nothing|things|"
    r"what|whatever|so|too|to|into|out|up|over|off|along|around|away|back|down|with|on|at|in|for|by|about|well|"
    r"okay|ok|fine|not|n't|never|all|both|some|more|most|less|a lot|lots|a bit|a little|my best|the same|"
    r"every|each|daily|weekly|hard|sometimes|often|usually|always|also|still|now|then|here|there|yes|no|"
    r"a blank|an?\s+(?:[\w-]+\s+)?(?:role|part)|the line|attention|conclusions|\w+ing|\w+ed)\b",
    re.IGNORECASE,
)
#: Words after an emphatic "do" ("I do think so", "I do need help"): a verb, not a practice.
_EMPHATIC = re.compile(
    r"(?:like|love|hate|think|believe|want|need|have|get|know|feel|agree|appreciate|enjoy|mind|care|wish|hope|"
    r"understand|remember|see|prefer|try|use|miss|worry|struggle|find|mean|say|eat|drink|read|watch|listen|play|"
    r"go|make|take|plan|own|live|work|cook|keep|wonder|admit|realize|realise|recall|notice|tend|sometimes|really|"
    r"actually|definitely|kind of|kinda|still|also|just)\b",
    re.IGNORECASE,
)
#: A one-off: a plan or a thing of the moment, not a standing practice.
_MOMENT = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|right now|later|soon|this (?:morning|afternoon|evening|weekend|week|"
    r"time|year|month)|next (?:week|weekend|month|year|time)|last (?:night|week|weekend|time))\b",
    re.IGNORECASE,
)
#: Where the object ends: a new clause, a reason, a contrast ("..., not pocket screws").
_END = re.compile(
    r"\s*(?:[,;:!?(]|\.(?:\s|$)|\s[-\u2013\u2014]\s|\s(?:so|but|because|since|though|which|and i|and it|and that|"
    r"and my|not|rather than|instead of|any more|anymore)\b)",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"\s+(?:mostly|mainly|these days|nowadays|lately|myself|too|as well)\s*$", re.IGNORECASE)


def _object(raw: str, max_words: int = 10) -> str | None:
    cut = _END.search(raw)
    body = _TRAILING.sub("", raw[: cut.start()] if cut else raw).strip(" .")
    if not body or _MOMENT.search(body) or _PASSING.match(body):
        return None
    obj = take(body, max_words=max_words)
    return None if obj is None or not obj.text else obj.text


def _practice(clause: str) -> Draft | None:
    if (m := _HOBBY_RE.match(clause)) is None or _MOMENT.search(clause):
        return None
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    if verb == "do" and _EMPHATIC.match(m.group("obj")):
        return None  # "I do like it", "I do need help": an emphatic do
    if verb == "fly" and re.match(r"(?:fish|out|home|in|back)\b", m.group("obj"), re.IGNORECASE):
        return None  # "I fly fish": a verb of its own; "I fly home": a trip
    if (obj := _object(m.group("obj"))) is None:
        return None
    how = (m.group("how") or "").lower()
    adv = (m.group("adv") or "").strip().lower()
    text = join_text(adv if adv in ("mostly", "mainly") else "", third_singular(verb), how, third_person(obj))
    text = text[:1].upper() + text[1:]
    if how or adv in ("mostly", "mainly"):  # what they pick is a taste: "I print mostly PETG"
        return _said(text, MemoryKind.preference, f"{verb} {subject_key(obj)}")
    return fact(text, f"{verb} {subject_key(obj)}", "hobbies")


#: Who the user is in a hobby: "a continental knitter", "an extract brewer", "a gravel guy".
_MODS = r"(?:[\w'&.+/-]+\s+){0,3}?"
_PERSON = r"guy|girl|gal|dude|lady|type|kind of (?:guy|girl|person)"
_AGENT = r"[a-z][\w-]*(?:er|or|ist)"
_WHO_RE = re.compile(
    rf"{_LEAD}(?:{_I_AM}(?:(?P<more>more of|kind of|kinda|sort of|basically|mostly|mainly|mainly|primarily|"
    rf"definitely|totally)\s+)?(?:an?)\s+(?P<mods>{_MODS})(?P<noun>{_PERSON}|{_AGENT})"
    rf"|(?:an?\s+)?(?P<mods2>{_MODS})(?P<noun2>{_PERSON}|{_AGENT})\s+here)"
    r"(?P<rest>\s*(?:[,;:!.(]|$|\s(?:at heart|myself|mostly|mainly|these days|now|and|but|so|not|through and through|"
    r"by trade)\b).*)",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: What a word ending in -er/-or/-ist may be that is no hobbyist: a comparative, a relation, a role of the moment.
_NOT_AGENT = _words(
    "better worse older younger bigger smaller taller shorter faster slower later earlier harder easier longer "
    "higher lower closer further farther happier busier richer poorer stronger weaker fitter healthier cheaper "
    "other never ever over under after rather together whatever either neither whether her their super proper "
    "sober clever eager bitter former latter upper inner outer mother father brother sister daughter member "
    "user customer owner leader winner loser teenager foreigner stranger number order partner lover visitor "
    "guest newcomer beginner sucker error major minor junior senior mirror motor colour color flavor flavour "
    "honor honour humor humour favor favour labor labour door floor factor actor doctor tutor mentor donor "
    "survivor sponsor supervisor contractor counselor counsellor mayor author editor director professor "
    "monster hamster dinner winter summer water paper letter matter center centre corner answer power tower "
    "river weather feather finger cancer offer cover computer manager officer worker employer employee "
    "borrower renter tenant landlord homeowner buyer introvert extrovert perfectionist procrastinator "
    "minimalist worrier overthinker list twist wrist tourist"
)
#: Nouns :mod:`agents.offline.practices` reads with its own adjectives ("an avid reader"); alone they are left to
#: the job and person rules ("I'm a reader").
_KEEN = _words(
    "seller shopper spender saver driver rider walker reader baker gamer runner hiker cyclist eater drinker "
    "traveller traveler swimmer gardener sleeper dancer singer planner skier flyer artist"
)
_FIRST_MOD_NOT = re.compile(
    r"(?:bit|lot|little|tad|touch|wee|few|couple|lot|part|member|fan|friend|mom|mum|dad|parent|kind|sort|type|"
    r"the|my|your|his|her|their|our|this|that|some|very|so|too|not|no|new|first-time)\b",
    re.IGNORECASE,
)
_GROUP = (
    r"club|guild|league|society|circle|troupe|choir|band|orchestra|ensemble|crew|collective|team|group|squad|"
    r"association"
)
_GROUP_RE = re.compile(
    rf"{_LEAD}{_I_AM}(?:(?:also|still|now)\s+)?(?:in|part of|a member of)\s+(?P<art>an?|the)\s+"
    rf"(?P<what>(?:[\w'&.-]+\s+){{0,3}}?(?:{_GROUP}))(?P<rest>\s*(?:[,;:!.(]|$|\s(?:that|which|where|and|but|so|"
    r"with|at|in|on|since|for|here|now)\b).*)",
    re.IGNORECASE,
)
#: Words inside a group's name that make it no group of the user's hobby ("a team meeting", "a group chat").
_NOT_GROUP = re.compile(
    r"\b(?:my|your|his|her|their|our|the|this|that|from|with|of|for|to|at|on|chat|meeting|call|project|"
    r"thread|email|photo|picture|different|same|small|big|large|bad|good|weird|tough|hard|new)\b",
    re.IGNORECASE,
)
_RANK_RE = re.compile(
    rf"{_LEAD}{_I_AM}(?:(?:currently|now|only|just|still)\s+)?(?:"
    r"(?:a|an)\s+(?P<belt>(?:[\w-]+\s+){0,1}?(?:white|yellow|orange|green|blue|purple|brown|red|black)\s+belt|"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+(?:dan|degree black belt|kyu))"
    r"(?P<in>\s+(?:in|at)\s+(?:[\w'-]+\s*){1,3}?)?"
    r"|(?:a|an)\s+(?P<hcp>\+?\d{1,2}(?:\.\d)?)\s+handicap"
    r"|(?:rated\s+(?:about\s+|around\s+|like\s+)?|an?\s+(?=\d{3,4}\s+(?:on|at|in)\s))(?P<rating>\d{3,4})(?P<on>\s+(?:on|at|in)\s+[\w.'-]+(?:\s+[\w.'-]+)?)?)"
    r"\s*(?:[,;:!.(]|$|\s(?:and|but|so|now)\b)",
    re.IGNORECASE,
)


def _who(clause: str) -> Draft | None:
    if (m := _WHO_RE.match(clause)) is None or _MOMENT.search(clause):
        return None
    noun = (m.group("noun") or m.group("noun2")).lower()
    mods = re.sub(r"\s+", " ", m.group("mods") or m.group("mods2") or "").strip()
    if noun in _NOT_AGENT or (mods and _FIRST_MOD_NOT.match(mods)) or re.search(r"\d", noun):
        return None
    if not mods and (noun in _KEEN or not re.fullmatch(_AGENT, noun, re.IGNORECASE)):
        return None  # "I'm a guy": who, not a hobby
    person = bool(re.fullmatch(_PERSON, noun, re.IGNORECASE))
    if re.search(r"\b(?:of|for|in|at|to|who|that|the|my|or|not)\b", mods, re.I) or (
        not person and " and " in f" {mods} "
    ):
        return None  # "a mom and runner": two things; "catch and release guy": one taste
    more = "more of" if (m.group("more") or "").lower() == "more of" else ""
    if person:
        what = third_person(mods)
        article = "an" if what[:1].lower() in "aeiou" else "a"
        return _said(join_text("Is", more, article, f"{what} person"), MemoryKind.preference, what)
    what = f"{mods} {noun}" if mods else noun
    article = "an" if what[:1].lower() in "aeiou" else "a"
    return fact(join_text("Is", more, article, what), subject_key(what), "hobbies")


def _group(clause: str) -> Draft | None:
    if (m := _GROUP_RE.match(clause)) is None or _MOMENT.search(clause):
        return None
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    words = what.split()
    if len(words) < 2 or _NOT_GROUP.search(" ".join(words[:-1])):
        return None  # "I'm in a band" alone is daily_life's; "a group chat", "my team" are no hobby
    article = "the" if m.group("art").lower() == "the" else ("an" if what[0].lower() in "aeiou" else "a")
    return fact(join_text("Is in", article, what), subject_key(what), "hobbies")


def _rank(clause: str) -> Draft | None:
    if (m := _RANK_RE.match(clause)) is None:
        return None
    if m.group("hcp"):
        return fact(f"Has a {m.group('hcp')} handicap", "handicap", "hobbies")
    if m.group("rating"):
        on = re.sub(r"\s+", " ", m.group("on") or "").strip()
        return fact(join_text("Is rated", m.group("rating"), on), "rating", "hobbies")
    belt = re.sub(r"\s+", " ", m.group("belt")).strip().lower()
    where = re.sub(r"\s+", " ", m.group("in") or "").strip()
    article = "an" if belt[0] in "aeiou" else "a"
    return fact(join_text("Is", article, belt, where), subject_key(join_text(belt, where)), "hobbies")


_DUR = (
    r"(?:like\s+|about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|over\s+|more than\s+)?(?:\d+|a few|a couple of|"
    r"many|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
    r"(?:years?|decades?|months?)"
)
_SINCE_RE = re.compile(
    rf"{_LEAD}(?:{_I}(?:have|'ve)\s+been|{_I_AM}|I'?ve\s+been|i'?ve\s+been|ive\s+been)\s+"
    rf"(?P<what>(?:an?\s+)?(?:doing\s+|playing\s+|practi[cs]ing\s+)?[\w'-]+(?:\s+[\w'-]+){{0,3}}?)\s+"
    rf"(?P<prep>for|since)\s+(?P<dur>{_DUR}|I was (?:a kid|a child|little|young|\d+)|(?:19|20)\d\d)"
    r"\s*(?:[,;:!.(]|$|\s(?:now|and|so|already)\b)",
    re.IGNORECASE,
)


def _since(clause: str) -> Draft | None:
    """How long: "I've been a ham for 40 years", "I am doing kendo since 10 years" (a non-native "since" of a span)."""
    if (m := _SINCE_RE.match(clause)) is None:
        return None
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    if (_PASSING.match(what) and not re.match(r"\w+ing\b", what, re.IGNORECASE)) or re.match(
        r"(?:here|there|in|at|on|with|to|sick|ill|married|together|working|living|waiting|trying|using|looking|"
        r"struggling|dealing|feeling|thinking|sleeping|having|getting|going|taking|eating|drinking)\b",
        what,
        re.IGNORECASE,
    ):
        return None  # "I've been here for years", "I've been sick for 3 weeks", "I've been waiting for 2 months"
    if not re.match(r"an?\s|\w+ing\b|(?:[\w'-]+\s+)+\w+ing$", what, re.IGNORECASE):
        return None  # "I've been vegetarian for 10 years": a state, no hobby (read by the diet rules)
    if re.fullmatch(r"an?\s+(?:member|customer|user|client|patient|subscriber|guest|visitor)", what, re.I):
        return None  # "I've been a member for 5 years": of what is unsaid
    dur = third_person(re.sub(r"\s+", " ", m.group("dur")).strip())
    prep = m.group("prep").lower()
    if prep == "since" and re.match(rf"{_DUR}$", dur, re.IGNORECASE):
        prep = "for"  # "since 10 years": for 10 years
    text = join_text("Has been", third_person(what), prep, dur)
    if re.search(r"\b(?:fan|lover|nerd|geek|fanatic|addict|junkie|buff)$", what, re.IGNORECASE):
        return _said(text, MemoryKind.preference, what)  # "I've been a Spurs fan since I was a kid": a taste
    return fact(text, subject_key(what), "hobbies")


def hobbies(clause: str) -> list[Draft]:
    """What ``clause`` (a statement clause no other rule read) says of the user's hobby, in the shapes above."""
    text = clause.strip()
    for shape in (_rank, _group, _since, _who, _practice, kept_up, project):  # "I knit since 5 years" (kept_up)
        if (draft := shape(text)) is not None:
            return [draft]
    return []
