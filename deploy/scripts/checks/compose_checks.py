"""Checks deploy/docker-compose.yml against the services' real configuration, without a Docker engine."""

import os
import re

from memory import heap_problem
from service_config import SERVICE_PORTS
from topics import compose_default, read_topic_script
from yaml_files import load_one

INFRA = ("kafka", "kafka-init", "postgres")


def check_compose(repo, compose_path, services, needed_topics, problems):
    """Runs every compose check; returns the partition count the topic init creates (None if unknown)."""
    compose = load_one(compose_path, problems)
    defined = compose.get("services") or {}
    for name in INFRA + tuple(SERVICE_PORTS):
        problems.check(name in defined, compose_path, f"service '{name}' is missing")
    _check_images(compose_path, defined, problems)
    _check_volumes(compose_path, compose, defined, problems)
    _check_dependencies(compose_path, defined, problems)
    partitions = _check_topic_init(compose_path, defined.get("kafka-init") or {}, needed_topics, problems)
    for name, config in services.items():
        if name in defined:
            _check_app_service(repo, compose_path, name, defined[name], config, partitions, problems)
    return partitions


def environment_of(service):
    """A compose service's environment as a dict, whichever of the two syntaxes it uses."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def _check_images(path, defined, problems):
    kafka = (defined.get("kafka") or {}).get("image", "")
    problems.check(kafka == "apache/kafka:4.1.1", path, f"kafka must run the pinned apache/kafka:4.1.1, not {kafka!r}")
    postgres = (defined.get("postgres") or {}).get("image", "")
    problems.check(
        re.fullmatch(r"postgres:16\.\d+(\.\d+)?(-\w+)?", postgres) is not None,
        path,
        f"postgres must be a pinned postgres:16.x image, not {postgres!r}",
    )
    roles = environment_of(defined.get("kafka") or {}).get("KAFKA_PROCESS_ROLES", "")
    problems.check("controller" in roles, path, "kafka must run in KRaft mode (KAFKA_PROCESS_ROLES with controller)")


def _check_volumes(path, compose, defined, problems):
    declared = set((compose.get("volumes") or {}).keys())
    used = set()
    for name, service in defined.items():
        for volume in service.get("volumes") or []:
            source = volume.split(":", 1)[0] if isinstance(volume, str) else (volume or {}).get("source", "")
            if source and not source.startswith((".", "/", "~")):
                used.add(source)
                problems.check(source in declared, path, f"{name}: volume '{source}' is not declared under volumes:")
    problems.check(not declared - used, path, f"declared volumes never mounted: {sorted(declared - used)}")
    for name, target in (
        ("kafka", environment_of(defined.get("kafka") or {}).get("KAFKA_LOG_DIRS")),
        ("postgres", "/var/lib/postgresql/data"),
    ):
        mounts = [str(v).split(":")[1] for v in (defined.get(name) or {}).get("volumes") or [] if ":" in str(v)]
        problems.check(target in mounts, path, f"{name}: its data folder {target} is not on a named volume")


def _check_dependencies(path, defined, problems):
    for name, service in defined.items():
        depends = service.get("depends_on") or {}
        if isinstance(depends, list):
            problems.fail(path, f"{name}: depends_on must name a condition for each service, not a plain list")
            continue
        for target, spec in depends.items():
            condition = (spec or {}).get("condition")
            other = defined.get(target)
            if not problems.check(other is not None, path, f"{name}: depends on unknown service '{target}'"):
                continue
            if condition == "service_healthy":
                problems.check(
                    "healthcheck" in other, path, f"{name}: waits for {target} healthy, but it has no healthcheck"
                )
            elif condition == "service_completed_successfully":
                problems.check(
                    str(other.get("restart", "no")) == "no",
                    path,
                    f"{name}: waits for one-shot {target}, which restarts",
                )
            else:
                problems.fail(
                    path,
                    f"{name}: depends_on {target} needs condition service_healthy or service_completed_successfully",
                )


def _check_topic_init(path, init, needed_topics, problems):
    script = "\n".join(str(part) for part in (init.get("command") or []))
    if isinstance(init.get("command"), str):
        script = init["command"]
    created, partitions = read_topic_script(script, {k: compose_default(v) for k, v in environment_of(init).items()})
    missing = sorted(needed_topics - created)
    problems.check(not missing, path, f"kafka-init does not create topics the services use: {missing}")
    problems.check(
        partitions is not None and partitions > 1,
        path,
        f"kafka-init must create several partitions so nlp-service can scale (found {partitions})",
    )
    return partitions


def _check_app_service(repo, path, name, service, config, partitions, problems):
    build = service.get("build") or {}
    context = os.path.normpath(os.path.join(os.path.dirname(path), build.get("context", ".")))
    problems.check(context == os.path.normpath(repo), path, f"{name}: build context must be the repository root")
    dockerfile = build.get("dockerfile", "")
    expected = f"{name}/src/main/docker/Dockerfile.jvm"
    problems.check(dockerfile == expected, path, f"{name}: must build from {expected}, not {dockerfile!r}")
    problems.check(os.path.exists(os.path.join(repo, expected)), path, f"{name}: {expected} does not exist")
    test = " ".join(str(part) for part in (service.get("healthcheck") or {}).get("test") or [])
    problems.check(
        f":{config.port}/q/health/ready" in test, path, f"{name}: healthcheck must ask :{config.port}/q/health/ready"
    )
    depends = service.get("depends_on") or {}
    problems.check(
        "kafka-init" in depends, path, f"{name}: must wait for kafka-init (topics exist before consumers start)"
    )
    env = environment_of(service)
    for variable in sorted(env):
        problems.check(
            config.accepts_env(variable),
            path,
            f"{name}: environment variable {variable} maps to no config key of {name}{config.suggestion(variable)}",
        )
    problems.check(
        env.get("KAFKA_BOOTSTRAP_SERVERS") == "kafka:9092", path, f"{name}: KAFKA_BOOTSTRAP_SERVERS must be kafka:9092"
    )
    if "quarkus-jdbc-postgresql" in config.extensions:
        problems.check("postgres" in depends, path, f"{name}: uses PostgreSQL but does not wait for it")
        problems.check(
            "postgres:5432" in env.get("QUARKUS_DATASOURCE_JDBC_URL", ""),
            path,
            f"{name}: QUARKUS_DATASOURCE_JDBC_URL must point at postgres:5432",
        )
    _check_ports(path, name, service, config, partitions, problems)
    limit = service.get("mem_limit")
    if problems.check(limit is not None, path, f"{name}: no mem_limit, so the JVM would size its heap from the host"):
        issue = heap_problem(name, limit, os.path.join(repo, expected))
        problems.check(issue is None, path, f"{name}: {issue}")


def _check_ports(path, name, service, config, partitions, problems):
    ports = [":".join(compose_default(part) for part in _port_parts(p)) for p in service.get("ports") or []]
    for port in ports:
        problems.check(
            port.count(":") == 2 and port.startswith("127.0.0.1:"),
            path,
            f"{name}: port {port} must default to 127.0.0.1 (QUOTEWIRE_BIND_ADDRESS): writes are open without keys",
        )
    ports = [port.split(":", 1)[1] if port.count(":") == 2 else port for port in ports]
    if name != "nlp-service":
        problems.check(
            f"{config.port}:{config.port}" in ports, path, f"{name}: must publish {config.port}:{config.port}"
        )
        return
    problems.check("container_name" not in service, path, "nlp-service: container_name forbids --scale")
    for port in ports:
        host = port.rsplit(":", 1)[0].split(":")[-1]
        low, _, high = host.partition("-")
        size = int(high) - int(low) + 1 if high.isdigit() and low.isdigit() else 1
        problems.check(size > 1, path, f"nlp-service: fixed host port {port} makes --scale nlp-service=N fail")
        problems.check(
            partitions is None or size >= partitions,
            path,
            f"nlp-service: host port range {host} has fewer ports than the {partitions} partitions",
        )


def _port_parts(port):
    """'${A:-127.0.0.1}:${B:-8080}:8080' -> ['${A:-127.0.0.1}', '${B:-8080}', '8080'] (colons inside ${} kept)."""
    return re.findall(r"\$\{[^}]*\}|[^:]+", str(port))
