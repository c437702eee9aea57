#!/usr/bin/env python3
"""Times GET requests one at a time against a running query-service, terms drawn with a fixed seed (docs/benchmarks.md).

Usage: get_latency.py BASE_URL PARAM TERMS_FILE [REQUESTS]
  e.g. get_latency.py http://localhost:48080/quotes speaker speakers.txt 300
Prints p50/p90/p99/max in ms and the eight slowest requests with their term and answer size."""
import sys, time, urllib.request, urllib.parse, random
base, param, path = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 300
terms = [t.strip() for t in open(path) if t.strip()]
random.seed(42)
times = []
for i in range(n):
    t = random.choice(terms)
    url = base + "?" + urllib.parse.urlencode({param: t})
    s = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        body = r.read()
    times.append(((time.perf_counter() - s) * 1000, t, len(body), time.time()))
ms = sorted(x[0] for x in times)
print(f"n={n} p50={ms[n//2]:.1f} p90={ms[int(n*.9)]:.1f} p99={ms[int(n*.99)]:.1f} max={ms[-1]:.1f}")
for x in sorted(times, reverse=True)[:8]:
    print(f"  {x[0]:.1f} ms  {x[1]}  {x[2]} bytes  at {time.strftime('%H:%M:%S', time.localtime(x[3]))}.{int(x[3]*1000)%1000:03d}")
