# Generated lines per model field: request shapes, response shapes, the rest (docs/benchmarks.md, "The read side").
import os, re, sys
d = sys.argv[1]
req = [0, 0]; resp = [0, 0]; other = 0; total = 0
for f in sorted(os.listdir(d)):
    s = open(os.path.join(d, f)).read()
    n = s.count('\n')
    total += n
    fields = [l for l in s.split('\n') if re.match(r'^  private final ', l) and not re.match(r'^  private final boolean \w+Set;', l)]
    if "Read from the API's answer" in s:
        resp[0] += n; resp[1] += len(fields)
    elif 'checks every documented rule' in s:
        req[0] += n; req[1] += len(fields)
    else:
        other += n
print(f"files={len(os.listdir(d))} total_lines={total}")
print(f"request shapes: {req[0]} lines / {req[1]} fields = {req[0]/max(req[1],1):.1f} lines per field")
if resp[1]: print(f"response shapes: {resp[0]} lines / {resp[1]} fields = {resp[0]/resp[1]:.1f} lines per field")
print(f"other (enums, unions, queries, API, resources, entry point): {other}")
