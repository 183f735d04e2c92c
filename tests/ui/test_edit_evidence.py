"""An item learned from an edit shows the draft and the user's version as its evidence, word by word."""

from __future__ import annotations

import uuid
from typing import Any

from tests.ui.browser import expect
from tests.ui.conftest import Live
from tests.ui.test_page import card, open_user


def test_an_edit_learned_item_shows_the_before_and_after(page: Any, live: Live) -> None:
    user = f"u-{uuid.uuid4().hex[:10]}"
    with live.client() as c:
        r = c.post(
            f"/v1/users/{user}/edits",
            params={"wait": "true"},
            json={
                "draft": "The loop trail is 6 miles long and climbs 1,200 feet <b>steeply</b>.",
                "edited": "The loop trail is 10 km long and climbs 370 m <b>steeply</b>.",
            },
        )
        assert r.status_code == 200, r.text
        [item] = c.get(f"/v1/users/{user}/memories").json()["items"]
    assert item["source"] == "edit"
    open_user(page, live, user)
    li = card(page, item["id"])
    li.get_by_role("button", name="History & evidence").click()
    diff = li.locator(".edit-diff")
    expect(diff.locator(".diff.before del").first).to_have_text("6 ")
    expect(diff.locator(".diff.after ins").first).to_have_text("10 ")
    expect(diff.locator(".diff.before")).to_contain_text("feet")
    expect(diff.locator(".diff.after")).to_contain_text("370 m")
    expect(diff.locator(".diff.after")).to_contain_text("<b>steeply</b>")  # markup stays text
    expect(li.locator("h3").first).to_contain_text("Learned from an edit")
