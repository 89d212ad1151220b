#!/usr/bin/env python3
"""Checks a running ControlMap against its OpenAPI document.

Usage: check-openapi.py OPENAPI.json BASE_URL REQUEST...

Each REQUEST is a path with its query ("/v1/events?kind=captured"). For each, the answer's
status must be documented for that path, its content type must be the documented one, and a
JSON body must validate against the documented schema (JSON Schema 2020-12 with the document's
components). Every path of the document must be requested at least once. Prints one line per
request and exits 1 on any mismatch.
"""
import json
import re
import sys
import urllib.error
import urllib.request

import jsonschema


def template_match(template, path):
    pattern = "^" + re.sub(r"\\{[^/]+\\}", "[^/]+", re.escape(template)) + "$"
    return re.match(pattern, path) is not None


def main():
    spec = json.load(open(sys.argv[1]))
    base = sys.argv[2].rstrip("/")
    requests = sys.argv[3:]
    failures = []
    covered = set()
    for request in requests:
        path = request.split("?")[0]
        template = next((t for t in spec["paths"] if template_match(t, path)), None)
        if template is None:
            failures.append(f"{request}: not in the OpenAPI document")
            continue
        covered.add(template)
        operation = spec["paths"][template]["get"]
        try:
            with urllib.request.urlopen(base + request, timeout=30) as r:
                status, ctype, body = r.status, r.headers.get("Content-Type", ""), (r.read() if "event-stream" not in r.headers.get("Content-Type", "") else b"")
        except urllib.error.HTTPError as e:
            status, ctype, body = e.code, e.headers.get("Content-Type", ""), e.read()
        response = operation["responses"].get(str(status))
        if response is None:
            failures.append(f"{request}: status {status} is not documented")
            continue
        if "$ref" in response:
            response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
        content = response.get("content", {})
        media = next((m for m in content if ctype.split(";")[0].strip() == m), None)
        if content and media is None:
            failures.append(f"{request}: content type {ctype!r} is not one of {list(content)}")
            continue
        if media and ("json" in media) and body:
            schema = dict(content[media]["schema"])
            schema["components"] = spec["components"]
            schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
            try:
                jsonschema.Draft202012Validator(schema).validate(json.loads(body))
            except jsonschema.ValidationError as e:
                failures.append(f"{request}: {e.message} at {list(e.absolute_path)}")
                continue
        print(f"ok {status} {request}")
    for template in spec["paths"]:
        if template not in covered:
            failures.append(f"{template}: documented but not requested")
    for f in failures:
        print("FAIL " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
