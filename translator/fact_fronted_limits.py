"""A reference limit written before its multiplier: "ULN x 1.5" is "1.5 x ULN".

Some criteria name the limit first ("ALT between ULN x 1.5 and ULN x 5", "creatinine > ULN x 1.5"). Read as written,
the number had no unit and the limit stood alone (a bound of 1 x ULN, or none), so a faithful "1.5 times the upper
limit of normal" looked changed. The two parts are swapped in the text the amounts are read from: the swap keeps the
length, so every span still points into the criterion's own words. Only the abbreviations, right before a multiplier
sign and a number: "ULN x 1.5" has no other reading, while "the upper limit of normal x 2" is too rare to guess at.
"""

from __future__ import annotations

import re

_FRONTED_RE = re.compile(r"(?<![\w.])(?P<limit>I?ULN|UNL|LLN)(?P<sign>\s*[x×*]\s*)(?P<number>\d+(?:[.,]\d+)?)"
                         r"(?![.,]?\d|\s*(?:[x×*]|times)\b)")


def front_multiples(text: str) -> str:
    """`text` with each "ULN x N" written "N x ULN", at the same length."""
    return _FRONTED_RE.sub(lambda m: m.group("number") + m.group("sign") + m.group("limit"), text)
