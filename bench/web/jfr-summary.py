#!/usr/bin/env python3
"""Summarises a JFR recording of the server under load: where the CPU goes and where threads wait.

Usage: jfr-summary.py RECORDING.jfr [TOP] [FILTER]
Prints
  - the TOP (default 20) methods by CPU samples taken in them (self), as shares of all samples;
  - the TOP methods whose name contains FILTER (default "cytoquiz") by CPU samples taken in them or their callees
    (inclusive);
  - where request threads waited (jdk.ThreadPark), summed by the first frames from FILTER, HikariCP or JDBC.
Reads the recording through `jfr print --json` (the JDK's text printer fails on some hidden frames).
"""
import collections
import json
import subprocess
import sys

WAIT_FRAMES = ("zaxxer", "sqlite", "postgresql")


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--json", "--events", kind, "--stack-depth", "64", path],
                         check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        values = event["values"]
        trace = values.get("stackTrace") or {}
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in trace.get("frames", [])]
        yield values, frames


def nanos(duration):
    # JFR's JSON durations look like "PT0.012345S" (ISO-8601).
    text = duration[2:]
    total = 0.0
    number = ""
    for ch in text:
        if ch.isdigit() or ch == ".":
            number += ch
        else:
            total += float(number) * {"H": 3600, "M": 60, "S": 1}[ch]
            number = ""
    return total * 1e9


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    wanted = sys.argv[3] if len(sys.argv) > 3 else "cytoquiz"
    own, inclusive, total = collections.Counter(), collections.Counter(), 0
    for _, frames in events(sys.argv[1], "jdk.ExecutionSample"):
        if not frames:
            continue
        total += 1
        own[frames[0]] += 1
        for f in set(frames):
            inclusive[f] += 1
    print("%d CPU samples" % total)
    print("-- CPU, self")
    for name, n in own.most_common(top):
        print("%5.1f%%  %s" % (100.0 * n / max(total, 1), name))
    print("-- CPU, inclusive, methods containing %r" % wanted)
    for name, n in [(k, v) for k, v in inclusive.most_common() if wanted in k][:top]:
        print("%5.1f%%  %s" % (100.0 * n / max(total, 1), name))
    waits, counts = collections.Counter(), collections.Counter()
    for values, frames in events(sys.argv[1], "jdk.ThreadPark"):
        ours = [f for f in frames if wanted in f or any(w in f for w in WAIT_FRAMES)][:3]
        if not ours:
            continue  # idle pool threads and the like
        key = " < ".join(ours)
        waits[key] += nanos(values["duration"])
        counts[key] += 1
    print("-- waiting (jdk.ThreadPark over 10 ms), by where")
    for key, ns in waits.most_common(top):
        print("%9.1f s  %6d  %s" % (ns / 1e9, counts[key], key))


if __name__ == "__main__":
    main()
