"""A treatment or procedure the reader is (not) eligible for, or a candidate for, said to the reader (offline backend).

"Eligible for autologous stem cell transplant", "Ineligible for chemotherapy", "Not eligible for radiosurgery",
"Candidate for treatment with docetaxel" state what the reader qualifies for, as "Available for follow-up" does
(offline_bare_predicates): "You are eligible for autologous stem cell transplant", "You are ineligible for
chemotherapy", "You are not eligible for radiosurgery", "You are a candidate for treatment with docetaxel". The
second person's own rules leave any criterion that names eligibility (offline_person's `_JUDGED`), since "Patients
… are eligible" is the study's verdict on a group; here the eligibility is the criterion's fact about the reader.

Only at the very start, before "for" (or "to" and a verb of getting: "Ineligible to receive treatment with
auto-SCT"), and not where what the reader is eligible for is the study itself ("Eligible for enrollment", "Eligible
for this study", "Eligible to participate"), which is a verdict, not a fact; nor where someone else is named (a
donor, a partner: the criterion may be about them). The words after the opening stay as written, the source's
"not" and "in-" with them; a plural "Candidates for" is said of the one reader ("You are a candidate for").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_OPENING = re.compile(
    r"(?P<not>not\s+)?(?P<adj>eligible|ineligible)(?=\s+(?:for|to\s+(?:receive|get|undergo|have)\b))"
    r"|(?P<neg>not\s+)?(?:an?\s+)?(?P<kind>good|suitable|appropriate|potential)?\s*candidates?(?=\s+for\b)",
    re.IGNORECASE,
)
# what the study itself is, or taking part in it: "Eligible for enrollment", "Candidate for this trial"
_THE_STUDY = re.compile(
    r"\s+(?:for|to)\s+(?:(?:the|this|a|an|any|another|other)\s+)?(?:(?:\w+[\s-]+){0,3}?(?:study|studies|trials?|"
    r"protocols?|enrol+ment|inclusion|participation|entry|randomi[sz]ation|registration|cohorts?|arms?|parts?|"
    r"phases?|screening)\b|participate|take\s+part|enrol+|join|enter|be\s+(?:enrol+ed|included|randomi[sz]ed))",
    re.IGNORECASE,
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:donors?|partners?|spouses?|parents?|guardians?|caregivers?|relatives?|siblings?|child(?:ren)?|mothers?|"
    r"fathers?|infants?)\b",
    re.IGNORECASE,
)


def eligible_for(text: str) -> list[Edit]:
    """ "Eligible for X" → "You are eligible for X", "Candidate for X" → "You are a candidate for X", or no edit."""
    start = len(text) - len(text.lstrip())
    m = _OPENING.match(text, start)
    if m is None or _THE_STUDY.match(text, m.end()) or _SOMEONE_ELSE.search(text):
        return []
    if m.group("adj"):
        said = f"You are {'not ' if m.group('not') else ''}{m.group('adj').lower()}"
    else:
        kind = f"{m.group('kind').lower()} " if m.group("kind") else ""
        article = "an" if kind.startswith(("a", "e", "i", "o", "u")) else "a"  # "an appropriate candidate"
        said = f"You are {'not ' if m.group('neg') else ''}{article} {kind}candidate"
    return [Edit(start, m.end(), said, "person")]
