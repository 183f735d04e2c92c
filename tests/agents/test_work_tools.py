"""The user's work, tools and time (agents/offline/work_tools.py): the tools they or their team work with, a
platform for one place, a version they are stuck on, work done in a named tool, and the time they have; a
question, a plan, a tool for the task at hand, someone else's tools and a time said once are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn
from agents.offline.work_tools import work_tools


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return [(d.kind.value, d.text, d.context) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("we use Jira at work, how do I make a filter?", [("fact", "Uses Jira", "at work")]),
        ("our team is on Slack, so async updates are the norm", [("fact", "Team uses Slack", "")]),
        ("we deploy to aws, mostly ecs", [("fact", "Deploys to AWS", "")]),
        ("My team runs everything on Kubernetes.", [("fact", "Team runs everything on Kubernetes", "")]),
        ("our company uses SAP for everything, its painful", [("fact", "Uses SAP for everything", "at work")]),
        ("The whole office is on Outlook and Teams.", [("fact", "Uses Outlook and Teams", "at work")]),
        ("Our school uses Google Classroom.", [("fact", "Uses Google Classroom", "at school")]),
        ("We use Salesforce as our CRM.", [("fact", "Uses Salesforce as their CRM", "")]),
        (
            "We're a small agency, we use Figma and Webflow for client sites.",
            [("fact", "Uses Figma and Webflow for client sites", "")],
        ),
        ("we switched to Jira from Trello this spring", [("fact", "Uses Jira", "")]),
        ("our stack is Django and Postgres", [("fact", "Stack is Django and Postgres", "")]),
        ("Our whole backend is Java 11 and Spring Boot.", [("fact", "Backend is Java 11 and Spring Boot", "")]),
        ("we are a react + typescript shop", [("fact", "Works in a react + typescript shop", "")]),
    ],
)
def test_the_tools_of_their_work(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert reveals_something(sentence)
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I'm on Windows at work but Mac at home",
            [("fact", "Uses Windows", "at work"), ("fact", "Uses a Mac", "at home")],
        ),
        ("i'm still on windows 7 at home, dont judge", [("fact", "Uses Windows 7", "at home")]),
        ("I'm stuck on Python 3.8 at work", [("constraint", "Must use Python 3.8", "at work")]),
        (
            "ugh im stuck on internet explorer at work, corporate policy",
            [("constraint", "Must use Internet Explorer", "at work")],
        ),
        ("we must use Java 8 at my company", [("constraint", "Must use Java 8", "at work")]),
        ("We have to use Oracle for everything.", [("constraint", "Must use Oracle for everything", "")]),
        ("I write everything in LaTeX", [("fact", "Writes everything in LaTeX", "")]),
        ("i track my hours in toggl", [("fact", "Tracks their hours in toggl", "")]),
        ("I shoot on a Canon R6.", [("fact", "Shoots on a Canon R6", "")]),
        ("my daily driver is a ThinkPad running Arch", [("fact", "Uses a ThinkPad running Arch", "")]),
        ("my camera is a Sony a6400", [("fact", "Camera is a Sony a6400", "")]),
    ],
)
def test_a_platform_a_version_and_work_in_a_tool(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I only have 20 minutes for lunch", [("constraint", "Has only 20 minutes for lunch", "")]),
        ("I only have about 10 minutes on my break", [("constraint", "Has only 10 minutes on their break", "")]),
        ("between work and the kids I have maybe 30 min a day", [("constraint", "Has only 30 minutes a day", "")]),
        ("My lunch break is only 30 minutes.", [("constraint", "Lunch break is only 30 minutes", "")]),
        ("i work 4 tens", [("fact", "Works 4 ten-hour days a week", "")]),
        ("I work 12 hour shifts, three days a week.", [("fact", "Works 12-hour shifts, three days a week", "")]),
        ("I work from 9 to 5 Monday to Friday.", [("fact", "Works 9 to 5, Monday to Friday", "")]),
        ("I have weekends free", [("fact", "Has weekends free", "")]),
        ("my evenings are free after 8", [("fact", "Has evenings free after 8", "")]),
        ("I'm free on Tuesday and Thursday evenings.", [("fact", "Is free on Tuesday and Thursday evenings", "")]),
        ("sadly i have no time during weekdays", [("constraint", "Has no free time during weekdays", "")]),
        ("Sundays are the only time I can do meal prep.", [("constraint", "Can only do meal prep on Sundays", "")]),
        ("i drive 40 min each way to work", [("fact", "Drives 40 minutes each way to work", "")]),
        (
            "Our company is going back to the office three days a week.",
            [("fact", "Works in the office three days a week", "")],
        ),
    ],
)
def test_the_time_they_have(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert reveals_something(sentence)
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "is Jira any good?",
        "should we move to AWS?",
        "We could deploy to Azure or GCP, which is cheaper?",
        "if we used Kubernetes would this be easier?",
        "We might move to GCP next year.",
        "I'm using pandas for this script",
        "I have to use Excel for this report, how do I pivot?",
        "my boss uses a Mac and keeps sending me .pages files",
        "They use SAP at my wife's company.",
        "Our team is arguing about Slack vs Discord.",
        "I only have 20 minutes right now, give me the short version",
        "I only have an hour tonight, what can I cook?",
        "I'm free this Saturday, what should I do in Lisbon?",
        "I have 2 hours to kill at the airport",
        "I work 9 to 5 tomorrow so I can't come",
        "I'm on a train right now, so short answers",
        "I'm on the fence about Rust.",
        "we're on vacation next week in Spain",
        "We work in London.",
        "we're on Medicaid",
        "I'm stuck on Chapter 3 of the book",
        "I'm on Windows at work",
        "Our website is down again.",
        "our stack is a mess",
        "I slept all day yesterday.",
        "I write in the mornings before work.",
        "I play on Fridays with my group.",
        'Traceback (most recent call last):\n  File "app.py", line 3\nModuleNotFoundError: No module named django',
    ],
)
def test_not_their_tools_or_time(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize("clause", ["we live in Denver", "we moved to Denver last year", "we're on Eastern time"])
def test_a_place_is_no_tool(clause: str) -> None:
    assert work_tools(clause) == []  # "Lives in Denver" is the household rule's
