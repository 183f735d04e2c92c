"""The tenth pass's check on new wording: life circumstances said as no training text says them, each against
requests it bears on and requests it must stay out of, labelled by hand before any model scored them (written
for this project, none from a benchmark, none in ``life_topics.py`` or the hand-written cases). It shows whether
the pass taught the relation or only its own sentences.

    python -m training.relevance.life_check --models old.npz,memory/recall/relevance/relevance.npz \
        --json bench/results/relevance_tenth_pass_check.json

``--set owned`` scores the eleventh pass's check instead (:mod:`training.relevance.owned_check`: things the user
has, session 32).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from statistics import mean

from memory.build import build_embedder
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel, digest
from memory.recall.relevance.reranker import CORE_VETO  # where a constraint stays in
from memory.settings import Settings
from memory.taxonomy.categories import Categorizer
from training.relevance import owned_check

NURSING = "I'm nursing my four-month-old"
EXPECTING = "Currently expecting our second baby"
BREASTFEEDING = "Currently breastfeeding my second baby"
NIGHTS = "Does night shifts at a warehouse"
DYSLEXIC = "I'm dyslexic and reading long texts is hard"
ADD = "Got diagnosed with ADD as an adult"
ADHD = "Was diagnosed with ADHD as an adult"
RETRAINING = "Retraining as an electrician after years in an office"
REDUNDANT = "Was made redundant last month"

# (request, memory, bears on it)
CHECK: tuple[tuple[str, str, bool], ...] = (
    ("What should I have for lunch?", NURSING, True),
    ("Is it okay to have a beer at the barbecue?", NURSING, True),
    ("Help me fix my bike chain", NURSING, False),
    ("Can I take cold medicine?", EXPECTING, True),
    ("Plan my meals for the week", EXPECTING, True),
    ("Suggest a good workout for me", EXPECTING, True),
    ("Recommend a sci-fi novel", EXPECTING, False),
    ("Can I have a glass of wine with dinner tonight?", BREASTFEEDING, True),
    ("What should I have for lunch?", BREASTFEEDING, True),
    ("Which cold medicine can I take?", BREASTFEEDING, True),
    ("Help me fix my bike chain", BREASTFEEDING, False),
    ("How do I reset my router?", BREASTFEEDING, False),
    ("Recommend a podcast about history", BREASTFEEDING, False),
    ("Plan my meals for the week", NIGHTS, True),
    ("When should I go to the gym?", NIGHTS, True),
    ("When should we have our book club meetings?", NIGHTS, True),
    ("How can I sleep better?", NIGHTS, True),
    ("Recommend a comedy film", NIGHTS, False),
    ("Help me plan revision for my finals", DYSLEXIC, True),
    ("Recommend a book for my holiday", DYSLEXIC, True),
    ("How do I organise my week?", ADD, True),
    ("What's a good recipe for lasagne?", ADD, False),
    ("Make me a study plan for my exams", ADHD, True),
    ("How do I stay focused at work?", ADHD, True),
    ("How do I reset my router?", ADHD, False),
    ("Book me a flight to Tokyo", ADHD, False),
    ("Help me fix my bike chain", ADHD, False),
    ("Help me write my CV", RETRAINING, True),
    ("How should I prepare for an apprenticeship interview?", RETRAINING, True),
    ("Give me a pasta recipe", RETRAINING, False),
    ("Should I buy a new car this year?", REDUNDANT, True),
    ("Plan a trip to Lisbon", REDUNDANT, False),
    ("What should I get my partner for her birthday?", REDUNDANT, False),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=str(DEFAULT_PATH), help="comma-separated .npz files")
    ap.add_argument("--json", default="")
    ap.add_argument("--set", default="life", choices=("life", "owned"), help="which pass's check")
    args = ap.parse_args()
    check = CHECK if args.set == "life" else owned_check.CHECK
    embedder = build_embedder(Settings())
    categorizer = Categorizer(embedder)
    texts = sorted({x for r, m, _ in check for x in (r, m)})
    vec = dict(zip(texts, embedder.embed(texts), strict=True))
    out: dict[str, object] = {"pairs": len(check), "bears": sum(b for *_, b in check), "core_veto": CORE_VETO}
    for path in args.models.split(","):
        model = RelevanceModel.load(Path(path))
        probs = []
        for request, memory, _ in check:
            q, m = vec[request], vec[memory].reshape(1, -1)
            asked = categorizer.topics(q.reshape(1, -1), form="request")[0]
            probs.append(float(model.terms(q, m, asked, categorizer.facets(m)).probability[0]))
        bears = [p for p, (*_, b) in zip(probs, check, strict=True) if b]
        not_ = [p for p, (*_, b) in zip(probs, check, strict=True) if not b]
        row = {
            "mean_p_bears": round(mean(bears), 3),
            "mean_p_stays_out": round(mean(not_), 3),
            "bears_over_core_veto": sum(p >= CORE_VETO for p in bears),
            "stays_out_over_core_veto": sum(p >= CORE_VETO for p in not_),
            "pairs": [[r, m, b, round(p, 3)] for p, (r, m, b) in zip(probs, check, strict=True)],
        }
        name = f"{Path(path).name} {digest(Path(path))}"
        out[name] = row
        print(f"{name:<36}" + "".join(f"{k} {v}  " for k, v in row.items() if k != "pairs"))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n")
    getattr(embedder, "close", lambda: None)()


if __name__ == "__main__":
    main()
