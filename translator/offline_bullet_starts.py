"""A bullet whose first word the rewrite wrote in lower case, capitalised (offline backend, on the composed text).

A criterion that opens on a symbol (">=4 weeks post therapeutic radiation", "≥ 6 months following allogeneic stem cell
transplantation", "< 6 months post surgical …") opens, once its comparator is in words, on a word the fact rules write
in lower case: "at least 6 months after …", "less than 6 months post …". A patient reads a bullet as a sentence, so its
first letter is a capital: "At least 6 months after …". Only a plain word of lower-case letters the source does not
open with is ours to change: a name the source writes so ("sitSBP 140 to 200 mmHg", "qSOFA", "abn17p") or a list
marker ("ii.") keeps its letters.
"""

from __future__ import annotations

import re

_LOWER_WORD = re.compile(r"[a-z]+(?= )")


def capitalised_start(source: str, text: str) -> str:
    """`text` with its first letter a capital where its first word is a lower-case word `source` does not open with."""
    word = _LOWER_WORD.match(text)
    if word is None or source.lstrip().startswith(word.group()):
        return text
    return text[:1].upper() + text[1:]
