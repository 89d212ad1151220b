#!/usr/bin/env python3
"""The Python peers of ControlMap's tagger, on the same names and the same text: pyahocorasick,
ahocorasick-rs and flashtext, each finding gazetteer names at Unicode word boundaries
(leftmost-longest, non-overlapping), the text lower-cased inside the timed scan.

Usage: peers.py NAMES_FILE FILE_LIST [--check] [--rounds N]

--check   compare the peers' spans on the corpus (printed as agreement with pyahocorasick)
Prints one JSON object: names, megabytes, and per peer build_s and scan_s (median of rounds).
"""
import json
import statistics
import sys
import time


def load(names_file, list_file):
    names = [l.rstrip("\n") for l in open(names_file, encoding="utf-8") if l.strip()]
    texts = [open(p.rstrip("\n"), encoding="utf-8").read() for p in open(list_file) if p.strip()]
    return names, texts


def at_boundaries(text, start, end):
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def leftmost_longest(spans):
    """Non-overlapping spans, leftmost first, longest at each start."""
    out, last = [], -1
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if s >= last:
            out.append((s, e))
            last = e
    return out


class PyAhoCorasick:
    label = "pyahocorasick 2.3.1"

    def build(self, names):
        import ahocorasick
        self.a = ahocorasick.Automaton()
        for n in names:
            self.a.add_word(n, len(n))
        self.a.make_automaton()

    def scan(self, text):
        text = text.lower()
        spans = [(end - n + 1, end + 1) for end, n in self.a.iter(text) if at_boundaries(text, end - n + 1, end + 1)]
        return leftmost_longest(spans)


class AhoCorasickRs:
    label = "ahocorasick-rs 1.0.3"

    def build(self, names):
        import ahocorasick_rs
        self.names = names
        self.a = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.Standard)

    def scan(self, text):
        text = text.lower()
        spans = [(s, e) for _, s, e in self.a.find_matches_as_indexes(text, overlapping=True) if at_boundaries(text, s, e)]
        return leftmost_longest(spans)


class FlashText:
    label = "flashtext 2.7"

    def build(self, names, letters):
        from flashtext import KeywordProcessor
        self.k = KeywordProcessor(case_sensitive=True)
        # Without the letters of both scripts flashtext would match inside Arabic words.
        self.k.set_non_word_boundaries(letters)
        for n in names:
            self.k.add_keyword(n)

    def scan(self, text):
        text = text.lower()
        return [(s, e) for _, s, e in self.k.extract_keywords(text, span_info=True)]


def main():
    names, texts = load(sys.argv[1], sys.argv[2])
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 1
    letters = {c for t in texts for c in t.lower() if c.isalnum()} | {c for n in names for c in n if c.isalnum()} | {"_"}
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    peers = [PyAhoCorasick(), AhoCorasickRs(), FlashText()]
    result = {"names": len(names), "megabytes": megabytes, "articles": len(texts), "peers": {}}
    for p in peers:
        builds, scans = [], []
        for _ in range(rounds):
            t = time.perf_counter()
            p.build(names, letters) if isinstance(p, FlashText) else p.build(names)
            builds.append(time.perf_counter() - t)
            t = time.perf_counter()
            found = sum(len(p.scan(x)) for x in texts)
            scans.append(time.perf_counter() - t)
        result["peers"][p.label] = {"build_s": statistics.median(builds), "scan_s": statistics.median(scans), "spans": found,
                                    "mb_per_s": megabytes / statistics.median(scans)}
    if "--check" in sys.argv:
        reference = [set(peers[0].scan(t)) for t in texts]
        for p in peers[1:]:
            same = total = 0
            for ref, t in zip(reference, texts):
                mine = set(p.scan(t))
                same += len(ref & mine)
                total += len(ref | mine)
            result["peers"][p.label]["agreement_with_pyahocorasick"] = same / total if total else 1.0
    print(json.dumps(result))


if __name__ == "__main__":
    main()
