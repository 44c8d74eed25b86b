"""Exclusions listed inside an inclusion section (or one with no kind), under a lead-in that says they exclude.

Some inclusion lists hold a block of exclusions: "Patient history: patients who have any of the following are
NOT eligible:" with its items under it. By the section they sit in, the items would be inclusions: shown under
"You may be able to join if…", rendered and checked as something the reader must have. The lead-in itself says
what they are, so the block (the lead-in and every item under it) takes the kind exclusion. The same holds in a
section of no kind ("Additional entry criteria for Part II:" then "Any of the following laboratory values at
Screening will be exclusionary:" and its values), where the items would be shown as side notes. Ids keep their
section's prefix ("I13.2"), since they say where the criterion is written, and the kind says what it means.
A lead-in of exclusion kind is then translated with the exclusions ("You cannot join if…"), where
"patients who have any of these are not eligible:" still reads true.

Only a lead-in that *states* that its items exclude turns them: "are not eligible", "are excluded", "will be
excluded", "is ineligible" ("Exclusions:" on an item of its own opens an exclusion section: see `headers`). A
lead-in that asks the reader for an absence ("None of the following within the past 6 months:", "Must not have
any of the following:") keeps the inclusion kind: it is an inclusion as written, the offline backend keeps its
items' own words under it (`offline_scopes`), and put under "You cannot join if…" it would say the opposite ("you
cannot join if none of the following"). "Not eligible for transplant" or "ineligible to receive cisplatin" says
something about a treatment, not about the study, and turns nothing.

Only a top-level lead-in turns its block: a translation request carries one kind for a criterion and all its
sub-items, and a nested lead-in is translated with its parent. The mirror case (requirements listed inside an
exclusion section) is left alone: its lookalikes ("Exception: patients with the following are eligible:") are
exceptions to the exclusion above them, which only read true beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import Criterion, Section, SectionKind

# "…the following are NOT eligible", "…will be excluded", "…is ineligible", "…are exclusionary", "…disqualified";
# not "not eligible for transplant", "ineligible to receive cisplatin" (the study, participation or enrolment
# may follow: "not eligible for this study", "not eligible for enrolment").
_EXCLUDES = re.compile(
    r"\b(?:is|are|be|was|were)\s+(?:not\s+eligible|ineligible|excluded|exclusionary|disqualified)\b"
    r"(?!\s+(?:to|for|from)\s+(?!(?:the|this)\s+(?:study|trial|protocol)|(?:study|trial)\b|participation|inclusion"
    r"|enrol|entry|registration|randomi))",
    re.IGNORECASE,
)
# A lead-in that asks for an absence is an inclusion as written (see the module's docstring).
_DENIES = re.compile(
    r"^\W*(?:no|none|neither|without|absence\s+of|free\s+(?:of|from))\b|\b(?:must|should|shall|may|can|do|does)\s+not\b"
    r"|\bcannot\b|\bhave\s+(?:no|not|never)\b",
    re.IGNORECASE,
)
# The lead-in introduces the items under it: it ends with a colon or "the following" / "below".
_INTRODUCES = re.compile(r"(?::|\bfollowing|\bbelow)\W*$", re.IGNORECASE)


def excludes_its_items(text: str) -> bool:
    """Whether a lead-in's text says that the items under it exclude (see the module's docstring)."""
    if not _INTRODUCES.search(text):
        return False
    body = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)  # an aside says nothing of the items
    # of a lead-in of several sentences or clauses, the last one leads to the items ("Adequate organ function.
    # Patients with any of the following are not eligible:"); "…; patients that are pregnant are excluded; a female
    # of childbearing potential is any woman who meets the following criteria:" defines, it excludes nothing
    lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])|;\s+", body.strip())[-1]
    return _EXCLUDES.search(lead) is not None and _DENIES.search(lead) is None


def turned_kinds(criteria: Sequence[Criterion], sections: Sequence[Section]) -> list[Criterion]:
    """`criteria` with each block of exclusions outside the exclusion sections given the kind exclusion."""
    turned: set[str] = set()
    out: list[Criterion] = []
    for criterion in criteria:
        block = criterion.parent is not None and criterion.parent in turned
        lead = (
            criterion.parent is None
            and criterion.children
            and sections[criterion.section].kind is not SectionKind.EXCLUSION
            and excludes_its_items(criterion.text)
        )
        if block or lead:
            turned.add(criterion.id)
            criterion = criterion.model_copy(update={"kind": SectionKind.EXCLUSION})
        out.append(criterion)
    return out
