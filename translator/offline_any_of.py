"""An exclusion's "Any of these X: <list>" put to the reader when its own words say the time (offline backend).

A lead-in with its list on the same line is one bullet: "Any of these lab values: Hemoglobin less than 9 g/dL, …"
stays a noun phrase under "You cannot join if…" unless it says whose they are. Two shapes say enough:

- a window in the lead-in that puts the list before the study: "Any of the following in the 12 months before study
  drug administration: heart attack, …" → "You have had any of the following in the 12 months before …: …"
  (the window then says "had" of every item);
- no window, and the lead-in names a state or a result: "Any of these lab values: Hemoglobin less than 9 g/dL, …" →
  "You have any of these lab values: …", "Any of these conditions: bipolar disorder; …" → "You have any of these
  conditions: …".

Left as written: a lead-in whose list is on the lines below ("Any of these heart conditions:", whose items are put
to the reader each on its own), a bare "Any of these: heart attack, stroke … in the 180 days before screening" (the
window is the list's, not the lead-in's, and may time only its last item), a window that is not before the study
("now or within the last 6 months", "during the screening time"), a time to come, and inclusions.
offline_leads.lead_edits, which calls this at the top of a criterion, checks the rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_windows import before_the_study

_ANY_OF = re.compile(r"any\s+of\s+(?:these|the\s+following|following)\b(?P<what>[^:;.]{0,100}?)\s*:\s*(?=\S)", re.I)
# what a lead-in names that one has now: a state, or a result of one's own
_HELD = re.compile(
    r"\b(?:conditions?|diseases?|disorders?|illness(?:es)?|abnormalit(?:y|ies)|complications?|values|parameters|"
    r"results|findings)\b",
    re.IGNORECASE,
)
_NOT_NOW = re.compile(
    r"\b(?:now|current(?:ly)?|plann?ed|planning|scheduled|expected|during|after|following|will|future|missing)\b", re.I
)


def any_of_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Any of these lab values: X" → "You have any of these lab values: X", "Any of the following in the 12 months
    before X: Y" → "You have had any of the following in the 12 months before X: Y" (see the module)."""
    m = _ANY_OF.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or _NOT_NOW.search(m.group("what")):
        return []
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and start <= f.start and f.end <= m.end()]
    past = bool(windows) and all(
        before_the_study(f) or (f.relation == "past" and (f.low is not None or f.high is not None)) for f in windows
    )
    if (windows and not past) or (not past and not _HELD.search(m.group("what"))):
        return []
    return [Edit(start, start + 3, "You have had any" if past else "You have any", "person")]
