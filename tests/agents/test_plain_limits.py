"""Issue 13, twenty-fourth pass: limits, standing wishes and facts said in everyday words.

A word limit on answers ("please keep answers under 100 words"), a budget with what it is for ("Budget around 2k
for the trip."), a wish made standing by ", always" ("Window seat, always."), the time a task gets ("I only have
30 minutes to cook"), a household's money ("we're on a tight budget"), anything that has a thing turned down
("Anything with mushrooms is a hard pass."), sobriety counted in years, a diet named without "diet" ("i'm doing
keto"), a user who says they are not technical (a style, as the written sets label it), a relative's autism or
dyslexia, a goal set for a year or an age ("I want to run a half marathon next year"), one thing wanted more and
another less ("less museums, more food please"), a pastime not done ("I don't sing at all"), "wool makes me itch",
a faith or a move said alone ("Jewish.", "Moving to Berlin in March."), a taste said with "we" ("we love co-op
games"), a trait of the hair or skin ("my hair is super curly"), what a rented home does not allow, what upsets the
body said after a comma ("..., so anything with fragrance gives me a rash"), what the user is doing these days with
the "I'm" left out ("Working as a nurse, so ...") and where they work ("I work from the van"). Each was read as
nothing or, for "I need wheelchair access", cut short ("Needs wheelchair").
"""

from __future__ import annotations

import pytest

from agents.offline.garbled import broken
from agents.offline.reader import read_turn
from agents.offline.restate import restate
from memory.types import MemoryKind

P, F, C, S, D = MemoryKind.preference, MemoryKind.fact, MemoryKind.constraint, MemoryKind.style, MemoryKind.dislike


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("please keep answers under 100 words", "Prefers answers under 100 words", S),
        ("answers under 150 words please", "Prefers answers under 150 words", S),
        ("I want responses no longer than 200 words.", "Prefers answers under 200 words", S),
        ("answers in short sentences please", "Prefers answers in short sentences", S),
        ("I prefer simple English", "Wants answers in simple English", S),
        ("I need wheelchair access", "Needs wheelchair access", C),
        ("Budget around 2k for the trip.", "Has a budget of around 2k for the trip", C),
        ("Budget under 500 for a laptop", "Has a budget under 500 for a laptop", C),
        ("Window seat, always.", "Prefers window seat", P),
        ("Two sugars please, every time.", "Prefers two sugars", P),
        ("I only have 30 minutes to cook", "Has only 30 minutes to cook", C),
        ("I don't have more than 30 minutes to cook on weeknights", "Has only 30 minutes to cook on weeknights", C),
        ("we're on a tight budget", "Is on a tight budget", C),
        ("We are on a fixed income now.", "Is on a fixed income", C),
        ("Anything with mushrooms is a hard pass.", "Won't accept anything with mushrooms", C),
        ("anything spicy is a dealbreaker for me", "Won't accept anything spicy", C),
        ("I've been sober for 5 years", "Has been sober for 5 years", C),
        ("i'm doing keto", "Is on a keto diet", C),
        ("I'm doing whole30 this month", "Is doing Whole30", C),
        ("I'm on the carnivore diet", "Is on a carnivore diet", C),
        ("I'm not technical", "Wants simple explanations without jargon (is not technical)", S),
        ("i'm not tech-savvy at all", "Wants simple explanations without jargon (is not tech savvy)", S),
        ("My son has autism so crowded places are hard.", "Son has autism", C),
        ("I have dyslexia", "Has dyslexia", C),
        ("I want to run a half marathon next year", "Aims to run a half marathon next year", P),
        ("I want to retire before I turn 50", "Aims to retire before they turn 50", P),
        ("less museums, more food please", "Prefers food over museums", P),
        ("more hiking, less driving next time", "Prefers hiking over driving", P),
        # pastimes not done, limits of the body and of a rented home, a faith or a move said alone, "we" tastes
        ("I don't sing at all.", "Doesn't sing", D),
        ("I don't ski.", "Doesn't ski", D),
        ("I can't kneel.", "Can't kneel", C),
        ("I can not drill in the walls", "Can't drill in the walls", C),
        ("Acrylic yarn only. Wool makes me itch.", "Wool makes them itch", C),
        ("Jewish. Keep kosher.", "Is Jewish", F),
        ("Moving to Berlin in March.", "Is moving to Berlin in March", F),
        ("we love co-op games, nobody likes the betrayal ones", "Loves co-op games", P),
        ("we both love spicy food", "Loves spicy food", P),
        ("my hair is super curly and every hairdresser wants to straighten it", "Has curly hair", F),
        ("Blinds are not allowed in my rental, so the other two.", "Blinds not allowed in their rental", C),
        ("my landlord doesn't allow pets", "Pets not allowed by their landlord", C),
        (
            "I have very sensitive skin, so anything with fragrance gives me a rash.",
            "Anything with fragrance gives them a rash",
            C,
        ),
        ("I'm lactose intolerant, so milk upsets my stomach", "Milk upsets their stomach", C),
        # what the user is doing these days, the "I'm" left out; where they work
        ("Reselling on Depop. Mostly Y2K pieces.", "Is reselling on Depop", F),
        ("Working as a nurse, so nights are common.", "Is working as a nurse", F),
        ("Looking after my mum, she has dementia.", "Is looking after their mum", F),
        ("I work from the van most days", "Works from the van", F),
        ("I work 4 days a week", "Works 4 days a week", F),
        ("I'm a PM, not an engineer, so keep it high level", "Is a PM", F),
        ("I'm a night shift worker", "Is a night shift worker", F),
        ("I live on a boat", "Lives on a boat", F),
        ("I'll eat anything, no allergies", "Eats anything", F),
        ("I read mostly on my Kindle", "Reads mostly on a Kindle", P),
        ("my boys are 10 and 12", "Has boys aged 10 and 12", F),
        # a wish for a situation that comes back, named by its meals or its nights
        ("for weeknight dinners I want quick recipes", "Wants quick recipes", P),
        ("for date nights I want somewhere quiet", "Wants somewhere quiet", P),
    ],
)
def test_a_limit_or_standing_wish_is_read_with_its_kind(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "write me a story under 500 words",  # a limit on this one text
        "Works, every time.",  # a verdict, no thing preferred
        "I have 30 minutes to cook tonight",  # once
        "I only have 30 minutes to cook this stew",  # this one dish
        "my parents are on a tight budget",  # someone else's
        "anything else is a dealbreaker for me",
        "I'm doing keto recipes for my sister",
        "my dad has been sober for 5 years",
        "my dad is not technical",
        "I'd like to live alone someday.",  # a daydream
        "more or less",
        "I can't paint",  # a skill, not a limit of the home
        "moving to the new office",
        "Moving on.",
        "we love it",
        "if pets aren't allowed in my building what do I do",
        "my son's hair is curly",
        "I love it but it gives me heartburn",  # "it" names nothing
        "Running late.",
        "Living my best life",
        "Working on it.",
        "I eat anything with cheese",  # a taste for cheese, not an open diet
        "my son will eat anything",
        "for dinner I want pasta",  # tonight's dinner
        "I read the news on my phone this morning",  # an episode; a phone or a tablet is no reading device here
        "I've been coding all day and my eyes hurt",  # for now
        "I tried calling the bank but it was too late, they had closed",  # no verdict on calling the bank
        "I want to book a flight next year",  # a task, not a goal
        "I want to get this done this year",
        "my son wants to run a marathon next year",
    ],
)
def test_a_one_off_or_someone_elses_limit_is_not_read(turn: str) -> None:
    assert [d.text for d in read_turn(turn)] == []


def test_a_style_clause_led_by_answers_is_not_said_twice() -> None:
    """The reader's wording of "Answers under 100 words." was "Wants answers: answers under 100 words"."""
    assert restate("Answers under 100 words.", "style")[0] == "Prefers answers under 100 words"


def test_a_taste_before_a_body_part_that_does_something_is_broken() -> None:
    """The reader's "Prefers their hands sweat" (from "my hands sweat") says a taste the user never had."""
    assert broken("Prefers their hands sweat")
    assert not broken("Likes their steak medium rare")


def test_a_wish_for_weeknight_dinners_keeps_its_situation() -> None:
    drafts = read_turn("for weeknight dinners I want something under 30 minutes")
    assert [(d.text, d.context) for d in drafts] == [("Wants something under 30 minutes", "for weeknight dinners")]
