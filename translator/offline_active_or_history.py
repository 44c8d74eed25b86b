"""An adjective and a noun joined before one condition, set off so both reach it (offline backend, on the composed
bullet): "Active or history of autoimmune disease" became "You have active or history of autoimmune disease", which
is no English ("have … history" lacks its article, and "active or history" joins an adjective to a noun). Set off by
commas, each side reaches the condition after it: "You have active, or a history of, autoimmune disease".

Only after the reader's "have" (with "known" or not), and only "active or history of" as written; the condition, and
everything else, keeps its words.
"""

from __future__ import annotations

import re

_ACTIVE_OR_HISTORY = re.compile(r"(?<=\bhave )(?P<known>known )?active or history of (?=\w)", re.IGNORECASE)


def active_or_history(text: str) -> str:
    """ "You have active or history of X" → "You have active, or a history of, X" (see the module)."""
    return _ACTIVE_OR_HISTORY.sub(lambda m: f"{m.group('known') or ''}active, or a history of, ", text)
