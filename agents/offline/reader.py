"""Reads one user turn into drafts: prose -> sentences -> clauses -> rules, plus feedback and choices.

Skips hypotheticals ("if I were rich I'd ..."), sarcasm ("yeah sure, I LOVE waiting"), questions (except
the reasons given inside them), statements about other people ("my sister loves sushi") and quoted speech.
A condition in front of a statement ("When I'm traveling for work, I prefer ...") becomes the draft's
context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agents.offline import lexicon as lx
from agents.offline.abstains import abstained
from agents.offline.across import across
from agents.offline.advice import advised
from agents.offline.animals import animals
from agents.offline.answer_wishes import restated
from agents.offline.antecedents import named_thing, refer, split_named
from agents.offline.asked_traits import asked_back
from agents.offline.bodies import bodies, lasting, unsaid
from agents.offline.body_traits import trait_alone
from agents.offline.buried import untailed
from agents.offline.buying import buying_habit
from agents.offline.comparisons import compared
from agents.offline.conditions import situated
from agents.offline.consoles import played_there
from agents.offline.consumes import consumed
from agents.offline.diagnoses import DOCTOR_SAYS_RE
from agents.offline.drafts import IMPLICIT, UNSURE, Draft
from agents.offline.elided import goes_on, with_speaker
from agents.offline.emphasis import emphasized, kept_against
from agents.offline.feedback import feedback, is_reaction
from agents.offline.fragments import someone_elses, standing
from agents.offline.goals import goals
from agents.offline.hobbies import hobbies
from agents.offline.household import household
from agents.offline.identity import both, identity_lead
from agents.offline.implied import asides, implied
from agents.offline.irony import sarcastic
from agents.offline.kids_ages import age_told, ages_said_back
from agents.offline.leanings import fed_up, with_leanings
from agents.offline.normalize import third_person
from agents.offline.objects import condition
from agents.offline.opinions import opinion
from agents.offline.patterns import match_statement
from agents.offline.persona import match_persona
from agents.offline.picks import their_reason
from agents.offline.possessions import budget, owned_once, possessions
from agents.offline.praised_form import praised_form
from agents.offline.profile_lines import with_profile
from agents.offline.reactions import reaction
from agents.offline.relatives import relatives
from agents.offline.restate import lead_condition
from agents.offline.scoping import scoped, with_reason
from agents.offline.sentences import Sentence, clauses, prose, split_sentences
from agents.offline.setup_facts import setup_facts
from agents.offline.situations import situated_wish
from agents.offline.standing_needs import standing_need
from agents.offline.statements import stated
from agents.offline.suggestion_replies import replies, told
from agents.offline.terse import fragment
from agents.offline.text_kinds import for_the_text
from agents.offline.tolerances import tolerated
from agents.offline.turn_choice import choice_drafts
from agents.offline.verdicts import verdicts
from agents.offline.voice import read_plain
from agents.offline.when_said import excepted
from agents.offline.work_time import job_hours
from agents.offline.work_tools import work_tools
from memory.taxonomy.kinds import STYLE_CUE
from memory.types import MemoryKind, MemorySource

_ANCHOR_RE = re.compile(r"(?<![\w'-])(?:I|i)(?=\s|'(?:m|ve|d|ll)\b)")
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:if (?:I|i) (?:were|was|had|could|won|ever|did|didn't|weren't)|were I|suppos(?:e|ing)|imagine|imagining|"
    r"pretend|hypothetical(?:ly)?|let's say|lets say|what if|in theory|I wish|wish I|would I|role-?play|"
    r"in a world where|assuming (?:that )?I|say I|in the future I might|someday I might|one day I might)\b",
    re.IGNORECASE,
)
_HARMLESS_IF_RE = re.compile(
    r"\b(?:if|whenever) (?:possible|you can|you could|needed|necessary|any|so|not|that's (?:ok|okay|alright|fine)|"
    r"it helps|that helps|you have (?:any|some) \w+|you don't mind)\b",
    re.IGNORECASE,
)
_WOULD_RE = re.compile(r"\b(?:I'd|I would|I'll|I will|I might|I could|I may)\b(?!\s+(?:rather|prefer))", re.I)
_LEAD_INS = frozenset(w.lower() for w in lx.LEAD_INS)
_HEDGES = tuple(h.lower() for h in lx.HEDGE_LEAD_INS)
_OTHERS_RE = re.compile(
    r"\b(?:says?|said|thinks?|thought|believes?|claims?|told (?:me|her|him|them)|tells|asked)\s*(?:that\s*)?$", re.I
)
_CONDITION_RE = re.compile(
    r"^(?!for\s+(?:context|background|reference|the record|example|instance|now|real)\b)"
    r"(?:when|whenever|while|if|during|for|at|on)\b.{3,80}$",
    re.IGNORECASE,
)
#: How long something has held, said before the user ("Since 15 years", "For ten years now").
_DURATION_RE = re.compile(
    r"^(?:since|for)\s+(?:\d+|a few|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+"
    r"(?:years?|months?|decades?)(?:\s+now|\s+already)?$",
    re.IGNORECASE,
)
_REASON_RE = re.compile(r"^(?:due to|because of|owing to|given|as a result of)\s+(.{3,80})$", re.IGNORECASE)
_REFUSAL_RE = re.compile(r"^\W*no\s+\w", re.IGNORECASE)
MAX_SENTENCES = 60  # a turn with more is read from its start only
MAX_CLAUSE_CHARS = 400  # statements about oneself are short; this bounds the regex work per clause
MAX_ANCHORS = 6  # speaker tokens tried per clause
#: What a subject is about: "allergy to cats" -> "cats" ("I'm allergic to cats but I love them").
_THING_OF_RE = re.compile(r"^(?:allergy|intolerance|sensitivity) to\s+")
_SOMEONE_RE = re.compile(r"^(?:as|being)\s+(?:someone|somebody|a person|one)\s+who\s+", re.IGNORECASE)
#: "my wife and I both work from home": I work (a taste said of two keeps its own rule: "both love" -> "Likes")
_AND_I_BOTH_RE = re.compile(r"(\band (?:I|i)|^(?:I|i)) both\b(?! (?:of|love|like|hate|dislike|enjoy|adore|prefer)\b)")
#: "... and avoid them": the pronoun right after a cue verb, resolved to the previous clause's object
_PRONOUN_OBJ_RE = re.compile(
    r"\b((?:avoid|avoids|use|using|like|love|hate|dislike|enjoy|prefer not to use|prefer not to|stand|tolerate|"
    r"stay away from|skip|refuse to use|don't use|do not use|don't like|do not like)\s+)(?:them|"
    r"it)\b(?!\s+(?:when|if|to)\b)",
    re.IGNORECASE,
)


def hypothetical(sentence: str) -> bool:
    """A sentence about what the user would do in a world that is not (theirs)."""
    if _HYPOTHETICAL_RE.search(sentence):
        return True
    plain = _HARMLESS_IF_RE.sub("", sentence)
    return bool(re.search(r"\bif\b", plain, re.I) and _WOULD_RE.search(plain))


def _lead_in(before: str) -> tuple[bool, str] | None:
    """(hedged, context) for the words before a speaker token, or None when they make it someone else's or
    doubtful ("the music I like", "my sister says I love", "I'm not sure I like")."""
    b = before.rstrip()
    if not b or b[-1] in ",:;(":
        return False, ""
    low = b.lower()
    if low in _LEAD_INS or identity_lead(b) or told(b):  # a discourse marker ("just so you know I'm"), "As a Muslim I"
        return False, ""
    if b[-1] in "\"'" or re.search(r"\b(?:not sure|unsure|no idea)(?: if| whether| that)?$", low):
        return None
    if any(re.search(rf"(?:^|[\s,]){re.escape(h)}(?: that)?$", low) for h in _HEDGES):
        return True, ""
    if DOCTOR_SAYS_RE.search(b):  # "my doctor says I'm pre-diabetic": the user's own condition
        return False, ""
    if _OTHERS_RE.search(b):
        return None
    words = low.split()
    if any(" ".join(words[-n:]) in _LEAD_INS for n in (1, 2, 3)):
        return False, ""
    if re.search(
        r"\b(?:i've (?:realized|found|noticed|learned)|i (?:find|found|realize|realized|notice|noticed|know|admit)|"
        r"to be honest|i must say|i have to say|i'll admit|i can say|i must admit)(?: that)?$",
        low,
    ):
        return False, ""
    if _DURATION_RE.match(b):  # "Since 15 years I keep discus fish": how long, not a condition
        return False, ""
    if _CONDITION_RE.match(b) and len(words) <= 12 and not b.endswith((" and", " or")):
        return False, condition(b)
    return None


def _clause_drafts(clause: str, *, implicit: bool, antecedent: str = "", continues: bool = False) -> list[Draft]:
    """Drafts of one clause; ``continues``: it goes on from a first-person clause, so "and prefer Y" means "I"."""
    if (said := read_plain(clause, lambda c: _clause_drafts(c, implicit=implicit, continues=continues))) is not None:
        return said  # "i no like X", "for me is better X", "i h8 Y": read as plain English (voice.py)
    clause = with_speaker(_SOMEONE_RE.sub("I ", clause[:MAX_CLAUSE_CHARS]), continues=continues)
    clause = _AND_I_BOTH_RE.sub(r"\1", clause)
    if antecedent:
        clause = _PRONOUN_OBJ_RE.sub(lambda m: m.group(1) + antecedent, clause, count=1)
    anchors = list(_ANCHOR_RE.finditer(clause))[:MAX_ANCHORS]
    who = identity_lead(clause[: anchors[0].start()] if anchors else clause)  # "As a vegan, I ..."
    out: list[Draft] = [] if who is None else [who]
    for anchor in anchors:
        lead = _lead_in(clause[: anchor.start()])
        if lead is None:
            continue
        hedged, context = lead
        draft = match_statement(clause, anchor.start()) or match_persona(clause, anchor.start())
        if draft is None:
            continue
        draft = draft.hedged() if hedged and draft.confidence > UNSURE else draft
        out.append(draft.with_context(context))
    if not out:  # "we use Jira at work", "I only have 20 minutes for lunch", "I work 4 tens"
        out = work_tools(clause)
    else:  # "I'm a nurse on nights": Is a nurse, and Works nights
        out += [d for d in job_hours(clause) if d.text not in {o.text for o in out}]
    if not out:  # "we're a vegan household", "we don't do screens at dinner": the user's household
        out = household(clause) or both(clause) or relatives(clause)  # "my son has a nut allergy"
    if not out and not implicit:  # "X matters more to me than Y", "Honey yes, stevia no", "X is a must"
        out = compared(clause)
    if not out and not implicit:  # "I swear by X", "X does nothing for me", "X is my go-to"
        out = stated(clause)
    if not out and (r := reaction(clause, implicit=implicit)) is not None:
        out.append(r)
    if not out and not implicit and (o := opinion(clause)) is not None:  # "jazz is overrated", "nothing beats X"
        out.append(o)
    if not out and not implicit:  # "I train BJJ", "I'm a continental knitter", "I'm in a quilting guild"
        out = hobbies(clause)
    if not implicit:  # "I'm trying to cut back on sugar" (goals.py), "I'm way more into X, Y is a chore" (leanings)
        out = with_leanings(clause, out + goals(clause, out))
    elif not out and (d := fed_up(clause)) is not None:  # "the no subscription one, im so done with monthly fees"
        out.append(d)
    if (b := budget(clause)) is not None:
        out.append(b)
    if (said := situated(clause, lambda c: _clause_drafts(c, implicit=implicit), out)) is not None:
        return said  # "with my in-laws we keep dinners alcohol-free": for that situation (conditions.py)
    return out


def _sentence_drafts(sentence: Sentence, *, implicit: bool) -> list[Draft]:
    if hypothetical(sentence.text) or sarcastic(sentence.text):
        return []
    body = bodies(sentence.text, asked=sentence.question)  # "I get seasick", "I am only 1.60", "so no boat tours"
    out = lasting(possessions(sentence.text, statement=not sentence.question), sentence.text)  # not "... yesterday"
    pending, reason, antecedent = "", "", ""
    speaking = False  # the previous clause had the user as its subject
    named = ""  # a thing a clause not about the user named: "never use em dashes, I can't stand them"
    for clause in (c for whole in clauses(sentence) for c in split_named(whole)):
        clause = refer(clause, named) if named and not sentence.question else clause
        found = _clause_drafts(clause, implicit=implicit, antecedent=antecedent, continues=speaking)
        named = "" if found else named_thing(clause)
        speaking = bool(_ANCHOR_RE.search(clause)) or (speaking and goes_on(clause))
        antecedent = next((_THING_OF_RE.sub("", d.subject) for d in found if _names_a_thing(d)), antecedent)
        if not found and _CONDITION_RE.match(clause) and len(clause.split()) <= 10:
            pending = condition(clause)
            continue
        if not found and (m := _REASON_RE.match(clause)):
            reason = f"due to {third_person(m.group(1))}"
            continue
        out += [with_reason(scoped(d, pending), reason) for d in found]
        pending, reason = "", ""
    if not sentence.question:  # "i tried yoga but its too slow for me", "No cilantro, it tastes like soap to me"
        said = {w for o in out for w in re.findall(r"[\w'-]+", o.text.lower())}  # a rule worded it already
        out += [d for d in verdicts(sentence.text) if not said & set(d.subject.split())]
    out = out if implicit else with_profile(sentence, out)  # "34F, vegetarian, live in Seattle" (profile_lines)
    out = owned_once(out + unsaid(body, out))
    out = animals(sentence.text, out)  # "our two rescue greyhounds hate the rain"; not a pet that died
    return [untailed(d, sentence.question).quoted(sentence.text) for d in out]  # not ", how do I ...?" (buried)


def _names_a_thing(draft: Draft) -> bool:
    """The draft's subject can be what a later "it" stands for: a taste's object, or a thing the user took up
    ("I just started pottery classes and love it"), not who the user is ("I'm a teacher and love it")."""
    if not draft.subject:
        return False
    if draft.kind != MemoryKind.fact:
        return True
    return draft.subject.lower() in draft.text.lower() and not draft.text.startswith("Is ")


@dataclass(frozen=True)
class Part:
    """One sentence of a turn: its statement clauses (what the learned reader reads) and the rules' drafts."""

    sentence: Sentence
    clauses: tuple[str, ...]
    drafts: tuple[Draft, ...]


@dataclass(frozen=True)
class Reading:
    """A user turn as the rules read it: feedback and choice drafts (``head``), then sentence by sentence."""

    head: list[Draft]
    parts: list[Part]
    picked: bool
    lines: int = 1  # non-empty lines of the user's prose (a list, a quiz or a spec has several)
    listed: frozenset[str] = frozenset()  # clauses read whole as a setup list ("Studio, no car, no pets")


def read_parts(text: str, previous_assistant: str | None = None, query: str | None = None) -> Reading:
    """The rules' reading of a user turn, kept per sentence (see :func:`read_turn`)."""
    clean = prose(text)
    if not clean:
        return Reading([], [], False)
    sentences = asides(split_sentences(clean))  # "I work nights, how do I sleep?": the statement apart
    picked = choice_drafts(clean, previous_assistant, query)
    reacting = is_reaction(len(clean.split()), previous_assistant is not None)
    head = feedback([s.text for s in sentences], reacting=reacting)
    head += [] if their_reason(clean) else picked  # "Not the whisky, she doesn't drink": a pick for her
    if (
        reacting
        and not any(d.kind is MemoryKind.style for d in head)
        and (liked := praised_form(clean, previous_assistant))
    ):
        head.append(liked)  # "Good. More like this.": the form of the answer just given
    in_passing = any(s.question for s in sentences)
    styled = {d.quote for d in head if d.kind == MemoryKind.style}
    parts: list[Part] = []
    for n, sentence in enumerate(sentences[:MAX_SENTENCES]):
        drafts: list[Draft] = []
        pieces = tuple(clauses(sentence))
        lead = lead_condition(sentence.text) or excepted(sentence.text)  # "..., unless it's raining" (when_said)
        for draft in _sentence_drafts(sentence, implicit=bool(picked)):
            if STYLE_CUE.search(draft.text) and draft.kind in (MemoryKind.preference, MemoryKind.dislike):
                if draft.quote in styled and _restyled(draft, head):
                    continue  # the feedback cue already said it ("Finds paragraphs easier" beside it is kept)
                draft = replace(draft, kind=MemoryKind.style, category="communication")
            if picked and draft.source == MemorySource.explicit:
                draft = draft.as_source(MemorySource.implicit, min(draft.confidence, IMPLICIT + 0.05))
            elif not in_passing and draft.kind == MemoryKind.fact and draft.source == MemorySource.implicit:
                draft = replace(draft, source=MemorySource.explicit, confidence=max(draft.confidence, 0.8))
            drafts.append(scoped(draft, lead))
        drafts += [d] if n == 0 and (d := ages_said_back(sentence.text, query)) else []  # "they're 3 and 6"
        if n == 0 and (d := asked_back(sentence.text, previous_assistant)):
            drafts += [] if any(o.subject == d.subject for o in drafts) else [d]  # "super sensitive": skin
        drafts += [d] if (d := played_there(sentence.text, drafts)) else []  # "..., mostly cozy games"
        drafts += implied(sentence, drafts)  # "my garden is mostly shade", "after my night shift at the hospital"
        drafts += kept_against(sentence.text, drafts)  # "Cash only, I don't trust apps"
        drafts += [d] if (d := standing_need(sentence.text, drafts)) else []  # "I'm diabetic so I need low sugar X"
        if (d := advised(sentence.text)) is not None and not any(o.subject == d.subject for o in drafts):
            drafts.append(d)  # "My doctor told me to cut back on salt", "I need to watch my cholesterol"
        if (d := abstained(sentence.text)) is not None and not any(o.subject == d.subject for o in drafts):
            drafts.append(d)  # "I stopped eating red meat last year", "I quit drinking", "I gave up caffeine"
        if not sentence.question and not hypothetical(sentence.text):  # "we don't mind bunk beds", "no tea after 2pm"
            drafts += tolerated(sentence.text, drafts)
        for c in pieces:  # "I wait for sales", "I shop at Aldi" (buying.py), "I drink earl grey" (consumes.py)
            d = buying_habit(c) or (None if sentence.question else consumed(c))
            if d is not None and not any(
                o.subject == d.subject or d.text.split()[-1].lower() in o.text.lower() for o in drafts
            ):
                drafts.append(d)
        if drafts and someone_elses([s.text for s in sentences], n):
            drafts = []  # "Gift for my dad. Bad knees.": theirs
        drafts += [d] if n == 0 and (d := age_told(sentence.text, previous_assistant)) else []  # "she's 15": theirs
        if not sentence.question and not any(d.context for d in drafts) and (wish := situated_wish(sentence.text)):
            drafts.append(wish)  # "when its about the business just give me the numbers": a wish for there only
        if picked and not n and not sentence.question and not drafts:  # "Wide feet. Not the downturned one.": no pick
            drafts += [d] if (d := trait_alone(sentence.text)) and _unoffered(d, previous_assistant or "") else []
        if not sentence.question and (not picked or n) and not drafts and sentence.text not in styled:
            drafts += [d for c in pieces if (d := fragment(c, previous_assistant or "")) is not None]  # "Budget 15k."
            drafts += [] if drafts else standing([s.text for s in sentences], n)  # "Bad lower back. No deadlifts."
            refusal = bool(_REFUSAL_RE.match(sentence.text))  # "No Google. Privacy.": the reason is read first
            drafts += _with_next(sentences, n) if refusal and not drafts else []
            drafts += [] if drafts else emphasized([s.text for s in sentences], n, pieces)  # "X only for me"
            drafts += [] if drafts or refusal else _with_next(sentences, n)  # tried already for a refusal
        if not picked and not drafts and n + 1 < len(sentences):  # "My team keeps using Jira. I hate it."
            near = sentences[n : n + 3]  # "Traffic today. Love it. Just what I needed.": sarcasm after it
            if not any(hypothetical(s.text) or sarcastic(s.text) for s in near):
                drafts += across(near, previous_assistant or "")
        parts.append(Part(sentence, pieces, tuple(d for d in drafts if not restated(d, head))))  # answer_wishes
    head += replies([(p.sentence, p.drafts) for p in parts], previous_assistant, head)  # "that's so me"
    head = [_scoped(d, parts) for d in head]
    head = [for_the_text(d, query) for d in head] if reacting else head  # "way too formal" said of a toast
    reading = Reading(head, parts, bool(picked), sum(1 for ln in clean.splitlines() if ln.strip()))
    setup, whole = setup_facts(reading)  # "Studio, no car, no pets": facts, for the rules alone too
    parts = [replace(p, drafts=p.drafts + tuple(d for c in p.clauses for d in setup.get(c, ()))) for p in parts]
    return replace(reading, parts=parts, listed=frozenset(whole))


def _unoffered(draft: Draft, offered: str) -> bool:
    """A fact about the user none of whose words the assistant's options use: "Wide feet." before a pick of shoes."""
    words = re.findall(r"[a-z]{3,}", draft.subject.lower())
    return draft.kind is MemoryKind.fact and bool(words) and not any(w in offered.lower() for w in words)


def _with_next(sentences: list[Sentence], n: int) -> list[Draft]:
    """A refusal or verdict whose reason is the next sentence ("No Google. Privacy.", "No spoilers. Ever.")."""
    if n + 1 >= len(sentences) or sentences[n + 1].question or len(sentences[n + 1].text.split()) > 12:
        return []
    if verdicts(sentences[n + 1].text):
        return []  # "Lunch ideas. No cilantro, it tastes like soap to me.": the next sentence says it alone
    joined = f"{sentences[n].text.rstrip(' .!')}, {sentences[n + 1].text}"
    found = [d.quoted(sentences[n].text) for d in verdicts(joined)]
    return [replace(d, kind=MemoryKind.style) if STYLE_CUE.search(d.text) else d for d in found]  # "No spoilers."


def _restyled(draft: Draft, head: list[Draft]) -> bool:
    """A style feedback draft of the same sentence shares a content word with ``draft``: it said the same."""
    words = set(re.findall(r"[a-z]{4,}", draft.text.lower())) - {"prefers", "likes", "finds", "wants"}
    return any(
        h.kind == MemoryKind.style and h.quote == draft.quote and words & set(re.findall(r"[a-z]{4,}", h.text.lower()))
        for h in head
    )


def _scoped(draft: Draft, parts: list[Part]) -> Draft:
    """A feedback draft said for one situation keeps it ("at work I want everything in bullet points"); with
    several situations in the sentence ("For A I want X, but for B keep it brief") the clause's own is
    :func:`agents.offline.scope.scoped_head`'s to find."""
    part = next((p for p in parts if p.sentence.text == draft.quote), None)
    if part is None or sum(1 for c in part.clauses if lead_condition(c)) > 1:
        return draft
    return draft.with_context(lead_condition(draft.quote))


def read_turn(text: str, previous_assistant: str | None = None, query: str | None = None) -> list[Draft]:
    """Every draft a user turn yields, in order of appearance.

    ``previous_assistant``: the assistant turn it answers (options to pick from); ``query``: the user turn
    that assistant turn answered (its words say what the options are about, not what sets them apart).
    """
    reading = read_parts(text, previous_assistant, query)
    return reading.head + [d for p in reading.parts for d in p.drafts]
