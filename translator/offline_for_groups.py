"""A criterion for one sex, or for women who can become pregnant, named first ("For women of childbearing potential,
…"), put to the reader with the group as its condition (offline backend).

"For women of childbearing potential, a negative serum pregnancy test within 14 days of registration" →
"If you can become pregnant, you have a negative serum pregnancy test within 14 days of joining the study";
"For women: Pregnancy." → "If you are female, you are pregnant."; "For men, …" → "If you are male, …". It is the
order of "Negative pregnancy test for women of childbearing potential", which translator.offline_group_conditions
already says this way. The words after the group are read alone by the opening rules, with all their guards; only
when they make a sentence whose subject is the reader ("You have …", "You are …") does the group become "If you …,".

The group may stand as a label with no "for" when it names women who can become pregnant and a colon ends it
("Women of child-bearing potential: negative pregnancy test …", "Females with childbearing potential: Have had a
negative serum pregnancy test …", an exclusion's "Women of child bearing potential: inability or unwillingness to
practice contraception …"): the label says whom the words after it are about, as "For …" does. Not "Women: …" or
"Men: …" with no more words (a heading over a list of its own), nor "Females not of childbearing potential: …".

translator.offline_for_whom does "For patients with X, the dose must …" (a group by a condition, a rule with
its own subject); a group by age ("For women of childbearing age") or with more words ("For women with therapy-induced
amenorrhea, …") stays as written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_pregnant import pregnant_edits

_FOR_GROUP = re.compile(
    r"\s*(?P<for>for\s+)?(?:all\s+)?(?:(?P<female>female\s+(?:patients|subjects|participants)|wom[ae]n|females?)"
    r"(?P<potential>\s+(?:of|with)\s+(?:child-?\s?bearing|reproductive)\s+potential)?"
    r"(?:\s*\((?:WOCBP|FCBP|WCBP|FOCBP)\))?"
    r"|(?P<male>male\s+(?:patients|subjects|participants)|m[ae]n|males?))(?:\s+only)?\s*(?P<mark>[,:])\s+(?=\S)",
    re.IGNORECASE,
)

# a second group's label later in the criterion ("…; men: use of adequate male contraception …")
_LATER_LABEL = re.compile(r"\b(?:wom[ae]n|m[ae]n|females?|males?)\s*:", re.IGNORECASE)


def for_group_edits(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "For women of childbearing potential, X" → "If you can become pregnant, you have X", or none (see the
    module)."""
    m = _FOR_GROUP.match(text)
    if m is None:
        return []
    if not m.group("for") and not (m.group("potential") and m.group("mark") == ":"):
        return []  # with no "for", only the label of women who can get pregnant ("Women: …" may head a list)
    if not m.group("for") and _LATER_LABEL.search(text, m.end()):
        return []  # "WOCBP: X; men: Y" labels two groups alike: "If you …" would say one and leave the other a label
    if m.group("female"):
        condition = "If you can become pregnant" if m.group("potential") else "If you are female"
    else:
        condition = "If you are male"
    at = m.end()
    said = text[at:]
    own = edits_for(said) or pregnant_edits(said, kind)
    first = min(own, key=lambda e: e.start) if own else None
    if first is None or first.start != 0 or not first.text.startswith(("You ", "Your ")):
        return []  # the words after the group make no sentence about the reader
    moved = [Edit(e.start + at, e.end + at, e.text, e.what) for e in own if e is not first]
    opening = Edit(first.start + at, first.end + at, "y" + first.text[1:], first.what)
    return [Edit(0, at, f"{condition}, ", "person"), opening, *moved]
