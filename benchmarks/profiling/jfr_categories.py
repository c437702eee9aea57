#!/usr/bin/env python3
"""Shares of JFR execution samples (jdk.ExecutionSample) by category, and their collapsed stacks (root first, one
line per stack with its count, the input of flamegraph.pl or speedscope).

A sample's category is the first rule that any frame of its stack matches, rules from the most specific.
Usage: jfr_categories.py RECORDING.jfr [OUT.collapsed]; JFR names the jfr tool (default: jfr on PATH)."""
import collections
import json
import os
import subprocess
import sys

RULES = [  # (prefix, category), checked from the root down: the first frame that matches decides
    ("io/quotewire/engine/attribution", "attribution engine"), ("io/quotewire/engine/", "engine: other (mapping, dates)"),
    ("edu/stanford/nlp/pipeline/TokenizerAnnotator", "CoreNLP tokenize"), ("edu/stanford/nlp/process/PTBLexer", "CoreNLP tokenize"),
    ("edu/stanford/nlp/pipeline/WordsToSentencesAnnotator", "CoreNLP ssplit"),
    ("edu/stanford/nlp/pipeline/POSTaggerAnnotator", "CoreNLP pos"), ("edu/stanford/nlp/tagger/", "CoreNLP pos"),
    ("edu/stanford/nlp/pipeline/MorphaAnnotator", "CoreNLP lemma"), ("edu/stanford/nlp/process/Morpha", "CoreNLP lemma"),
    ("edu/stanford/nlp/time/", "CoreNLP ner: SUTime"), ("edu/stanford/nlp/pipeline/TokensRegexNERAnnotator", "CoreNLP ner: regexner"),
    ("edu/stanford/nlp/ie/regexp/", "CoreNLP ner: number/regex"), ("edu/stanford/nlp/ie/QuantifiableEntityNormalizer", "CoreNLP ner: number/regex"),
    ("edu/stanford/nlp/ie/crf/", "CoreNLP ner: CRF"), ("edu/stanford/nlp/ie/NERFeatureFactory", "CoreNLP ner: CRF"),
    ("edu/stanford/nlp/ie/NumberNormalizer", "CoreNLP ner: number/regex"),
    ("edu/stanford/nlp/pipeline/EntityMentionsAnnotator", "CoreNLP entity mentions"),
    ("edu/stanford/nlp/ling/tokensregex/", "CoreNLP ner: TokensRegex (SUTime, regexner)"),
    ("edu/stanford/nlp/", "CoreNLP other"),
    ("com/fasterxml/jackson", "Jackson / JSON"), ("com/github/luben/zstd", "zstd"), ("org/apache/kafka", "Kafka client"),
    ("io/opentelemetry", "OpenTelemetry"), ("io/vertx", "Vert.x / Netty"), ("io/netty", "Vert.x / Netty"),
    ("io/smallrye", "SmallRye / Quarkus"), ("io/quarkus", "SmallRye / Quarkus"), ("org/jboss", "logging / JBoss"),
]


def frame(f):
    method = f["method"]
    return method["type"]["name"] + "." + method["name"]


def main():
    jfr = os.environ.get("JFR", "jfr")
    printed = subprocess.run([jfr, "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                              sys.argv[1]], capture_output=True, text=True, check=True).stdout
    stacks = collections.Counter()
    for event in json.loads(printed)["recording"]["events"]:
        trace = event["values"]["stackTrace"]
        if trace:
            stacks[";".join(frame(f) for f in reversed(trace["frames"]))] += 1
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as out:
            out.writelines(f"{stack} {n}\n" for stack, n in stacks.most_common())
    shares = collections.Counter()
    for stack, n in stacks.items():
        frames = stack.split(";")
        category = next((name for prefix, name in RULES if any(f.startswith(prefix) for f in frames)), None)
        shares[category or "JDK / other: " + frames[0].split(".")[0]] += n
    total = sum(shares.values())
    for category, n in shares.most_common():
        print(f"{n * 100 / total:5.1f} %  {n:6d}  {category}")
    print(f"{total} samples")


if __name__ == "__main__":
    main()
