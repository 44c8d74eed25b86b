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


# The rules that put a named group to the reader ("Women of childbearing potential must …") read a sentence that also
# ends at a line break, and blank square-bracketed asides as well; they look at the stop itself (a ":" heads a list).
_ASIDES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_GROUP_STOP = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)|\n", re.IGNORECASE)


def blank_asides(text: str) -> str:
    """`text` with each innermost round- or square-bracketed aside blanked to spaces, positions kept."""
    return _ASIDES.sub(lambda m: " " * len(m.group()), text)


def group_stop(text: str, start: int) -> re.Match[str] | None:
    """The stop (".", ";", ":" or a line break) that ends the sentence going on at `start` in `text`, if any."""
    return _GROUP_STOP.search(text, start)
