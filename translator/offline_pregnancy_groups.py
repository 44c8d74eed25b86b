"""An exclusion that lists pregnant or breastfeeding women beside a second group of people, put to the reader
one group at a time (offline backend).

"Pregnant or breastfeeding women, women who plan to become pregnant", "Pregnant or breastfeeding women or women who
can become pregnant not using effective birth control", "Pregnancy or breastfeeding, women who can become pregnant
with no effective birth control method" name two groups, either of which is excluded. The opening rules read the
sentence as one subject and leave it when a second group follows, so the bullet stayed a list of people under "You
cannot join if:". Each group read alone is said to the reader by the rules that already say it ("You are pregnant
or breastfeeding", "You are a woman who can become pregnant …"), so the list is said as one sentence with a "you"
for each group: "You are pregnant or breastfeeding, or you are a woman who plans to become pregnant".

The groups are joined by "or" whatever the source joins them with ("," "and" "or"): an exclusion's list of groups
excludes each of them, and a reader is in one group or another, not in both (as offline_pregnancy_states says
"Pregnancy and lactation" with "or").

Only where who is who cannot move:
- one of the groups is the pregnancy states alone ("Pregnant or breastfeeding women", "Pregnancy or lactation",
  "Women who are pregnant or breastfeeding"):
  a pregnant woman needs no birth control, so a trailing "not using birth control" cannot be meant of both groups
  ("Women who can become pregnant and men not using birth control" is one condition on two groups, and stays);
- a later group opens with a people noun ("women", "females", "men", "patients", …) or with the states and their
  people after a comma ("…, pregnant or breastfeeding women"; not "Pregnancy, breastfeeding, or intention to …",
  one list of the reader's states);
- no group before the last has a negation ("Women who can become pregnant without birth control, pregnant …"):
  the fidelity check reads it as the frame of the list after it, and the rewrite would fall back to fewer plain words;
- no group before the last has an aside that says to whom or when it applies ("… pregnancy test (if female of
  childbearing potential) or women who are breastfeeding"): the rules that say such an aside read it over the whole
  criterion (a synonym stays: "Pregnant or nursing (lactating) women or …");
- the criterion is one sentence, with no bracket left open; every group is said to the reader by the rules, from its
  first word to its own end ("male partners of pregnant women" is not said, and the whole list stays as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_STATE = r"(?:pregnan(?:t|cy)|breast-?\s?feeding|lactati(?:ng|on)|nursing)"
_PEOPLE = (
    r"(?:wom[ae]n|females?|(?:fe)?male\s+(?:patients?|subjects?|participants?)|mothers?|patients?|subjects?|"
    r"participants?)"
)
# a group that is the states alone: "Pregnant or breastfeeding women", "Pregnancy or lactation", "Pregnant female"
_STATES_ALONE = re.compile(
    rf"(?:{_PEOPLE}\s+who\s+are\s+)?(?:(?:currently|possibly)\s+)?{_STATE}(?:(?:\s*,\s*(?:or\s+|and/or\s+|and\s+)?|\s+or\s+|\s+and/or\s+|\s+and\s+|"
    rf"\s*/\s*)(?:(?:currently|possibly)\s+)?{_STATE})*(?:\s+{_PEOPLE})?\s*",
    re.IGNORECASE,
)
# where a later group starts: a join, then people ("women who …", "men …") or, after a comma, the states
_LATER = re.compile(
    r"(?P<join>\s*,\s*(?:or\s+|and/or\s+|and\s+)?|\s+(?:or|and/or|and)\s+)"
    r"(?=(?:(?:all|any|those)\s+)?(?:sexually\s+active\s+)?(?:wom[ae]n|females?|men|males?|patients?|subjects?|"
    r"participants?|adults)\b)"
    # (the states with their people: "Pregnancy, breastfeeding, or intention to …" is one list of the reader's states)
    rf"|(?P<comma>\s*,\s*(?:or\s+|and/or\s+)?)(?={_STATE}(?:\s+(?:or|and/or)\s+{_STATE})?\s+{_PEOPLE}\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:!?]\s+\S")
# an aside that says to whom or when its group's condition applies ("(if female of childbearing potential)")
_SCOPING_ASIDE = re.compile(
    r"[(\[]\s*(?:if|for|only|in|when|unless|except|excluding)\b|[(\[][^()\[\]]*\b(?:(?:fe)?males?|wom[ae]n|men)\b",
    re.IGNORECASE,
)
# a negation in a group before the last: the fidelity check reads it over the groups after it, as a list's frame
_NEGATION = re.compile(r"\b(?:not|no|without|unable|unwilling|lack\w*|non)\b", re.IGNORECASE)

# an "either" whose "or" is not in its own group
_EITHER = re.compile(r"\beither\b(?!.*\bor\b)", re.IGNORECASE | re.DOTALL)


def pregnancy_group_edits(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "Pregnant or breastfeeding women, women who plan to become pregnant" → "You are pregnant or breastfeeding,
    or you are a woman who plans to become pregnant" (see the module), or no edit."""
    if kind is not SectionKind.EXCLUSION:
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    body = masked.rstrip().rstrip(".").rstrip()
    if "(" in body or "[" in body or _SENTENCE_END.search(body):
        return []  # a bracket left open, or a second sentence: whom a later sentence means is unsure
    # (a join is its own words only: the blanked aside before "or" is no part of it, and must stay)
    joins = [
        m for m in _LATER.finditer(body) if m.start() > 0 and not re.search(r"[()\[\]]", text[m.start() : m.end()])
    ]
    if not joins:
        return []
    starts = [0, *(m.end() for m in joins)]
    ends = [*(m.start() for m in joins), len(body)]
    parts = [(start, end) for start, end in zip(starts, ends, strict=True)]
    if not any(_STATES_ALONE.fullmatch(body, start, end) for start, end in parts):
        return []  # "Women who can become pregnant and men not using …": one condition may be meant of both
    if any(_SCOPING_ASIDE.search(text, start, end) for start, end in parts[:-1]):
        return []  # "… test (if female of childbearing potential) or women who are breastfeeding": whose aside?
    if any(_EITHER.search(body[start:end]) for start, end in parts):
        return []  # "… with either a positive test, or sexually active females …": the "or" is the "either"'s
    if any(_NEGATION.search(body, start, end) for start, end in parts[:-1]):
        return []  # "… without adequate contraception, pregnant or breastfeeding women": "without" over the list
    edits: list[Edit] = []
    for number, (start, end) in enumerate(parts):
        own = edits_for(text[start:end])
        if not own or min(e.start for e in own) != 0 or max(e.end for e in own) > end - start:
            return []  # a group the rules do not say, or not from its first word: the list stays as written
        opening = min(own, key=lambda e: e.start)
        if not opening.text.startswith("You "):
            return []  # "If you …, you …": a frame that would not join the next group's
        for e in own:
            said = "you" + e.text[3:] if number and e is opening else e.text
            edits.append(Edit(e.start + start, e.end + start, said, e.what))
        if number:
            join = joins[number - 1]
            edits.append(Edit(join.start(), join.end(), ", or ", "person"))
    return sorted(edits, key=lambda e: e.start)
