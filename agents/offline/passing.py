"""What passes in a turn and teaches nothing lasting: clauses the learned reader is not asked about.

The rules word what they know; the learned reader adds a clause no rule worded when it says the clause reveals
something. On sentences that teach nothing it still read some (issue 13, the probe "nothing" sentences and the
held-out splits' non-teaching turns). The families behind them, said in general English:

- a one-off happening now or today ("I'm 20 minutes out, go ahead and order", "the printer jammed again",
  "I'm in the car so keep it short") or a mishap ("I tried the bakery but it was sold out"): the moment,
  not the person;
- a fixed expression ("Such is life.", "It is what it is."): no content at all;
- a clause for someone else ("No sugar for her", "Gift for my nephew. Loves dinosaurs."): another person's
  needs, read after the sentence that names them;
- a topic header before a question ("Pizza stones. Which size?"): what the question is about, not a taste;
- a report of a loss ("Our cat died in March"): an event, not a trait;
- why the user asks ("just curious", "asking for a friend", "not doing it yet, just daydreaming") and a thing
  that keeps going wrong ("my pots keep cracking at the base"): the question's setting, not a trait;
- an order to the assistant about this one task ("Stop sending the drafts, I have them already"), or a request
  said to hold this once ("just this once, skip the intro", "casual for this email", "metric for now");
- a habit given up or a stretch of life that is over ("I had a phase where I only wore black", "I did ballet as a
  kid", "Before kids, we travelled every summer", "most of my 30s"): the past, unless the clause says what holds
  now ("now I'm on days", "ever since", "anymore");
- praise that means the opposite, past the rules' own sarcasm cues ("yay more spreadsheets, my absolute favorite
  thing in the world", "Right, because I totally have time to ...", "Exactly my kind of Tuesday night", "said no
  one ever"), and the sentence before it that names what is mocked ("Ah yes, a 6am fire drill.");
- someone else's taste said of them ("my flatmate only listens to k-pop", "everyone at work is obsessed with
  padel"): theirs, unless the user joins in ("and so do I"); a fact about them ("My son is 10") is read;
- quoted or pasted words ("she texted: \"I hate cilantro\"", a whole turn in quotation marks): someone's text;
- an episode (issue 13, twenty-first pass): one happening in the past ("I went to the zoo with three kids", "in 2019
  I moved to Leeds") or a past habit with nothing said of now ("I went running every day except on Sunday"), a
  state for a few days ("I'm in the UK for a week", "next month I go to the Dolomites"), a search or a choice made
  now ("I'm looking for something more grown up", "ok backstitch then"), a task for one occasion ("Cut the intro
  paragraph of my speech", "I want a short rope for the tent") and the conversation's own setting ("I have a quick
  question", "I'm on a call"), unless the clause says it recurs or holds ("always", "every", "since", "now").

:func:`passed` takes the clauses :mod:`agents.offline.guided` would ask the reader about, per sentence, and
returns them without these. The rules' own drafts are untouched.
"""

from __future__ import annotations

import re

from agents.offline.irony import ironic
from agents.offline.picks import MY_PEOPLE
from agents.offline.reader import Reading

#: A one-off happening now: today, tonight, a moment ago, on the way, about to, again.
_NOW_RE = re.compile(
    r"\b(?:right now|at the moment|just now|as we speak|this (?:morning|afternoon|evening)|today|tonight|"
    r"yesterday|last night|earlier today|so i'?ll be (?:quick|brief)|(?:i'?ll|will) be (?:quick|brief)|"
    r"(?:start|eat|go ahead|begin|order) without me|on (?:my|our) way|running (?:late|behind)|"
    r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?)\s+(?:away|out|late)|be there in|"
    r"(?:i|we) (?:only |just )?(?:have|got) (?:like |about |around |maybe |only |just )?"
    r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?)(?=\W*$)|"
    r"(?:i'?m|we'?re|i am|we are) (?:stuck )?in (?:the|a) "
    r"(?:car|taxi|cab|queue|line|meeting|waiting room)\b|"
    r"(?:i'?m|i am) (?:on a call|on the phone|on a zoom|in a (?:hurry|rush)|about to (?:board|leave|head out|go in))\b|"
    r"\bbeen \w+ing all (?:day|morning|afternoon|night|week)\b)",
    re.IGNORECASE,
)
#: "again" at the end tells of a one-off ("the sink is blocked again"), unless it is refused ("never again").
_AGAIN_RE = re.compile(r"\bagain\W*$", re.IGNORECASE)
_REFUSED_RE = re.compile(r"\b(?:never|not|won'?t|no more|nor|once)\b|n't\b", re.IGNORECASE)
#: A one-off mishap: an errand that failed for the moment's reasons ("but it was already closed").
_MISHAP_RE = re.compile(
    r"\b(?:it|they|the \w+) (?:was|were|had) (?:already |just )?(?:closed|shut|sold out|out of stock|booked up|"
    r"fully booked|cancell?ed)\b|\b(?:it was|was already|by then it was) too late\b",
    re.IGNORECASE,
)
#: Fixed expressions: the whole sentence says nothing a memory could hold.
_FIXED_RE = re.compile(
    r"^\W*(?:such is life|that'?s life|it is what it is|it'?s what it is|oh well|go figure|c'?est la vie|"
    r"you win some,? you lose some|easy come,? easy go|better late than never|so it goes|life goes on|"
    r"what can you do|what can (?:ya|you) do|you know how it is|long story short|fingers crossed|"
    r"knock on wood|touch wood|here goes nothing|no rest for the wicked|that'?s the way it goes|"
    r"the more the merrier|live and learn|story of my life|tell me about it|go big or go home|"
    r"better safe than sorry|it'?s not the end of the world|whatever works|so be it)\W*$",
    re.IGNORECASE,
)
#: A clause said for someone else: "for him", "for my dad", "she can't", a present for another.
_FOR_OTHER_RE = re.compile(
    rf"\b(?:for|to|with) (?:him|her|them|my (?:\w+ )?(?:{MY_PEOPLE}|in-laws?|father-in-law|mother-in-law|godson|"
    r"goddaughter))\b|"
    r"^\W*(?:gift|present|birthday (?:gift|present)|something) for\b",
    re.IGNORECASE,
)
#: A sentence that puts someone else forward: what follows without "I" is about them.
_OTHER_FIRST_RE = re.compile(
    r"^\W*(?:(?:my|our) (?:\w+ )?(?:mom|mum|mother|dad|father|son|daughter|wife|husband|partner|sister|brother|"
    r"nephew|niece|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|friend|boss|coworker|colleague|"
    r"neighbou?r|kid|kids|in-laws?|father-in-law|mother-in-law|guest|guests)\b(?!\s+and (?:i|me)\b)|"
    r"(?:he|she)\b|(?:gift|present|birthday (?:gift|present)|shopping|buying) for\b)",
    re.IGNORECASE,
)
_SELF_RE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|us|our)\b", re.IGNORECASE)
#: A question: what comes after a topic header.
_QUESTION_RE = re.compile(
    r"\?\s*$|^\W*(?:what|which|where|when|how|why|who|is|are|can|could|would|should|do|does|any)\b",
    re.IGNORECASE,
)
#: A verb, roughly: a header has none.
_VERBISH_RE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|have|has|had|do|does|did|can|can't|cannot|won't|will|need|want|like|love|"
    r"hate|prefer|avoid|eat|drink|use|get|make|go|keep|allergic|never|always|only|no|not)\b|'(?:s|m|re|ve|d|ll)\b|"
    r"\w+(?:ed|ing)\b",
    re.IGNORECASE,
)
HEADER_WORDS = 4  # a topic header is this short
#: A loss: someone or some animal died.
_LOSS_RE = re.compile(
    r"\b(?:died|passed away|passed on|was put down|had to put (?:him|her|it|them) down|funeral|"
    r"(?:lost|losing) (?:my|our) (?:\w+ )?(?:mom|mum|mother|dad|father|wife|husband|partner|sister|brother|"
    r"grandma|grandpa|grandmother|grandfather|dog|cat|pet|horse|friend))\b",
    re.IGNORECASE,
)
#: An order about this one task: stop/skip/don't ..., with "already", "this time", "for now".
_THIS_TASK_RE = re.compile(
    r"^\W*(?:please\s+)?(?:stop|quit|skip|don'?t|do not|no need to|hold off|forget)\b.*\b(?:already|this time|"
    r"for now|for this one|yet|just now|anymore today)\b|"
    r"\b(?:i|we) (?:have|got|already have|already got) (?:it|them|that|those|these|this)(?: all)? already\b",
    re.IGNORECASE,
)


#: A habit given up, said in the clause itself: "used to" (not "I'm used to"), a phase.
_BYGONE_RE = re.compile(
    r"(?<!\bam )(?<!'m )(?<!\bim )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bget )(?<!\bgot )"
    r"(?<!\bgetting )(?<!\bbe )(?<!\bbeen )\bused to\b|\bphase\b|\bformerly\b|\bin my (?:former|past|previous) life\b|"
    r"\bmy (?:old|former|previous|last|first) [\w-]+ (?:was|were|had)\b|"
    r"\b(?:during my (?:last |first )?pregnancy|(?:when|while) i was pregnant)\b"
    r"(?=.*\b(?:couldn'?t|could not|was|were|had|did|hated|loved|craved)\b)",
    re.IGNORECASE,
)
#: A stretch of life that is over, framing the whole sentence: as a kid, growing up, back in college, before kids.
_PERIOD_RE = re.compile(
    r"\b(?:as an? (?:kid|child|teen|teenager|boy|girl|youngster|student|toddler)|growing up|"
    r"when (?:i|we) (?:was|were) (?:younger|little|small|young|a kid|kids|a child|children|a teen(?:ager)?|"
    r"teens|teenagers|in (?:school|college|uni|university|high school))|"
    r"when (?:i|we) (?:lived|was living|were living) in|back in (?:the day|college|school|uni|university|"
    r"high school|my \w+)|in (?:my|our) (?:teens|twenties|thirties|forties|fifties|[2-9]0s|youth|student days|"
    r"college days|uni days|school days|younger days)|(?:for )?most of (?:my|our) (?:teens|twenties|thirties|"
    r"forties|[2-9]0s|life|childhood)|before (?:the )?(?:kids|baby|children|covid|lockdown|the pandemic|marriage)|"
    r"(?:a few |many |several |some )?(?:years|decades|ages|a while) (?:ago|back)|a few years back)\b",
    re.IGNORECASE,
)
#: What holds now: a clause with it says the present state ("now I'm on days", "I haven't skied since college").
_PRESENT_RE = re.compile(
    r"\b(?:now|nowadays|these days|still|anymore|any more|no longer|since|ever since|currently|today)\b", re.I
)
#: Another person or people, put first in the sentence: "my flatmate", "her", "everyone at work".
_OTHERS_LEAD_RE = re.compile(
    r"^\W*(?:(?:apparently|honestly|so|and|but|also|lol|haha)[,\s]+)?(?:(?:my|our) (?:\w+ )?(?:mom|mum|mother|dad|"
    r"father|son|daughter|wife|husband|partner|sister|brother|nephew|niece|grandma|grandpa|grandmother|grandfather|"
    r"aunt|uncle|cousin|friend|friends|boss|coworker|co-worker|colleague|neighbou?r|kid|kids|children|twin|"
    r"in-laws?|father-in-law|mother-in-law|brother-in-law|sister-in-law|roommate|room mate|flatmate|housemate|"
    r"boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|bestie|teacher|coach|team|family|parents|grandparents|"
    r"dog|cat|puppy|kitten|baby|toddler)|(?:he|she|they)|(?:his|her|their) (?:favou?rite|fave)|"
    r"(?:every(?:one|body)|most people|most of (?:my|our) \w+|all (?:of )?(?:my|our) \w+|people|nobody|no one) "
    r"(?:at (?:work|school|the office|my \w+)|i know|around me|here)?)\b(?!\s+and (?:i|me)\b)",
    re.IGNORECASE,
)
#: A taste: what someone likes, loves, swears by, is into or only has.
_TASTE_RE = re.compile(
    r"\b(?:loves?|likes?|hates?|adores?|prefers?|enjoys?|swears? by|(?:is|are|'s|'re) (?:obsessed|into|crazy about|"
    r"mad about|hooked on|a (?:huge |big )?fan)|can'?t stand|only (?:eats?|drinks?|listens?|watches?|reads?|wears?|"
    r"buys?|uses?|plays?)|favou?rite|fave|won'?t (?:touch|eat)|(?:is|are) (?:the )?(?:\w+ )?snob)\b",
    re.IGNORECASE,
)
_SELF_AFTER_RE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|mine|myself|we|we're|us)\b", re.IGNORECASE)
#: A request said to hold this once ("just this once", "for this email", "this time", "for now").
_ONE_OFF_RE = re.compile(
    r"\b(?:(?:just )?this once|this time|for now|for today|for this (?:one|answer|reply|response|email|message|"
    r"post|draft|question|task|part|version|list|recipe|trip|chat|conversation|time|essay|letter|text|doc|"
    r"document|project|week|meeting))\b",
    re.IGNORECASE,
)
_LASTING_RE = re.compile(r"\b(?:always|never|from now on|going forward|in future|in the future|every time)\b", re.I)
#: Quotation marks: what lies between them is someone's text ("she texted: \"I hate cilantro\"").
_QUOTE_CHARS = '"\u201c\u201d'
_QUOTED_RE = re.compile(r"[\"\u201c]([^\"\u201d]{3,})[\"\u201d]")


#: Why the user asks, said beside a question ("just curious", "not doing it yet, just daydreaming", "asking for a
#: friend", "out of curiosity"): the reason for asking, not a trait.
_ASIDE_RE = re.compile(
    r"\b(?:(?:just|only|mostly|merely) (?:daydreaming|dreaming|wondering|curious|asking|thinking out loud|musing|"
    r"venting|ranting|browsing|checking|idly)|asking for (?:a|my) \w+|out of (?:pure |idle )?curiosity|"
    r"(?:not|isn'?t) (?:doing|buying|planning|happening) (?:it|that|this|anything)(?: yet| anytime soon)?|"
    r"purely hypothetical(?:ly)?|random (?:thought|question))\b",
    re.IGNORECASE,
)
#: A thing that keeps going wrong ("my pots keep cracking at the base", "the dishwasher keeps leaving spots"): a
#: problem put to the assistant, not a trait.
_TROUBLE_RE = re.compile(
    r"^\W*(?:(?:so|and|but|ugh|also)[,\s]+)?(?:my|our|the|this|these|those|it|its|they)\b[^,.;!?]*?\bkeeps? (?:on )?"
    r"(?!(?:telling|saying|asking|recommending|suggesting|insisting|begging|nagging)\b)\w+ing\b",
    re.IGNORECASE,
)


#: One happening in the past, said of the user ("I went to the zoo with ...", "in the morning I called the plumber",
#: "we danced till 3"): an episode, not a trait, unless the clause says it recurs or holds ("I never went back",
#: "I switched to Linux ... since").
_EPISODE_RE = re.compile(
    r"\b(?:i|we)\s+(?:(?:just|finally|also|then|once|recently|already)\s+)?(?:went|came|called|saw|met|took|bought|"
    r"ate|drank|ran|danced|visited|tried|asked|found|lost|spent|paid|sent|heard|told|said|gave|got|made|did|"
    r"left|forgot|broke|fell|woke|caught|brought|flew|drove|rode|won|missed|booked|ordered|cooked|baked|"
    r"sold|threw|wore|swam|began|became|chose|taught|thought|built|slept|kept|felt|held|knew|"
    r"watched|played|walked|moved|started|finished|decided|noticed|realized|realised|wanted|[a-z]{2,}[^e\W]ed)\b",
    re.IGNORECASE,
)
_RECURS_RE = re.compile(
    r"\b(?:always|never|every|each|usually|often|since|ever|anymore|any more|now|still|years?|months?|weekly|daily)\b",
    re.IGNORECASE,
)


#: A stretch of days said in the clause ("I'm in the UK for a week", "we're expecting rain this weekend"): it
#: passes with them.
_DAYS_RE = re.compile(
    r"\b(?:this (?:week|weekend)|tomorrow|(?:the )?next few days|for (?:a|one|the) (?:week|weekend|night|few days|"
    r"couple of days)|in (?:\d+|a few|two|three) (?:hours|hrs|minutes|mins)|"
    r"next (?:week|weekend|month|year|summer|winter|spring|fall|autumn|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))\b",
    re.IGNORECASE,
)


#: A search or a choice made now ("I'm looking for something more grown up", "ok I try the proxies", "ok
#: backstitch then"): what the user does in this conversation, not who they are.
_NOW_DOING_RE = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are)\s+(?:(?:currently|just|still|now)\s+)?(?:looking|lookin|searching|shopping|"
    r"hunting)\s+for\b|^\W*(?:ok(?:ay)?|alright|fine|sure|cool)\b[\s,]+(?:(?:i|we)(?:'ll| will)?\s+(?:try|take|go with|"
    r"pick|choose|get)\b|[^,.;]{1,40}\bthen\W*$)|"
    # the conversation's own setting: "I have a quick question", "two options", "2 hours to kill", "on a call"
    r"\b(?:i|we)\s+(?:have|'ve got|got)\s+(?:a|an|one|two|three|\d+|some|a few|a couple of)\s+(?:(?:quick|small|simple|"
    r"stupid|dumb|weird|random|last)\s+)?(?:questions?|options?|choices?|problems?|issues?|doubts?|minutes?|hours?|"
    r"mins?|hrs?)\b|\b(?:i'?m|im|i am)\s+(?:on a call|on the phone|in a (?:hurry|rush)|about to)\b|"
    r"\b(?:that|this|your) (?:answer|reply|response|chat|conversation|thread)\b(?!s)|\bnew chat\b|"
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:going|gonna|heading|flying|driving) (?:to|into|off|out|over|home)\b|"
    r"\b(?:can'?t|cannot|couldn'?t) (?:get into|log ?in|sign ?in|access|connect to)\b",
    re.IGNORECASE,
)
_USUAL_RE = re.compile(r"\b(?:always|usually|never|every|whenever)\b", re.IGNORECASE)


#: A past time said in the clause: what happened then, however often ("i worked every saturday last year").
_THEN_RE = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|fall|autumn)|ago|back then|in (?:19|20)\d\d)\b", re.I
)


#: A task on the user's own text or a thing wanted for one occasion ("Cut the intro paragraph of my speech", "I
#: want a short rope for the tent", "for the next meeting I need a summary"): this request, not a lasting wish.
_TASK_RE = re.compile(
    r"^\W*(?:please\s+)?(?:cut|trim|shorten|rewrite|fix|edit|proofread|translate|summari[sz]e|format|reword|polish)\b"
    r".*\b(?:my|this|the|our) (?:speech|essay|email|letter|cv|resume|draft|post|paragraph|intro|code|script|text|"
    r"message|report|slides|presentation|bio|toast|story|poem|caption)\b|"
    r"\b(?:i|we) (?:want|need) (?:a|an|some) (?:[\w-]+ ){0,3}for (?:the|my|our|this|tomorrow|tonight|next|a)\b|"
    r"^\W*for (?:the|this|my|our) (?:next )?(?:meeting|party|trip|event|call|presentation|interview)\b",
    re.IGNORECASE,
)
#: A past habit ("I went running every day except on Sunday"): what was, with nothing said of now.
_PAST_HABIT_RE = re.compile(r"\b(?:every|each|daily|weekly)\b", re.IGNORECASE)
_HOLDS_RE = re.compile(r"\b(?:always|never|now|still|since|anymore|these days)\b", re.IGNORECASE)


def episode(clause: str) -> bool:
    """One happening in the past, a past habit, a state for a few days, a search now or a task for this one
    occasion, said of the user: nothing that holds after."""
    if (_NOW_DOING_RE.search(clause) or _DAYS_RE.search(clause) or _TASK_RE.search(clause)) and not _USUAL_RE.search(
        clause
    ):
        return True
    past = _EPISODE_RE.search(clause)
    if past and _PAST_HABIT_RE.search(clause):
        return not _HOLDS_RE.search(clause)
    if _EPISODE_RE.search(clause) and _THEN_RE.search(clause) and not _PRESENT_RE.search(clause):
        return True
    return bool(_EPISODE_RE.search(clause)) and not _RECURS_RE.search(clause)


def trouble(clause: str) -> bool:
    """A thing that keeps going wrong ("my pots keep cracking at the base"), someone's nagging excepted."""
    return bool(_TROUBLE_RE.search(clause))


def bygone(clause: str, sentence: str) -> bool:
    """A habit given up or a stretch of life that is over ("I had a phase where ...", "as a kid"): nothing
    holds now, unless the clause says so ("now I'm on days")."""
    if _PRESENT_RE.search(clause):
        return False
    return bool(_BYGONE_RE.search(clause) or _PERIOD_RE.search(sentence))


def their_taste(sentence: str) -> bool:
    """Someone else's taste said of them ("my flatmate only listens to k-pop"), the user not joining in."""
    lead = _OTHERS_LEAD_RE.match(sentence)
    if not lead:
        return False
    rest = sentence[lead.end() :]
    return bool(_TASTE_RE.search(rest)) and not _SELF_AFTER_RE.search(rest)


def one_off(clause: str, sentence: str) -> bool:
    """A request said to hold this once ("casual for this email", "just this once, skip the intro"): the clause
    says so, or its sentence does and the clause is no statement of the user's own ("I'm vegan" is read)."""
    if _LASTING_RE.search(sentence):
        return False
    return bool(_ONE_OFF_RE.search(clause) or (_ONE_OFF_RE.search(sentence) and not _SELF_AFTER_RE.search(clause)))


def quoted(clause: str, sentence: str, inside: bool) -> bool:
    """The clause is someone's text: between quotation marks in the sentence, or the sentence opens inside a
    quotation that began earlier in the turn (``inside``)."""
    if inside:
        return True
    low = clause.lower().strip(" .,!?;:'")
    spans = _QUOTED_RE.findall(sentence)
    if sum(sentence.count(q) for q in _QUOTE_CHARS) % 2 == 1:  # opened here, closed in a later sentence
        spans.append(sentence[max(sentence.rfind(q) for q in _QUOTE_CHARS) + 1 :])
    return bool(low) and any(low in q.lower() for q in spans)


#: A time agreed for one meeting ("Tuesday works for me", "3pm is fine", "tomorrow suits me"): scheduling, not a habit.
_SLOT_RE = re.compile(
    r"^\W*(?:(?:ok|okay|yes|yeah|sure|great)[,!.]?\s+)?(?:(?:this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|tonight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)(?:\s+(?:morning|afternoon|evening|at\s+\d{1,2}"
    r"(?::\d\d)?\s*(?:am|pm)?))?\s+(?:works|is fine|is good|is perfect|suits me|is better|would work)\b",
    re.IGNORECASE,
)


def passing(sentence: str) -> bool:
    """The whole sentence passes: a one-off now, a mishap, a fixed expression, a loss, an order about this task."""
    found = (
        _NOW_RE.search(sentence),
        _AGAIN_RE.search(sentence) and not _REFUSED_RE.search(sentence),
        _MISHAP_RE.search(sentence),
        _LOSS_RE.search(sentence),
        _THIS_TASK_RE.search(sentence),
        _ASIDE_RE.search(sentence),
        _SLOT_RE.match(sentence),
    )
    return bool(_FIXED_RE.match(sentence) or any(found))


def header(sentence: str, following: str | None) -> bool:
    """A short verbless fragment before a question: the topic of the question ("Pizza stones. Which size?")."""
    return (
        following is not None
        and bool(_QUESTION_RE.search(following))
        and len(sentence.split()) <= HEADER_WORDS
        and not _VERBISH_RE.search(sentence)
        and not _SELF_RE.search(sentence)
    )


def for_other(clause: str) -> bool:
    """A clause said for someone else ("No stairs for him")."""
    return bool(_FOR_OTHER_RE.search(clause))


def passed(reading: Reading, clauses: list[list[str]]) -> list[list[str]]:
    """Per sentence of the turn, the clauses to ask the reader about, without those that pass (see the module)."""
    texts = [p.sentence.text for p in reading.parts]
    out: list[list[str]] = []
    other = False  # an earlier sentence put someone else forward
    inside = False  # an earlier sentence opened a quotation it did not close
    for i, (text, cs) in enumerate(zip(texts, clauses, strict=True)):
        following = texts[i + 1] if i + 1 < len(texts) else None
        theirs = other and not _SELF_RE.search(text)
        mocked = ironic(text) or (
            following is not None and ironic(following)
        )  # "A 6am fire drill. Just my kind of morning."
        if passing(text) or header(text, following) or theirs or mocked or their_taste(text):
            out.append([])
        else:
            out.append(
                [
                    c
                    for c in cs
                    if not (
                        for_other(c)
                        or bygone(c, text)
                        or one_off(c, text)
                        or quoted(c, text, inside)
                        or trouble(c)
                        or episode(c)
                    )
                ]
            )
        other = other or bool(_OTHER_FIRST_RE.search(text))
        inside = inside != (sum(text.count(q) for q in _QUOTE_CHARS) % 2 == 1)
    return out
