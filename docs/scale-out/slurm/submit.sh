#!/usr/bin/env bash
# Queue the shard array, then the merge once every task has succeeded (afterok).
#   CARECAP_HOME=/path/to/carecap SHARDS=/shared/carecap/default-20260401 ./submit.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
array=$(sbatch --parsable --export=ALL "$here/shards.sbatch")
sbatch --export=ALL --dependency="afterok:${array}" "$here/merge.sbatch"
