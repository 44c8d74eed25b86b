"""Amounts said as "none or a little": "little or no alcohol", "few or no medical problems", "no or minimal
symptoms", "with little or no help".

The "no" of such words is no negation of what follows: "little or no alcohol" allows a little. It bounds an
amount, and a bullet that loses it ("You drink alcohol", "little or a alcohol") no longer does; so the words are one
VALUE fact with the label "little or none", which every wording of it carries ("hardly any", "no or very little",
"little to no"), and the fidelity checks find it missing where it was lost. Counted as a negation, a lost "no" could
hide behind another negation the bullet says twice ("have no A and no B" for "do not have A or B").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translator.facts import Comparator
from translator.quantities import Quantity
from translator.triggers import TriggeredPattern

LABEL = "little or none"
_FEW = r"(?:very\s+)?(?:little|few|minimal|limited)"
_NONE = r"(?:no|none)"
_SCANT_RE = TriggeredPattern(re.compile(
    rf"(?<![\w-])(?:{_FEW}\s+(?:or|to)\s+{_NONE}|{_NONE}\s+(?:or|to)\s+{_FEW}"
    r"|(?:hardly|barely|scarcely)\s+any|(?:almost|nearly|virtually)\s+(?:no|none))(?![\w-])",
    re.IGNORECASE,
), "little few minimal limited very no none hardly barely scarcely almost nearly virtually")


def find_scant(text: str) -> Iterator[Quantity]:
    """Every "little or no" amount in `text`, as a labelled quantity without a number."""
    for m in _SCANT_RE.finditer(text):
        yield Quantity(m.start(), m.end(), Comparator.EQ, None, None, None, label=LABEL)
