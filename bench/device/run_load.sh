#!/bin/bash
bash .dev/pgt/setup_postgres.sh || exit 1
export PYTHONPATH=/tmp/site:$(pwd) HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONUNBUFFERED=1
nproc
timeout ${BENCH_S:-420} python3 -m bench.load --setup postgres --processes ${PROCS:-1,2,4,6} --clients 32 --seconds ${SECS:-10} --warmup 2 --users 200 --memories 100 --json $OUT/load_device_pg.json 2>&1 | tee $OUT/load_device_pg.log
