"""Thai word boundaries (pythainlp `newmm`): the dossier's pre-wrap and the UI's break hints.

Thai is written without spaces between words, so a line may only break where a dictionary says
a word ends. ReportLab knows nothing of this (the dossier pre-wraps with `tokens`), and Qt asks
libthai, which Windows does not have (the UI then marks the word ends with `with_break_hints`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the dictionary is built when first needed (it is slow to load)
    from ecoassess.thaidict import CompactTrie

THAI = re.compile("[\u0e00-\u0e7f]")
# Thai letters, vowels, tone marks and digits: a word end between two of these is invisible.
_THAI_CHAR = re.compile("[\u0e01-\u0e5b]")
_LATIN_TOKENS = re.compile(r"\s+|[^\s]+")
ZWSP = "\u200b"  # ZERO WIDTH SPACE: a line-break opportunity that draws nothing


WORD_LIST = "thai-words.txt"  # the scheme's compound words, in ecoassess/resources


def scheme_words() -> list[str]:
    """The scheme's own compound words (ecoassess/resources/thai-words.txt)."""
    from ecoassess.paths import resources_dir

    text = (resources_dir() / WORD_LIST).read_text("utf-8")
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


def word_list() -> set[str]:
    """pythainlp's Thai words and the scheme's compound words: the one place both are loaded
    (a cache of the dictionary must key on both)."""
    from ecoassess.paths import keep_pythainlp_offline

    keep_pythainlp_offline()
    from pythainlp.corpus.common import thai_words

    return set(thai_words()) | set(scheme_words())


@cache
def dictionary() -> CompactTrie:  # a dictionary newmm takes (ecoassess.thaidict)
    """The splitter's dictionary: the word list in a compact trie (a third of pythainlp's Trie's
    memory, built in a tenth of its time, the same breaks: ecoassess.thaidict)."""
    from ecoassess.thaidict import CompactTrie

    return CompactTrie(word_list())


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens of one line of text, whitespace kept as its own tokens."""
    if not THAI.search(text):
        return tuple(_LATIN_TOKENS.findall(text))
    from pythainlp.tokenize import word_tokenize

    trie: Any = dictionary()  # newmm only asks the trie for prefixes (ecoassess.thaidict)
    return tuple(word_tokenize(text, custom_dict=trie, engine="newmm", keep_whitespace=True))


@lru_cache(maxsize=4096)
def with_break_hints(text: str) -> str:
    """`text` with a zero-width space wherever one Thai word ends and the next begins.

    Only between two Thai characters: spaces already allow a break, and a break beside
    punctuation or Latin text is left to the usual line-breaking rules. Text without Thai, or
    already hinted, comes back unchanged.
    """
    if not THAI.search(text) or ZWSP in text:
        return text
    lines = []
    for line in text.split("\n"):
        parts: list[str] = []
        for token in tokens(line):
            if parts and _THAI_CHAR.match(token[:1]) and _THAI_CHAR.match(parts[-1][-1:]):
                parts.append(ZWSP)
            parts.append(token)
        lines.append("".join(parts))
    return "\n".join(lines)


def without_break_hints(text: str) -> str:
    """The text as typed: break hints removed (for copying, comparing and storing)."""
    return text.replace(ZWSP, "")
