"""Session 57 (plain34): "…; for example, X" and "…; if A, B" as sentences of their own
(translator.offline_semicolon_leads), on corpus criteria; and where each stays."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_semicolons import semicolon_clause

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_examples_and_a_closing_condition_after_a_semicolon_are_sentences() -> None:
    # NCT01942590
    assert said("Patients on a non-standard schedule for ERT; for example, weekly infusions as opposed to "
                "infusions every two weeks.", EXC) == (
        "You are on a non-standard schedule for ERT. For example, weekly infusions as opposed to infusions every two "
        "weeks."
    )
    # NCT00602225: the condition is the second rule's own
    assert said("Serum creatinine =< 1.0 mg/dL; if serum creatinine > 1.0 mg/dl, then the estimated glomerular "
                "filtration rate (GFR) must be >60 mL/min/1.73 m^2", INC) == (
        "Your serum creatinine is 1 mg/dL or less. If serum creatinine more than 1 mg/dL, then the estimated "
        "glomerular filtration rate (GFR) must be more than 60 mL/min/1.73 m²."
    )
    # NCT00275028
    assert said("No evidence of preexisting uncontrolled hypertension; if patient has hypertension, it must be "
                "medically controlled", INC) == (
        "You have no signs of preexisting high blood pressure that is not under control. If you have high blood "
        "pressure, it must be medically controlled."
    )


def test_a_fronted_scope_or_a_condition_without_a_clause_keeps_the_semicolon() -> None:
    # NCT03067181: "For the … arms," may hold for both parts
    text = (
        "For the standard risk arms, components of yolk sac tumor can be mixed with other forms of GCT; if yolk sac "
        "tumor is the only component present, then it must be judged by the pathologist to be greater than a "
        "microscopic component."
    )
    assert semicolon_clause(text) == text
    # no clause after the condition: a list's item
    text = "Your ALT is no more than 3 times the upper limit of normal; if liver metastases, no more than 5 times."
    assert semicolon_clause(text) == text
