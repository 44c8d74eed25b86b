"""Three or more labs listed before one threshold, said to the reader (offline backend, for offline_labs).

offline_labs says one lab ("Creatinine < 2 x ULN" → "Your creatinine is …") and two joined by "and"/"or" ("AST and
ALT ≤ 2.5 x ULN" → "Your AST and ALT are …"), but a longer list stayed as written: "AST, ALT, and total bilirubin
≤ 2.5 X ULN" read "Aspartate aminotransferase (AST), alanine aminotransferase (ALT), and total bilirubin no more than
2.5 times the upper limit of normal", a fragment to the reader. Now it reads "Your aspartate aminotransferase (AST),
alanine aminotransferase (ALT), and total bilirubin are no more than …": the same names in the same order with the
same joins, the threshold said of the list as the source says it.

Only a list whose items are separated by commas and whose last is joined by "and", "or" or "and/or", each item a
lab in offline_labs' own sense (passed in as `is_lab`, so this module does not import it back): "AST, ALT < 1.5 x
ULN" (commas alone, which may join two separate criteria) and "Bilirubin, history of liver disease or ALT > 3 x ULN"
(an item that is no lab) stay as they were. Commas inside brackets are a gloss's ("Aspartate aminotransferase (AST,
SGOT)"), not the list's. The verb agrees as the two-lab rule's does: "and" → "are"; "or", "and/or" → the last item's
number ("AST, ALT or bilirubin is").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# one item: a name and its glosses in brackets (commas allowed inside them)
_ITEM = r"[A-Za-z][\w\-/' ]{0,60}?(?:\s*(?:\([^()]*\)|\[[^\[\]]*\]))*"
# words between a lab's name and its threshold that stay after "is": "equal to" and "within" say how the value bounds
# the lab, "approximately" that it is a rough one ("BMI of approximately 22 to 38" → "Your BMI is about 22 to 38"; left
# in the name it read "Your BMI of about is 22 to 38")
KEPT = r"(?P<kept>(?:equal\s+to|within|approximately|approx\.|about|around|roughly)\s+)?"
# the whole name before the threshold, with offline_labs' own separator and kept words after it
_SERIES = re.compile(
    rf"(?P<name>{_ITEM}(?:\s*,\s*{_ITEM})+\s*,?\s+(?:and/or|and|or)\s+{_ITEM})"
    r"(?P<sep>\s*(?::|=|of|is|are)?\s*)" + KEPT,
    re.IGNORECASE,
)
_JOINT = re.compile(r"\s*,\s*(?:(?:and/or|and|or)\s+)?|\s+(?:and/or|and|or)\s+", re.IGNORECASE)
_LAST_JOINT = re.compile(r"\b(and/or|and|or)\s+[^,]*$", re.IGNORECASE)


def lab_series(name_text: str, is_lab: Callable[[str], bool], after: str = "") -> re.Match[str] | None:
    """The match of "A, B(,) and C" (groups name, sep, kept, as offline_labs' own name pattern has) when `name_text`
    is such a list of labs, or None. `after` is the text after the threshold: a comma in its sentence (outside
    brackets) runs other items on ("…, Renal function", "…, PSA >= 2.5 ng/mL"), which "Your A, B and C are …"
    would make part of the list's sentence."""
    m = _SERIES.fullmatch(name_text)
    if m is None or series_sides(m.group("name"), is_lab) is None:
        return None
    if "," in re.split(r"[.;](?:\s|$)", _masked(after), maxsplit=1)[0]:
        return None
    return m


def series_sides(name: str, is_lab: Callable[[str], bool]) -> list[str] | None:
    """The items of a list of three or more labs ("AST", "ALT", "total bilirubin"), or None when `name` is no such
    list (no comma outside brackets, no final "and"/"or", or an item that is no lab)."""
    masked = _masked(name)
    if "," not in masked or _LAST_JOINT.search(masked) is None:
        return None
    sides: list[str] = []
    at = 0
    for joint in _JOINT.finditer(masked):
        sides.append(name[at : joint.start()].strip())
        at = joint.end()
    sides.append(name[at:].strip())
    if len(sides) < 3 or not all(side and is_lab(side) for side in sides):
        return None
    return sides


def series_plural(name: str, sides: list[str]) -> bool:
    """Whether "Your A, B and C" takes "are": an "and" list does; an "or" list agrees with its last item."""
    last = _LAST_JOINT.search(_masked(name))
    if last is not None and last.group(1).lower() == "and":
        return True
    word = re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", sides[-1]).split()[-1]
    return word.lower().endswith("s") and not word.isupper() and not word.lower().endswith(("ss", "us", "is"))


def _masked(name: str) -> str:
    """`name` with its brackets blanked (same length), so a gloss's commas and "or"s are no joints of the list."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), name)
