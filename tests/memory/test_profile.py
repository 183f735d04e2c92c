"""The profile: distinctive items first (compared only within a tenant) and the LLM summary paragraph,
written once per set of items and never a reason for a profile to fail."""

from __future__ import annotations

import logging

import pytest

from agents.llm.base import LLMTimeout
from agents.llm.scripted import ScriptedLLM
from agents.llm.summary import LLMSummarizer, ProfileSummary
from agents.services import Services
from memory.profile.service import Profile, ProfileService, render
from memory.store.schemas import MemoryPatch, NewMemory, NewUser
from memory.store.service import MemoryStore
from memory.types import MemoryKind

BEES = "I keep bees on my roof"
COFFEE = "I like coffee"


def texts(profile: Profile) -> list[str]:
    return [m.text for members in profile.categories.values() for m in members]


def seed_tenant(store: MemoryStore) -> None:
    store.create_user(NewUser(id="ann"))
    store.add("ann", NewMemory(text=COFFEE, category="food", confidence=0.95))
    store.add("ann", NewMemory(text=BEES, category="hobbies", confidence=0.6))
    store.create_user(NewUser(id="bob"))
    store.add("bob", NewMemory(text=COFFEE, category="food"))


def test_what_sets_a_user_apart_comes_first(store: MemoryStore, parts: Services) -> None:
    store.create_user(NewUser(id="ann"))
    store.add("ann", NewMemory(text=COFFEE, category="me", confidence=0.95))
    store.add("ann", NewMemory(text=BEES, category="me", confidence=0.6))
    alone = parts.profiles.get("ann")
    assert texts(alone) == [COFFEE, BEES]  # nobody to compare with: equally distinctive, by confidence
    assert {m.distinctiveness for m in alone.categories["me"]} == {1.0}

    store.create_user(NewUser(id="bob"))
    store.add("bob", NewMemory(text=COFFEE, category="me"))
    p = parts.profiles.get("ann")
    assert texts(p) == [BEES, COFFEE]
    scores = {m.text: m.distinctiveness for m in p.categories["me"]}
    assert scores[COFFEE] < 0.05 and scores[BEES] > 0.5
    assert p.markdown.index(BEES) < p.markdown.index(COFFEE)
    assert "bob" not in p.markdown and all(m.user_id == "ann" for m in p.categories["me"])


def test_categories_follow_their_most_distinctive_item_and_pins_stay_on_top(
    store: MemoryStore, parts: Services
) -> None:
    seed_tenant(store)
    store.add("ann", NewMemory(text="Drinks green tea", category="food", confidence=0.7))
    p = parts.profiles.get("ann")
    assert list(p.categories) == ["hobbies", "food"]  # food is the larger group, but bees set ann apart
    assert texts(p) == [BEES, "Drinks green tea", COFFEE]
    assert p.markdown.index("## hobbies") < p.markdown.index("## food")
    coffee = next(m for m in p.categories["food"] if m.text == COFFEE)
    store.update("ann", coffee.id, MemoryPatch(pinned=True))
    assert texts(parts.profiles.get("ann"))[1:] == [COFFEE, "Drinks green tea"]  # pinned first in its group


def test_other_tenants_are_never_compared(store: MemoryStore, parts: Services) -> None:
    seed_tenant(store)
    before = parts.profiles.get("ann")
    other = store.for_tenant("acme")
    other.create_user(NewUser(id="cid"))
    other.add("cid", NewMemory(text=BEES, category="hobbies"))
    other.create_user(NewUser(id="ann"))  # the same id in another tenant is another person
    other.add("ann", NewMemory(text="Collects stamps"))
    after = parts.profiles.get("ann")
    assert texts(after) == texts(before) == [BEES, COFFEE]
    assert [m.distinctiveness for m in after.categories["hobbies"]] == [
        m.distinctiveness for m in before.categories["hobbies"]
    ]
    assert "stamps" not in after.markdown
    acme = parts.profiles.for_tenant("acme").get("cid")
    assert acme.categories["hobbies"][0].distinctiveness > 0.5  # the default tenant's bees are not seen


def summarizing(parts: Services, llm: ScriptedLLM) -> ProfileService:
    return ProfileService(parts.sessions, summarizer=LLMSummarizer(llm))


def test_the_summary_is_written_once_per_set_of_items(store: MemoryStore, parts: Services) -> None:
    seed_tenant(store)
    llm = ScriptedLLM(ProfileSummary(summary="Ann keeps bees on her roof and likes coffee."))
    profiles = summarizing(parts, llm)
    p = profiles.get("ann")
    assert p.summary == "Ann keeps bees on her roof and likes coffee." and not p.summary_stale
    assert p.markdown.splitlines()[2] == p.summary  # on top, under the title
    prompt = llm.requests[0].messages[0].content
    assert prompt.index("<user_notes>") < prompt.index(BEES) < prompt.index(COFFEE) < prompt.index("</user_notes>")

    again = profiles.refresh("ann")  # unchanged items: no second call
    assert again.summary == p.summary and len(llm.requests) == 1
    assert summarizing(parts, llm).get("ann").summary == p.summary  # stored, not kept in memory
    assert len(llm.requests) == 1

    ann_coffee = next(m for m in p.categories["food"] if m.text == COFFEE)
    store.update("ann", ann_coffee.id, MemoryPatch(confidence=0.5))  # counters and confidence: same meaning
    assert profiles.get("ann").summary == p.summary and len(llm.requests) == 1

    store.add("ann", NewMemory(text="Is allergic to wasps", kind=MemoryKind.constraint))
    llm.enqueue({"summary": "Ann keeps bees, though allergic to wasps."})
    changed = profiles.get("ann")
    assert len(llm.requests) == 2 and changed.summary == "Ann keeps bees, though allergic to wasps."
    assert "wasps" in llm.requests[1].messages[0].content


def test_a_failed_summary_never_fails_the_profile(
    store: MemoryStore, parts: Services, caplog: pytest.LogCaptureFixture
) -> None:
    seed_tenant(store)
    llm = ScriptedLLM(LLMTimeout("anthropic API did not answer within 30 s"))
    profiles = summarizing(parts, llm)
    with caplog.at_level(logging.WARNING, logger="memory.profile.service"):
        p = profiles.get("ann")
    assert p.summary is None and not p.summary_stale and BEES in p.markdown
    assert "summary" in caplog.text and "did not answer" in caplog.text
    assert profiles.get("ann").summary is None and len(llm.requests) == 1  # not retried at once

    fresh = summarizing(parts, llm)  # (a new process: no memory of the failure)
    llm.enqueue({"summary": "Keeps bees."})
    assert fresh.get("ann").summary == "Keeps bees."
    store.add("ann", NewMemory(text="Runs marathons", category="sport"))
    llm.enqueue(RuntimeError("connection reset"))
    stale = fresh.get("ann")
    assert stale.summary == "Keeps bees." and stale.summary_stale  # the previous one, marked stale
    assert "Runs marathons" in stale.markdown


def test_offline_has_no_summary_and_summaries_are_plain_text(store: MemoryStore, parts: Services) -> None:
    seed_tenant(store)
    p = parts.profiles.get("ann")  # the default: offline, no summarizer
    assert p.summary is None and not p.summary_stale
    assert p.model_dump(mode="json")["summary"] is None

    evil = "Ann <script>alert(1)</script> likes **coffee** " + "and bees " * 60
    profiles = summarizing(parts, ScriptedLLM({"summary": evil}))
    shown = profiles.get("ann")
    assert shown.summary is not None and len(shown.summary.split()) <= 81 and shown.summary.endswith("…")
    line = shown.markdown.splitlines()[2]
    assert "<script>" not in line and r"\<script\>" in line and r"\*\*coffee\*\*" in line


def test_render_puts_the_summary_under_the_title() -> None:
    assert render("u", [], summary="Likes things.")[0].startswith("# What tacit knows about u\n\nLikes things.\n")
