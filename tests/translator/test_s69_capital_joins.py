"""Labs joined by a capital "OR"/"AND" (a list of rules stressing the alternative) are each put to the reader, as
those joined by a lower-case one are (translator.offline_lab_lists)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "bullet"), [
    ("Creatinine ≤ 2.0 mg/dL OR creatinine clearance ≥ 50 mL/min",
     "Your creatinine is 2 mg/dL or less or your creatinine clearance is 50 mL/min or more."),
    ("ALT and AST ≤ 1.5 x ULN AND alkaline phosphatase ≤ 2.5 x ULN",
     "Your alanine aminotransferase (ALT) and aspartate aminotransferase (AST) are no more than 1.5 times the upper"
     " limit of normal and your alkaline phosphatase is no more than 2.5 times the upper limit of normal."),
    # a capital "AND" beside a lower-case "or" says which joins first: it stays a capital
    ("eGFR ≥ 30 and ≤ 75 mL/min/1.73 m2 AND UACR ≥ 500 mg/g or UPCR ≥ 700 mg/g",
     "Your estimated glomerular filtration rate (eGFR) is 30 to 75 mL/min/1.73 m² AND your urine albumin to creatinine"
     " ratio (UACR) is at least 500 mg/g or urine protein to creatinine ratio (UPCR) at least 700 mg/g."),
    # near-miss: what follows the "OR" is no lab with a value of its own; it stays as written
    ("Creatinine ≤ 2.0 mg/dL OR history of kidney disease", "Creatinine 2 mg/dL or less OR history of kidney disease"),
])
def test_capital_joins(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet
