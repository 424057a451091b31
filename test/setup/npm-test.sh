#!/bin/sh
# `npm test`: biome, then the whole vitest suite with the type check running beside it (tsc waits on
# little but the disk and vitest leaves a core idle while its tests wait on processes and timers, so
# overlapping them saves most of tsc's 10–25 s). Fails if any of the three fails. Arguments go to
# vitest (`npm test -- test/answer`).
biome check . || exit $?
tsc --noEmit --incremental --tsBuildInfoFile .cache/tsc.tsbuildinfo &
typecheck=$!
vitest run "$@"
tests=$?
wait "$typecheck" || exit $?
exit "$tests"
