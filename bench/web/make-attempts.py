#!/usr/bin/env python3
"""Starts N attempts in progress through cytoquiz's JSON API and writes one line per attempt for the wrk scripts.

Usage: make-attempts.py BASE-URL N OUT-FILE [QUIZ]
Each line: ATTEMPT-ID TOKEN QUESTION-COUNT QUESTION-ID OPTION-A OPTION-B CSRF, where the question is the first
of the attempt with at least two options that take "selected" (so that answers can alternate between them), and
CSRF is a form token for the browser's CSRF cookie, which a browser sends back after its first page.
"""
import base64
import json
import os
import sys
import urllib.request


def call(method, url, body=None, token=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    base, count, out = sys.argv[1].rstrip("/"), int(sys.argv[2]), sys.argv[3]
    quiz = sys.argv[4] if len(sys.argv) == 5 else "staff-certification"
    lines = []
    for i in range(count):
        started = call("POST", base + "/api/v1/attempts", {"quiz": quiz, "learner": "bench-%d" % i})
        attempt, token = started["attemptId"], started["token"]
        view = call("GET", base + "/api/v1/attempts/" + attempt, token=token)
        choice = next((q for q in view["questions"]
                       if q.get("kind") in ("single-choice", "scenario", "true-false") and len(q.get("options", [])) >= 2),
                      None)
        if choice is None:
            sys.exit("attempt %s has no question with two options to alternate between" % attempt)
        lines.append(" ".join([attempt, token, str(len(view["questions"])), choice["id"],
                               choice["options"][0]["id"], choice["options"][1]["id"],
                               base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")]))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
