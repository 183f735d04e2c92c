#!/bin/bash
set -e
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .dev/whl/*.whl 2>&1 | grep -v WARNING | tail -5 || true
export PYTHONPATH=/tmp/site:$(pwd) HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
python3 -c "import chromadb, fastapi, sqlalchemy, langgraph, psycopg, api.app, bench.load; print('imports ok', chromadb.__version__)"
python3 -c "
import time; t=time.perf_counter()
from memory.embedding.onnx_export import exported, default_cache_dir
from pathlib import Path
print(exported(Path('/tmp/model'), default_cache_dir()), time.perf_counter()-t)"
