#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording: where the time goes, by method (self and inclusive).

Usage: jfr-summary.py RECORDING.jfr [TOP] [FILTER]
Prints the TOP (default 25) methods by self samples, then by inclusive samples among methods whose name contains
FILTER (default "cytoquiz"), each as a share of all samples of the recording. Needs the JDK's `jfr` tool.
"""
import collections
import re
import subprocess
import sys


def samples(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(.*?\)\s+line:", event, re.M)
        if frames:
            yield frames


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    wanted = sys.argv[3] if len(sys.argv) > 3 else "cytoquiz"
    own, inclusive, total = collections.Counter(), collections.Counter(), 0
    for frames in samples(sys.argv[1]):
        total += 1
        own[frames[0]] += 1
        for f in set(frames):
            inclusive[f] += 1
    print("%d samples" % total)
    print("-- self")
    for name, n in own.most_common(top):
        print("%5.1f%%  %s" % (100.0 * n / total, name))
    print("-- inclusive, methods containing %r" % wanted)
    for name, n in [(k, v) for k, v in inclusive.most_common() if wanted in k][:top]:
        print("%5.1f%%  %s" % (100.0 * n / total, name))


if __name__ == "__main__":
    main()
