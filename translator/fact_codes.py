"""Codes and names that are not amounts: study and protocol numbers ("Study 339-14-001", "SPD489-317",
"R06-1340"), other hyphenated number chains (dates, "Tg 511-15-01"), dosing schedules ("0-1-6 month"), parts
of a study ("Substudy 2"); and names whose numbers are no facts at all (`find_names`: markers, references,
drug codes such as "TAS 102", the constants of the Cockcroft-Gault equation, years of criteria sets).

Read as numbers, "339-14-001" becomes the range 339 to 14 and the number 1, none of which the
criterion states. Each code is instead one VALUE fact whose unit is "code" and whose label is the
code itself, so a translation must keep it as written and a changed digit is still caught. A code is:

- three or more number groups joined by hyphens ("339-14-001"; a range has two ends, and a
  consecutive list "0-1-2" of single digits is left to the quantity scanner);
- capital letters glued to digits, then a hyphen and more digits ("CA209-067", "M14-465"), except
  TNM-like codes of one letter and one digit ("T3-4"), which `translator.fact_stages` reads;
- numbers joined by hyphens, or one number of four digits or more, right after "study", "protocol",
  "trial" or "code" ("protocol 12-345", "primary study 108890"), unless a unit follows ("study 1-2
  weeks" is an amount).
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date
from itertools import pairwise

from translator.facts import Comparator
from translator.quantities import Quantity
from translator.units import match_unit

_END = r"(?![\w-]|[.,]\d)"
_CHAIN_RE = re.compile(rf"(?<![\w.\-/])(?P<code>\d+(?:-\d+){{2,}}){_END}")
_LETTERED_RE = re.compile(rf"(?<![\w-])(?P<code>(?:[A-Z]{{2,6}}\d+|[A-Z]\d{{2,}})(?:-\d+)+){_END}")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
# A number with a leading zero after a hyphen, or three digits after a year, is an identifier, not the end of a range:
# "protocol (2006-0676)", "IRB 2012-456"; read as a range it became "676 to 2006".
_ID_RE = re.compile(rf"(?<![\w.\-/])(?P<code>\d{{2,}}-0\d{{2,}}|(?:19|20)\d{{2}}-\d{{3}}){_END}")
# An antibody clone names an assay: "PD-L1 IHC 28-8 pharmDx", "clone 22-8"; read as a range it became "8 to 28".
_CLONE_RE = re.compile(rf"(?:\bclone\s+|(?=\d{{1,3}}-\d{{1,3}}\s+pharmDx\b))(?P<code>\d{{1,3}}-\d{{1,3}}){_END}",
                       re.IGNORECASE)
_NAMED_RE = re.compile(
    rf"\b(?:study|protocol|trial|code)\s+(?:(?:number|no\.?|#)\s*)?(?P<code>\d+(?:-\d+)+|\d{{4,}}){_END}", re.IGNORECASE
)


# Names that hold numbers but bound nothing: markers ("CA 19-9", "CA 125", "25-(OH) vitamin D"),
# references to parts of a document or scale ("Table 15-1", "Appendix 10.1", "criteria 5 or 6 or 7",
# "HAMD-17 item 1") and the year of a citation ("(Sheehan et al., 1998)", "[Hatcher, 2004]"). No facts.
_NAME_RE = re.compile(
    # (and its name spelled out or with its letters in brackets: "Cancer antigen (CA)19-9", "cancer antigen 19-9")
    r"(?:\b(?-i:CA)|\bcancer\s+antigen(?:\s*\(\s*(?-i:CA)\s*\))?)[\s-]?(?:19[-.]9|15[-.]3|27[-.]29|72[-.]4|125|242|50)"
    r"(?![\w-]|[.,]\d)"
    r"|\b25[\s-]*(?:\(\s*OH\s*\)|OH\b|hydroxy)"
    # (not a bound said in words after it: "each individual item 1 or more" is "item ≥ 1" reworded)
    # (and a list of them: "on item 2 or 3", "items 3, 5 and 7")
    r"|\b(?:table|appendix|section|figure|fig\.|attachment|annex|item|question)s?\s+[A-Z]?\d+(?:[.-]\d+)*"
    r"(?:\s*(?:,|or|and|&)\s*\d{1,2}(?![\w-]|[.,]\d))*(?![\w-]|[.,]\d)"
    r"(?!\s+(?:or|and)\s+(?:more|higher|greater|above|over|less|fewer|lower|below|under)\b)"
    r"|\bcriteri(?:on|a)\s+(?:#\s*|no\.\s*|number\s+)?\d{1,2}[a-z]?(?:\s*(?:,|or|and|-|to|&)\s*#?\d{1,2}[a-z]?)*"
    r"(?![\w-]|[.,]\d)"
    r"|(?:\bet\s+al\.?,?|(?-i:\b[A-Z][\w-]+),)\s+(?:19|20)\d{2}[a-z]?(?=\s*[)\]])"
    # The year of a classification or criteria set: "WHO criteria (2008)", "the 1987 ACR criteria", "the 2010
    # American College of Rheumatology/European League against Rheumatism (ACR/EULAR) criteria".
    r"|\b(?:criteria|classification|guidelines?|definition|consensus)\s*[(\[]\s*(?:19|20)\d{2}\s*[)\]]"
    # ("2008 International Workshop on Chronic Lymphocytic Leukemia (IWCLL)/NCI-WG criteria": a joint name goes on)
    r"|\b(?:19|20)\d{2}(?=(?:\s+(?-i:[A-Z])[\w/-]*|\s+(?:and|of|for|on|against|revised)|\s*\([\w/-]+\)[\w/-]*){1,12}"
    r"\s+(?:criteria|classification|guidelines?|definition|consensus|staging)\b)"
    # A page footer left in the text: "Page 8 of 52".
    r"|\bpage\s+\d+\s+of\s+\d+\b",
    re.IGNORECASE,
)


# A cell marker's number names it, as a cancer antigen's does: "CD34", "(CD)34+ cells", "CD 19+", "cluster of
# differentiation 34", "cluster of differentiation (CD)20". Read as an amount, "(CD)34+ cells" was "≥ 34 cells".
# "(SES-CD) 4" and "SES-CD 4" are a score's name and its value: a "CD" that ends a hyphenated name takes its number
# only written on to it ("anti-CD20"), and a bracket only where it holds "CD" alone.
_MARKER_RE = re.compile(
    r"(?:\bcluster\s+of\s+differentiation(?:\s*\(\s*(?-i:CD)\s*\))?[\s-]?|\(\s*(?-i:CD)\s*\)[\s-]?"
    r"|(?<![\w-])(?-i:CD)[\s-]?|(?<=-)(?-i:CD))\d{1,3}(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
# The year of a guideline or criteria set named earlier in the clause: "the WHO Summary Guideline for use of
# antiretroviral drugs in HIV prevention and treatment (2013)". Only a bracket holding the year alone.
_GUIDELINE_YEAR_RE = re.compile(
    r"\b(?:guidelines?|criteria|classification|recommendations?|consensus)\b[^.;()\[\]]{0,120}?"
    r"[(\[]\s*(?P<year>(?:19|20)\d{2})\s*[)\]](?!\s*(?:or|and)\s+(?:more|less|greater|higher|lower|above|below|over)\b)",
    re.IGNORECASE,
)


# A compound's number ("Compound 21") and two digits after a sponsor's letters ("CEP 17", a probe) are part of a
# name: no fact. Three digits or more after a sponsor are a code (below).
_PRODUCT_RE = re.compile(r"\bcompound\s+\d{1,4}[A-Za-z]?(?![\w-]|[.,]\d)", re.IGNORECASE)
# Drug, product and protocol codes: "MK-3475", "BMS-936558", "ABT-199", "AZD9291", "NCT00435396", "TMC114-C215",
# the allele "HLA-B*5701". A code is the only name an investigational drug or a study has, and a patient relies on
# each of its digits: one VALUE fact each (unit "code"), compared whole, so "TMC114-C216" for "TMC114-C215" is a
# changed fact. Capitals then three digits or more, glued or after a hyphen; with a space only after a known
# sponsor or cooperative group ("TAS 102", "BMT CTN 0702", "GOG 244"), since "ANC 1500" is a count after a name.
# Not before a unit ("ANC1500/mm3" is a count with its space lost) nor after a comparator.
_SPONSOR = (r"TAS|AMG|MK|AZD|BMS|ABT|GSK|PF|LY|JNJ|BAY|SAR|GDC|INCB|ONO|ALD|TAK|REGN|MEDI|ARRY|MLN|ABBV|OSI|SCH|BIBF"
            r"|BIBW|CEP|HKI|IMC|KW|LGX|MGCD|NVP|PCI|RAD|SGN|XL|BGB|JTX|RG|Toca|OGX|PX|SPM")
_GROUP = r"CTN|GOG|RTOG|SWOG|CALGB|NSABP|EORTC|ACOSOG|NCCTG|ACTG|HPTN|HVTN|IMPAACT"
_PRODUCT_CODE_RE = re.compile(
    rf"(?<![\w*-])(?:(?P<letters>[A-Z]{{2,6}})(?P<sep>-?)(?P<digits>\d{{3,8}})(?P<rest>(?:-[A-Z]{{0,3}}\d+)*)"
    rf"|(?P<sletters>{_SPONSOR})(?P<ssep>\s)(?P<sdigits>\d{{3,7}})"
    rf"|(?P<gletters>{_GROUP})(?P<gsep>\s)(?P<gdigits>[A-Z]?\d{{3,5}}))(?![\w-]|[.,]\d)"
    # "HLA-B*5701", "HLA-B*57:01", "HLA-A*31:01"
    r"|(?<![\w-])(?P<hla>HLA-[A-Z]{1,4}\d?\*\s?\d{2,4}(?::\d{2,3})*)(?![\w:]|[.,]\d)"
)
_SPONSOR_NAME_RE = re.compile(rf"\b(?:{_SPONSOR})\s\d{{2}}(?![\w-]|[.,]\d)")
_COMPARED_BEFORE = re.compile(r"[<>=≤≥]\s*$")
# A date written as eight digits ("Protocol Number: L18006 v5.0 11192018", MMDDYYYY or YYYYMMDD) in a header left in
# the text. Only a valid calendar date with no unit after it: "10000000 copies/mL" is an amount.
_DATE_RE = re.compile(r"(?<![\w.,/-])(?P<a>\d{2})(?P<b>\d{2})(?P<c>\d{4})(?![\w-]|[.,]\d)")
# Cockcroft-Gault and its variants: "(140 - age) x weight / (72 x serum creatinine)", "x 0.85 if female".
# The constants define a published equation, they bound nothing; the equation is named by the threshold it
# computes ("creatinine clearance ≥ 60 mL/min"), which stays a fact. One span from "140 - age" to the last
# constant of the equation (72, 0.85, 1.23, 1.04) within the next 160 characters, so a threshold after the
# equation ("… / (72 x Cr) ≥ 60 mL/min") is still read.
_FORMULA_RE = re.compile(r"\b140\s*[-−–]\s*age\b", re.IGNORECASE)
_CONSTANT_RE = re.compile(r"(?<![\w.])(?:72|0\.85|1\.23|1\.04)(?![\w.]|,\d)")
_WEIGHT_RE = re.compile(r"(?<![\w.])(?:72|0\.85)\s*[x×*]", re.IGNORECASE)


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of names and references whose numbers are not facts: "CA 19-9", "Table 15-1", "TAS 102", the
    constants of the Cockcroft-Gault equation."""
    spans = [*_formulas(text), *(m.span() for m in _PRODUCT_RE.finditer(text)), *_dates(text),
             *(m.span() for m in _SPONSOR_NAME_RE.finditer(text))]
    lowered = text.lower()
    if any(word in lowered for word in ("ca", "25", "table", "appendix", "section", "fig", "attachment", "annex",
                                        "criteri", "item", "question", "19", "20")):  # fmt: skip
        spans += [m.span() for m in _NAME_RE.finditer(text) if not _unit_follows(text, m.end())]
        spans += [m.span("year") for m in _GUIDELINE_YEAR_RE.finditer(text)]
    if "CD" in text or "differentiation" in lowered:
        spans += [m.span() for m in _MARKER_RE.finditer(text) if not _unit_follows(text, m.end())]
    return sorted(spans)


def _dates(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _DATE_RE.finditer(text):
        digits = m.group()
        if _unit_follows(text, m.end()) or re.search(r"[<>=≤≥]\s*$", text[: m.start()]):
            continue
        for year, month, day in ((digits[4:], digits[:2], digits[2:4]), (digits[:4], digits[4:6], digits[6:])):
            with suppress(ValueError):
                if 1900 <= int(year) <= 2099 and date(int(year), int(month), int(day)):
                    spans.append(m.span())
                    break
    return spans


def _formulas(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _FORMULA_RE.finditer(text):
        start, end = m.start(), m.end()
        if (before := _WEIGHT_RE.search(text, max(0, start - 40), start)) is not None:
            start = before.start()  # "0.85 x (140 - age)…"
        for constant in _CONSTANT_RE.finditer(text, end, min(len(text), m.end() + 160)):
            end = constant.end()
        spans.append((start, end))
    return spans


def _unit_follows(text: str, pos: int) -> bool:
    """A unit with a name after `pos` ("section 2 years ago"); "score" or "points" name no unit."""
    found = match_unit(text, _after_space(text, pos))
    return found is not None and found[0] is not None


def _after_space(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip())


# A dosing schedule counted from the first dose: "0-1-6 month", "0, 1 and 6 months", "0, 1, 2, 12 months". Not a
# range 0-1 and a lone 6 months: one fact (unit "schedule", label "0-1-6 month") so every time point is kept.
# Only from 0, and only with a time unit: "1, 3 or 6 months" is a choice, "0-1-2" a list of levels.
_SCHEDULE_RE = re.compile(
    r"(?<![\w.,-])0(?P<rest>(?:\s*-\s*\d{1,2}){2,}|(?:\s*,\s*\d{1,2})+,?\s+(?:and|&)\s+\d{1,2}"
    r"|(?:\s*,\s*\d{1,2}){2,})[\s-]*(?P<unit>month|week|day)s?\b",
    re.IGNORECASE,
)


# The number of a part of the study: "for Substudy 2", "Cohort 3", "Part 1", "Period 1", "Step 1". A name, not an
# amount (read as one, an age nearby made it "2 years"); kept as one fact (unit the word, label the number) so a
# bullet that moves a rule to another part is caught.
_PART_RE = re.compile(
    r"\b(?P<unit>sub-?study|cohort|part|period|panel|phase|arm|step)\s+(?P<label>\d{1,2}[a-c]?)(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)


def _parts(text: str) -> list[Quantity]:
    return [Quantity(m.start(), m.end(), Comparator.EQ, None, None, m.group("unit").lower().replace("-", ""),
                     label=m.group("label").upper()) for m in _PART_RE.finditer(text)
            if not _unit_follows(text, m.end()) and not _range_follows(text, m.end())]  # fmt: skip


# "a pregnancy period 36 to 42 weeks": the number starts a range of a unit, a length, not the number of a part
_RANGE_ON = re.compile(r"\s*(?:to|-|–|and)\s*\d{1,3}(?:\.\d+)?")


def _range_follows(text: str, pos: int) -> bool:
    return (m := _RANGE_ON.match(text, pos)) is not None and _unit_follows(text, m.end())


def _schedules(text: str) -> list[Quantity]:
    found = []
    for m in _SCHEDULE_RE.finditer(text):
        points = ["0", *re.findall(r"\d+", m.group("rest"))]
        if all(int(a) < int(b) for a, b in pairwise(points)):
            label = f"{'-'.join(points)} {m.group('unit').lower()}"
            found.append(Quantity(m.start(), m.end(), Comparator.EQ, None, None, "schedule", label=label))
    return found


def _product_label(m: re.Match[str]) -> str:
    """A code as it is compared: capitals, no hyphen or space between its letters and first digits ("MK-3475",
    "MK 3475" and "MK3475" are one code), no colon in an allele ("HLA-B*57:01" is "HLA-B*5701")."""
    if m.group("hla"):
        return re.sub(r"[\s:]", "", m.group("hla")).upper()
    letters = m.group("letters") or m.group("sletters") or m.group("gletters")
    digits = m.group("digits") or m.group("sdigits") or m.group("gdigits")
    return f"{letters}{digits}{m.group('rest') or ''}".upper()


def _product_codes(text: str) -> list[Quantity]:
    found = []
    for m in _PRODUCT_CODE_RE.finditer(text):
        if _unit_follows(text, m.end()) or text[m.end() : m.end() + 1] == "/" or _COMPARED_BEFORE.search(
                text, max(0, m.start() - 3), m.start()):
            continue
        found.append(Quantity(m.start(), m.end(), Comparator.EQ, None, None, "code", label=_product_label(m)))
    return found


def find_codes(text: str) -> list[Quantity]:
    """Every code and dosing schedule in `text`, as labelled quantities with unit "code" or "schedule", in order
    and not overlapping."""
    found: list[Quantity] = [*(_schedules(text) if "0" in text else []), *_parts(text), *_product_codes(text)]
    if "-" not in text and not _FOUR_DIGITS_RE.search(text):
        return found
    for pattern in (_CHAIN_RE, _LETTERED_RE, _NAMED_RE, _CLONE_RE, _ID_RE):
        for m in pattern.finditer(text):
            start, end = m.span("code")
            if pattern is _CHAIN_RE and all(len(g) == 1 for g in m.group("code").split("-")):
                continue  # "0-1-2": single digits are a list of levels, not a code
            if pattern in (_NAMED_RE, _ID_RE) and _unit_follows(text, end):
                continue
            if not any(q.start < end and start < q.end for q in found):
                found.append(Quantity(start, end, Comparator.EQ, None, None, "code", label=m.group("code")))
    return sorted(found, key=lambda q: (q.start, q.end))
