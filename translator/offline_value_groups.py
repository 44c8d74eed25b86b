"""A lab value's group, said to the reader: "… more than 10 years in patients with an EDSS score of 2 or less" →
"… more than 10 years if you have an EDSS score of 2 or less" (offline backend; used by translator.offline_labs).

Once a lab's value is said to the reader ("Your disease duration is …"), a group named right after one of its
values ("≤ 5 x ULN in patients with liver metastases", "> 500 ms in subjects with bundle branch block") is the
reader again, in the third person: the value holds for the reader when the reader has what the group has, which
"if you have" says without a second subject. Only right after a value, and only a group whose description runs
to the end of its clause with no clause of its own ("in patients with Gilbert's Syndrome who must have …" keeps
its words: "if you have Gilbert's Syndrome who must have" is no sentence; nor one that names them again: "liver
involvement of their cancer"). "without" stays as written: "if you do not have" would add a negation of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.offline_edits import Edit

# right after the value: " in patients with ", " for subjects with "
_GROUP = re.compile(r"\s+((?:in|for)\s+(?:patients|subjects|participants|those|people)\s+with)\s+(?=\S)", re.IGNORECASE)
# what the group has runs to the end of its clause: a closing bracket, a stop, a semicolon, a comma, an opening
# bracket of a note ("… block (only applies to …)"), or the end
_DESCRIPTION = re.compile(r"[^()\[\];.,:]*?(?=\s*(?:$|[)\];.,]|\s\())")
_A_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|that|which|where|when|must|should|may|can|is|are|was|were|their|they|his|her)\b", re.I
)


def group_asides(text: str, facts: Sequence[Fact]) -> list[Edit]:
    """The edits saying each value's group "if you have", as the module docstring says."""
    edits: list[Edit] = []
    for fact in facts:
        if fact.kind is not FactKind.VALUE or fact.comparator is None:
            continue
        m = _GROUP.match(text, fact.end)
        if m is None:
            continue
        said = _DESCRIPTION.match(text, m.end())
        if said is None or not said.group().strip() or _A_CLAUSE.search(said.group()):
            continue
        edits.append(Edit(m.start(1), m.end(1), "if you have", "person"))
    return edits
