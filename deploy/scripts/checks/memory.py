"""Heap sizing: what each service needs and what a container memory limit gives it through the image's JAVA_OPTS."""

import os
import re

# Heap each service needs (shared/notes/nlp.md for CoreNLP; ./quotewire bench and io.quotewire.stack.JvmOptions for the
# others; docs/deploy.md, Memory).
HEAP_NEEDED_MIB = {"nlp-service": 1536, "ingest-service": 256, "query-service": 256}

_UNITS = {"": 1 / 1048576, "b": 1 / 1048576, "k": 1 / 1024, "ki": 1 / 1024, "m": 1, "mi": 1, "g": 1024, "gi": 1024}


def to_mib(quantity):
    """'2560Mi', '768m' (compose), '2g', '2Gi' -> MiB as a float; None when unreadable."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(quantity))
    unit = match.group(2).lower().rstrip("b") if match else None
    if not match or unit not in _UNITS:
        return None
    return float(match.group(1)) * _UNITS[unit]


def max_ram_percentage(dockerfile):
    """The -XX:MaxRAMPercentage the image's JAVA_OPTS sets, or None."""
    if not os.path.exists(dockerfile):
        return None
    with open(dockerfile, encoding="utf-8") as f:
        match = re.search(r"MaxRAMPercentage=(\d+(?:\.\d+)?)", f.read())
    return float(match.group(1)) if match else None


def heap_problem(service, limit, dockerfile):
    """Why a memory limit is too small for the service's heap, or None when it is enough."""
    limit_mib, percentage = to_mib(limit), max_ram_percentage(dockerfile)
    if limit_mib is None or percentage is None:
        return f"cannot size the heap (memory limit {limit!r}, MaxRAMPercentage {percentage})"
    heap = limit_mib * percentage / 100
    needed = HEAP_NEEDED_MIB[service]
    if heap < needed:
        return f"memory limit {limit} x MaxRAMPercentage {percentage:g}% = {heap:.0f} MiB heap < {needed} MiB needed"
    return None
