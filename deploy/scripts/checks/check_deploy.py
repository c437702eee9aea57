#!/usr/bin/env python3
"""Offline checks of Quotewire's deployment files (compose, Dockerfiles, Kubernetes) against the services' config.

Usage: check_deploy.py [REPO]   (default: the repository this script lives in). Exit 1 and one line per problem.
"""

import os
import sys

from compose_checks import check_compose
from dockerfile_checks import check_dockerfiles
from k8s_checks import check_k8s
from problems import Problems
from service_config import SERVICE_PORTS, contract_topics, load_service


def main(repo):
    """Runs all checks on repo and prints the outcome; returns the process exit code."""
    problems = Problems(repo)
    services = {name: load_service(repo, name) for name in SERVICE_PORTS}
    for name, config in services.items():
        problems.check(
            bool(config.keys),
            os.path.join(config.module_dir, "src/main/resources/application.properties"),
            f"{name} has no application.properties yet: its environment cannot be checked",
        )
    needed_topics = contract_topics(repo).union(*(config.topics for config in services.values()))
    partitions = check_compose(repo, os.path.join(repo, "deploy/docker-compose.yml"), services, needed_topics, problems)
    check_dockerfiles(repo, services, problems)
    roots = check_k8s(repo, os.path.join(repo, "deploy/k8s"), services, needed_topics, partitions, problems)
    for line in problems.lines:
        print(f"PROBLEM {line}")
    print(
        f"check_deploy: {problems.checks} checks, {len(problems.lines)} problems "
        f"(topics {sorted(needed_topics)}, {partitions} partitions, kustomizations {len(roots)})"
    )
    return 1 if problems.lines else 0


if __name__ == "__main__":
    default = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    sys.exit(main(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else default))
