"""A key word of a criterion's opening label that its value says again, counted once (`translator.fidelity_key_words`).

"Numbers of prior chemotherapy(s): maximum 2 prior chemotherapies" names chemotherapy twice, once as the label and once
in what the label holds; a rewrite says it once ("You have had at most 2 chemotherapies before"), and has dropped
nothing. Only a label that opens the criterion (up to 60 characters, no sentence end, then ": ") and a mention in the
60 characters after it: a key word said in a later sentence still counts apart.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"[^.;:]{1,60}:\s")


def unlabelled(source: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (of one key word in `source`) less those in an opening label whose value says the word again."""
    label = _LABEL.match(source)
    if label is None or not any(label.end() <= a < label.end() + 60 for a, _ in spans):
        return spans
    return [(a, b) for a, b in spans if a >= label.end()]
