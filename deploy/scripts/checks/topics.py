"""Reads the topic list and partition count out of the topic-creating shell snippets in compose and Kubernetes."""

import re

_FOR_TOPICS = re.compile(r"for\s+topic\s+in\s+([^;]+);\s*do")
_PARTITIONS = re.compile(r"--partitions\s+\"?([^\s\"]+)\"?")


def topics_in_script(script, variables):
    """Topic names of the script's `for topic in a b c; do` loop, resolving $VAR / $$VAR through variables."""
    match = _FOR_TOPICS.search(script or "")
    words = match.group(1).split() if match else []
    return {topic for word in words for topic in str(variables.get(_variable(word), word)).split()}


def partitions_in_script(script, variables):
    """The --partitions value, resolving $VAR / $$VAR through variables; None when absent or unresolved."""
    match = _PARTITIONS.search(script or "")
    if not match:
        return None
    value = variables.get(_variable(match.group(1)), match.group(1))
    return int(value) if str(value).isdigit() else None


def read_topic_script(script, variables):
    """(topics created, partition count) of a topic-creating script."""
    return topics_in_script(script, variables), partitions_in_script(script, variables)


def compose_default(value):
    """The default of a compose '${NAME:-default}' value, or the value itself."""
    match = re.fullmatch(r"\$\{[^:}]+:-([^}]*)\}", str(value))
    return match.group(1) if match else value


def _variable(word):
    """'$$NAME', '$NAME' or '${NAME}' -> 'NAME'; other words unchanged."""
    return word.lstrip("$").strip("{}")
