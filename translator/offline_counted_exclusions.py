"""An exclusion that opens with a count of past treatments, put to the reader (offline backend): "More than 3 prior
chemotherapy regimens in the metastatic setting" → "You have had more than 3 prior chemotherapy regimens in the
metastatic setting", "More than 2 lines of therapy for ovarian cancer" → "You have had more than 2 lines of …".

translator.offline_counted_openings says an inclusion's "At least 1 prior regimen" as "You have had at least 1 prior
regimen" and leaves an exclusion's count as written, since an exclusion's "Not …" reads against its heading. A count
of treatments does not: "You cannot join if: You have had more than 3 prior regimens" says what the source says. So
its count reading is used for an exclusion too, with all its guards (a treatment noun after the count, no modal such
as "allowed" or "required", no verb of the count's own, at the top of a criterion or under a bare label), and only
that reading: not its "No prior X" or "Not …" openings, nor its "Up to N … allowed" permission. The count itself,
with its comparator, stays the source's, worded by the fact rules.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_counted_openings import counted_opening
from translator.offline_edits import Edit
from translator.offline_mentions import later_mentions

_NO = re.compile(r"no\b|not\b|none\b|up\s+to\b", re.IGNORECASE)


def counted_exclusion(text: str, kind: SectionKind, parent: str | None = None) -> list[Edit]:
    """ "More than 3 prior chemotherapy regimens" → "You have had more than 3 …" (see the module)."""
    start = len(text) - len(text.lstrip())
    if kind is not SectionKind.EXCLUSION or _NO.match(text, start):
        return []
    said = counted_opening(text, start, SectionKind.INCLUSION, parent)
    if said != [Edit(start, start, "You have had ", "person")]:
        return []
    return said + later_mentions(text, start)
