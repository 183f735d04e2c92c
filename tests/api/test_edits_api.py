"""Learning from a user's edit of an answer, over HTTP on the real stack (SQLite, Chroma, the embedding model,
the offline edit reader)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

LONG_DRAFT = (
    "Great question! There are several factors to consider when choosing a laptop for programming. First, you "
    "will want a processor with enough cores, because compiling large projects benefits from parallelism. "
    "Second, memory matters a lot: sixteen gigabytes is a comfortable minimum these days. Third, think about "
    "the screen, the keyboard and the battery life, since you will spend many hours with it every day."
)
SHORT_EDIT = "Get 8+ cores, 16 GB RAM, a good keyboard and long battery life."
BULLET_DRAFT = (
    "Here is the plan:\n- Arrive at 9 and set up the room\n- Run the workshop until noon\n- Lunch with the team\n"
    "- Wrap up by 3"
)
PROSE_EDIT = (
    "Here is the plan: arrive at 9 to set up the room, run the workshop until noon, lunch with the team, wrap up by 3."
)
CASUAL_EMAIL = (
    "Hey Mark!\nJust a quick heads up, the report's gonna be late, sorry! We'll get it to you by Friday, "
    "no worries.\nCheers"
)
FORMAL_EMAIL = (
    "Dear Mark,\nI am writing to let you know that the report will be delayed. We will deliver it by Friday. "
    "Please let me know if this causes any difficulty.\nKind regards"
)
CODE_DRAFT = (
    "Sure! To reverse a list in Python you can use slicing, which creates a new list with the elements in "
    "the opposite order. Here is an example:\n```python\nitems = [1, 2, 3]\nreversed_items = items[::-1]\n```\n"
    "This works for any sequence type and leaves the original list unchanged."
)
CODE_EDIT = "```python\nitems = [1, 2, 3]\nreversed_items = items[::-1]\n```"
MILES_DRAFT = "The loop trail is 6 miles long, climbs 1,200 feet, and it is usually 75 °F at the start."
METRIC_EDIT = "The loop trail is 10 km long, climbs 370 m, and it is usually 24 °C at the start."


def edit(client: TestClient, user: str, draft: str, edited: str, **extra: str) -> dict[str, Any]:
    r = client.post(f"/v1/users/{user}/edits", params={"wait": True}, json={"draft": draft, "edited": edited, **extra})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    assert body["job"]["state"] == "done", body
    return body


def items(client: TestClient, user: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = client.get(f"/v1/users/{user}/memories").json()["items"]
    return out


CASES = [
    ("shorter", LONG_DRAFT, SHORT_EDIT, {}, "short", ""),
    ("no bullets", BULLET_DRAFT, PROSE_EDIT, {}, "bullet", ""),
    (
        "formal work email",
        CASUAL_EMAIL,
        FORMAL_EMAIL,
        {"context": "writing work emails"},
        "formal",
        "writing work emails",
    ),
    ("code only", CODE_DRAFT, CODE_EDIT, {}, "code only", ""),
    ("metric units", MILES_DRAFT, METRIC_EDIT, {}, "metric", ""),
]


@pytest.mark.parametrize(("name", "draft", "edited", "extra", "word", "context"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_edit_teaches_its_item_with_both_texts(
    client: TestClient, name: str, draft: str, edited: str, extra: dict[str, str], word: str, context: str
) -> None:
    edit(client, "ed", draft, edited, **extra)
    learned = [m for m in items(client, "ed") if word in m["text"].lower()]
    assert len(learned) == 1, items(client, "ed")
    m = learned[0]
    assert m["source"] == "edit" and m["kind"] == "style" and m["context"] == context
    quote = m["evidence"][0]["quote"]
    assert quote.startswith("draft: ") and "\nedited: " in quote
    assert draft[:40] in quote and edited[:40] in quote


def test_inferred_context_for_an_email_to_a_colleague(client: TestClient) -> None:
    edit(client, "eve", CASUAL_EMAIL, FORMAL_EMAIL, request="email my manager that the report is late")
    tone = [m for m in items(client, "eve") if m["subject"] == "tone"]
    assert [m["context"] for m in tone] == ["writing work emails"]


def test_a_second_similar_edit_reinforces(client: TestClient) -> None:
    edit(client, "rei", LONG_DRAFT, SHORT_EDIT)
    other = (
        "That is a really interesting topic to explore! Sourdough bread needs a lively starter, which you feed "
        "with flour and water for several days until it bubbles. Then you mix it with more flour, water and "
        "salt, let the dough rise slowly for many hours, shape it carefully, and bake it in a very hot oven."
    )
    edit(client, "rei", other, "Feed a starter for days, mix with flour, water, salt; rise slowly; bake hot.")
    short = [m for m in items(client, "rei") if "short" in m["text"].lower()]
    assert len(short) == 1 and short[0]["seen_count"] == 2 and len(short[0]["evidence"]) == 2


def test_the_opposite_edit_supersedes(client: TestClient) -> None:
    edit(client, "flip", LONG_DRAFT, SHORT_EDIT)
    edit(client, "flip", SHORT_EDIT, LONG_DRAFT + " " + LONG_DRAFT)
    active = [m for m in items(client, "flip") if m["subject"] == "answer length"]
    assert [m["text"] for m in active] == ["Prefers detailed, thorough answers"]
    old = client.get("/v1/users/flip/memories", params={"status": "superseded"}).json()["items"]
    assert [m["text"] for m in old] == ["Prefers short, concise answers"]


def test_an_edit_in_one_context_stays_out_of_unrelated_requests(client: TestClient) -> None:
    edit(client, "ctx", CASUAL_EMAIL, FORMAL_EMAIL, context="writing work emails")
    assert any(m["context"] == "writing work emails" for m in items(client, "ctx"))
    unrelated = client.post("/v1/users/ctx/context", json={"query": "Suggest a good pasta recipe for tonight"}).json()
    assert "formal" not in unrelated["prefix"].lower()
    related = client.post(
        "/v1/users/ctx/context", json={"query": "Write a work email to my colleagues about the delayed report"}
    ).json()
    assert "formal" in related["prefix"].lower()


def test_a_typo_fix_teaches_nothing(client: TestClient) -> None:
    draft = "The meeting is on Tuesday at 3 pm in the main confrence room."
    body = edit(client, "typo", draft, draft.replace("confrence", "conference"))
    assert body["job"]["result"]["memories"] == []
    assert items(client, "typo") == []


def test_secrets_in_an_edit_are_redacted(client: TestClient, parts: Any) -> None:
    body = edit(
        client, "sec", LONG_DRAFT + " My password is hunter2.", SHORT_EDIT + " api key: sk-abcdefghijklmnopqrstuvwx"
    )
    job = client.get(f"/v1/jobs/{body['job_id']}").json()
    assert "hunter2" not in str(job["payload"]) and "sk-abcdefghijklmnop" not in str(job["payload"])
    for m in items(client, "sec"):
        quote = m["evidence"][0]["quote"]
        assert "hunter2" not in quote and "sk-abcdefghijklmnop" not in quote and "[redacted]" in quote


def test_bad_edits_are_422_naming_the_field(client: TestClient) -> None:
    def bad(payload: dict[str, Any]) -> Any:
        r = client.post("/v1/users/bad/edits", json=payload)
        assert r.status_code == 422, r.text
        return r.json()

    same = bad({"draft": "Hello there.", "edited": "Hello  there. "})
    assert "nothing changed" in same["error"]["message"] and same["error"]["field"] == "edited"
    assert [d["loc"] for d in bad({"draft": "", "edited": "x"})["detail"]] == [["body", "draft"]]
    assert [d["loc"] for d in bad({"draft": "x", "edited": "y" * 32_001})["detail"]] == [["body", "edited"]]
    assert bad({"draft": "   ", "edited": "x"})["error"]["field"] == "draft"
    assert client.get("/v1/users/bad/memories").status_code in (200, 404)
    assert client.get("/v1/users/bad/memories").json().get("items", []) == []
