#!/usr/bin/env python3
"""Writes a generated export for the importer's benchmarks.

    generate.py DIR N [ATTACHMENT_MB]

DIR/export.jsonl with N conversations in the API's own shape (1 to 3 threads each, as the tests'
Exports); with ATTACHMENT_MB, each conversation also carries one attachment of that many MB given
by "file" (DIR/files/big-I.bin, random bytes), for the memory benchmark.
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone

out, n = sys.argv[1], int(sys.argv[2])
attachment_mb = int(sys.argv[3]) if len(sys.argv) > 3 else 0
os.makedirs(os.path.join(out, "files"), exist_ok=True)
start = datetime(2019, 1, 1, 9, 0, 0, tzinfo=timezone.utc)


def instant(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


with open(os.path.join(out, "export.jsonl"), "w") as export:
    for i in range(n):
        created = start + timedelta(minutes=i)
        email = "customer%d@example.com" % (i % 997)
        threads = [{"type": "customer", "text": "Question %d: where is my order?" % i, "createdAt": instant(created),
                    "customer": {"email": email}}]
        if i % 3 != 1:
            threads.append({"type": "reply", "text": "Answer %d: it ships today." % i,
                            "createdAt": instant(created + timedelta(seconds=30)), "customer": {"email": email}})
        if i % 3 == 2:
            threads.append({"type": "note", "text": "Note %d" % i, "createdAt": instant(created + timedelta(seconds=40))})
        if attachment_mb:
            name = "big-%d.bin" % i
            with open(os.path.join(out, "files", name), "wb") as f:
                for _ in range(attachment_mb):
                    f.write(os.urandom(1 << 20))
            threads[0]["attachments"] = [{"fileName": name, "mimeType": "application/octet-stream",
                                          "file": "files/" + name}]
        export.write(json.dumps({
            "sourceId": "bench-%d" % i, "subject": "Benchmark conversation %d" % i, "type": "email",
            "status": "closed", "createdAt": instant(created),
            "customer": {"email": email, "firstName": "Customer", "lastName": "No%d" % (i % 997)},
            "threads": threads, "tags": ["imported"]}, separators=(",", ":")) + "\n")
