#!/usr/bin/env python3
"""Attacks a running API as slow clients do: COUNT connections that send half a request and
wait. Prints one JSON line: how long /healthz took while they held on, how many the server
closed within WAIT seconds, and how long /healthz took afterwards.

Usage: slow-clients.py HOST PORT COUNT WAIT
"""
import json, socket, sys, time, urllib.request

host, port, count, wait = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
socks = []
for _ in range(count):
    s = socket.create_connection((host, port), timeout=10)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # the blank line never comes
    socks.append(s)


def health():
    t = time.time()
    try:
        status = urllib.request.urlopen("http://%s:%d/healthz" % (host, port), timeout=30).status
    except Exception:
        status = 0
    return status, round(time.time() - t, 2)


during = health()
time.sleep(wait)
closed = 0
for s in socks:
    s.settimeout(0.5)
    try:
        if s.recv(16) == b"":
            closed += 1
    except OSError:
        pass
after = health()
print(json.dumps({"during_status": during[0], "during_seconds": during[1], "closed": closed,
                  "after_status": after[0], "after_seconds": after[1]}))
