"""A plain wording that would say again the word the text has right before it.

"unborn fetus" worded "unborn baby" by the lexicon ("fetus" → "unborn baby") would read "unborn unborn baby";
"counseled at a minimum of every 28 days" worded "at least every 28 days" would read "at at least every 28 days";
"hemoglobin less (<) 9.0 g/dL" worded "less than 9 g/dL" would read "less less than 9 g/dL". The wording drops
its first word when the text says it just before.
"""

from __future__ import annotations

import re

_LAST_WORD = re.compile(r"(\w+)\s+$")


def without_word_before(text: str, start: int, wording: str) -> str:
    """`wording`, to stand at `start` of `text`, without a first word that the text says right before it."""
    before = _LAST_WORD.search(text, max(0, start - 30), start)
    first, _, rest = wording.partition(" ")
    return rest if before is not None and rest and before.group(1).lower() == first.lower() else wording
