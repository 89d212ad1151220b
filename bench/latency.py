#!/usr/bin/env python3
"""Inbox-to-GeoJSON latency of a running `controlmap serve`: files arrive in inbox/new at a
steady rate; for each, the time from its rename into new/ to the first publication (the
stream's `snapshot` event) after its events were committed (its `events` event, recognised by
a unique marker in the evidence).

Usage: latency.py BINARY CONFIG INBOX_DIR STATE_DIR CORPUS_LIST [RATE_PER_S] [SECONDS]
Prints one JSON object: files, rate, p50_ms, p90_ms, p99_ms, max_ms, missing.
"""
import json
import os
import random
import re
import socket
import subprocess
import sys
import threading
import time


def percentile(values, p):
    values = sorted(values)
    if not values:
        return None
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main():
    binary, config, inbox, state, corpus_list = sys.argv[1:6]
    rate = float(sys.argv[6]) if len(sys.argv) > 6 else 20
    seconds = float(sys.argv[7]) if len(sys.argv) > 7 else 15
    corpus = [l.strip() for l in open(corpus_list) if l.strip().endswith(".txt")]
    rng = random.Random(7)
    server = subprocess.Popen([binary, "serve", "--config", config], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        address_file = os.path.join(state, "http.address")
        deadline = time.time() + 120
        while not os.path.exists(address_file):
            if time.time() > deadline or server.poll() is not None:
                raise SystemExit("the service did not start")
            time.sleep(0.05)
        host, port = open(address_file).read().strip().rsplit(":", 1)
        sock = socket.create_connection((host, int(port)))
        sock.sendall(f"GET /v1/stream HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode())
        stream = sock.makefile("rb")
        while stream.readline().strip():
            pass  # response headers
        committed, published = {}, []
        marker = re.compile(rb"latency-(\d{5})")

        def read():
            event, pending = None, set()
            for raw in stream:
                line = raw.rstrip(b"\r\n")
                now = time.time()
                if line.startswith(b"event: "):
                    event = line[7:]
                elif line.startswith(b"data: ") and event == b"events":
                    for m in marker.findall(line):
                        committed.setdefault(int(m), now)
                elif line.startswith(b"data: ") and event == b"snapshot":
                    published.append(now)

        threading.Thread(target=read, daemon=True).start()
        time.sleep(0.5)
        dropped = {}
        count = int(rate * seconds)
        start = time.time()
        for i in range(count):
            target = start + i / rate
            time.sleep(max(0, target - time.time()))
            text = open(rng.choice(corpus), encoding="utf-8").read()
            title, _, body = text.partition("\n")
            # A unique, located capture so that each file's events can be recognised.
            body = body + "\nThe Syrian army captured Palmyra on Monday, a source said (latency-%05d)." % i
            name = "lat-%05d.txt" % i
            with open(os.path.join(inbox, "tmp", name), "w", encoding="utf-8") as f:
                f.write(title + "\n" + body)
            dropped[i] = time.time()
            os.rename(os.path.join(inbox, "tmp", name), os.path.join(inbox, "new", name))
        deadline = time.time() + 30
        while time.time() < deadline and (len(committed) < count or (published and published[-1] < max(committed.values()))):
            time.sleep(0.1)
        latencies, missing = [], 0
        for i, t0 in dropped.items():
            t1 = committed.get(i)
            after = [p for p in published if t1 is not None and p >= t1]
            if not after:
                missing += 1
                continue
            latencies.append((after[0] - t0) * 1000)
        result = {"files": count, "rate_per_s": rate, "missing": missing,
                  "p50_ms": percentile(latencies, 50), "p90_ms": percentile(latencies, 90),
                  "p99_ms": percentile(latencies, 99), "max_ms": max(latencies) if latencies else None}
        print(json.dumps(result))
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
