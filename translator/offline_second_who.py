"""A group's plain wording with its own "who" before the source's relative clause (offline backend).

The lexicon says "women of childbearing potential" as "women who can become pregnant". Before the source's own
clause about the same women ("Women of childbearing potential who are not using effective birth control",
"… whose male partners are fertile", "… not willing to use …") that reads "women who can become pregnant who are
not using …": two "who" clauses in a row, and the second one reads as if it were about the pregnancy. There the
group is said with "able to" instead ("women able to become pregnant who are not using …"), the same meaning
without the clause of its own.
"""

from __future__ import annotations

import re

_WHO_CAN = re.compile(r"(?P<group>[A-Za-z]+) who can (?P<able>become pregnant|have children)")
_CLAUSE_NEXT = re.compile(
    r"[ \t]+(?:who|whom|whose|that|not|unwilling|unable|willing|refusing)\b", re.IGNORECASE
)


def without_a_second_who(text: str, end: int, replacement: str) -> str:
    """`replacement` for the term that ends at text[end], said with "able to" where a clause follows (see the
    module)."""
    m = _WHO_CAN.fullmatch(replacement)
    if m is None or not _CLAUSE_NEXT.match(text, end):
        return replacement
    return f"{m['group']} able to {m['able']}"
