"""A prototype, not wired into the app (issue 17 item 4 waits for issue 14's word list): pythainlp's
word list behind a frozenset-backed trie instead of its node-per-letter Trie. Measures, each in a
fresh process, the build time and the process's peak memory, and checks that newmm segments a
sample (every Thai text of the scheme and the demo) exactly as with pythainlp's own trie.

Run: .venv/bin/python bench/proto_compact_dict.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


class FrozenTrie:
    """What newmm asks of a trie (`prefixes`, `in`, `len`, iteration) over two frozensets: the
    words, and every prefix of a word (so that a scan stops where pythainlp's would)."""

    def __init__(self, words: Iterable[str], stems: bool = True, depth: int = 0) -> None:
        cleaned = {w.strip() for w in words if w.strip()}
        self.words = frozenset(cleaned)
        # Without the prefixes a scan runs to the longest word's length: the same words are found
        # (no longer piece can be a word once a piece is no word's prefix), only more lookups.
        # `depth`: keep only the prefixes up to that length (the short ones are few and end most
        # scans); past it the scan checks words only.
        limit = depth or max(map(len, cleaned), default=0)
        self.depth = limit
        self.stems = frozenset(w[:k] for w in cleaned for k in range(1, min(len(w), limit + 1))) \
            if stems else None
        self.longest = max(map(len, cleaned), default=0)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        found = []
        words, stems = self.words, self.stems
        for end in range(start + 1, min(len(text), start + self.longest) + 1):
            piece = text[start:end]
            if piece in words:
                found.append(piece)
            elif stems is not None and end - start <= self.depth and piece not in stems:
                break
        return found

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __iter__(self):  # noqa: ANN204
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __bool__(self) -> bool:
        return bool(self.words)


class SortedTrie:
    """The words once, sorted: `prefixes` walks them with bisect (the least memory, the slowest
    scan: each step is a binary search instead of a set lookup)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in (x.strip() for x in words) if w)
        self.sorted = sorted(self.words)
        self.longest = max(map(len, self.words), default=0)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        from bisect import bisect_left

        found, ordered, lo = [], self.sorted, 0
        for end in range(start + 1, min(len(text), start + self.longest) + 1):
            piece = text[start:end]
            lo = bisect_left(ordered, piece, lo)
            if lo == len(ordered) or not ordered[lo].startswith(piece):
                break
            if ordered[lo] == piece:
                found.append(piece)
        return found

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __iter__(self):  # noqa: ANN204
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __bool__(self) -> bool:
        return bool(self.words)


def sample() -> list[str]:
    """Every Thai text of the shipped scheme and the demo answers."""
    import yaml
    from common import ROOT

    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and any("\u0e00" <= ch <= "\u0e7f" for ch in node):
            texts.extend(line for line in node.splitlines() if line.strip())

    walk(yaml.load((ROOT / "ecoassess/scheme/data/eco-factory.yaml").read_text(encoding="utf-8"),
                   Loader=yaml.CSafeLoader))
    walk(json.loads((ROOT / "ecoassess/resources/demo/answers.json").read_text(encoding="utf-8")))
    return texts


def child(kind: str) -> dict:
    """Build one trie in this fresh process; segment the sample with it."""
    from pythainlp.corpus.common import thai_words
    from pythainlp.tokenize.newmm import segment

    words = thai_words()
    start = time.perf_counter()
    if kind == "pythainlp":
        from pythainlp.util import Trie

        trie = Trie(words)
    elif kind == "sorted":
        trie = SortedTrie(words)
    else:
        trie = FrozenTrie(words, stems=kind != "words-only", depth=6 if kind == "frozen-6" else 0)
    built = time.perf_counter() - start
    texts = sample()
    start = time.perf_counter()
    tokens = [segment(text, custom_dict=trie) for text in texts]
    return {"build": built, "segment": time.perf_counter() - start, "tokens": tokens}


def main() -> int:
    from common import Series, interleave, mib, run_process

    kinds = ("none", "pythainlp", "frozen", "frozen-6", "sorted")
    runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import proto_compact_dict as p, json; "
            "from pythainlp.corpus.common import thai_words; thai_words(); "
            "print(json.dumps(p.child(sys.argv[2]) if sys.argv[2] != 'none' else {}))")

    def arm(kind: str):  # noqa: ANN202
        def run() -> float:
            result = run_process([sys.executable, "-c", code, str(Path(__file__).parent), kind])
            runs[kind].append(dict(json.loads(result.stdout.strip().splitlines()[-1]), peak=result.peak_rss))
            return result.seconds
        return run

    interleave(3, {kind: arm(kind) for kind in kinds})
    reference = runs["pythainlp"][0]["tokens"]
    same = all(r["tokens"] == reference for kind in kinds[2:] for r in runs[kind])
    print(f"Thai sample: {len(reference)} lines, {sum(map(len, reference))} tokens; segmentation identical "
          f"to pythainlp's trie: {same}; medians [min–max] of {len(runs['none'])} fresh processes each")
    for kind in kinds[1:]:
        build = Series([r["build"] for r in runs[kind]])
        segment = Series([r["segment"] for r in runs[kind]])
        print(f"  {kind:<10} build {build.show():<20} segment the sample {segment.show():<20} process peak "
              f"{mib(Series([r['peak'] for r in runs[kind]]).median)} "
              f"(the word list alone: {mib(Series([r['peak'] for r in runs['none']]).median)})")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
