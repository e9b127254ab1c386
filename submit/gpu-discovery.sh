#!/usr/bin/env bash
# Spark GPU discovery script (spark.executor.resource.gpu.discoveryScript, spark.worker.resource.gpu.discoveryScript):
# prints the GPUs nvidia-smi sees as {"name":"gpu","addresses":["0","1",...]}. Exits non-zero,
# with the reason on stderr, when nvidia-smi is missing or fails, so Spark reports it.
set -euo pipefail
command -v nvidia-smi >/dev/null || { echo "gpu-discovery: nvidia-smi not found" >&2; exit 1; }
indices="$(nvidia-smi --query-gpu=index --format=csv,noheader)"
addresses="$(printf '%s\n' "$indices" | sed -n 's/^[[:space:]]*\([0-9][0-9]*\)[[:space:]]*$/"\1"/p' | paste -sd, -)"
printf '{"name":"gpu","addresses":[%s]}\n' "$addresses"
