"""A lead-in whose list is written beside it, not under it: a warning for editors.

"Meets one of the following BMD criteria:" followed by items at the lead-in's own level (one bullet each,
same indent) gives the parser no way to tell where the alternatives end: the next items may be the
alternatives, or the list's next rules. Read as written, each item is a rule of its own, which turns
alternatives into requirements ("one of" read as "all of"), or items a patient must NOT have into
items they must have ("none of the following:" in an inclusion list). Guessing the extent could move a
real rule into a list of options, so the parse keeps the layout and the trial goes to an editor instead.

Only the quantifiers whose sibling reading changes the meaning are flagged: in an inclusion list "one
of", "any of", "either of", "at least N of", "none of"; in an exclusion list "all of", "both of",
"at least N of" with N of 2 or more, "none of"; in a list with no header, what either reading flags.
("Any of the following:" in an exclusion list, each item excluding on its own, and "all of the
following:" in an inclusion list mean what the layout says.)
An editor who groups the items into one bullet citing the lead-in and the next item clears it.
"""

from __future__ import annotations

import re

from translator.criteria import CriteriaDoc, Criterion, SectionKind
from translator.findings import Finding, Severity
from translator.translation import Translation

CHECK = "list_beside_lead_in"

_COUNT = r"(?:one|two|three|four|five|six|\d+)"
_QUANTIFIER = re.compile(
    rf"\b(?P<q>one\s+or\s+more|at\s+least\s+{_COUNT}|(?:any|either|neither|none|both|all)(?:\s+{_COUNT})?|one|"
    rf"{_COUNT})\s+of\s+(?:the\s+)?(?:following|these|below)\b",
    re.IGNORECASE,
)
_ENDS_A_LEAD_IN = re.compile(r"(?::|\bfollowing|\bbelow)\s*[.;,]?\s*$", re.IGNORECASE)
_NEGATED = re.compile(r"\W*(?:no|not|without|never|none)\b", re.IGNORECASE)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _at_least(quantifier: str) -> int | None:
    """N of "at least N", "one or more" (1), a bare "one"/"2" (taken as at least that many)."""
    words = quantifier.lower().split()
    if words[:2] == ["one", "or"]:
        return 1
    count = words[-1]
    return int(count) if count.isdigit() else _NUMBERS.get(count)


def _reading(criterion: Criterion) -> tuple[str, str] | None:
    """The quantifier as written and what the sibling layout gets wrong about it, or None when the layout
    reads the same."""
    match = _QUANTIFIER.search(criterion.text)
    if match is None or not _ENDS_A_LEAD_IN.search(criterion.text):
        return None
    quantifier = " ".join(match.group("q").lower().split())
    first = quantifier.split()[0]
    # A list with no header ("other") may hold requirements or exclusions: flag what either reading gets wrong.
    inclusion = criterion.kind is not SectionKind.EXCLUSION
    exclusion = criterion.kind is not SectionKind.INCLUSION
    if _NEGATED.match(criterion.text):
        # "No concurrent CYP3A4 inducers, including any of the following:" then "Phenytoin" as an inclusion
        # item of its own: whatever the count, the item now reads as something to have.
        wrong = inclusion
        why = "the lead-in says not to have them"
    elif first in ("none", "neither"):
        wrong, why = True, "the text asks for none of them"
    elif first in ("both", "all"):
        wrong, why = exclusion, "the text needs all of them together"
    elif first in ("any", "either"):
        wrong, why = inclusion, "one of them is enough"
    else:
        count = _at_least(quantifier)
        wrong = count is not None and (inclusion or (exclusion and count >= 2))
        why = "one of them is enough" if count == 1 else f"the text needs {count} of them"
    return (match.group(0), why) if wrong else None


def lead_in_findings(doc: CriteriaDoc, translation: Translation | None = None) -> list[Finding]:
    """A warning per lead-in ("one of the following:") with no items under it and its list beside it."""
    bullets = translation.bullets() if translation is not None else iter(())
    grouped = [frozenset(bullet.source_ids) for _index, _section, bullet in bullets]
    parents = {criterion.parent for criterion in doc.criteria}
    findings: list[Finding] = []
    for lead, following in zip(doc.criteria, doc.criteria[1:], strict=False):
        if lead.id in parents or (following.parent, following.section) != (lead.parent, lead.section):
            continue
        reading = _reading(lead)
        if reading is None or any({lead.id, following.id} <= ids for ids in grouped):
            continue
        phrase, why = reading
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING,
                criterion_id=lead.id,
                source_span=(lead.start, lead.end),
                message=f"{lead.id} says “{phrase}”, but the items after it are listed beside it, not under it, "
                f"so each reads as a rule of its own, though {why}. Check which items belong to it and group "
                f"them in one bullet that cites {lead.id} and them.",
            )
        )
    return findings
