"""Preference following on PrefEval's four-option questions: how much of what the gold preference does for a
model's answer does tacit's prefix do?

For each record (``--limit`` per topic) the model picks one of the record's four ``classification_task_options``
(the first is the preference-aligned one; they are shuffled per record, seeded, in the same order for every
condition) as the answer to its ``question``, under four conditions:

- none: no memory;
- tacit: the prefix tacit recalls for the question (what the proxy would inject) for a fresh user who revealed
  the preference in the form's conversation (the explicit statement, the choice-based exchange or the persona
  chat, between ``--distractors`` LMSYS user turns before and after, learned through the real ingest path by
  the extractor the environment configures: the offline one by default) and who also holds ``--others``
  preferences of other records, stored directly;
- gold: the gold preference alone, rendered as a one-item prefix;
- all: every active memory of that user, rendered as a prefix.

Printed per form: accuracy under each condition, and the share of the none -> gold gap that tacit's prefix
closes, ``(tacit - none) / (gold - none)`` (undefined when gold does not beat none). A small model's absolute
accuracy means little; the gap share is deterministic for a given model and comparable across tacit versions.

The model answers through tacit's own OpenAI-compatible provider with a JSON schema (one letter); by default
the packaged local model (the ``local-llm`` extra) is started on a free port, ``--base-url`` names any other
OpenAI-compatible server. Opt-in, not part of ``make test``: ``python -m bench.preference_following --limit 1``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from statistics import mean
from typing import Any, Literal

from pydantic import BaseModel

from agents.llm.base import ChatMessage, LLMError
from agents.llm.local_server import LocalServer
from agents.llm.openai_compat import OpenAICompatLLM
from agents.services import Services
from bench.prefeval_capture import FORMS, Distractors, revealing_turns
from bench.prefeval_data import data_dir, load, topics
from memory.db.migrate import upgrade
from memory.learn.log import NewTurns
from memory.recall import prefix as px
from memory.recall.types import ContextRequest
from memory.settings import Settings, WorkerSettings
from memory.store.schemas import NewMemory

LETTERS = "ABCD"
CONDITIONS = ("none", "tacit", "gold", "all")
SYSTEM = "You are a helpful assistant. Answer with the letter of the option you recommend to this user."


class Answer(BaseModel):
    """The option recommended to the user."""

    answer: Literal["A", "B", "C", "D"]


def question(record: dict[str, Any], order: list[int]) -> str:
    options = record["classification_task_options"]
    listed = "\n".join(f"{LETTERS[k]}. {options[i]}" for k, i in enumerate(order))
    return f"{record['question']}\n\nOptions:\n{listed}\n\nWhich option do you recommend for me?"


class Judge:
    """The model's pick, timed; a failed call counts as a wrong answer (and is counted)."""

    def __init__(self, llm: OpenAICompatLLM) -> None:
        self.llm = llm
        self.seconds: list[float] = []
        self.failures = 0

    def pick(self, prefix: str, prompt: str) -> str | None:
        system = f"{prefix}\n{SYSTEM}" if prefix else SYSTEM
        t0 = time.perf_counter()
        try:
            answer, _ = self.llm.structured(
                system=system, messages=[ChatMessage(role="user", content=prompt)], schema=Answer
            )
        except LLMError:
            self.failures += 1
            return None
        finally:
            self.seconds.append(time.perf_counter() - t0)
        return answer.answer


def learned_user(
    svc: Services, user: str, form: str, record: dict[str, Any], distract: Distractors, n: int, others: list[str]
) -> None:
    for turns in (distract.take(n), revealing_turns(form, record), distract.take(n)):
        if turns:
            svc.log.append(user, NewTurns.model_validate({"turns": turns}))
    svc.worker.drain()
    if others:
        svc.store.add_many(user, [NewMemory(text=t) for t in others], actor="bench")


def gap_share(acc: dict[str, float]) -> float | None:
    gap = acc["gold"] - acc["none"]
    return (acc["tacit"] - acc["none"]) / gap if gap > 0 else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="PrefEval folder (default ../shared/benchdata/prefeval)")
    ap.add_argument("--limit", type=int, default=1, help="records per topic (0: all)")
    ap.add_argument("--forms", default="explicit,choice,persona")
    ap.add_argument("--distractors", type=int, default=2, help="distractor user turns before and after")
    ap.add_argument("--others", type=int, default=10, help="other records' preferences each user also holds")
    ap.add_argument("--budget", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--base-url", default="", help="an OpenAI-compatible server (default: start the local model)")
    ap.add_argument("--json", default="bench/results/preference_following.json")
    args = ap.parse_args()
    root = data_dir(args.data)
    forms = args.forms.split(",")
    started = time.perf_counter()
    with ExitStack() as stack:
        base_url = args.base_url or stack.enter_context(LocalServer()).base_url
        llm = stack.enter_context(OpenAICompatLLM(base_url=base_url, timeout_s=120))
        judge = Judge(llm)
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        settings = Settings(data_dir=tmp, worker=WorkerSettings(in_process=False))
        upgrade(settings.sqlalchemy_url())
        svc = Services(settings)
        stack.callback(svc.close)
        distract = Distractors(root)
        pool = [(r["preference"], t) for t in topics(root) for r in load(root, "explicit_preference", t)]
        right: dict[str, dict[str, list[float]]] = {f: {c: [] for c in CONDITIONS} for f in forms}
        tokens: dict[str, list[int]] = {f: [] for f in forms}
        for topic in topics(root):
            mcq = load(root, "mcq_options", topic)
            for j, record in enumerate(mcq[: args.limit or None]):
                rng = random.Random(f"{args.seed}:{topic}:{j}")
                order = rng.sample(range(4), 4)
                gold_letter = LETTERS[order.index(0)]
                prompt = question(record, order)
                others = [p for p, t in rng.sample(pool, len(pool)) if t != topic][: args.others]
                fixed = {
                    "none": judge.pick("", prompt) == gold_letter,
                    "gold": judge.pick(px.render([], [px.line(record["preference"], "")]), prompt) == gold_letter,
                }
                for form in forms:
                    user = f"{form}-{topic}-{j}"
                    form_record = load(root, FORMS[form], topic)[j] if form != "explicit" else record
                    learned_user(svc, user, form, form_record, distract, args.distractors, others)
                    prefix = svc.recall.prefix(
                        user, ContextRequest(query=record["question"], budget_tokens=args.budget)
                    )
                    items = svc.store.list_memories(user, limit=200).items
                    everything = px.render([], [px.line(m.text, m.context) for m in items])
                    r = right[form]
                    r["none"].append(fixed["none"])
                    r["gold"].append(fixed["gold"])
                    r["tacit"].append(judge.pick(prefix, prompt) == gold_letter)
                    r["all"].append(judge.pick(everything, prompt) == gold_letter)
                    tokens[form].append(px.estimate_tokens(prefix))
    seconds = time.perf_counter() - started
    report: dict[str, Any] = {}
    print(
        f"{'form':<9}{'records':>8}" + "".join(f"{c:>8}" for c in CONDITIONS) + f"{'gap closed':>12}{'prefix tok':>12}"
    )
    for form in forms:
        acc = {c: mean(map(float, v)) for c, v in right[form].items()}
        share = gap_share(acc)
        report[form] = {
            "records": len(right[form]["none"]),
            "accuracy": acc,
            "gap_closed": share,
            "mean_prefix_tokens": mean(tokens[form]),
        }
        print(
            f"{form:<9}{len(right[form]['none']):>8}"
            + "".join(f"{acc[c]:>8.3f}" for c in CONDITIONS)
            + f"{'n/a' if share is None else f'{share:.3f}':>12}{mean(tokens[form]):>12.1f}"
        )
    calls = judge.seconds
    print(
        f"\n{len(calls)} model calls, {mean(calls):.2f} s each (median {sorted(calls)[len(calls) // 2]:.2f} s), "
        f"{judge.failures} failed; run time {seconds:.0f} s"
    )
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "model": llm.model,
        "base_url": "local (packaged model)" if not args.base_url else args.base_url,
        "extractor": svc.extractor.name,
        "args": {k: v for k, v in vars(args).items() if k != "json"},
        "model_calls": len(calls),
        "call_s_mean": mean(calls),
        "failed_calls": judge.failures,
        "run_s": seconds,
    }
    out.write_text(json.dumps({"summary": report, "meta": meta}, indent=2))
    print(f"saved {out}")


if __name__ == "__main__":
    main()
