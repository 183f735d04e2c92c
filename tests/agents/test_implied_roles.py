"""Who the user is, implied in passing by what they own, do or answer for (agents/offline/implied_roles.py): the
people in their charge, a licence they hold, what they own for a trade or a life on the land, a duty of their trade
and their stage of life; never someone else's, a past one, a wish or a question about the role."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        # people in the user's charge
        (
            "my congregation is small, how do I run a Lenten study that doesn't feel like homework?",
            "Leads a congregation",
        ),
        ("My tenants say the furnace is making a banging noise, is that urgent?", "Has tenants"),
        ("my employees want to switch to a four day week, how do other shops handle coverage?", "Has employees"),
        ("I have two new direct reports starting Monday. Is a 30-60-90 plan overkill?", "Manages direct reports"),
        ("my apprentice keeps cutting the conduit too short, how do I teach measuring", "Trains an apprentice"),
        ("how do you explain the Krebs cycle so my tenth graders don't fall asleep", "Teaches tenth graders"),
        ("The kids in my kindergarten class can't sit still. Circle time ideas?", "Teaches a kindergarten class"),
        ("my chemistry students keep mixing up moles and grams, any analogy?", "Teaches chemistry"),
        ("when my ambulance crew gets back from a bad call we just go silent", "Works on an ambulance crew"),
        # a licence of a trade
        (
            "I need to renew my CDL next month, do I need a new medical card too?",
            "Holds a CDL (commercial driver's license)",
        ),
        ("my nursing license is up for renewal in Ohio, how many CE hours do I need?", "Holds a nursing license"),
        (
            "my electrician's license covers residential only, can I still wire a shed?",
            "Holds an electrician's license",
        ),
        # what the user owns for a trade or a life
        ("our barn needs a new roof before winter, metal or shingles?", "Has a barn"),
        ("The prop on my boat's engine is dinged, can I sand it?", "Has a boat"),
        ("My hives got hit by mites again this summer. Oxalic acid or formic?", "Keeps bees"),
        ("we're weaning calves on our ranch next week, how do I keep the stress down?", "Has a ranch"),
        ("our tasting room gets slammed on Saturdays, how do we run reservations?", "Runs or works at a tasting room"),
        # a duty or rhythm of a trade
        ("When I'm on call I sleep badly, what helps after a 3am page?", "Works on-call shifts"),
        ("I'm grading 120 lab reports this weekend, any rubric tricks?", "Grades students' lab reports"),
        ("I write my sermons on Saturday night and always run late", "Preaches sermons"),
        ("after my rounds at the nursing home I want something quiet to read", "Does rounds at the nursing home"),
        ("on my days off from the fire station all I want to do is fish", "Works at the fire station"),
        ("i drive for a living, lumbar cushion recs?", "Drives for a living"),
        ("After my shift at the ER I can barely think straight, any wind-down ideas?", "Works shifts at the ER"),
        ("my shifts at the bar end at 2am, what's a good wind-down", "Works shifts at the bar"),
        ("my night shifts at the plant are wrecking my sleep, blackout curtains?", "Works night shifts at the plant"),
        ("I've got a 12-hour shift tomorrow on the cardiac unit, socks?", "Works 12-hour shifts at the cardiac unit"),
        ("I'm working a double shift on Saturday, snacks?", "Works shifts"),
        # a stage of life
        ("my pregnancy has made coffee smell awful, what warm drinks are safe?", "Is pregnant"),
        ("the walls in my dorm are paper thin, how do I sleep", "Lives in a dorm"),
        ("my midterms are all on the same day, how do I split studying?", "Is a student"),
        ("My PhD advisor wants a full draft by March. How do I plan the next 12 weeks?", "Is a PhD student"),
        ("our HOA says no clotheslines in the backyard, any drying racks?", "Lives in a community with an HOA"),
    ],
)
def test_a_role_said_in_passing_is_a_fact(turn: str, expected: str) -> None:
    assert reveals_something(turn)
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        # someone else's
        "my wife's patients keep calling our house phone, how do we block numbers?",
        "My sister's tenants are threatening to withhold rent. What should she do?",
        "my dad's barn is full of old tools, how do I sell them?",
        "my son wants to get his CDL, is trucking a good career?",
        "My mom's HOA is fining her for a flag, is that legal?",
        "my sister's pregnancy has been rough, what do I bring her?",
        # what is over
        "Back when I taught, my students loved the egg drop, do people still do that?",
        "my former employees asked for references, what should a letter say?",
        "I used to keep hives but gave them up when we moved.",
        "my last boat was a 16 foot jon boat, what's the step up?",
        "during my pregnancy I couldn't stand coffee, is that common?",
        # a wish, a plan, a condition
        "If I had a boat I'd name it something funny, give me puns",
        "my dream farm would have goats and a pond, what goats are easiest?",
        "I'm trying to get my pilot's license before 30, realistic?",
        "If I had employees I'd want a handbook, what goes in one?",
        "if my students ever asked about politics I wouldn't know what to say",
        # a question about the role, a one-off, a look-alike
        "What does a CDL cost in Texas?",
        "Do nurses get to pick their patients?",
        "I'm borrowing a friend's truck to move a couch, do I need extra insurance?",
        "we stayed in a cabin on the cruise ship, is an inside cabin ok?",
        "my boat budget is about 15k, new or used?",
        "my thesis is that remote work kills mentoring, can you argue against it?",
        "I finished my rounds of golf early, what stretches after 18 holes?",
        "what's my staff pick for this month, a mystery or a thriller?",
        "i'm on call for jury duty next week, what should I bring?",
        "what do you do for a living?",
        "Do I have a shift tomorrow?",
    ],
)
def test_no_role_of_the_user(turn: str) -> None:
    assert not read_turn(turn)


def test_someone_elses_duty_is_theirs() -> None:
    assert [(d.kind.value, d.text) for d in read_turn("my husband is on call this weekend, easy hikes?")] == [
        ("fact", "Has a husband")
    ]
