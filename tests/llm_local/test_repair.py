"""The repair retry on the real model: an answer that parses (the server's grammar sees to that) but fails
validation is sent back with the errors, and the model's second answer is validated in its place."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field, field_validator

from agents.llm.base import ChatMessage, LLMBadOutput
from agents.llm.openai_compat import OpenAICompatLLM

ASK = [ChatMessage(role="user", content="Name one colour of the rainbow.")]
SYSTEM = "You answer with the requested JSON only."


def colour_schema(rejected: list[str], reject_all: bool) -> type[BaseModel]:
    """A schema whose JSON form any answer of the grammar fits, with a validator the grammar cannot see:
    it rejects the first answer (or every answer) and records what it rejected."""

    class Colour(BaseModel):
        colour: str = Field(max_length=40, description="One colour.")

        @field_validator("colour")
        @classmethod
        def _checked(cls, value: str) -> str:
            if reject_all or not rejected:
                rejected.append(value)
                raise ValueError("write the colour in capital letters")
            return value

    return Colour


def test_an_invalid_answer_is_repaired_by_a_second_real_answer(llm: OpenAICompatLLM) -> None:
    rejected: list[str] = []
    schema = colour_schema(rejected, reject_all=False)
    answer, usage = llm.structured(system=SYSTEM, messages=ASK, schema=schema)
    assert len(rejected) == 1  # the first answer was rejected, the second one validated
    assert isinstance(answer, schema) and isinstance(answer.colour, str)
    assert usage.calls == 2 and usage.input_tokens > 0 and usage.output_tokens > 0


def test_an_answer_invalid_after_the_repair_is_a_retryable_bad_output(llm: OpenAICompatLLM) -> None:
    rejected: list[str] = []
    with pytest.raises(LLMBadOutput) as err:
        llm.structured(system=SYSTEM, messages=ASK, schema=colour_schema(rejected, reject_all=True))
    assert len(rejected) == 2 and err.value.retryable
    assert err.value.usage is not None and err.value.usage.calls == 2
    assert "after one repair retry" in err.value.message and "capital letters" in err.value.message
