"""Names that hold a number: "CD20", "HER2", "BRCA1", "HIV-1", "T2DM", "IL-6", "COVID-19".

The number of such a name is no amount (no fact compares it), yet it says which thing is meant: "CD19" is another
protein than "CD20", "HIV-2" another virus than "HIV-1". A bullet may leave such a name out for plain words ("type 2
diabetes" for "T2DM"), so a name the bullets lack is no error; but a bullet that names the same thing with another
number ("CD19" where its source says "CD20") has changed it. Codes with three digits or more ("MK-3475") are facts
of their own (`translator.fact_codes`) and compared whole.

A name is compared without case, hyphens, asterisks and colons ("HLA-B*57:01" is "hlab5701"); its *stem* puts "#"
for each run of digits ("hlab#"). A source's "HIV-1/2" and "IDH1/2" name both numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.facts import Fact, FactKind
from translator.findings import Finding, Severity
from translator.text_memo import memo_by_text

# A letter first ("5-FU", "3rd" and "12mg" are no names), then letters and digits; after a hyphen, an asterisk or a
# colon, a part with a digit or a short capitalised one ("PD-L1", "HLA-B*57:01", "SARS-CoV-2"), not a word
# ("CD20-positive" names "CD20"); at least one digit, as a digit ("m²" has none).
_NAME = re.compile(
    r"(?<![\w*:-])[A-Za-z][A-Za-z0-9]*(?:[-*:](?:[A-Za-z]*[0-9][A-Za-z0-9]*|[A-Z][A-Za-z]{0,3}(?![A-Za-z0-9])))*"
    r"(?![\w*:])"
)
_DIGIT = re.compile(r"[0-9]")
_MORE = re.compile(r"(?:/[0-9]+)+(?!\w|[.,]\d)")  # "HIV-1/2": the same name with another number
_SEPARATORS = re.compile(r"[-*:]")
# "human immunodeficiency virus (HIV)-1": the short form in brackets and the number after them are one name, "HIV-1";
# "cluster of differentiation (CD)34" too, its capitals glued to the number
_BRACKETED = re.compile(r"(?<=\()(?:[A-Za-z][A-Za-z0-9]*\)-|[A-Z]{2}[A-Za-z0-9]*\))[0-9]+(?![\w*:])")
_DIGITS = re.compile(r"[0-9]+")
# "cluster of differentiation 34" spells out "CD34"
_SPELLED_CD = re.compile(r"\bcluster\s+of\s+differentiation\s*(?:\(\s*CD\s*\)\s*)?-?([0-9]+)(?![\w*:])", re.IGNORECASE)


@memo_by_text()  # each source is read again for every bullet citing it, and again by `check`
def names(text: str) -> list[tuple[int, int, str]]:
    """Each name with a number in `text`: its span and its compared form."""
    found = [(m.start(), m.end(), re.sub(r"\)-?", "", m.group()).casefold()) for m in _BRACKETED.finditer(text)]
    found += [(m.start(), m.end(), f"cd{m.group(1)}") for m in _SPELLED_CD.finditer(text)]
    for m in _NAME.finditer(text):
        if not _DIGIT.search(m.group()):
            continue
        form = _SEPARATORS.sub("", m.group()).casefold()
        found.append((m.start(), m.end(), form))
        if (more := _MORE.match(text, m.end())) is not None and (last := _DIGITS.search(form[::-1])) is not None:
            head = form[: len(form) - last.end()]  # "hiv" of "hiv1", before its last number
            tail = form[len(form) - last.start() :]
            found += [(m.start(), more.end(), f"{head}{number}{tail}") for number in more.group().split("/")[1:]]
    return found


def _stem(form: str) -> str:
    return _DIGITS.sub("#", form)


def changed_names(sources: Sequence[str], bullet: str, facts: Sequence[Fact]) -> list[tuple[int, int, str, str]]:
    """Names in `bullet` whose stem its sources name with other numbers only: (start, end, the bullet's name, the
    sources' names of that stem). A name inside a fact of the bullet ("T1DM", type 1) is the fact's to compare, but not
    one in a window's event."""
    said = {form: text[start:end] for text in sources for start, end, form in names(text)}
    stems: dict[str, list[str]] = {}
    for form in sorted(said):
        stems.setdefault(_stem(form), []).append(said[form])
    changed = []
    for start, end, form in names(bullet):
        if form in said or _stem(form) not in stems:
            continue
        # a window's event is words the window does not compare ("after your HIV-8 diagnosis"): its name is this one's
        if any(f.start < end and start < f.end and f.kind is not FactKind.NEGATION
               and not (f.kind is FactKind.TEMPORAL and (f.start < start or end < f.end)) for f in facts):
            continue
        changed.append((start, end, bullet[start:end], ", ".join(stems[_stem(form)])))
    return changed


def dropped_names(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the names of `source` that none of `bullets` says while they name its kin with another number
    ("human immunodeficiency virus (HIV)-1 or HIV-2" said as "HIV-2 infection"): the bullets name the thing by its
    number, so the number left out is a thing left out. A name the bullets say in plain words is no kin named; nor one
    of a pair written with a slash ("CYP3A4/5", said "3A4 and 3A5"), whose forms the bullets spell in other ways."""
    said = {form for text in bullets for _, _, form in names(text)}
    theirs = {form for _, _, form in names(source)}
    # a name of the bullets the source does not say has changed one ("CD19" for "CD20"): `changed_names` reports it
    stems = {_stem(form) for form in said} - {_stem(form) for form in said - theirs}
    return [(start, end) for start, end, form in names(source)
            if form not in said and _stem(form) in stems and "/" not in source[start:end]]


def dropped_name_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                          raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each name of `source` left out by the `bullets` citing it (index, text) that name its kin."""
    spans = dropped_names(source, [text for _, text in bullets])
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it name “{source[a:b]}” with another number only",
                    criterion_id=source_id, bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None)
            for a, b in spans[:1]]
