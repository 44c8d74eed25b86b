"""Stages written as codes: TNM ("T1-3 N0 M0", "Clinical Stage T1b-T2a, Nx or N0, Mx or M0") and
liver fibrosis ("METAVIR F3 or F4", "fibrosis F0-F2").

Each T (tumour), N (nodes) and M (metastasis) code is a VALUE fact whose unit is "TNM" and whose
label is the code ("T1b-T2a", "N0", "cM0"): a translation that loses "N0" or turns "M0" into "M1"
changes who can join. The letters also name other things ("T4" the thyroid hormone, "T2" an MRI
sequence, "M3 marrow"), so a code counts only as part of a TNM group: codes of at least two of the
three letters side by side, a code with a clinical or pathological prefix ("cT2", "pN0", "ypT0"), codes
right after "stage", "staging", "TNM", "AJCC" or "UICC", or a T code before "tumour" or "disease". A
fibrosis code ("F3", unit "fibrosis") counts only after a word that names fibrosis staging (fibrosis,
METAVIR, FibroScan…).
"""

from __future__ import annotations

import re

from translator.facts import Comparator
from translator.quantities import Quantity

_T = r"T(?:is|[xX]|[0-4][a-d]?)(?:\s*[-–/]\s*T?(?:[0-4][a-d]?))*"
_N = r"N(?:[xX]|[0-3][a-c]?)(?:\s*[-–/]\s*N?[0-3][a-c]?)*"
_M = r"M(?:[xX]|[01][a-c]?)(?:\s*[-–/]\s*M?[01][a-c]?)*"
# A code never goes on with decimals: "N0.5" is no "N0" (but "pT1,2" lists T1 and T2). In a group it is read whole,
# as a code no source has ("T3a N0 M0.5"): a changed digit said beside the same code elsewhere is still caught.
_CODE_RE = re.compile(rf"(?<![\w-])(?P<prefix>yp|yc|[cpyr])?(?P<code>{_T}|{_N}|{_M})(?P<decimals>\.\d+)?(?![\w])"
                      r"(?!-\w)(?!\.\d)")
_GAP_RE = re.compile(r"[\s,;/&]*(?:(?:or|and)\b[\s,;/&]*)?")
_CONTEXT_RE = re.compile(r"\b(?:stages?|staging|staged|TNM|AJCC|UICC)\b[^.;]{0,25}$", re.IGNORECASE)
_MAX_GAP = 8
# A lone tumour code said to be a tumour's: "T3-4 tumour", "T2 disease" (not "T2 lesions", an MRI sequence's).
_TUMOUR_AFTER_RE = re.compile(r"\s*(?:primary\s+)?(?:tumou?rs?|disease|cancers?|carcinomas?)\b", re.IGNORECASE)
_FIBROSIS_RE = re.compile(r"(?<![\w-])F[0-4](?:\s*[-–]\s*F?[0-4])?(?![\w])(?!-\w)(?!\.\d)")
_FIBROSIS_CONTEXT_RE = re.compile(
    r"\b(?:fibros\w*|METAVIR|Ishak|Fibro\w*|APRI|elastography|stage[sd]?|fibrotic)\b[^.;]*$", re.IGNORECASE
)


def _label(prefix: str | None, code: str) -> str:
    """'T1B- t2A' → 'T1b-T2a': one spelling for the same code."""
    compact = re.sub(r"\s+", "", code).replace("–", "-")
    letter, rest = compact[0], compact[1:]
    rest = re.sub(r"(?<=[-/])[tnm]", lambda m: m.group().upper(), rest.lower().replace("x", "X"))
    return f"{prefix or ''}{letter}{rest}"


def find_stages(text: str) -> list[Quantity]:
    """Every TNM code that is part of a TNM group and every fibrosis stage, as labelled quantities."""
    found = _tnm(text) if any(c in text for c in "TNM") else []
    if "F" in text:
        found += _fibrosis(text)
    return sorted(found, key=lambda q: (q.start, q.end))


def _fibrosis(text: str) -> list[Quantity]:
    found = []
    for m in _FIBROSIS_RE.finditer(text):
        if _FIBROSIS_CONTEXT_RE.search(text, max(0, m.start() - 60), m.start()):
            label = re.sub(r"\s+", "", m.group()).replace("–", "-")
            found.append(Quantity(m.start(), m.end(), Comparator.EQ, None, None, "fibrosis", label=label))
    return found


def _tnm(text: str) -> list[Quantity]:
    codes = list(_CODE_RE.finditer(text))
    found: list[Quantity] = []
    group: list[re.Match[str]] = []

    def close() -> None:
        letters = {m.group("code")[0] for m in group}
        prefixed = any(m.group("prefix") for m in group)
        context = bool(group) and _CONTEXT_RE.search(text, max(0, group[0].start() - 40), group[0].start())
        tumour = letters == {"T"} and _TUMOUR_AFTER_RE.match(text, group[-1].end()) is not None
        if group and (len(letters) >= 2 or prefixed or context or tumour):
            found.extend(
                Quantity(m.start(), m.end(), Comparator.EQ, None, None, "TNM",
                         label=_label(m.group("prefix"), m.group("code")) + (m.group("decimals") or ""))
                for m in group
            )  # fmt: skip
        group.clear()

    for m in codes:
        if group:
            gap = _GAP_RE.fullmatch(text, group[-1].end(), m.start())
            if gap is None or m.start() - group[-1].end() > _MAX_GAP:
                close()
        group.append(m)
    close()
    return found
