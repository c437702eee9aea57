"""Loads YAML documents, telling which file each came from."""

import yaml


def load_documents(path, problems):
    """All documents of a YAML file, or [] (and a problem) when it does not parse."""
    try:
        with open(path, encoding="utf-8") as f:
            return [doc for doc in yaml.safe_load_all(f) if doc is not None]
    except (OSError, yaml.YAMLError) as error:
        problems.fail(path, f"not readable YAML: {error}")
        return []


def load_one(path, problems):
    """The single document of a YAML file, or {} (and a problem)."""
    docs = load_documents(path, problems)
    if len(docs) != 1 or not isinstance(docs[0], dict):
        problems.fail(path, f"expected one YAML mapping, found {len(docs)} document(s)")
        return {}
    return docs[0]
