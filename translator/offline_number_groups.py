"""Numbers whose digit groups make their end unclear, so their comparator is not worded (offline backend).

"75.000/μl" may be 75 000 or 75: words would settle it, maybe wrongly. "≥ 100 000 IU/mL" where the fact was read
as "≥ 100" (its group after a space left out): words for the fact alone say "100 or more 000 IU/mL". Where the
fact holds the whole number ("Platelets >= 100 000/ μl" read as 100,000) it is worded as usual.
"""

from __future__ import annotations

import re

from translator.facts import Fact

_THOUSANDS_DOT = re.compile(r"\d\.\d{3}(?!\d)")
_NEXT_GROUP = re.compile(r"\d \d{3}(?![\d.,])")


def unclear_groups(text: str, fact: Fact) -> bool:
    """Whether `fact` holds a dotted thousands group, or ends just before a group of three digits after a space."""
    return _THOUSANDS_DOT.search(fact.text) is not None or _NEXT_GROUP.match(text, fact.end - 1) is not None
