"""Where the sentence an opening rule reads ends (offline backend).

The rules that put a noun phrase to the reader ("Use of X at baseline", "Blood donation within 90 days") read only
the sentence the phrase opens: a time or a person in a later sentence is not theirs to say. A sentence ends at "." or
";" (and ":" where the rule reads a lead-in as an end) before a space or the end of the text; not at the dot of
"e.g." or "i.e.", and never inside round brackets, whose asides are blanked first.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\([^()]*\)")
_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)", re.IGNORECASE)
_END_BEFORE_COLON = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", re.IGNORECASE)


def blank_brackets(text: str) -> str:
    """`text` with each innermost round-bracketed aside blanked to spaces, so that positions stay the same."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


def sentence_end(text: str, start: int, *, colon: bool = True) -> int:
    """The position where the sentence that goes on at `start` ends (its stop), or the length of `text`."""
    stop = (_END if colon else _END_BEFORE_COLON).search(blank_brackets(text), start)
    return stop.start() if stop else len(text)
