"""Who the user is, said as a list: a profile line, a forum-style header, a sign-off, a standing order.

"34F, vegetarian, live in Seattle.", "About me: 41, two kids, work in logistics", "vegan / gluten-free / on a
budget", "Age 29 | Berlin | remote dev", "Me: beginner, left-handed, small hands", "- Dana, 34, night nurse" (a
sign-off), "Muslim here, halal options near Union Square?" (the items before a question), "tea, no sugar, always",
"coffee: black." A line is cut at commas, slashes, bars and semicolons, and only items of a closed, well-known
shape are read, one memory each: an age or an age-and-gender tag ("34F" -> Is 34 years old, Is a woman), a diet
or a faith ("vegetarian" -> Is vegetarian), a job ("night nurse"), a place lived in ("live in Seattle", "based in
Oslo"; a bare name only among two other items read), a family role ("dad of two"), a skill level ("total
beginner"), handedness, a build ("small hands"), a kind of person ("runner", "night owl", "coffee snob"), a budget
word ("on a budget"), and how a drink or a dish is taken ("tea, no sugar" -> Takes tea without sugar). The words
of such an item are put back in the first person ("I'm vegetarian", "I live in Seattle") and worded by the rules
of :mod:`agents.offline.patterns` and :mod:`agents.offline.persona`, so a list says what a sentence would. The items
are read by :mod:`agents.offline.profile_items`, a drink or a dish by :mod:`agents.offline.profile_orders`; this
module cuts the line and says whether it is the user's.

An open list is no profile: a line of items few of which have those shapes ("pros, cons, price?", "flour, sugar,
eggs, butter"), a line under a header that is not the user ("Ingredients: ...", "Specs: ...", "For my dad: 70,
diabetic"), a line beside someone else ("my dad: ...", "she's ..."), a choice ("vegan or vegetarian"), a
question made only of such items ("beginner, intermediate?"), a one-off ("coffee, no sugar, today") and a
hypothetical read nothing here. Used by :func:`agents.offline.reader._sentence_drafts` (both modes): the learned
reader then leaves the line alone, its words being worded already; :func:`agents.offline.setup_facts.setup_facts`
leaves someone else's line alone (issue 13, session 16).
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.profile_items import (
    AGE_RE,
    FAMILY_RE,
    KIDS_RE,
    as_item,
    gender,
    item,
    said,
    strong,
    tagged,
)
from agents.offline.profile_orders import DISHES, DRINKS, orders
from agents.offline.sentences import Sentence

#: A header naming the user: "About me:", "Me -", "Background:", "Quick context:", "Bio:", after a few
#: interjections ("oh wait, about me:", "btw about me:").
_SELF_HEADER_RE = re.compile(
    r"^\W*(?:(?:oh|ah|wait|btw|ok|okay|so|and|also|anyway|hey|hi)\b[\s,.!]*){0,3}"
    r"(?:(?:a\s+)?(?:bit|little)\s+about\s+me|about\s+me|about\s+myself|me|myself|background|my\s+background|"
    r"bio|profile|my\s+profile|(?:some|quick|bit\s+of|a\s+bit\s+of|for)\s+context|context|info|my\s+info|stats|"
    r"my\s+stats|fyi|re\s+me|who\s+i\s+am|intro|quick\s+intro|details|my\s+details|situation|my\s+situation)"
    r"\s*(?::|-|\u2013|\u2014|=|>)\s*",
    re.IGNORECASE,
)
#: Any other header ("Ingredients:", "For my dad:", "Specs:"): the line is not about the user.
_HEADER_RE = re.compile(r"^[^:]{1,40}:\s+")
#: A sign-off: "- Dana, 34, nurse", "~ Sam (41, dad of 3)": the name first, then the items.
_SIGN_OFF_RE = re.compile(r"^\s*(?:-{1,2}|\u2013|\u2014|~)\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s*(?:,|\(|\s-\s)\s*")
_SPLIT_RE = re.compile(r"\s*(?:[,;|\u00b7\u2022]|\s/\s|(?<=[a-z]{2})/(?=[a-z]{2})|\s\+\s)\s*", re.IGNORECASE)
#: Items that make the line a choice or a comparison, not a profile.
_CHOICE_RE = re.compile(r"\b(?:or|vs\.?|versus|either|which|what|how|any)\b", re.IGNORECASE)
#: Someone else's line: "for my dad", "my wife:", "she's", "he is".
_OTHER_RE = re.compile(
    r"\b(?:he|she|they|his|her|their|he's|she's|(?:my|our|for a|for my)\s+(?:\w+\s+)?(?:dad|mum|mom|father|mother|"
    r"wife|husband|partner|son|daughter|kids?|child|friend|sister|brother|boss|grandma|grandpa|grandmother|"
    r"grandfather|aunt|uncle|neighbou?r|colleague|roommate|gf|bf|girlfriend|boyfriend|niece|nephew|cousin|client|"
    r"students?|patients?|customers?|guests?|team|character|audience|client)|the character|the poll)\b",
    re.IGNORECASE,
)
#: An item naming someone else bare ("nut-free kid", "picky toddler"): the line is theirs.
_THEIRS_RE = re.compile(
    r"\b(?:kid|son|daughter|child|toddler|baby|husband|wife|partner|boyfriend|girlfriend|bf|gf|teen|dad|mom|mum|"
    r"father|mother|friend|roommate|boss)\W*$",
    re.IGNORECASE,
)
#: A question about the items themselves: "which pays most?", "explain each", "compare".
_ASKS_ABOUT_RE = re.compile(
    r"\b(?:which|compare|difference|between|most|more|less|best|better|worse|healthier|cheapest|each|vs|or)\b", re.I
)
_NAME_RE = re.compile(r"^[A-Z][a-z]+$")
#: A bare place name ("Berlin"), read as where the user lives only among two other items read.
_BARE_PLACE_RE = re.compile(r"^(?P<p>[A-Z][a-z][\w'.-]+(?:\s+[A-Z][a-z][\w'.-]+){0,2})$")
_ONE_OFF_RE = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:time|morning|week|weekend)|right now|for now|just once|please|pls|plz|"
    r"thanks)\b",
    re.IGNORECASE,
)

MAX_ITEMS = 8


def _items(line: str) -> list[str]:
    return [p for p in (x.strip(" .!-\u2013\u2014") for x in _SPLIT_RE.split(line)) if p]


def profile(line: str, *, question: bool = False) -> tuple[list[Draft], bool]:
    """The memories of a profile line, and whether every item was read (the line read whole); ([], False) for a
    line that is no profile of the user. ``question``: the line ends in a question; only the items before it are
    read ("Muslim here, halal options near Union Square?")."""
    text = line.strip()
    if not_the_users(text) or _ONE_OFF_RE.search(text):
        return [], False
    headed = False
    if (m := _SELF_HEADER_RE.match(text)) is not None:
        text, headed = text[m.end() :], True
    elif (m := _SIGN_OFF_RE.match(text)) is not None:
        text, headed = text[m.end() :].rstrip(" )"), True
    items = _items(text)
    if not items or len(items) > MAX_ITEMS:
        return [], False
    if (found := orders(items, question=question)) is not None:
        return found, True
    if any(_CHOICE_RE.search(i) for i in items[:-1]) or (not question and _CHOICE_RE.search(items[-1])):
        return [], False  # "vegan or vegetarian", "Seattle, Portland, or Denver"
    if any(_THEIRS_RE.search(i) and not KIDS_RE.match(i) and not FAMILY_RE.match(i) for i in items):
        return [], False  # "gluten-free, dairy-free, nut-free kid": the kid's
    if any(_TEXT_WORD_RE.match(i.strip(" .!")) for i in items):
        return [], False  # "Polite, short.": how a text should read (a message, an answer), not who the user is
    read = [item(i) for i in items]
    if question:
        asked = items[-1].rstrip("?! ")
        if item(asked) is not None or _ASKS_ABOUT_RE.search(asked):
            return [], False  # "beginner, intermediate, advanced?", "teacher, nurse, which pays most?"
        n = next((k for k, d in enumerate(read) if d is None), len(read))
        if n < 2 and not (n == 1 and (strong(items[0]) or tagged(items[0]))):
            return [], False
        read, items, headed = read[:n], items[:n], True
    if len(items) > 1 and read[0] is None and _NAME_RE.match(items[0]) and read[1] and read[1][0] == "age":
        items, read = items[1:], read[1:]  # "Dana, 34, night nurse": a sign-off, the name first
    families = [r[0] for r in read if r is not None]
    if any(families.count(f) > 1 for f in ("age", "job", "place", "faith", "level", "gender")):
        return [], False  # "teacher, nurse, engineer", "30, 40, 50": alternatives, not one person
    places = [k for k, i in enumerate(items) if read[k] is None and _BARE_PLACE_RE.match(i.strip(" ."))]
    forum = headed or bool(re.search(r"\s[|/]\s", text))
    if len(places) == 1 and places[0] > 0 and len(families) >= 2 and forum and "place" not in families:
        d = said(f"I live in {items[places[0]].strip(' .')}")  # "Age 29 | Berlin | remote dev"
        read[places[0]] = as_item("place", d)
    known = sum(r is not None for r in read)
    single = len(items) == 1 and (headed or strong(items[0]) or tagged(items[0]))
    if known == 0 or (len(items) > 1 and known * 2 < len(items)) or (len(items) == 1 and not single):
        return [], False  # an open list: "pros, cons, price", "flour, sugar, eggs"
    out: list[Draft] = []
    for i, r in zip(items, read, strict=True):
        if r is None:
            continue
        out.append(r[1])
        if r[0] == "age" and (g := gender(i)) is not None:
            out.append(g)
    return out, known == len(items)


#: Words that say how a text reads: a line with one describes a message or an answer, not the user.
_TEXT_WORD_RE = re.compile(
    r"^(?:(?:very|super|really|quite|a bit|more|less)\s+)?(?:polite|formal|informal|casual|friendly|warm|funny|witty|"
    r"professional|concise|brief|detailed|punchy|upbeat|cheerful|heartfelt|respectful|firm|neutral|sincere|tactful|"
    r"diplomatic|apologetic|persuasive|playful|sarcastic|no emojis?|bullet points?)$",
    re.IGNORECASE,
)


def not_the_users(line: str) -> bool:
    """A line about someone else ("my wife: 34, vegetarian", "she's 34") or under a header that is not the user
    ("Ingredients: ...", "Client profile: ...")."""
    text = line.strip()
    if _OTHER_RE.search(text):
        return True
    if _SELF_HEADER_RE.match(text) or _SIGN_OFF_RE.match(text):
        return False
    head = _HEADER_RE.match(text)
    return (
        head is not None
        and not AGE_RE.match(head.group(0).strip(" :"))
        and not re.match(rf"^(?:{DRINKS}|{DISHES}|age|aged)\s*:", text, re.IGNORECASE)
    )


#: Words a profile item may add to what the rules said without saying more ("Is at A2 level").
_FILLER = frozenset(["is", "at", "a", "an", "the", "level", "in", "of"])


def with_profile(sentence: Sentence, found: list[Draft]) -> list[Draft]:
    """``found`` (the rules' drafts of ``sentence``) and what a profile line in it says that they do not."""
    drafts, _ = profile(sentence.text, question=sentence.question)
    said = {d.text.lower() for d in found}
    subjects = {d.subject for d in found}  # "I'm vegetarian, except I do eat eggs": the rules said it more fully
    words = [set(re.findall(r"[a-z0-9]+", d.text.lower())) for d in found]
    return found + [
        d
        for d in drafts
        if d.text.lower() not in said
        and d.subject not in subjects
        and not any(set(re.findall(r"[a-z0-9]+", d.text.lower())) - _FILLER <= w for w in words)
    ]  # "I'm a beginner in Spanish, A2": "Is at A2 level" and "Is a beginner in spanish" are in the rules' one
