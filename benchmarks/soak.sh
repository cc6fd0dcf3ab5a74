#!/usr/bin/env bash
# The soak of the client's exception contract (issue 8): many threads write notes through one client
# to a hostile server on 127.0.0.1 (generated-client/src/test/.../HostileServer.java) that answers 429s,
# expires every token at once (401s), drops connections before and after processing a write, cuts
# the bodies of 502s and closes idle keep-alive connections. Each caller re-sends a write only on
# TransportException, as the README says, and stops at any other exception. Prints the requests the
# server received, the faults it injected, the callers' outcomes, the writes lost and duplicated
# (both must be 0: the exit status is 1 otherwise) and the unknown outcomes the server had not processed.
#
#   benchmarks/soak.sh [threads] [writes] [pauseMillis] [seed]     defaults: 32 20000 40 1
#
# Not part of `mvn verify`. Builds generated-client and what it needs (no tests), then runs
# io.mailwright.helpscout.Soak from the test classes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl generated-client -am
mvn -B -q -pl generated-client test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/soak-classpath.txt
CP="generated-client/target/test-classes:generated-client/target/classes:$(cat generated-client/target/soak-classpath.txt)"
exec java -Xmx512m -cp "$CP" io.mailwright.helpscout.Soak "$@"
