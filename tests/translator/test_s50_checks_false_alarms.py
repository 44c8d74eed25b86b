"""Faithful rewrites the checks blocked (session 50, checks30), now passing, with the real loss still caught:

- "medication free" said "medicine free": "medicine" is one of the states a "free" after a space negates;
- "low malignant potential" said "low cancerous potential": a name (borderline tumours), no level; "high" for "low"
  is a swap of the name's set (`translator.fidelity_swaps`);
- "human immunodeficiency virus (HIV)-1 or HIV-2" said "HIV-1 or HIV-2": the bracketed short form and the number
  after it are the name "HIV-1", no number "1";
- "a gestation period between 36 and 42 weeks" said "a pregnancy period 36 to 42 weeks": a range of weeks, no
  "Period 36" of a study.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import extract_facts

CASES: list[tuple[str, SectionKind, str, str, str]] = [
    # NCT01031810 I7
    ("Subjects must be antidepressant medication free for 3 weeks prior to PET scan", INC,
     "You must be antidepressant medicine free for 3 weeks before PET scan.",
     "You must be on antidepressant medicine for 3 weeks before PET scan.", "negation_dropped"),
    ("Subjects must be antidepressant medication free for 3 weeks prior to PET scan", INC,
     "You must be free of antidepressant medicine for 3 weeks before the PET scan.",
     "You must be antidepressant medicine free for 2 weeks before the PET scan.", "fact_changed"),
    # NCT00490711 E1
    ("Ovarian tumors with low malignant potential (borderline tumors)", EXC,
     "You have ovarian tumors with low cancerous potential (borderline tumors).",
     "You have ovarian tumors with high cancerous potential (borderline tumors).", "fact_changed"),
    # NCT03028740 E4
    ("Human immunodeficiency virus (HIV)-1 or HIV-2 infection", EXC,
     "You have HIV-1 or HIV-2 infection.", "You have HIV-1 or HIV-3 infection.", "fact_changed"),
    # NCT02223065 E21
    ("Positive blood screen for hepatitis C virus (HCV) antibody, hepatitis B surface antigen (HBsAg), or human "
     "immunodeficiency virus (HIV)-1 or HIV-2 antibodies at screening.", EXC,
     "You have a positive blood screen for hepatitis C virus (HCV) antibody, hepatitis B surface antigen (HBsAg), or "
     "HIV-1 or HIV-2 antibodies at screening.",
     "You have a positive blood screen for hepatitis C virus (HCV) antibody, hepatitis B surface antigen (HBsAg), or "
     "HIV-1 antibodies at screening.", "content_missing"),
    # NCT00344318 (Chia)
    ("Born after a gestation period between 36 and 42 weeks.", INC,
     "Born after a pregnancy period 36 to 42 weeks.", "Born after a pregnancy period 36 to 40 weeks.", "fact_changed"),
    ("Born after a gestation period between 36 and 42 weeks.", INC,
     "You were born after a pregnancy that lasted between 36 and 42 weeks.",
     "Born after a pregnancy period of 42 weeks.", "fact_changed"),
]


@pytest.mark.parametrize(("source", "kind", "faithful", "lossy", "check"), CASES)
def test_the_faithful_rewrite_passes_and_the_loss_is_still_found(source: str, kind: SectionKind, faithful: str,
                                                                 lossy: str, check: str) -> None:
    assert checks(source, faithful, kind) == []
    assert check in checks(source, lossy, kind)


@pytest.mark.parametrize("text", ["in Period 2", "Cohort 3 for 2 weeks"])
def test_a_part_of_the_study_is_still_a_labelled_fact(text: str) -> None:
    assert any(f.unit in ("period", "cohort") for f in extract_facts(text))
