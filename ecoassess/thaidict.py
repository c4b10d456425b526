"""A compact Thai dictionary for word breaking: pythainlp's word list behind two frozensets.

pythainlp's Trie keeps a Python object per letter: building it took a second and 60 MiB of a
dossier process (bench/bench_thaidict.py). newmm asks a dictionary only for the words that
begin a text at a position (`prefixes`), membership, length and iteration; two frozensets
answer that with the same words: the words, and their beginnings up to STEM letters, which end
most scans early as the trie's missing branch does. tests/unit/test_thaisplit.py checks that
the breaks are pythainlp's on every Thai text of the scheme and the demo.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

STEM = 6  # beginnings kept up to this many letters: most scans end within them; longer are few


class CompactTrie:
    """What newmm needs of pythainlp's `Trie`, over frozensets (see the module docstring)."""

    def __init__(self, words: Iterable[str]) -> None:
        cleaned = {w.strip() for w in words}
        cleaned.discard("")
        self.words = frozenset(cleaned)
        self.stems = frozenset(w[:k] for w in cleaned for k in range(1, min(len(w), STEM + 1)))
        self.longest = max(map(len, cleaned), default=0)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that begin `text` at `start`, shortest first (as pythainlp's Trie)."""
        found = []
        words, stems = self.words, self.stems
        for end in range(start + 1, min(len(text), start + self.longest) + 1):
            piece = text[start:end]
            if piece in words:
                found.append(piece)
            elif end - start <= STEM and piece not in stems:
                break  # no word begins so: nothing longer can be one either
        return found

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __bool__(self) -> bool:
        return bool(self.words)
