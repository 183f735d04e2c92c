"""The page at /ui in a real browser (Debian's chromium) against a real API on 127.0.0.1."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import httpx

from memory.store.schemas import NewMemory
from tests.ui.browser import expect
from tests.ui.conftest import Live

EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def open_user(page: Any, live: Live, user_id: str) -> None:
    page.goto(f"{live.url}/ui#user={user_id}")
    expect(page.locator("#memory-list > li").first).to_be_visible()


def card(page: Any, memory_id: str) -> Any:
    return page.locator(f'#memory-list > li[data-id="{memory_id}"]')


def context(live: Live, user_id: str, query: str) -> dict[str, Any]:
    with live.client() as c:
        r = c.post(f"/v1/users/{user_id}/context", json={"query": query, "budget_tokens": 400})
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body


def test_an_edit_in_the_page_changes_what_recall_injects(page: Any, live: Live) -> None:
    user = live.add_user("Dana")
    veg = live.add(user, "Is vegetarian", kind="constraint", category="food")
    live.add(user, "Prefers aisle seats on planes", category="travel")
    open_user(page, live, user)
    expect(page.get_by_role("heading", name="Dana")).to_be_visible()

    item = card(page, veg["id"])
    item.get_by_role("button", name="Edit").click()
    text = item.get_by_label("Text")
    expect(text).to_be_focused()
    text.fill("Is vegan: no meat, dairy or eggs")
    item.get_by_label("Category").fill("diet")
    item.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Saved.")
    expect(item.locator(".text")).to_have_text("Is vegan: no meat, dairy or eggs")
    expect(item.get_by_role("button", name="Edit")).to_be_focused()

    prefix = context(live, user, "ideas for dinner tonight")["prefix"]
    assert "Is vegan: no meat, dairy or eggs" in prefix and "Is vegetarian" not in prefix
    saved = live.get(user, veg["id"])
    assert saved["human_edited"] is True and saved["category"] == "diet"

    # the history shows the text before and after
    item.get_by_role("button", name="History & evidence").click()
    expect(item.locator(".diff.before")).to_contain_text("Is vegetarian")
    expect(item.locator(".diff.after")).to_contain_text("Is vegan")

    # "try a request" shows the same prefix and why the item was chosen
    page.get_by_role("button", name="Try a request").click()
    page.get_by_label("The request").fill("ideas for dinner tonight")
    page.get_by_label("The request").press("Enter")
    expect(page.locator("#try-result pre")).to_contain_text("Is vegan: no meat, dairy or eggs")
    expect(page.locator("#try-result .why").first).to_contain_text("always applies (constraint)")


def test_delete_and_restore_in_the_page(page: Any, live: Live) -> None:
    user = live.add_user()
    gone = live.add(user, "Has a cat called Miso", kind="fact", category="home")
    live.add(user, "Likes short answers", kind="style", category="communication")
    open_user(page, live, user)

    item = card(page, gone["id"])
    item.get_by_role("button", name="Delete").click()
    expect(item.locator(".chip-deleted")).to_have_text("deleted")
    expect(item.get_by_role("button", name="Restore")).to_be_focused()
    assert live.get(user, gone["id"])["status"] == "deleted"
    expect(page.locator("#user-meta")).to_contain_text("1 active memory")

    # the active list no longer has it; the "Deleted" filter does
    page.get_by_label("Status").select_option("active")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#memory-list > li")).to_have_count(1)
    expect(card(page, gone["id"])).to_have_count(0)
    page.get_by_label("Status").select_option("deleted")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#memory-list > li")).to_have_count(1)
    card(page, gone["id"]).get_by_role("button", name="Restore").click()
    expect(page.get_by_role("status")).to_have_text("Restored.")
    expect(card(page, gone["id"]).get_by_role("button", name="Delete")).to_be_visible()
    assert live.get(user, gone["id"])["status"] == "active"


def test_export_downloads_json_and_markdown(page: Any, live: Live) -> None:
    user = live.add_user()
    live.add(user, "Writes Rust at work", kind="fact", category="work")
    open_user(page, live, user)

    with page.expect_download() as info:
        page.get_by_role("link", name="Download JSON").click()
    download = info.value
    assert download.suggested_filename == f"tacit-{user}.json"
    doc = json.loads(Path(download.path()).read_text())
    assert doc["user"]["id"] == user and [m["text"] for m in doc["memories"]] == ["Writes Rust at work"]

    with page.expect_download() as info:
        page.get_by_role("link", name="Download Markdown").click()
    download = info.value
    assert download.suggested_filename == f"tacit-{user}.md"
    markdown = Path(download.path()).read_text()
    assert markdown.startswith(f"# What tacit knows about {user}") and "Writes Rust at work" in markdown


def test_markup_in_memories_shows_as_text_and_never_runs(page: Any, live: Live) -> None:
    user = live.add_user(display_name=EVIL)
    evil = live.add(user, EVIL, category="general", context=EVIL, pinned=True, evidence=[{"quote": EVIL}])
    open_user(page, live, user)

    item = card(page, evil["id"])
    expect(item.locator(".text")).to_have_text(EVIL)
    expect(item.locator(".context")).to_have_text(f"When {EVIL}")
    expect(page.locator("#user-title")).to_have_text(EVIL)
    expect(page.locator(".user-list")).to_contain_text(EVIL)
    item.get_by_role("button", name="History & evidence").click()
    expect(item.locator("blockquote")).to_have_text(EVIL)
    expect(item.locator(".events .diff")).to_have_text(f"Text{EVIL}")
    page.get_by_role("button", name="Profile").click()
    expect(page.locator("#profile")).to_contain_text(EVIL)
    page.get_by_role("button", name="Try a request").click()
    page.get_by_label("The request").fill("anything at all")
    page.get_by_role("button", name="Build context").click()
    expect(page.locator("#try-result .chosen")).to_contain_text(EVIL)

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img, script:not([src])").count() == 0


def test_an_api_key_is_asked_for_and_sent(page: Any, live: Live) -> None:
    """When tacit answers 401 the page asks for a key, then sends it with every call, downloads included.
    (The 401s come from a stand-in in the browser, so this test does not depend on how keys are made.)"""
    user = live.add_user("Kay")
    live.add(user, "Keeps notes in Markdown", kind="fact", category="work")
    key = "tk_test_key"

    def gate(route: Any) -> None:
        if route.request.headers.get("x-tacit-key") == key:
            route.continue_()
        else:
            body = {"error": {"code": "unauthorized", "message": "this tacit requires an API key"}}
            route.fulfill(status=401, json=body)

    page.route("**/v1/**", gate)
    page.goto(f"{live.url}/ui#user={user}")
    expect(page.get_by_role("alert")).to_contain_text("this tacit requires an API key")
    page.get_by_label("API key").fill(key)
    page.get_by_label("API key").press("Enter")
    expect(page.get_by_role("button", name="Kay")).to_be_visible()
    expect(page.locator("#memory-list")).to_contain_text("Keeps notes in Markdown")
    expect(page.locator("#alert")).to_be_empty()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download JSON").click()
    assert info.value.suggested_filename == f"tacit-{user}.json"
    assert json.loads(Path(info.value.path()).read_text())["user"]["id"] == user


def test_a_409_from_editing_a_superseded_item_is_shown_politely(page: Any, live: Live) -> None:
    user = live.add_user()
    old = live.add(user, "Lives in Lisbon", kind="fact", category="home", subject="home city")
    open_user(page, live, user)
    item = card(page, old["id"])
    item.get_by_role("button", name="Edit").click()
    item.get_by_label("Text").fill("Lives in Lisbon, near the river")

    # meanwhile the learner hears of a move: the item the page shows is superseded
    live.parts.store.supersede(user, old["id"], NewMemory(text="Lives in Porto", subject="home city"), actor="test")
    item.get_by_role("button", name="Save").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Sorry, saving your change did not work.")
    expect(alert).to_contain_text("is superseded; restore it first")
    expect(alert).to_be_in_viewport()
    # what the person typed is still there; cancelling shows the item as it is now
    expect(item.get_by_label("Text")).to_have_value("Lives in Lisbon, near the river")
    item.get_by_role("button", name="Cancel").click()
    expect(item.locator(".chip-superseded")).to_have_text("superseded")
    expect(item.get_by_role("button", name="Restore")).to_be_visible()
    assert live.get(user, old["id"])["text"] == "Lives in Lisbon"

    alert.get_by_role("button", name="Dismiss").click()
    expect(page.locator("#alert")).to_be_empty()


def test_the_page_works_from_the_keyboard(page: Any, live: Live) -> None:
    name = f"Keyboard Kim {uuid.uuid4().hex[:6]}"  # the filter must match this user alone
    user = live.add_user(name)
    pin_me = live.add(user, "Prefers metric units", category="general")
    live.add(user, "Drinks tea, not coffee", category="food")
    page.goto(f"{live.url}/ui")

    # choose the user: filter box, Tab to the (only) matching user, Enter. The users arrive after the page
    # loads: Tab only once the list is drawn and filtered (on a loaded machine the fetch can outlast the typing,
    # and Tab would then skip the list that was still empty).
    page.get_by_label("Filter users").focus()
    page.keyboard.type(name)
    expect(page.locator("#user-list")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#user-list button")).to_have_count(1)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name=name)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#memory-list > li")).to_have_count(2)

    # Enter in the search box submits the filters
    page.get_by_label("Text contains").focus()
    page.keyboard.type("metric")
    page.keyboard.press("Enter")
    expect(page.locator("#memory-list > li")).to_have_count(1)

    # Tab on to the item's Pin button: the focus is visible, Space pins, Enter unpins
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.action") == "pin":
            break
    pin = card(page, pin_me["id"]).get_by_role("button", name="Pin")
    expect(pin).to_be_focused()
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert outline[0] != "none" and outline[1] != "0px", outline
    page.keyboard.press("Space")
    expect(page.get_by_role("status")).to_have_text("Pinned.")
    unpin = card(page, pin_me["id"]).get_by_role("button", name="Unpin")
    expect(unpin).to_be_focused()
    assert live.get(user, pin_me["id"])["pinned"] is True
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("Unpinned.")
    assert live.get(user, pin_me["id"])["pinned"] is False

    # Shift+Tab back to Edit, Enter opens the form, Escape closes it and gives the focus back
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(card(page, pin_me["id"]).get_by_label("Text")).to_be_focused()
    page.keyboard.press("Escape")
    expect(card(page, pin_me["id"]).get_by_role("button", name="Edit")).to_be_focused()


def test_the_user_list_says_when_it_is_loading_and_keeps_the_focus_when_redrawn(page: Any, live: Live) -> None:
    name = f"Focus Fay {uuid.uuid4().hex[:6]}"
    live.add_user(name)
    held: list[Any] = []  # the users' answer is held back: the state a loaded machine produces
    page.route("**/v1/users?*", lambda route: held.append(route))
    page.goto(f"{live.url}/ui")
    expect(page.locator("#user-list")).to_have_attribute("aria-busy", "true")
    page.get_by_label("Filter users").fill(name)
    page.wait_for_function("() => true")  # a round trip to the page, so the route handler has run
    assert held, "the page asked for no users"
    for route in held:
        route.continue_()
    expect(page.locator("#user-list")).to_have_attribute("aria-busy", "false")
    button = page.get_by_role("button", name=name)
    expect(page.locator("#user-list button")).to_have_count(1)
    page.get_by_label("Filter users").focus()
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    # a redraw of the list (here: the filter's input event, as when a count changes) keeps the focus there
    page.get_by_label("Filter users").dispatch_event("input")
    expect(button).to_be_focused()


def test_a_narrow_screen_shows_the_list_without_sideways_scrolling(browser: Any, live: Live) -> None:
    user = live.add_user("Sam with a rather long display name")
    live.add(user, "Wants every answer to end with a one-line summary", kind="style", category="communication")
    live.add(user, "Reads " + "https://example.org/a-very-long-link/" * 4, category="reading")
    live.add(user, "Unbrokenword" * 12, category="general", context="when testing long words")
    context_ = browser.new_context(viewport={"width": 360, "height": 780}, is_mobile=True, has_touch=True)
    try:
        page = context_.new_page()
        open_user(page, live, user)
        expect(page.locator("#memory-list > li")).to_have_count(3)
        page.locator("#memory-list > li").first.get_by_role("button", name="History & evidence").click()
        expect(page.locator(".events").first).to_be_visible()
        widths = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1] == 360, widths
        for box in [page.locator(s).first.bounding_box() for s in ("#memory-list > li", "#filters", ".user-list")]:
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    finally:
        context_.close()


def test_screenshot(page: Any, live: Live, tmp_path: Path) -> None:
    """The page with sample memories. TACIT_UI_SCREENSHOT=docs/ui.png writes it there (for the docs)."""
    user = "maya"
    with live.client() as c:
        if c.get(f"/v1/users/{user}").status_code == 404:
            seed(c, user)
    page.set_viewport_size({"width": 1280, "height": 1000})
    open_user(page, live, user)
    expect(page.locator("#memory-list > li")).to_have_count(6)
    edited = page.locator("#memory-list > li").nth(2)  # the one seed() edited: its history has before/after
    edited.get_by_role("button", name="History & evidence").click()
    expect(edited.locator(".diff.after")).to_be_visible()
    page.evaluate("document.activeElement.blur()")
    target = Path(os.environ.get("TACIT_UI_SCREENSHOT") or tmp_path / "ui.png")
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000


def seed(c: httpx.Client, user: str) -> None:
    for uid, name in [("ben", "Ben Okafor"), (user, "Maya Lindqvist"), ("priya", "Priya Raman")]:
        c.post("/v1/users", json={"id": uid, "display_name": name})
    items: list[dict[str, Any]] = [
        {
            "text": "Is allergic to peanuts",
            "kind": "constraint",
            "category": "food",
            "pinned": True,
            "source": "explicit",
            "evidence": [{"quote": "I'm allergic to peanuts, so please keep them out."}],
        },
        {
            "text": "Prefers window seats on long flights",
            "category": "travel",
            "source": "implicit",
            "confidence": 0.7,
            "evidence": [{"quote": "Got the window seat again, I can finally sleep."}],
        },
        {
            "text": "Writes Python and TypeScript at work",
            "kind": "fact",
            "category": "work",
            "source": "explicit",
            "evidence": [{"quote": "At work it's all Python on the backend and TypeScript on the front."}],
        },
        {
            "text": "Wants short answers with a code example",
            "kind": "style",
            "category": "communication",
            "context": "when asking programming questions",
            "source": "feedback",
            "confidence": 0.85,
        },
        {
            "text": "Dislikes horror films",
            "kind": "dislike",
            "category": "entertainment",
            "source": "explicit",
            "evidence": [{"quote": "Anything but horror, please."}],
        },
        {"text": "Runs 10 km on Saturday mornings", "kind": "fact", "category": "health", "source": "manual"},
    ]
    for other, text in [("ben", "Plays the cello"), ("ben", "Prefers Celsius"), ("priya", "Works night shifts")]:
        c.post(f"/v1/users/{other}/memories", json={"text": text})
    ids = [c.post(f"/v1/users/{user}/memories", json=item).json()["id"] for item in items]
    c.patch(f"/v1/users/{user}/memories/{ids[3]}", json={"text": "Wants concise answers with one code example"})
