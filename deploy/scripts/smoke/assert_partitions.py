"""Reads `kafka-consumer-groups.sh --describe --group G` on stdin and checks how a topic's partitions are spread.

    ... | python3 assert_partitions.py TOPIC PARTITIONS MEMBERS

Passes (exit 0, prints the assignment) when the topic has exactly PARTITIONS partitions, each owned by a member,
across exactly MEMBERS distinct members; else prints why and exits 1 (compose-smoke.sh asks again until its
deadline, since a scaled group takes a few rebalances to settle).
"""

import collections
import sys


def assignment(text, topic):
    """{partition: (consumer id, host)} for the topic's rows of the describe table."""
    rows = {}
    header = None
    for line in text.splitlines():
        words = line.split()
        if words[:2] == ["GROUP", "TOPIC"]:
            header = words
        elif header and len(words) == len(header) and words[1] == topic:
            row = dict(zip(header, words))
            rows[int(row["PARTITION"])] = (row["CONSUMER-ID"], row["HOST"].lstrip("/"))
    return rows


def main(topic, partitions, members):
    rows = assignment(sys.stdin.read(), topic)
    owners = collections.defaultdict(list)
    for partition, (consumer, host) in sorted(rows.items()):
        owners[(consumer, host)].append(partition)
    unowned = sorted(p for p, (consumer, _) in rows.items() if consumer == "-")
    owners = {owner: parts for owner, parts in owners.items() if owner[0] != "-"}
    problems = []
    if sorted(rows) != list(range(int(partitions))):
        problems.append(f"{topic} shows partitions {sorted(rows)}, expected 0..{int(partitions) - 1}")
    if unowned:
        problems.append(f"partitions {unowned} have no member")
    if len(owners) != int(members):
        problems.append(f"{len(owners)} members own partitions, expected {members}")
    for (consumer, host), parts in sorted(owners.items(), key=lambda item: item[1]):
        print(f"    {host:<15} {consumer:<60} partitions {parts}")
    if problems:
        print("not yet: " + "; ".join(problems))
        return 1
    print(f"ok  the {partitions} partitions of {topic} are spread over {members} members")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
