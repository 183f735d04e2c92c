from __future__ import annotations

import pytest

from memory.secrets import REDACTED, has_secret, redact


@pytest.mark.parametrize(
    "text",
    [
        "my password is hunter2",
        "Password: correct-horse-battery",
        "use this api key sk-ant-api03-abcdefghijklmnopqrstuvwx",
        "AWS AKIAIOSFODNN7EXAMPLE in prod",
        "token ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "card 4111 1111 1111 1111 exp 12/29",
        "my SSN is 078-05-1120",
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ],
)
def test_secrets_are_redacted(text: str) -> None:
    out = redact(text)
    assert REDACTED in out and has_secret(text)
    for secret in (
        "hunter2",
        "correct-horse",
        "abcdefghijklmnop",
        "AKIAIOSFODNN7",
        "4111 1111",
        "078-05-1120",
        "eyJhbG",
    ):
        assert secret not in out


@pytest.mark.parametrize(
    "text",
    [
        "I prefer window seats",
        "My flight is UA 1234 on 2026-12-01",
        "Call me at 555-123-4567",
        "Order number 1234 5678 9012 3456",  # fails the Luhn check: not a card
        "I forgot my password yesterday",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text and not has_secret(text)
