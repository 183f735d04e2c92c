"""How the user wants to be answered, said as a wish in any voice, is a style memory with one subject per dimension
of an answer (so a later change of mind replaces it); an edit of one text, a question about style, someone else's
wish, a one-off or a thing that is no answer is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn
from agents.services import Services
from memory.learn.jobs import JobState
from memory.learn.log import NewTurns
from memory.store.schemas import MemoryFilter
from memory.types import MemoryStatus

SHORT = ("Prefers short, concise answers", "answer length")
DETAILED = ("Prefers detailed answers", "answer length")


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("I want detailed answers", DETAILED),
        ("give me detailed answers", DETAILED),
        ("I want you to be more detailed", DETAILED),
        ("I prefer detailed answers", DETAILED),  # before: subject 'detailed answers', never replacing a length
        ("I like thorough explanations, especially about chess openings.", DETAILED),
        ("in general I like when you go deep into the details", DETAILED),
        ("i like short answers", SHORT),
        ("I'd rather you keep things brief.", SHORT),
        ("I'm a fan of brief answers.", SHORT),
        ("keep your answers under a paragraph please", SHORT),
        ("no more than 3 sentences per answer please", SHORT),
        ("for me is better the short answer", SHORT),
        ("I want answers in Spanish", ("Prefers answers in Spanish", "response language")),
        ("please always answer me in German", ("Prefers answers in German", "response language")),
        ("I'd prefer you write in Portuguese.", ("Prefers answers in Portuguese", "response language")),
        ("u can speak german with me, is my language", ("Prefers answers in German", "response language")),
        ("I prefer paragraphs over bullet points.", ("Prefers answers in prose rather than lists", "format")),
        ("I like tables when you compare things.", ("Prefers tables for comparisons", "format")),
        ("I don't like when you use tables, just write it out", ("Doesn't want tables in answers", "format")),
        ("I prefer answers as numbered lists.", ("Prefers numbered lists", "format")),
        ("I prefer a friendly tone.", ("Prefers a casual, friendly tone", "tone")),
        ("you don't need to be so formal with me", ("Prefers a casual, friendly tone", "tone")),
        ("please be professional in your answers", ("Prefers a formal tone", "tone")),
        ("i like when u are funny, keep the jokes", ("Likes humor in answers", "humor")),
        ("I learn best with examples", ("Wants concrete examples in answers", "examples")),
        ("analogies really help me understand physics", ("Likes analogies in explanations", "analogies")),
        ("I want the explanation, not just the code.", ("Wants code explained, not just given", "code answers")),
        ("I prefer metric units", ("Prefers metric units", "units")),
        ("I think in miles, not kilometers.", ("Prefers imperial units", "units")),
        ("I like emojis, use them!", ("Likes emojis in answers", "emojis")),
        ("i hate emojis in answers", ("Doesn't want emojis in answers", "emojis")),
        ("I want sources for every claim.", ("Wants sources cited in answers", "sources")),
        ("I prefer simple explanations.", ("Wants simple explanations without jargon", "jargon")),
        (
            "I'm a physicist, you can use technical terms with me.",
            ("Is comfortable with technical terms in answers", "jargon"),
        ),
        ("ask me before assuming", ("Wants to be asked rather than have things assumed", "assumptions")),
        ("I prefer prose to bullet points", ("Prefers answers in prose rather than lists", "format")),
        ("one option, not five", ("Wants a single recommendation", "options")),
        ("stop giving me five options every time", ("Wants a single recommendation", "options")),
        ("Please stop saying you're just an AI.", ("Doesn't want reminders that it is an AI", "ai reminders")),
    ],
)
def test_a_wish_about_answers_is_one_style_memory(turn: str, expected: tuple[str, str]) -> None:
    assert reveals_something(turn)
    drafts = [(d.kind.value, d.text, d.subject) for d in read_turn(turn)]
    assert [d for d in drafts if d[0] == "style"] == [("style", *expected)]
    assert all(kind == "fact" for kind, _, _ in drafts if kind != "style")  # "I'm a physicist, ...": Is a physicist


@pytest.mark.parametrize(
    ("answer", "turn", "expected"),
    [
        (
            "Here are the key points:\n- Use a sharp chisel\n- Cut with the grain",
            "ugh, again with the bullet points",
            "Dislikes bullet-point formatting",
        ),
        (
            "The causes were:\n- drought\n- war",
            "write in prose, not lists",
            "Prefers answers in prose rather than lists",
        ),
        ("The bridge spans 300 meters.", "metric please", "Prefers metric units"),
        ("Basswood, because it is soft.", "perfect. short and to the point", "Prefers short, concise answers"),
        (
            "Greetings! I am delighted to assist.",
            "lol relax, you can be casual with me",
            "Prefers a casual, friendly tone",
        ),
    ],
)
def test_a_reaction_to_the_answer(answer: str, turn: str, expected: str) -> None:
    assert [d.text for d in read_turn(turn, answer)] == [expected]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("for history questions I like long detailed answers", ("Prefers detailed answers", "for history questions")),
        ("In the morning I only want detailed answers.", ("Prefers detailed answers", "in the morning")),
        (
            "when I ask about astronomy, I want detailed answers",
            ("Prefers detailed answers", "when asking about astronomy"),
        ),
    ],
)
def test_the_situation_is_kept(turn: str, expected: tuple[str, str]) -> None:
    assert [(d.text, d.context) for d in read_turn(turn)] == [expected]


@pytest.mark.parametrize(
    "turn",
    [
        "make this shorter",
        "translate this to Spanish",
        "is a table better here?",
        "my boss wants bullet points",
        "my teacher wants answers in French for the homework",
        "just the code this time",
        "This time just give me the short version.",
        "Can you make this paragraph more formal?",
        "Give me a detailed explanation of how transistors work.",
        "Summarize this article in three bullet points.",
        "Can you list the planets as bullet points?",
        "should answers in a debate be short or long?",
        "Do you prefer detailed answers or short ones when you explain things?",
        "If I wanted long answers I'd read a book, haha. What's the boiling point of water?",
        "I need detailed answers for my exam, can you help me study the French revolution?",
        "I want a short rope for climbing.",
        "I want examples of igneous rocks.",
        "The book has detailed answers at the back.",
        "Students want short answers in class.",
        "short answers or long ones, whatever you think",
        "Use a table to compare these three telescopes.",
        "In my city Porto the winter waves are too big for me. When the swell is more than 2 meters",
        "emojis are annoying",
    ],
)
def test_no_wish_about_answers(turn: str) -> None:
    assert not [d for d in read_turn(turn) if d.kind.value == "style"]


def _learn(parts: Services, user: str, *turns: str) -> None:
    for turn in turns:
        receipt = parts.log.append(user, NewTurns.model_validate({"turns": [{"role": "user", "content": turn}]}))
        assert receipt.job_id is not None
        assert parts.worker.wait_for(receipt.job_id, "default").state == JobState.done


@pytest.mark.parametrize(
    ("first", "then", "old", "new"),
    [
        ("Keep answers short and concise please.", "I want detailed answers", SHORT[0], DETAILED[0]),
        ("I prefer detailed answers", "i like short answers", DETAILED[0], SHORT[0]),
        (
            "I want answers in Spanish",
            "From now on I'd like all your answers in Japanese.",
            "Prefers answers in Spanish",
            "Prefers answers in Japanese",
        ),
        (
            "I prefer a friendly tone.",
            "please be professional in your answers",
            "Prefers a casual, friendly tone",
            "Prefers a formal tone",
        ),
        (  # 'format' holds one value (agents.graph.reconcile.ONE_VALUE_SUBJECTS)
            "I like bullet points",
            "write in prose from now on",
            "Prefers bullet points",
            "Prefers answers in prose rather than lists",
        ),
    ],
)
def test_a_change_of_mind_replaces_the_earlier_value(
    parts: Services, first: str, then: str, old: str, new: str
) -> None:
    _learn(parts, "maya", first, then)
    active = [m.text for m in parts.store.list_memories("maya").items]
    assert new in active and old not in active
    superseded = parts.store.list_memories("maya", MemoryFilter(status=[MemoryStatus.superseded])).items
    assert [m.text for m in superseded] == [old]


def test_a_measure_said_of_a_unit_is_no_wish_for_it() -> None:
    assert [d.text for d in read_turn("Metric, always. Imperial makes no sense to me.")] == ["Prefers metric units"]
