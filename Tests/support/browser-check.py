#!/usr/bin/env python3
"""Drives headless Chromium against ControlMap's web page through the DevTools protocol.

Usage: browser-check.py PAGE_URL SCREENSHOT.png

Loads the page, waits for it to be ready, counts the place markers, moves the time slider to
its first step, clicks a marker with a real mouse event, reads the evidence shown, and saves a
screenshot. Prints one JSON object: console_errors, markers, markers_after_slider, slider_at,
evidence, place_name, screenshot. Uses only the standard library (a minimal WebSocket client).
"""
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


class DevTools:
    def __init__(self, ws_url):
        m = re.match(r"ws://([^:/]+):(\d+)(/.*)", ws_url)
        host, port, path = m.group(1), int(m.group(2)), m.group(3)
        self.sock = socket.create_connection((host, port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(4096)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake failed: " + response.decode(errors="replace"))
        self.buffer = response.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0
        self.events = []

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("devtools connection closed")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def _frame(self):
        b0, b1 = self._read(2)
        length = b1 & 0x7F
        if length == 126:
            length = int.from_bytes(self._read(2), "big")
        elif length == 127:
            length = int.from_bytes(self._read(8), "big")
        return b0 & 0x80, b0 & 0x0F, self._read(length)

    def receive(self):
        fin, opcode, payload = self._frame()
        while not fin:
            fin, _, more = self._frame()
            payload += more
        return json.loads(payload.decode())

    def send(self, method, **params):
        self.next_id += 1
        data = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        mask = os.urandom(4)
        header = bytearray([0x81])
        if len(data) < 126:
            header.append(0x80 | len(data))
        elif len(data) < 65536:
            header.append(0x80 | 126)
            header += len(data).to_bytes(2, "big")
        else:
            header.append(0x80 | 127)
            header += len(data).to_bytes(8, "big")
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(bytes(header) + mask + masked)
        wanted = self.next_id
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: " + json.dumps(result["exceptionDetails"])[:500])
        return result["result"].get("value")

    def wait_for(self, expression, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.1)
        return False

    def console_errors(self):
        errors = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"].get("exception", {}).get("description") or params["exceptionDetails"].get("text"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(params["entry"].get("text", "") + " " + params["entry"].get("url", ""))
        return errors


def main():
    page_url, screenshot = sys.argv[1], sys.argv[2]
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print(json.dumps({"skipped": "no chromium"}))
        return
    profile = tempfile.mkdtemp(prefix="controlmap-chromium-")
    proc = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-extensions", "--remote-debugging-port=0", "--window-size=1280,800",
                             "--user-data-dir=" + profile, "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        port = None
        deadline = time.time() + 60
        while time.time() < deadline and port is None:
            line = proc.stderr.readline()
            m = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
        if port is None:
            raise RuntimeError("chromium did not start its DevTools endpoint")
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        target = next(t for t in targets if t["type"] == "page")
        dt = DevTools(target["webSocketDebuggerUrl"])
        for domain in ("Runtime", "Log", "Page"):
            dt.send(domain + ".enable")
        dt.send("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
        dt.send("Page.navigate", url=page_url)
        ready = dt.wait_for("document.body && document.body.dataset.ready === 'true'", 30)
        result = {"ready": ready}
        result["markers"] = dt.evaluate("document.querySelectorAll('.cm-place').length")
        result["marker_ids"] = dt.evaluate("Array.from(document.querySelectorAll('.cm-place')).map(e => e.dataset.id)")
        result["legend_items"] = dt.evaluate("document.querySelectorAll('#legend-list li').length")

        # The slider to its first step: the map as it stood on the first day with events.
        result["slider_steps"] = dt.evaluate("Number(document.getElementById('slider').max)")
        dt.evaluate("(() => { const s = document.getElementById('slider'); s.value = '0'; s.dispatchEvent(new Event('input')); })()")
        dt.wait_for("document.body.dataset.at !== ''", 10)
        time.sleep(0.5)
        result["slider_at"] = dt.evaluate("document.body.dataset.at")
        result["markers_after_slider"] = dt.evaluate("document.querySelectorAll('.cm-place').length")
        dt.evaluate("document.getElementById('now').click()")
        dt.wait_for("document.body.dataset.at === '' && document.querySelectorAll('.cm-place').length === %d" % result["markers"], 10)

        # A real mouse click on the first marker.
        box = dt.evaluate("(() => { const r = document.querySelector('.cm-place').getBoundingClientRect(); "
                          "return {x: r.left + r.width / 2, y: r.top + r.height / 2, id: document.querySelector('.cm-place').dataset.id}; })()")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            dt.send("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left", clickCount=1)
        result["clicked"] = box["id"]
        shown = dt.wait_for("!document.getElementById('place').hidden && document.querySelectorAll('#place-history .evidence').length > 0", 10)
        result["evidence"] = dt.evaluate("Array.from(document.querySelectorAll('#place-history .evidence')).map(e => e.textContent)") if shown else []
        result["evidence_dir"] = dt.evaluate("(document.querySelector('#place-history .evidence') || {}).dir || null")
        result["place_name"] = dt.evaluate("document.getElementById('place-name').textContent")

        shot = dt.send("Page.captureScreenshot", format="png")
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        result["screenshot"] = screenshot
        time.sleep(0.2)
        result["console_errors"] = dt.console_errors()
        print(json.dumps(result))
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
