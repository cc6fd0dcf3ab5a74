#!/usr/bin/env bash
# Mutation testing with PIT over the processor, the client (generated code, and mailwright-runtime
# mutated from generated-client's tests) and the sandbox, then docs/mutation.md: the score per
# module and every surviving mutant.
#
#   tools/mutation.sh                  # the whole run: well over an hour on a loaded 2-core machine
#   tools/mutation.sh -pl generated-client,sandbox   # extra Maven arguments narrow it (processor installed);
#                                                    # keep runtime in -pl to mutate it (-pl runtime,generated-client)
#
# Not part of `mvn verify`. It runs at the lowest priority, with PIT's two threads.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
nice -n 19 mvn -B -Pmutation verify "$@"
end=$(date +%s)
python3 tools/mutation_report.py --seconds "$((end - start))" --command "tools/mutation.sh $*" > docs/mutation.md
echo "wrote docs/mutation.md ($((end - start)) s)"
