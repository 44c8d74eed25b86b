"""Sections whose kind the text implies without a header saying it.

A criteria text that has an exclusion header but no inclusion header anywhere ("Males aged ≥ 50 years …" then
"Exclusion Criteria:", or "Eligibility criteria:" with cohort lists, then "Exclusion criteria:") lists its
inclusions first: what comes before the exclusions is what a participant must meet, not a preamble. Left as "other"
those criteria would be shown to patients as side notes ("Other things the study says…") when they are conditions
for joining.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind

# An untitled paragraph that is a note about the listing, not a condition: it keeps its kind ("other").
_NOTE = re.compile(
    r"\s*(?:notes?\b|n\.?\s?b\.?\b|please\b|for\s+(?:more|further|additional)\s+information\b|see\s|refer\s|"
    r"contact\b|visit\b|https?:|www\.)",
    re.IGNORECASE,
)


def implied_inclusions(sections: Sequence[tuple[SectionKind, str | None, str]]) -> list[int]:
    """Indexes of the sections to read as inclusions, given each section's (kind, label, first criterion's text).

    Only in a text with an exclusion section and no inclusion section: every "other" section before the first
    exclusion section, except one that opens with a note ("Note: …", "For more information …").
    """
    kinds = [kind for kind, _label, _first in sections]
    if SectionKind.INCLUSION in kinds or SectionKind.EXCLUSION not in kinds:
        return []
    first_exclusion = kinds.index(SectionKind.EXCLUSION)
    return [
        index
        for index, (kind, label, first) in enumerate(sections[:first_exclusion])
        if kind is SectionKind.OTHER and not _NOTE.match(label or first)
    ]
