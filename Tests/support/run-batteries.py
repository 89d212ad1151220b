#!/usr/bin/env python3
"""Run the invented-sentence batteries in Tests/batteries through `controlmap extract`.

Each battery line is `EXPECTED<TAB>SENTENCE`. EXPECTED is `-` (no event) or events separated
by `;`, each `kind actor place`: kind is a family (control = captured, recaptured or holds;
withdrew, besieged, siege_broken, contested), actor an actor id (alternatives joined by `|`),
place the English display name of the place, its id or the name as written.
A leading `?` makes one event optional; a line whose EXPECTED starts with `gap:` is a known
miss, listed but not counted as a failure. Lines starting with `#` are comments.

usage: run-batteries.py [--controlmap BIN] [--config YAML] [--quiet] [FILE...]
Prints each line read otherwise than expected; exits 1 when any did.
"""
import argparse, glob, json, os, subprocess, sys, tempfile

FAMILY = {"captured": "control", "recaptured": "control", "holds": "control"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def parse(path):
    lang = "ar" if os.path.basename(path).startswith("ar") else "en"
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            expected, _, sentence = line.partition("\t")
            gap = expected.startswith("gap:")
            if gap:
                expected = expected[4:].strip()
            want, optional = [], []
            if expected.strip() != "-":
                for part in expected.split(";"):
                    words = part.strip().split(" ", 2)
                    opt = words[0].startswith("?")
                    kind = words[0].lstrip("?")
                    event = (FAMILY.get(kind, kind), set(words[1].split("|")), words[2].strip().lower())
                    (optional if opt else want).append(event)
            items.append({"file": path, "line": n, "lang": lang, "sentence": sentence, "want": want, "optional": optional, "gap": gap})
    return items


def read(bin_, config, items):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, item in enumerate(items):
            p = os.path.join(tmp, f"{i}.json")
            with open(p, "w", encoding="utf-8") as f:
                json.dump({"title": "", "text": item["sentence"], "published": "2020-01-10", "lang": item["lang"], "source": "battery"}, f)
            paths.append(p)
        cmd = [bin_, "extract"] + (["--config", config] if config else []) + paths
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0 and not out.stdout:
            sys.exit(f"run-batteries: {' '.join(cmd[:3])} failed: {out.stderr.strip()}")
        seen = {p: [] for p in paths}
        for line in out.stdout.splitlines():
            e = json.loads(line)
            place = e.get("place") or {}
            names = frozenset(n.lower() for n in (place.get("name"), place.get("id"), e.get("mention")) if n)
            seen[e["file"]].append((FAMILY.get(e["kind"], e["kind"]), e["actor"] or "none", names | ({"(background)"} if e.get("background") else set())))
        return [seen[p] for p in paths]


def matches(event, expected):
    return event[0] == expected[0] and event[1] in expected[1] and expected[2] in event[2]


def judge(item, events):
    missing = [w for w in item["want"] if not any(matches(e, w) for e in events)]
    extra = [e for e in events if not any(matches(e, w) for w in item["want"] + item["optional"])]
    return missing, extra


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--controlmap", default=os.path.join(ROOT, ".build/release/controlmap"))
    ap.add_argument("--config")
    ap.add_argument("--quiet", action="store_true", help="only the totals")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(ROOT, "Tests/batteries/*.tsv")))
    items = [i for f in files for i in parse(f)]
    results = read(a.controlmap, a.config, items)
    failed = gaps = fixed = 0
    for item, events in zip(items, results):
        missing, extra = judge(item, events)
        ok = not missing and not extra
        where = f"{os.path.basename(item['file'])}:{item['line']}"
        got = "; ".join(f"{k} {ac} {'/'.join(sorted(p))}" for k, ac, p in events) or "-"
        if item["gap"]:
            gaps += 1
            if ok:
                fixed += 1
                print(f"NOW PASSES {where}: {item['sentence']}")
            continue
        if not ok:
            failed += 1
            if not a.quiet:
                print(f"FAIL {where}: {item['sentence']}\n     got: {got}")
    print(f"{len(items)} sentences, {failed} read otherwise than expected, {gaps} known gaps ({fixed} of them now pass)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
