"""The offline extractor: rules over hand-written turns, with the real embedding model for categories."""

from __future__ import annotations

import re

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from memory.ports import Embedder
from memory.types import MemoryKind, MemorySource

SLUG = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
LONG_ANSWER = "Sure! Here is a detailed answer with an introduction, three sections and a summary."


@pytest.fixture(scope="module")
def extractor(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder)


def run(extractor: OfflineExtractor, *turns: tuple[str, str]) -> list[Candidate]:
    """Extract from every user turn of a conversation given as (role, content) pairs."""
    convo = [Turn(message_id=i + 1, role=role, content=content) for i, (role, content) in enumerate(turns)]
    focus = [i for i, t in enumerate(convo) if t.role == "user"]
    result = extractor.extract(convo, focus)
    assert result.usage.calls == 0 and result.usage.input_tokens == 0
    assert all(SLUG.match(c.category) for c in result.candidates)
    return result.candidates


def said(extractor: OfflineExtractor, text: str, previous: str | None = None) -> list[Candidate]:
    turns = [("assistant", previous)] if previous else []
    return run(extractor, *turns, ("user", text))


def texts(candidates: list[Candidate]) -> list[str]:
    return [c.text for c in candidates]


def test_name_and_only_user_turns_in_focus_are_sources(extractor: OfflineExtractor) -> None:
    assert extractor.name == "offline"
    turns = [
        Turn(role="system", content="You are a helpful assistant. I love sushi and I'm vegan."),
        Turn(role="assistant", content="I love sushi too! I'm allergic to peanuts."),
        Turn(role="user", content="I'm allergic to shellfish."),
    ]
    assert extractor.extract(turns, [0, 1]).candidates == []
    assert texts(extractor.extract(turns, [0, 1, 2]).candidates) == ["Is allergic to shellfish"]
    assert extractor.extract(turns, [7]).candidates == []


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("I really love hiking in the mountains.", "Loves hiking in the mountains", MemoryKind.preference),
        ("I'm a big fan of jazz.", "Is a big fan of jazz", MemoryKind.preference),
        (
            "I prefer in-person classes over online courses.",
            "Prefers in-person classes over online courses",
            MemoryKind.preference,
        ),
        ("I'd rather take the bus than drive.", "Would rather take the bus than drive", MemoryKind.preference),
        ("I can't stand crowded places.", "Dislikes crowded places", MemoryKind.dislike),
        ("I'm not a fan of horror movies.", "Is not a fan of horror movies", MemoryKind.dislike),
        ("I have an aversion to loud bars.", "Has an aversion to loud bars", MemoryKind.dislike),
        ("I avoid fried food.", "Avoids fried food", MemoryKind.dislike),
    ],
)
def test_likes_and_dislikes_in_the_third_person(
    extractor: OfflineExtractor, text: str, expected: str, kind: MemoryKind
) -> None:
    (c,) = said(extractor, text)
    assert (c.text, c.kind, c.source) == (expected, kind, MemorySource.explicit)
    assert c.polarity == ("negative" if kind == MemoryKind.dislike else "positive")
    assert 0.85 <= c.confidence <= 0.9
    assert c.quote == text.rstrip(".") + "." and c.message_id == 1
    assert c.subject and c.subject in expected.lower()


def test_negation_makes_a_dislike(extractor: OfflineExtractor) -> None:
    (c,) = said(extractor, "I don't really like spicy food.")
    assert (c.text, c.kind, c.polarity, c.subject) == (
        "Dislikes spicy food",
        MemoryKind.dislike,
        "negative",
        "spicy food",
    )


def test_one_memory_per_clause_and_the_subject_carries_over(extractor: OfflineExtractor) -> None:
    got = said(extractor, "I avoid sugary drinks and prefer sparkling water - can't stand soda.")
    assert texts(got) == ["Avoids sugary drinks", "Prefers sparkling water", "Dislikes soda"]
    assert said(extractor, "Enjoy your trip and avoid the crowds!") == []


def test_hedging_doubt_and_the_past(extractor: OfflineExtractor) -> None:
    (hedged,) = said(extractor, "I think I prefer tea over coffee.")
    assert hedged.text == "Prefers tea over coffee" and hedged.confidence < 0.7
    (unsure,) = said(extractor, "I'm not sure I like opera.")
    assert unsure.kind == MemoryKind.dislike and unsure.confidence <= 0.5
    assert not any("Likes" in t for t in texts(said(extractor, "I'm not sure I like opera.")))
    [past] = said(extractor, "I used to love skiing.")  # nothing to store: it ends "Loves skiing" if known
    assert past.ends and past.text == "Loves skiing"


@pytest.mark.parametrize(
    ("text", "expected", "subject", "category"),
    [
        ("I'm vegetarian.", "Is vegetarian", "diet", "food"),
        ("I'm allergic to shellfish.", "Is allergic to shellfish", "allergy to shellfish", "health"),
        ("I don't drive.", "Doesn't drive", "drive", None),
        ("I only eat halal meat.", "Only eats halal meat", "eat halal meat", None),
        (
            "I'm looking for a laptop under $800.",
            "Has a budget under $800 for a laptop",
            "budget for laptop",
            "finance",
        ),
        ("I use a wheelchair.", "Uses a wheelchair", "wheelchair", "health"),
    ],
)
def test_constraints(extractor: OfflineExtractor, text: str, expected: str, subject: str, category: str | None) -> None:
    (c,) = said(extractor, text)
    assert (c.text, c.kind, c.subject) == (expected, MemoryKind.constraint, subject)
    assert c.polarity == "positive"  # only dislikes are negative: that is how stored memories compare
    if category is not None:
        assert c.category == category


def test_persona_facts_said_in_passing(extractor: OfflineExtractor) -> None:
    got = {c.text: c for c in said(extractor, "I live in Porto with my wife. Any tips for a rainy weekend?")}
    assert set(got) == {"Lives in Porto", "Has a wife"}
    assert got["Lives in Porto"].subject == "home city" and got["Lives in Porto"].category == "location"
    assert all(c.kind == MemoryKind.fact and c.source == MemorySource.implicit for c in got.values())
    assert 0.6 <= got["Has a wife"].confidence <= 0.75

    (dog,) = said(extractor, "What treats are safe for my dog?")
    assert (dog.text, dog.category, dog.subject) == ("Has a dog", "pets", "pet dog")
    (job,) = said(extractor, "I work as a nurse at a children's hospital.")
    assert (job.text, job.subject, job.category) == ("Works as a nurse at a children's hospital", "job", "work")
    (hobby,) = said(extractor, "I've been into pottery lately.")
    assert hobby.text == "Has been into pottery" and hobby.source == MemorySource.implicit
    assert texts(said(extractor, "I'm in my early 30s and I just moved to Denver.")) == [
        "Is in their early 30s",
        "Moved to Denver",
    ]


def test_conditional_context(extractor: OfflineExtractor) -> None:
    (c,) = said(extractor, "When I'm traveling for work, I prefer aisle seats.")
    assert (c.text, c.context) == ("Prefers aisle seats", "when traveling for work")
    (tone,) = said(extractor, "Please keep it formal when I email my manager.", previous=LONG_ANSWER)
    assert (tone.text, tone.context, tone.kind) == (
        "Prefers a formal tone",
        "when emailing their manager",
        MemoryKind.style,
    )


def test_choice_from_a_numbered_list_keeps_the_reason(extractor: OfflineExtractor) -> None:
    options = (
        "Here are some options:\n1. Take a cooking class at a local school\n2. Watch online cooking videos\n"
        "3. Buy a recipe book"
    )
    got = said(extractor, "I'll go with option 1. Online videos don't really work for me.", previous=options)
    assert texts(got) == ["Prefers to take a cooking class at a local school", "Dislikes online videos"]
    assert all(c.source == MemorySource.implicit for c in got)
    assert got[1].kind == MemoryKind.dislike and got[0].quote == "I'll go with option 1."


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("B sounds good!", "Prefers a beach resort with nightlife"),
        ("The first one, please.", "Prefers a quiet cabin in the woods"),
        ("Let's do the city hotel.", "Prefers a city hotel downtown"),
    ],
)
def test_choice_from_a_lettered_list(extractor: OfflineExtractor, reply: str, expected: str) -> None:
    options = "A few ideas: A) A quiet cabin in the woods B) A beach resort with nightlife C) A city hotel downtown"
    got = said(extractor, reply, previous=options)
    assert got[0].text == expected and got[0].kind == MemoryKind.preference


def test_no_choice_without_options(extractor: OfflineExtractor) -> None:
    assert said(extractor, "B sounds good!", previous="Paris is lovely in spring.") == []
    assert said(extractor, "Tell me more about option 2.") == []


@pytest.mark.parametrize(
    ("reply", "expected", "subject"),
    [
        ("Too long, shorter please.", "Prefers short, concise answers", "answer length"),
        ("Just the code, no explanations.", "Wants code only, without explanation", "code answers"),
        ("In TypeScript please.", "Prefers TypeScript for code examples", "programming language"),
        ("Can you answer in Spanish from now on?", "Prefers answers in Spanish", "response language"),
        ("Use bullet points.", "Prefers bullet points", "format"),
        ("Please stop using emojis.", "Doesn't want emojis in answers", "emojis"),
    ],
)
def test_feedback_on_answers(extractor: OfflineExtractor, reply: str, expected: str, subject: str) -> None:
    (c,) = said(extractor, reply, previous=LONG_ANSWER)
    assert (c.text, c.kind, c.source, c.category, c.subject) == (
        expected,
        MemoryKind.style,
        MemorySource.feedback,
        "communication",
        subject,
    )


def test_one_off_instruction_in_a_task_is_not_feedback(extractor: OfflineExtractor) -> None:
    task = "What does this function return? No explanation is needed, just the number. " * 3
    assert said(extractor, task) == []


@pytest.mark.parametrize(
    "text",
    [
        "Do you like sushi?",
        "What's the best hotel in Rome?",
        "If I were rich I'd buy a sports car.",
        "Suppose I liked jazz, what would you recommend?",
        "My sister loves sushi.",
        "Can you recommend a good Italian restaurant?",
        "Write me a poem about dogs.",
        "Thanks, that's great! I love that idea.",
        "I like your watch.",
        "```python\n# I love this function, I hate bugs\ndef f(x):\n    return x\n```\nwhy does this fail?",
        'Traceback (most recent call last):\n  File "app.py", line 3\nValueError: I prefer ints',
        '{"name": "Ana", "note": "I love hiking"}',
        "Please proofread this email: I love working with your team and I prefer meeting on Mondays.",
        "> I hate mornings\nWhat does this quote mean?",
        "yeah sure, i LOVE debugging race conditions at 3am. totally my favorite hobby",
        "Omg yes I LOVE spending my whole Saturday scrubbing the oven. Best day ever.",
    ],
)
def test_nothing_from_questions_hypotheticals_others_requests_and_pastes(
    extractor: OfflineExtractor, text: str
) -> None:
    assert said(extractor, text) == []


def test_categories_from_embeddings(extractor: OfflineExtractor) -> None:
    (food,) = said(extractor, "I love spicy Thai curries.")
    (travel,) = said(extractor, "I prefer window seats on long flights.")
    assert (food.category, travel.category) == ("food", "transportation")


def test_one_candidate_per_statement_and_deterministic(extractor: OfflineExtractor) -> None:
    turns = [("user", "I'm vegetarian."), ("assistant", "Noted!"), ("user", "As I said, I'm vegetarian.")]
    first = run(extractor, *turns)
    assert texts(first) == ["Is vegetarian"] and first[0].message_id == 1
    assert run(extractor, *turns) == first


def test_bullet_list_about_oneself(extractor: OfflineExtractor) -> None:
    got = said(extractor, "A few things about me:\n- I'm vegan\n- I hate early mornings\n- I live in Leeds")
    assert texts(got) == ["Is vegan", "Hates early mornings", "Lives in Leeds"]


def test_modal_verbs_take_no_third_person_s(extractor: OfflineExtractor) -> None:
    got = texts(
        said(extractor, "I'm a strong advocate for electric cars and I will not consider any gas-powered options.")
    )
    assert any(t.startswith("Will not consider any gas-powered options") for t in got), got
    assert not any("Wills" in t for t in got)
