"""What a service accepts as configuration: its config keys, the env vars they map to, and the Kafka topics it uses."""

import os
import re
from dataclasses import dataclass, field

SERVICE_PORTS = {"ingest-service": 8081, "nlp-service": 8082, "query-service": 8080}

# Read by the image's entrypoint (src/main/docker/Dockerfile.jvm), not by Quarkus.
IMAGE_ENV = {"JAVA_OPTS", "JAVA_OPTS_APPEND"}

# Quarkus keys a service may leave at their defaults (so they need not be in application.properties), each with
# the extension artifactId that must be in the service's pom for the key to exist (None: every Quarkus REST app).
KNOWN_QUARKUS_KEYS = {
    "quarkus.http.port": None,
    "quarkus.http.host": None,
    "quarkus.profile": None,
    "quarkus.log.level": None,
    "quarkus.log.console.json.enabled": "quarkus-logging-json",
    "kafka.bootstrap.servers": "quarkus-messaging-kafka",
    "quarkus.datasource.jdbc.url": "quarkus-jdbc-postgresql",
    "quarkus.datasource.username": "quarkus-jdbc-postgresql",
    "quarkus.datasource.password": "quarkus-jdbc-postgresql",
    "quarkus.flyway.migrate-at-start": "quarkus-flyway",
}

_PROFILE_PREFIX = re.compile(r"^%[\w,-]+\.")
_EXPRESSION = re.compile(r"\$\{([^:}]+)")
_CONFIG_PROPERTY = re.compile(r'@ConfigProperty\s*\(\s*name\s*=\s*"([^"]+)"')
_CHANNEL_KEY = re.compile(r'^mp\.messaging\.(incoming|outgoing)\.("[^"]+"|[^.]+)\.(.+)$')


def env_name(key):
    """The environment variable SmallRye Config maps to a config key: non-alphanumerics to '_', upper case."""
    return re.sub(r"[^A-Za-z0-9]", "_", key).upper()


def read_properties(path):
    """Key/value pairs of a .properties file, continuation lines joined; profile prefixes kept."""
    pairs, pending = [], ""
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = pending + raw.strip()
            pending = ""
            if line.endswith("\\"):
                pending = line[:-1]
                continue
            if not line or line[0] in "#!":
                continue
            match = re.match(r"^((?:[^=:\s\\]|\\.)+)\s*[=:\s]\s*(.*)$", line)
            if match:
                pairs.append((match.group(1), match.group(2)))
    return pairs


@dataclass
class ServiceConfig:
    """The config surface of one service module, read from its sources."""

    name: str
    module_dir: str
    keys: set = field(default_factory=set)
    expression_names: set = field(default_factory=set)
    extensions: set = field(default_factory=set)
    topics: set = field(default_factory=set)

    @property
    def port(self):
        return SERVICE_PORTS[self.name]

    def accepts_env(self, name):
        """True when Quarkus would read this environment variable as one of the service's settings."""
        if name in IMAGE_ENV:
            return True
        known = {k for k, ext in KNOWN_QUARKUS_KEYS.items() if ext is None or ext in self.extensions}
        candidates = self.keys | known | self.expression_names
        return any(env_name(key) == name for key in candidates)

    def suggestion(self, name):
        """A near key for an error message (same words, different spelling), or ''."""
        words = set(name.split("_"))
        best = max(self.keys, key=lambda k: len(words & set(env_name(k).split("_"))), default="")
        return f" (closest key: {best} -> {env_name(best)})" if best else ""


def load_service(repo, name):
    """Reads a service's application.properties, pom and @ConfigProperty names."""
    module_dir = os.path.join(repo, name)
    config = ServiceConfig(name, module_dir)
    properties = os.path.join(module_dir, "src/main/resources/application.properties")
    pairs = read_properties(properties) if os.path.exists(properties) else []
    channels = {}
    for key, value in pairs:
        plain = _PROFILE_PREFIX.sub("", key)
        config.keys.add(plain)
        config.expression_names.update(_EXPRESSION.findall(value))
        channel = _CHANNEL_KEY.match(plain)
        if channel and not key.startswith("%"):
            channels.setdefault(channel.group(2).strip('"'), {})[channel.group(3)] = value
    config.topics = _topics_of(channels)
    pom = os.path.join(module_dir, "pom.xml")
    if os.path.exists(pom):
        with open(pom, encoding="utf-8") as f:
            config.extensions = set(re.findall(r"<artifactId>([^<]+)</artifactId>", f.read()))
    for root, _, files in os.walk(os.path.join(module_dir, "src/main/java")):
        for file in files:
            if file.endswith(".java"):
                with open(os.path.join(root, file), encoding="utf-8") as f:
                    config.keys.update(_CONFIG_PROPERTY.findall(f.read()))
    return config


def _topics_of(channels):
    """Kafka topics the service's smallrye-kafka channels read, write or dead-letter to."""
    topics = set()
    for channel, settings in channels.items():
        if settings.get("connector") != "smallrye-kafka":
            continue
        topics.add(settings.get("topic", channel))
        if settings.get("failure-strategy") == "dead-letter-queue":
            topics.add(settings.get("dead-letter-queue.topic", f"dead-letter-topic-{channel}"))
    return topics


def contract_topics(repo):
    """Topic names declared in contracts' Topics.java (every constant but the header name)."""
    path = os.path.join(repo, "contracts/src/main/java/io/quotewire/contracts/Topics.java")
    with open(path, encoding="utf-8") as f:
        found = re.findall(r'static final String (\w+)\s*=\s*"([^"]+)"', f.read())
    return {value for name, value in found if not name.endswith("_HEADER")}
