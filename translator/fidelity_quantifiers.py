"""Whether a list asks for one of its items or all of them: "Any of the following:" said as "All of these:".

A lead-in's quantifier decides how its items combine (the parser keeps it as the criterion's logic): an inclusion
that asks for any one of three conditions said as all three shuts out most of the people it lets in, and an
exclusion turned the other way lets in people it shuts out. The numbers, negations and joins of the items are
compared elsewhere; the quantifier before "of the following" / "of these" is a word no other check reads. Each
quantifier has a family of wordings ("any of", "one of", "at least one of", "one or more of", "either of" / "all
of", "each of", "both of", "every one of"): the bullets citing a source whose lead-ins say one family must not say
the other while saying the source's fewer times than the source does (all of its lead-ins turned, or one of two).

Measured over the offline bullets of the corpus and Chia, and the hand-written paraphrases: no finding.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from translator.findings import Finding, Severity

_ANY = r"any(?:\s+one)?|one(?:\s+or\s+more)?|at\s+least\s+one|either"
_ALL = r"all|each|both|every\s+one"
# "any of the following", "all of these", "at least one of the below", "each of the following criteria"
_QUANTIFIED = re.compile(rf"\b(?:(?P<any>{_ANY})|(?P<all>{_ALL}))\s+(?:of\s+)?(?:the\s+)?(?:following|these|below)\b",
                         re.IGNORECASE)


def _families(text: str) -> Counter[str]:
    """How many lead-ins of each family `text` says."""
    return Counter("any" if m.group("any") else "all" for m in _QUANTIFIED.finditer(text))


def turned_quantifiers(source: str, bullets: Sequence[str]) -> list[tuple[str, str]]:
    """(what the source asks, what the bullets ask) where the bullets turn the source's lead-in quantifier: they say
    the other family, and the source's fewer times than it does (one turned of two: "defined as any one of the
    following: …, or 45 to 59 and one or more of the following" said "all of these: …, one or more of these")."""
    theirs = _families(source)
    if len(theirs) != 1:  # none, or both ("all of the following and any of these"): left to an editor
        return []
    ours: Counter[str] = sum((_families(text) for text in bullets), Counter())
    ((asked, times),) = theirs.items()
    return [(asked, told) for told in sorted(ours) if told != asked and ours[asked] < times]


def quantifier_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]]) -> list[Finding]:
    """An error where the `bullets` citing `source` (index, text) ask all of a list it asks any of, or the reverse."""
    return [Finding(check="fact_changed", severity=Severity.ERROR,
                    message=f"{source_id}: the source asks for {asked} of the items it lists; the bullets ask for "
                            f"{told} of them",
                    criterion_id=source_id, bullet_index=bullets[0][0] if bullets else None)
            for asked, told in turned_quantifiers(source, [text for _, text in bullets])]
