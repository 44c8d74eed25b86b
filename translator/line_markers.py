"""List markers a line's own text does not settle, read against the items still open above it.

- "(i)" after "(h)" at the same indent is the ninth letter, not the first roman numeral, unless the next item at
  that indent is its "(ii)" ("h. Bilirubin … / i. AST … / ii. With liver metastases …");
- a bare number and a space ("5 Uncontrolled T2DM …", "12 Any clinical condition …") numbers an item when it
  continues an open numbered list ("4. T1DM:" then its sub-list, then "5 Uncontrolled …"): the number is the
  item's marker, and the item is a sibling of the one it counts on. A number that is content stays in the text:
  "5 mg of …", "2 or more …", "18 years …" (no capitalised word after it), "2 X upper limit of normal" (no count
  it continues), "20 Moderate COVID-19 patients".
"""

from __future__ import annotations

import re

from translator.lines import Line
from translator.markers import Marker, letter_after, ordinal

# A number, spaces, then a capitalised word ("Uncontrolled", "New", "HIV"): not "X upper limit", a lone letter
_BARE = re.compile(r"(\d{1,3})[ \t]+(?=[A-Z][A-Za-z])")
# The marker styles a bare number continues: counted numbers, not "1.2" headings or bullets
_NUMBERED = ("num.", "num)", "(num)", "num-")


def letter_or_roman(
    marker: Marker | None, line: Line, raw: str, open_items: list[tuple[int, Marker | None]]
) -> Marker | None:
    """`marker`, opening `line`, read as the next letter of an open lettered list when it follows that letter
    (see the module's notes). `open_items`: (indent, marker) of the items open above the line, outermost first."""
    if marker is None or marker.style not in ("(roman)", "roman."):
        return marker
    for indent, other in reversed(open_items):
        if indent == line.indent and other is not None:
            letter = letter_after(marker, other)
            if letter is None or marker.text.strip("().").lower() != "i":
                return letter or marker
            lead = re.escape(line.text[: line.first])
            ahead = re.compile(rf"\n{lead}(?:{re.escape(marker.text)}|\S)", re.IGNORECASE)
            after = line.start + len(line.text)
            following = ahead.search(raw, after, after + 4000)
            two = marker.text.replace("i", "ii").replace("I", "II")
            if following and raw.startswith(two, following.end() - 1):
                return marker
            return letter
    return marker


def bare_number(line: Line, raw: str, open_items: list[tuple[int, Marker | None]]) -> tuple[Marker, int] | None:
    """A bare number opening `line` read as a list marker, and the indent of the list it continues; None when it
    is content. `open_items`: (indent, marker) of the items open above the line, outermost first."""
    text, at = line.text, line.first
    match = _BARE.match(text, at)
    if match is None:
        return None
    number = int(match.group(1))
    marker = Marker("num.", match.group(1), at, match.end(1), match.end())
    for indent, other in open_items:
        if other is not None and other.style in _NUMBERED and ordinal(other) == number - 1:
            return Marker(other.style, marker.text, marker.start, marker.end, marker.content), indent
    if number == 1 and not any(other is not None and other.style in _NUMBERED for _, other in open_items):
        # "1 Participant must be …" opens a bare-numbered list when its "2 …" follows at the same indent
        after = line.start + len(text)
        if re.search(rf"\n{re.escape(text[:at])}2[ \t]+[A-Z][A-Za-z]", raw[after : after + 3000]) is not None:
            return marker, line.indent
    return None
