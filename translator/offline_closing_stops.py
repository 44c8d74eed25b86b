"""No second full stop after a bracketed sentence that ends the bullet (offline backend, on the composed text).

A bullet put in sentences gets a full stop at its end (translator.offline_edits.tidy) unless it ends one already.
A source whose last sentence is in brackets, with its own stop inside ("… study drug. (St. John's wort is
prohibited during the study.)"), then read ".)." — a stray stop after the sentence had ended. Where the bracket
opens a sentence of its own (at the start, or after a sentence's end), the stop inside ends it and the one after
goes. A bracket inside a sentence ("You are 18 to 45 years old (incl.).", "(lung, heart, etc.).") keeps the stop
after it: that stop ends the sentence the bracket is in.

A stop the source wrote twice, or again after a space ("… anti-DLBCL therapy. . Palliative …", "(e. g. . congestive
heart failure", "… are eligible.."), is said once: the tidy step closes the space up into "..", which reads as a
slip of ours. Three stops stay: an ellipsis is meant. So is a stop after a question's mark ("… receiving the treatment?
(for instance X)" made a sentence read "treatment?. For example, X") and after a list's last comma ("… for 24 hrs, ."
closed up into "hrs,."): the mark before it already ends the sentence, or the comma goes.
"""

from __future__ import annotations

import re

_STOP_AFTER_BRACKET = re.compile(r"(?<=[.!?])(?P<close>[)\]])\.$")
_PAIR = {")": "(", "]": "["}
_STOP_TWICE = re.compile(r"(?<![.\s])\.\s*\.(?![.\d])")
_MARK_STOP = re.compile(r"(?P<mark>[?!])\.(?=\s|$)")
_COMMA_STOP = re.compile(r"\s*,\s*\.$")


def closing_stop(text: str) -> str:
    """`text` without the full stop after a closing bracket whose sentence ended inside it, and with a stop written
    twice said once (see the module)."""
    if ".." in text or ". ." in text:
        text = _STOP_TWICE.sub(".", text)
    text = _COMMA_STOP.sub(".", _MARK_STOP.sub(r"\g<mark>", text))
    m = _STOP_AFTER_BRACKET.search(text)
    if m is None:
        return text
    opening = _opening(text, m.start("close"))
    if opening is None or not re.search(r"(?:^|[.!?:]\s+)$", text[:opening]):
        return text
    return text[: m.end("close")]


def _opening(text: str, close: int) -> int | None:
    """Where the bracket that closes at `close` opens, or None when the brackets do not pair."""
    shut, depth = text[close], 0
    for at in range(close, -1, -1):
        if text[at] == shut:
            depth += 1
        elif text[at] == _PAIR[shut]:
            depth -= 1
            if depth == 0:
                return at
    return None
