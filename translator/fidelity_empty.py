"""A criterion that lists nothing: "NA", "N/A" or "Not applicable" as the whole text of a criterion.

A record fills a section it has no rule for with one of these. The faithful bullet says that nothing is listed ("None
are listed.", "Not applicable.", or the letters kept); any other bullet citing it states a rule the source never
made ("You have diabetes."), which no other check can see: the source has no word for a bullet to leave out or to
change. "None are listed." has a negation that "NA" has not; it is the same statement, not a negation added.

Not "None": under a heading ("Prior chemotherapy:" and "None") the word is the rule itself, none allowed, and a
bullet says it with words of its own ("You have had no chemotherapy").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

_EMPTY = re.compile(r"\W*(?:n\s*/\s*a|na|not\s+applicable)\W*", re.IGNORECASE)
# What a bullet may say for it: that nothing is listed, in a few wordings, or the source's own letters.
_NOTHING = re.compile(
    r"\W*(?:n\s*/\s*a|na|not\s+applicable|none|(?:there\s+are\s+)?none\s+(?:are\s+)?(?:listed|given|stated)"
    r"|no\s+(?:criteria|rules|requirements)\s+(?:are\s+)?(?:listed|given|stated)|nothing\s+is\s+listed"
    r"|there\s+are\s+none)\W*",
    re.IGNORECASE,
)
# The checks whose count of negations "None are listed." moves: "NA" has none to count.
NEGATION_CHECKS = frozenset({"negation_added", "negation_dropped"})


def lists_nothing(source: str) -> bool:
    """Whether `source` is a criterion that lists nothing: "NA", "N/A", "Not applicable"."""
    return _EMPTY.fullmatch(source) is not None


def says_nothing(bullet: str) -> bool:
    """Whether `bullet` says only that nothing is listed."""
    return _NOTHING.fullmatch(bullet) is not None


def empty_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                   raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each bullet (index, text) that states something for a criterion that lists nothing."""
    if not lists_nothing(source):
        return []
    return [Finding(check="content_invented", severity=Severity.ERROR,
                    message=f"{source_id} lists nothing (“{source.strip()}”) but bullet {index + 1} states a rule",
                    criterion_id=source_id, bullet_index=index, source_span=raw_of(0, len(source)) if raw_of else None)
            for index, text in bullets if not says_nothing(text)]
