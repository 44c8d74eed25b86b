"""Run-on topic lists: "PATIENT CHARACTERISTICS: Age: 18 and over Performance status: ECOG 0-2 Life expectancy: …".

The National Cancer Institute's PDQ layout (thousands of older cancer trials) lists requirements under topic labels:
"Age:", "Performance status:", "Hematopoietic:", "Renal:", "Chemotherapy:", "Other:" … Most records keep one topic per
line, but some exports lost the line breaks and hard-wrapped the whole list into one paragraph, which the parser would
otherwise read as one criterion of a dozen requirements (a bullet at reading grade 29, where an editor cannot find a
single fact). The labels are a closed vocabulary of that layout, so a paragraph holding several of them mid-text is
such a list, and each label opens an item. A single label in a sentence ("… as assessed by Other: …") is not a list:
a paragraph holds at least `_RUN` labels, one of them after other text, before it is cut.
"""

from __future__ import annotations

import re

from translator.markers import find_marker

# The topic labels of the PDQ layout, as they open its items (capitalised, then a colon).
_TOPICS = (
    "Age",
    "Sex",
    "Menopausal status",
    "Performance status",
    "Life expectancy",
    "Hematopoietic",
    "Hepatic",
    "Renal",
    "Cardiovascular",
    "Pulmonary",
    "Neurologic",
    "Gastrointestinal",
    "Immunologic",
    "Endocrine",
    "Other",
    "Biologic therapy",
    "Chemotherapy",
    "Endocrine therapy",
    "Hormonal therapy",
    "Radiotherapy",
    "Surgery",
)
# A label after other text on the same paragraph: not after a colon ("CHARACTERISTICS: Age:" is where the list opens,
# after its header), inside brackets or right after a list marker (both checked in `topic_cuts`).
_LABEL = r"(?P<label>(?:" + "|".join(_TOPICS) + r")):(?=\s|$)"
_INLINE = re.compile(r"(?<=[^\s:])\s+" + _LABEL)
# one opening the paragraph or its header's items ("THERAPY: Chemotherapy: … Surgery: …") counts towards the run
_OPENING = re.compile(r"(?:^|:)\s*" + _LABEL)
_RUN = 2
_NUMBERED = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")  # "1.2", "2.1.3." (find_marker reads these only at a line's start)


def topic_cuts(block: str) -> list[int]:
    """Offsets in `block` (a paragraph) where a topic label opens an item, when the paragraph is a run-on topic list."""
    if block.count(":") < _RUN:  # a run needs a colon per label; most paragraphs have none, and the scan is costly
        return []
    cuts = [
        m.start("label")
        for m in _INLINE.finditer(block)
        if _depth(block, m.start("label")) == 0 and not _after_marker(block, m.start("label"))
    ]
    opening = _OPENING.search(block)
    opened = opening is not None and opening.start("label") < (cuts[0] if cuts else len(block))
    return cuts if len(cuts) + opened >= _RUN else []


def _after_marker(block: str, at: int) -> bool:
    """Whether a list marker stands right before `at` ("- Hepatic: …", "b) Renal: …"): it opens that item already."""
    words = block[:at].split()
    if not words:
        return False
    token = words[-1] + " X"  # some markers need text after them ("a- X")
    marker = find_marker(token, 0)
    return (marker is not None and marker.content == len(token) - 1) or _NUMBERED.fullmatch(words[-1]) is not None


def _depth(text: str, at: int) -> int:
    before = text[:at]
    return max(0, before.count("(") - before.count(")")) + max(0, before.count("[") - before.count("]"))


__all__ = ["topic_cuts"]
