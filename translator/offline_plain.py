"""Everyday words for the wordy English of protocols ("prior to" → "before", "participate" → "take part").

These are not medical terms (those live in the project's lexicon): they are the stock phrases
plain-language guides tell writers to replace, each with a wording that means the same in every
criterion it can appear in. Words that change meaning with their context ("additional", "receive",
"adequate") are deliberately absent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, overlaps

_PLAIN: list[tuple[str, str]] = [
    (r"prior to", "before"),
    (r"subsequent to", "after"),
    (r"in the (?:opinion|judg(?:e)?ment) of the (?:treating |study |site )?investigator",
     "in the study doctor's opinion"),
    (r"(?<![\w-])(?<!principal )(?<!sub-)(?<!co-)investigators", "study doctors"),
    (r"(?<![\w-])(?<!principal )(?<!sub-)(?<!co-)investigator(?!['’\w-])", "study doctor"),
    (r"(?<![\w-])(?<!principal )(?<!sub-)(?<!co-)investigator['’]s", "study doctor's"),
    (r"participate in", "take part in"),
    (r"participates in", "takes part in"),
    (r"participated in", "took part in"),
    (r"participating in", "taking part in"),
    (r"participation in", "taking part in"),
    (r"approximately", "about"),
    (r"in order to", "to"),
    (r"sufficient", "enough"),
    (r"demonstrates", "shows"),
    (r"demonstrated", "shown"),
    (r"demonstrate", "show"),
    (r"requires", "needs"),
    (r"required", "needed"),
    (r"requiring", "needing"),
    (r"require", "need"),
    (r"utili[sz]ation", "use"),
    (r"utili[sz]e", "use"),
    (r"individuals", "people"),
    (r"medications", "medicines"),
    (r"medication", "medicine"),
    (r"therapies", "treatments"),
    (r"(?<![\w-])therapy", "treatment"),
    (r"evidence of", "signs of"),
    (r"comply with", "follow"),
    (r"compliance with", "following"),
    (r"administered", "given"),
    (r"currently", "now"),
    (r"discontinued", "stopped"),
    (r"discontinue", "stop"),
    (r"discontinuation of", "stopping"),
    (r"concurrently", "at the same time"),
    (r"obtained", "got"),
    (r"physician", "doctor"),
    (r"physicians", "doctors"),
    (r"laboratory", "lab"),
    (r"subsequently", "later"),
    (r"presently", "now"),
    (r"frequently", "often"),
    (r"additionally", "also"),
    (r"numerous", "many"),
    (r"regarding", "about"),
    (r"assistance", "help"),
    (r"assist", "help"),
    (r"indicates", "shows"),
    (r"exhibits?", "shows"),
    (r"undergo", "have"),
    (r"undergoes", "has"),
    (r"undergoing", "having"),
    (r"underwent", "had"),
    (r"receive", "get"),
    (r"receives", "gets"),
    (r"receiving", "getting"),
    (r"experienced", "had"),
    (r"experiencing", "having"),
    (r"obtain", "get"),
    (r"reside", "live"),
    (r"resides", "lives"),
    (r"residing", "living"),
    (r"performed", "done"),
    (r"hospitali[sz]ation", "hospital stay"),
    (r"hospitali[sz]ations", "hospital stays"),
    (r"surgical (?:procedure|intervention)", "surgery"),
    (r"assessed", "checked"),
    (r"attempt", "try"),
    (r"e\.g\.,?", "for example,"),
    (r"i\.e\.,?", "that is,"),
    (r"eg\.?,", "for example,"),
]  # fmt: skip
_PATTERNS = [(re.compile(rf"(?<![\w-]){p}(?![\w-])", re.IGNORECASE), wording) for p, wording in _PLAIN]


def plain_edits(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """Everyday wording for the stock phrases in `text`, keeping a capital where one stood."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = list(protected)
    for pattern, wording in _PATTERNS:
        for m in pattern.finditer(text):
            span = (m.start(), m.end())
            if any(overlaps(span, other) for other in taken):
                continue
            taken.append(span)
            replacement = wording[0].upper() + wording[1:] if m.group()[0].isupper() else wording
            edits.append(Edit(m.start(), m.end(), replacement, "plain"))
    return sorted(edits, key=lambda e: e.start)
