"""The learned reader's training corpus is project-written only: it reads no benchmark data (PrefEval and
its LMSYS distractors are an evaluation set under a non-commercial licence), and it is the same on every build."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from agents.offline import reader_corpus, reader_data, reader_train
from agents.offline.reader_corpus import chat_requests, corpus, everyday, formal_statements
from agents.offline.reader_data import units

_MODULES = (reader_corpus, reader_data, reader_train)


@pytest.mark.parametrize("module", _MODULES, ids=lambda m: m.__name__)
def test_the_training_code_imports_nothing_from_the_bench(module: object) -> None:
    tree = ast.parse(Path(inspect.getsourcefile(module) or "").read_text())  # type: ignore[arg-type]
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + [
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    ]
    assert not [m for m in imported if m.split(".")[0] == "bench"], imported
    source = inspect.getsource(module)  # type: ignore[arg-type]
    assert "benchdata" not in source and "shared" not in source


def test_no_corpus_function_takes_a_benchmark_path() -> None:
    for fn in (corpus, chat_requests, formal_statements, everyday, reader_data.generated, reader_data.from_tune):
        params = set(inspect.signature(fn).parameters)
        assert not params & {"root", "data", "prefeval", "benchdata"}, (fn.__name__, params)


def test_the_corpus_is_the_same_rows_on_every_build() -> None:
    first, second = corpus(), corpus()
    assert first == second
    assert len(first) > 3000
    assert {c for _, c, _ in first} == {"nothing", "preference", "dislike", "fact", "style", "constraint", "feedback"}


def test_chat_requests_teach_nothing_and_formal_statements_speak_of_the_user() -> None:
    requests = list(chat_requests())
    assert requests and {c for _, c in requests} == {"nothing"}
    assert len({t for t, _ in requests}) > 300  # varied, not one template repeated
    formal = list(formal_statements())
    assert {c for _, c in formal} == {"dislike", "preference", "constraint"}
    assert all(len(t.split()) >= 3 for t, _ in formal)
    assert sum(bool(units(t)) for t, _ in formal) == len(formal)


def test_no_training_sentence_is_a_prefeval_statement() -> None:
    """Read here only to check the corpus against it: no PrefEval preference is a training sentence."""
    from bench.prefeval_data import DATA, load, topics

    if not (DATA / "explicit_preference").is_dir():
        pytest.skip("PrefEval data not here")
    trained = {s.lower() for s, _, _ in corpus()}
    stated = {
        u.lower()
        for t in topics(DATA)
        for r in load(DATA, "explicit_preference", t)
        for u in units(str(r["preference"]))
    }
    assert stated and not stated & trained


def test_everyday_sentences_hold_hard_negatives_and_conditions() -> None:
    rows = list(everyday(per_class=300))  # not in the shipped corpus (EVERYDAY_PER_CLASS), kept for model choice
    nothing = [t.lower() for t, c in rows if c == "nothing"]
    assert any("my sister" in t for t in nothing) and any("used to" in t for t in nothing)  # others, given up
    assert any(t.rstrip().endswith("?") for t in nothing)  # questions
    styles = [t.lower() for t, c in rows if c == "style"]
    assert any(t.startswith(("when ", "for ", "on ", "at ")) for t in styles)  # a wish for a situation
    assert {c for _, c in rows} == {"nothing", "preference", "dislike", "fact", "style", "constraint", "feedback"}
