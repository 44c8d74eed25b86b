"""An exclusion that names pregnancy, and then a plan to become pregnant, put to the reader (offline backend).

"Pregnancy or intention to become pregnant", "Pregnancy or breastfeeding, or intent to become pregnant during the
study", "Pregnancy or a desire to become pregnant" name a state the reader may be in now and a plan of the
reader's. offline_pregnancy_states says the states ("You are pregnant or breastfeeding") and leaves a plan after
them as written, so the whole criterion stayed a list of nouns. Each noun is said as what the reader is or means
to do, with the source's time words kept after the plan they belong to:

- "Pregnancy" → "You are pregnant"; a state after it keeps its word, or the word of the state ("lactation" →
  "lactating", as offline_pregnancy_states);
- "intention/intent/plans to become pregnant", "intention of becoming pregnant" → "intend/plan to become
  pregnant"; "a desire/wish to become pregnant" → "want to become pregnant"; a gerund after the states stays as
  written ("…, or intending to become pregnant" reads after "You are").

Only in an exclusion, at the top of the criterion, and only when the plan ends the list: a further item ("… or
inadequate birth control", "… or unwillingness to use …") would be left a noun after "You are", so the criterion
stays as written. Nor when the states are joined by "and" (both, or either?) or a state is said with an adjective
("active breastfeeding").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_STATES = {"lactation": "lactating", "breastfeeding": "breastfeeding", "breast-feeding": "breast-feeding",
           "lactating": "lactating", "nursing": "nursing"}  # fmt: skip
_OR = r"(?:\s*,\s*or\s+|\s+or\s+|\s+and/or\s+|\s*,\s*)"
_PLAN = re.compile(
    r"(?P<current>current\s+)?pregnancy(?P<states>(?:(?:\s*,\s*|\s+or\s+)(?:lactation|lactating|breast-?feeding|"
    r"nursing))*)"
    rf"(?P<join>{_OR})"
    r"(?:(?:an?|the)\s+)?(?:(?P<noun>intention|intent|plans?|desire|wish)\s+(?:to\s+become|of\s+becoming)|"
    r"(?P<ing>intending|planning|wishing|trying)\s+to\s+become)\s+pregnant\b",
    re.IGNORECASE,
)
_SAID = {"intention": "intend", "intent": "intend", "plan": "plan", "plans": "plan", "desire": "want", "wish": "want"}
# a further item after the plan that "You are" would leave a noun, or a second sentence about someone
_MORE = re.compile(
    r"\b(?:or|and|and/or)\s+(?:an?\s+|the\s+)?(?:inadequate|insufficient|lack|failure|unwilling\w*|inabilit\w*|"
    r"unable|not|no|refus\w*|use|absence|positive|negative|breast\w*|lactat\w*|nursing|possibility|men|males?|"
    r"wom[ae]n|females?|partners?)\b|[.;:]\s+\S",
    re.IGNORECASE,
)


def pregnancy_plan_edits(text: str, kind: SectionKind) -> list[Edit]:
    """ "Pregnancy or intention to become pregnant" → "You are pregnant or intend to become pregnant" (see the
    module), or no edit."""
    start = len(text) - len(text.lstrip())
    m = _PLAN.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or _MORE.search(text, m.end()):
        return []
    if not re.search(r"\bor\b", m.group("join") + m.group("states"), re.IGNORECASE):
        return []  # "Pregnancy, breastfeeding, intention to …": a bare comma list, no "or" closing it
    edits = [Edit(start, m.start("states"), "You are pregnant", "person")]
    for state in re.finditer(r"lactation|lactating|breast-?feeding|nursing", m.group("states"), re.IGNORECASE):
        word = _STATES[state.group().lower()]
        if word != state.group().lower():
            at = m.start("states") + state.start()
            edits.append(Edit(at, at + len(state.group()), word, "person"))
    if m.group("noun"):
        plan_start = m.end("join")
        said = f"{_SAID[m.group('noun').lower()]} to become"
        edits.append(Edit(plan_start, m.end() - len(" pregnant"), said, "person"))
    return edits
