"""List markers in a criterion's text: "2. Are pregnant", "(1) radiation therapy was…", "…, or 2) has signs of…".

A marker numbers an item of a list; it is structure, not a fact, and reading it as the value 2 would ask every
rendering to say "2". The parser splits most lists, but a line may still hold several numbered items:
- at the very start ("2. Are pregnant", "2.c. Familial …", "12 Any clinical condition", "1)Diarrhea");
- after ";", ":", ",", "." or a wide gap: "3) American Society…", "(2) barrier method";
- "N." after the end of a sentence and before a capital: "… ECG tracing. 6. Donation of blood", "…; 2. Treatment
  with"; not "level 3. Next", where the number ends the sentence;
- "N)" after "and"/"or" when the line numbered the item before it the same way: "who: 1) cannot tolerate …, or
  2) has signs of …"; not "(at least 2) lesions", whose bracket closes an aside.
"""

from __future__ import annotations

import re

# ("criteria (1)-(4) below": a range of markers names items, as "(1) to (4)" does)
_MARKER_RE = re.compile(r"\s*\d{1,2}[.)](?=\s+\S)|\d{1,2}\)(?=\s+[A-Za-z])|\(\d{1,2}\)(?=\s+[A-Za-z])"
                        r"|\(\d{1,2}\)(?=\s*[-–]\s*\(\d{1,2}\))")
# "complex karyotype（≥5 chromosome abnormalities）（5）high WBC": a full-width bracket numbers an item as "(5)" does,
# often with no space around it
_WIDE_MARKER_RE = re.compile(r"（\d{1,2}）(?=\s*[A-Za-z])")
_MARKER_RANGE_RE = re.compile(r"\(\d{1,2}\)\s*[-–]\s*$")
_MARKER_BEFORE_RE = re.compile(r"(?:^|[;:,.]|\s\s)\s*$")
# Markers the parser left at the very start of a criterion: "2.c. Familial …", and a bare number before a word
# that cannot follow a count ("12 Any clinical condition", "8 Documented history"), a bracketed one glued to its
# first word ("(1)Diarrhea: with ≥4 unformed stools"). Not any capitalised word:
# "20 Moderate COVID-19 patients" and "0 Fully active" (an ECOG grade) are amounts.
_LEADING_MARKER_RE = re.compile(
    r"\d{1,2}\.[a-z]\.(?=\s+\S)"
    r"|[1-9]\d?\s+(?=(?-i:Any|History|Documented|Known|Uncontrolled|Signed|Willing|Able|Ability|Must|Has|Have|Is"
    r"|Are|New\s+York\s+Heart)\b)"
    r"|\d{1,2}\)(?=[A-Z][a-z])"
)
_SENTENCE_END_RE = re.compile(r"[.;:]\s+$")
_CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")
_JOINED_RE = re.compile(r"\b(?:and|or|and/or)\s+$", re.IGNORECASE)


def is_marker(text: str, m: re.Match[str]) -> bool:
    """Whether the number `m` found in `text` is a list marker (see the module's notes)."""
    if not m.group()[0].isdigit():
        return False
    if text[: m.start()].strip() in ("", "(") and _LEADING_MARKER_RE.match(text, m.start()):
        return True
    if m.start() > 0 and text[m.start() - 1] == "（" and _WIDE_MARKER_RE.match(text, m.start() - 1):
        return True
    bracketed = m.start() > 0 and text[m.start() - 1] == "("
    marker = _MARKER_RE.match(text, m.start() - 1 if bracketed else m.start())
    if marker is None:
        return False
    before = text[: marker.start()]
    if bracketed:
        return not before or before[-1].isspace() or before[-1] in ";:,." or _MARKER_RANGE_RE.search(before) is not None
    if marker.group().strip().endswith("."):
        # "N." is a marker at the very start, or where a sentence ended and an item opens with a capital
        # ("level 3. Next" ends a sentence with its number)
        return not before.strip() or (_SENTENCE_END_RE.search(before) is not None
                                      and _CAPITAL_NEXT_RE.match(text, marker.end()) is not None)  # fmt: skip
    if _MARKER_BEFORE_RE.search(before):
        return True
    return _JOINED_RE.search(before) is not None and _numbered_before(before, int(m.group()))


def _numbered_before(before: str, number: int) -> bool:
    """Whether `before` numbered an item just before this one: "1) " or "(1) " ahead of "2)"."""
    return number > 1 and re.search(rf"(?:^|[\s(:;,]){number - 1}\)\s", before) is not None
