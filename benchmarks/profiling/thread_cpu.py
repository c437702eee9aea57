#!/usr/bin/env python3
"""CPU seconds per thread group of one process, from /proc/PID/task/*/stat (user + system, 10 ms ticks).

  thread_cpu.py snap PID OUT.json     snapshot every thread's ticks and the process's total
  thread_cpu.py diff A.json B.json    CPU used between two snapshots, by thread name (digits folded)

Threads that ended between the snapshots (the raw pass's pool threads) are only in the process's total, so they
show as one line of their own."""
import collections
import json
import os
import re
import sys

TICKS_PER_SECOND = 100


def ticks(stat):
    # The command name is in parentheses and may hold spaces: the fields start after its closing one.
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def snap(pid):
    with open(f"/proc/{pid}/stat") as process:
        rows = {"process": ["process total", ticks(process.read())]}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as thread:
                stat = thread.read()
        except OSError:
            continue  # ended meanwhile
        rows[tid] = [stat[stat.index("(") + 1:stat.rindex(")")], ticks(stat)]
    return rows


def group(name):
    folded = re.sub(r"\d+", "#", name)
    if folded.startswith(("C# CompilerThre", "C# Compiler")):
        return "JIT compiler threads (C1, C2)"
    if folded.startswith(("GC Thread", "G# ")):
        return "GC threads (G1)"
    return folded


def diff(before, after):
    used = collections.Counter()
    for tid, (name, t) in after.items():
        if tid != "process":
            used[group(name)] += t - before.get(tid, [name, 0])[1]
    used["threads that ended meanwhile"] = after["process"][1] - before["process"][1] - sum(used.values())
    total = sum(used.values())
    print(f"total {total / TICKS_PER_SECOND:.1f} CPU-s")
    for name, t in used.most_common():
        if t:
            print(f"{t * 100 / total:5.1f} %  {t / TICKS_PER_SECOND:6.2f} s  {name}")


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        with open(sys.argv[3], "w") as out:
            json.dump(snap(sys.argv[2]), out)
    else:
        with open(sys.argv[2]) as a, open(sys.argv[3]) as b:
            diff(json.load(a), json.load(b))
