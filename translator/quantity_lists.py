"""Lists of consecutive levels that `translator.quantities` reads as one range: "0 or 1", "0, 1, or 2", "ECOG 0/1"."""

from __future__ import annotations

import re

from translator.numbers import DIGITS, parse_number

_LIST_SEP_RE = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+|/\s*)", re.IGNORECASE)
# (a comma and a digit after it: the list goes on, "0,1,2"; numbers.DIGITS reads a decimal comma whole)
_LIST_NUMBER_RE = re.compile(rf"{DIGITS}(?!\w|\.\d)")


def consecutive_list(text: str, value: float, end: int, levels: bool = False) -> tuple[list[float], int]:
    """'0 or 1', '0, 1, or 2', 'I, II or III' as one range when the integers are consecutive.

    Not a list read in part ("codes 317, 318.0, 318.1", "grade 1, 2 or 4": more numbers follow that do not go
    on from the last), nor two numbers joined by a comma alone ("codes 317, 318"): two values, not a range."""
    values = [value]
    pos = end
    commas_only = True
    while True:
        sep = _LIST_SEP_RE.match(text, pos)
        if sep is None:
            break
        nxt = _LIST_NUMBER_RE.match(text, sep.end())  # digits only, also after "/" ("ECOG 0/1")
        if nxt is None or not nxt.group()[0].isdigit():
            break
        number = parse_number(nxt.group())
        if number is None or number != values[-1] + 1 or not float(number).is_integer():
            if len(values) > 1:
                return [value], end  # the list goes on past the run: its numbers are each a value
            break
        values.append(number)
        pos = nxt.end()
        commas_only = commas_only and sep.group().strip() == ","
        if sep.group().strip().lower() in ("or", "and", ", or", ",or", ", and", ",and"):
            break
    if len(values) > 1 and values[0].is_integer() and (levels or not (commas_only and len(values) == 2)):
        return [values[0], values[-1]], pos
    return [value], end
