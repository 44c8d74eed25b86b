"""The edition of a classification or criteria set: "WHO 2008 classification", "RECIST 1.1", "CTCAE v5.0", "ICD-10".

The number names which edition is meant; it bounds nothing. Read as an amount, "WHO 2008" was the value 2008 and
"RECIST 1.1" the value 1.1, compared as numbers (a bullet's "1.10" would do, "2008" anywhere would do). Each is
instead one VALUE fact whose unit is "code" and whose label is the system's name and its edition ("WHO 2008",
"RECIST 1.1", "CTCAE 5", "ICD 10", "EULAR 2010" for "ACR/EULAR 2010"), as `translator.fact_codes` reads study
codes: a bullet must keep it, and another edition ("RECIST 1.0", "WHO 2016") is a changed fact. Written either way
round ("the 2008 WHO classification"), with or without a version word ("CTCAE version 5.0", "CTCAE v5"), with its
words spelled out ("Response Evaluation Criteria in Solid Tumors (RECIST) version 1.1"), it is the same edition.

Only systems known to be cited by edition, by their letters as written ("who 2008" is no name), and for each
the kind of number it is cited by: a year after "WHO" ("WHO 0-1" is a performance status), a version after
"CTCAE" only with a version word or a decimal point ("CTCAE 2" may be a grade).
"""

from __future__ import annotations

import re

from translator.facts import Comparator
from translator.quantities import Quantity

# Bodies whose classifications and criteria are cited by their year: "WHO 2016", "IWG 2006", "ACR/EULAR 2010".
_BY_YEAR = (r"WHO|(?i:World\s+Health\s+Organi[sz]ation)"
            r"|IWG|ELN|IMWG|ACR\s*/\s*EULAR|EULAR\s*/\s*ACR|ACR|EULAR|NCCN|ESMO|ASCO|FIGO|ISTH|iwCLL|IWCLL|Lugano|ICC|ESC|ADA|AASLD"
            r"|EASL|KDIGO|ATS|ERS|ATS/ERS|IDSA|EAU|AUA|ESH|ESH/ESC|AHA|ACC|ACC/AHA|ILAE|NINDS|MDS|IPSS|ICHD|ASAS"
            r"|SLICC|CDC|AJCC|NIH|GINA|KDOQI")
BY_YEAR = _BY_YEAR  # (`translator.fidelity_restated` reads a year said apart from its system's name)
# Systems cited by a version: "RECIST 1.1", "ICD-10", "DSM-5", "CTCAE v5.0", "RANO 2010".
_BY_VERSION = (r"(?i:Response\s+Evaluation\s+Criteria\s+in\s+Solid\s+Tumou?rs)"
               r"|(?i:International\s+Classification\s+of\s+Diseases)|m?RECIST|iRECIST|irRECIST|iRANO|RANO|ICD|DSM|MedDRA|PCWG")
_GRADING = (r"NCI[\s-]?CTC\s?AE|CTC\s?AE|NCI[\s-]?CTC|CTC"
            r"|(?i:Common\s+Terminology\s+Criteria\s+(?:for|of)\s+Adverse\s+Events)")
# A system's name spelled out, for its letters: "Response Evaluation Criteria in Solid Tumors (RECIST) version 1.1".
_SPELLED = {"common terminology criteria": "CTCAE", "response evaluation criteria": "RECIST",
            "world health organization": "WHO", "international classification of diseases": "ICD"}
_YEAR = r"(?:19|20)\d{2}"
_VERSION_WORD = r"(?i:version|ver\.?|v\.?)\s*"
_NUMBER = r"\d{1,4}(?:\.\d{1,2}){0,2}"
_END = r"(?![\w/]|[.,]\d)"
# Between a name and its edition: its letters or its words in brackets ("World Health Organization (WHO) 2016",
# "RECIST (Response Evaluation Criteria In Solid Tumors) criteria, Version 1.1"), the bracket that closes round the
# name ("Common Terminology Criteria for Adverse Events (NCI CTCAE) V3.0"), the word "criteria".
_ABBREVIATED = r"(?:\s*[(\[][^()\[\]]{2,70}[)\]])?[)\]]?(?:\s+(?i:criteria))?"
# What the edition is of, between the name and a year in brackets: "the WHO classification (2016)".
_KIND = r"(?:\s+(?i:classification|definition|guidelines?|staging|criteria)(?=\s*\())?"
_EDITION_RE = re.compile(
    rf"(?<![\w/-])(?:(?P<year_name>{_BY_YEAR}){_ABBREVIATED}{_KIND}[\s,-]*(?P<open>\()?(?<=[\s,(-])(?P<year>{_YEAR})(?(open)\))"
    rf"|(?P<version_name>{_BY_VERSION}){_ABBREVIATED}[\s,-]*(?:{_VERSION_WORD})?(?P<version>{_NUMBER})"
    rf"|(?P<grading_name>{_GRADING}){_ABBREVIATED}[\s,-]*(?:(?:{_VERSION_WORD})(?P<grading>{_NUMBER})|(?P<decimal>\d{{1,2}}\.\d{{1,2}}"
    rf"(?:\.\d{{1,2}})?)))(?P<tail>-CM)?{_END}"
    # The year first: "the 2008 WHO classification", "the 1987 American College of Rheumatology (ACR) criteria".
    rf"|(?<![\w.-])(?P<first_year>{_YEAR})\s+(?i:revised\s+)?(?:(?:(?:[A-Z][A-Za-z]*|of|for|and|on|the)\s+){{1,6}}\()?"
    # (with a second body after a slash that cites no year of its own: "2008 IWCLL/NCI-WG criteria")
    rf"(?P<after_name>{_BY_YEAR})(?:/[A-Z][A-Za-z-]*(?<!-))?{_END}",
)


# Names whose label keeps their case ("iwCLL" for "IWCLL" too), so that the label read again is the same name; any
# other is in capitals.
_CASED = ("iwCLL", "Lugano", "mRECIST", "iRECIST", "irRECIST", "iRANO", "MedDRA")
_CANONICAL = {name.casefold(): name for name in _CASED}
_GRADING_LABEL = re.compile(r"^(CTCAE|CTC) (\d+)$")


def edition_wording(label: str) -> str:
    """Words that state an edition's label again: "CTCAE version 3" for "CTCAE 3" (a bare "CTCAE 3" may be a grade),
    the label itself for any other ("WHO 2008", "RECIST 1.1")."""
    grading = _GRADING_LABEL.match(label)
    return f"{grading.group(1)} version {grading.group(2)}" if grading else label


def _edition(number: str) -> str:
    """An edition as compared: "5.0" is "5", "4.03" stays "4.03"."""
    return re.sub(r"(?:\.0+)+$", "", number)


def edition_name(surface: str) -> str:
    """A system's name as an edition's label names it: "World Health Organization" is "WHO"."""
    return _name(surface)


def _name(surface: str) -> str:
    spelled = " ".join(surface.casefold().split())
    for words, letters in _SPELLED.items():
        if spelled.startswith(words) or spelled.startswith(words.replace("organization", "organisation")):
            return letters
    # "iwCLL" and "IWCLL" are one name, as are "CTC AE" and "CTCAE"; a joint edition ("ACR/EULAR 2010") is named by
    # its last body, as a bullet that spells the bodies out says it ("ACR/European League Against Rheumatism (EULAR)
    # 2010").
    name = re.sub(r"^NCI[\s-]?|\s", "", surface).rsplit("/", 1)[-1]
    return _CANONICAL.get(name.casefold(), name.upper())


# A body's name spelled out before its letters, read as the letters (right-aligned in the words' room, so that spans
# still point into the text): "2010 American College of Rheumatology (ACR)/European League Against Rheumatism (EULAR)
# criteria" is "2010 ACR/EULAR criteria", "2008 International Workshop on Chronic Lymphocytic Leukemia (IWCLL)/NCI-WG"
# is "2008 IWCLL/NCI-WG" (no edition of IWCLL alone), as the source a bullet spells out says them.
_SPELLED_OUT = re.compile(rf"(?<![\w-])(?:(?:[A-Z][A-Za-z]*|of|for|and|on|the|in|against)\s+){{1,7}}\((?P<abbr>"
                          rf"{_BY_YEAR})\)(?=\s*/|\s+(?i:criteria|classification|definition|guidelines?|staging|\(?"
                          rf"{_YEAR}))")


def find_classifications(text: str) -> list[Quantity]:
    """Each cited edition of a classification or criteria set in `text`, as a quantity with unit "code" and the
    label "NAME EDITION"."""
    found = []
    spelled: list[tuple[int, int]] = []  # each name spelled out: its start, and where its letters now stand

    def letters(m: re.Match[str]) -> str:
        # the name starts at the first word with the letters' first letter: "Fulfill American College of Rheumatology
        # (ACR)" names the ACR from "American" on, and "Fulfill" stays a word of its own
        first = next((w.start() for w in re.finditer(r"\S+", m.group()) if w.group()[0].upper() == m.group("abbr")[0]),
                     0)
        spelled.append((m.start() + first, m.end() - len(m.group("abbr"))))
        return m.group()[:first] + m.group("abbr").rjust(len(m.group()) - first)

    text = _SPELLED_OUT.sub(letters, text)
    for m in _EDITION_RE.finditer(text):
        name = m.group("year_name") or m.group("version_name") or m.group("grading_name") or m.group("after_name")
        number = m.group("year") or m.group("version") or m.group("grading") or m.group("decimal") or m.group(
            "first_year")
        label = f"{_name(name)} {_edition(number)}"
        start = next((a for a, b in spelled if a <= m.start() <= b), m.start())  # the name as written
        found.append(Quantity(start, m.end(), Comparator.EQ, None, None, "code", label=label))
    return found
