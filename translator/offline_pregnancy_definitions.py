"""The pregnant or nursing group with the definition of pregnancy or its test, put to the reader (offline backend):
"Pregnant or nursing (lactating) women, where pregnancy is defined as the state of a female after conception …,
confirmed by a positive hCG laboratory test" → "You are pregnant or breastfeeding, where pregnancy means …".

translator.offline_pregnant says the group alone ("Pregnant or nursing (lactating) women" → "You are pregnant or
breastfeeding") and leaves it when anything follows in its sentence. What defines pregnancy, or the test that
confirms it, says what being pregnant is, not who else is meant: the group before it is read by offline_pregnant
alone, with all its guards, and the definition or the test stays as written after a comma.

Only in an exclusion (as offline_pregnant's group alone), and only after ", where pregnancy is defined as" or
"confirmed by".
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_pregnant import pregnant_edits

_DEFINED = re.compile(
    r"(?P<comma>\s*,)?\s*(?:where\s+pregnancy\s+is\s+defined\s+as\b|(?:as\s+)?confirmed\s+by\b)", re.IGNORECASE
)


def defined_pregnancy(text: str, kind: SectionKind) -> list[Edit]:
    """ "Pregnant or nursing women, where pregnancy is defined as …" → "You are pregnant or nursing, where …"."""
    if kind is not SectionKind.EXCLUSION:
        return []
    m = _DEFINED.search(text)
    if m is None or (m.group("comma") is None and text[m.start() : m.end()].strip().lower().startswith("where")):
        return []
    group = text[: m.start()]
    edits = pregnant_edits(group, kind)
    if not edits or any(e.end > len(group) for e in edits):
        return []
    return edits if m.group("comma") else [*edits, Edit(m.start(), m.start(), ",", "person")]
