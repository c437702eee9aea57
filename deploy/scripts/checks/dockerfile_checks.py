"""Checks each service's Dockerfile.jvm and the root .dockerignore, since no engine here can build them."""

import fnmatch
import os
import re

_PINNED_TEMURIN = r"eclipse-temurin:17\.\d+\.\d+_\d+-{}(-\w+)?"
# What `./mvnw -pl <service> -am package` reads from the build context.
_BUILD_INPUTS = ("mvnw", ".mvn/wrapper/maven-wrapper.properties", "pom.xml")


def check_dockerfiles(repo, services, problems):
    """Multi-stage Maven-wrapper build, pinned Temurin images, non-root runtime, the service's port."""
    for name, config in services.items():
        path = os.path.join(repo, name, "src/main/docker/Dockerfile.jvm")
        if not problems.check(os.path.exists(path), path, "missing"):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        stages = re.findall(r"^FROM\s+(\S+)", text, re.MULTILINE)
        problems.check(len(stages) >= 2, path, "must be a multi-stage build (build stage + runtime stage)")
        if len(stages) >= 2:
            problems.check(
                re.fullmatch(_PINNED_TEMURIN.format("jdk"), stages[0]) is not None,
                path,
                f"build stage must be a pinned eclipse-temurin:17.x.y_z-jdk, not {stages[0]}",
            )
            problems.check(
                re.fullmatch(_PINNED_TEMURIN.format("jre"), stages[-1]) is not None,
                path,
                f"runtime stage must be a pinned eclipse-temurin:17.x.y_z-jre, not {stages[-1]}",
            )
        problems.check(
            re.search(rf"\./mvnw -B\b.*-pl {name} -am package -DskipTests", text) is not None,
            path,
            f"must build with ./mvnw -B ... -pl {name} -am package -DskipTests",
        )
        runtime = text.rsplit("\nFROM ", 1)[-1]
        users = re.findall(r"^USER\s+(\S+)", runtime, re.MULTILINE)
        problems.check(
            bool(users) and users[-1] not in ("0", "root"), path, "runtime stage must switch to a non-root USER"
        )
        problems.check(f"{name}/target/quarkus-app" in runtime, path, f"runtime must copy {name}/target/quarkus-app")
        problems.check(
            re.search(rf"^EXPOSE\s+{config.port}\b", runtime, re.MULTILINE) is not None,
            path,
            f"must EXPOSE {config.port}",
        )
        problems.check(
            "quarkus-run.jar" in runtime and "JAVA_OPTS" in runtime, path, "must run quarkus-run.jar with $JAVA_OPTS"
        )
    _check_dockerignore(repo, services, problems)


def _check_dockerignore(repo, services, problems):
    """Nothing the Maven build needs may be excluded from the build context."""
    path = os.path.join(repo, ".dockerignore")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        patterns = [line.strip().rstrip("/") for line in f if line.strip() and not line.startswith("#")]
    with open(os.path.join(repo, "pom.xml"), encoding="utf-8") as f:
        modules = re.findall(r"<module>([^<]+)</module>", f.read())
    needed = list(_BUILD_INPUTS) + [f"{module}/pom.xml" for module in modules]
    needed += [f"{module}/src/main/java" for module in modules] + [f"{name}/src/main/resources" for name in services]
    for item in needed:
        parts = item.split("/")
        prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
        hit = [p for p in patterns if not p.startswith("!") and any(_matches(p, prefix) for prefix in prefixes)]
        problems.check(not hit, path, f"excludes {item}, which the image build needs (pattern {hit})")


def _matches(pattern, path):
    if pattern.startswith("**/"):
        return any(fnmatch.fnmatch(part, pattern[3:]) for part in path.split("/")) or fnmatch.fnmatch(path, pattern[3:])
    return fnmatch.fnmatch(path, pattern)
