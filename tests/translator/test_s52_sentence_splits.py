"""Session 52 (plain31): shorter sentences where the source already has two clauses.

- a closing ", unless <clause>" after a statement of the reader's → "… . This does not apply if <clause>."
  (translator.offline_unless_clauses).

Sources are corpus criteria; each rule is also checked where it must leave the sentence alone.
"""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_unless_clauses import unless_clause

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_closing_unless_clause_becomes_a_sentence_of_its_own() -> None:
    assert said(
        "Have history of deep vein thrombosis or pulmonary embolus, unless they are receiving therapeutic "
        "anticoagulation with warfarin or low-molecular-weight heparin.",
        EXC,
    ) == (
        "You have had deep vein thrombosis or lung embolus. This does not apply if you are getting therapeutic "
        "anticoagulation with warfarin or low-molecular-weight heparin."
    )
    assert said(
        "Patient received chemotherapy within 4 weeks (6 weeks for nitrosourea or mitomycin-C) prior to study entry, "
        "unless the disease is rapidly progressing.",
        EXC,
    ) == (
        "You received chemotherapy within 4 weeks (6 weeks for nitrosourea or mitomycin-C) before joining the study. "
        "This does not apply if the disease is rapidly progressing."
    )


def test_unless_clause_stays_where_something_else_could_own_it() -> None:
    for text in (
        # no subject of its own after "unless"
        "You have had brain metastases, unless adequately treated and without signs of progressive disease for 3 "
        "months.",
        # a list before it: the exception may be the last item's alone
        "You have had a heart attack, unstable angina, or a stroke, unless you have fully recovered from it at least "
        "6 months ago.",
        # an exception of its own in the head, which the "unless" may narrow
        "You have had other invasive cancers except for non-melanoma skin cancer, unless there are no signs of other "
        "cancer within the past 5 years.",
        # a case of its own after the exception
        "Your total bilirubin is more than 1.5 times the upper limit of normal, unless you have Gilbert's syndrome, in "
        "which case it must be less than 3 times.",
        # a short sentence reads as easily whole
        "Your bilirubin is high, unless you have Gilbert's syndrome.",
        # not the reader's statement
        "Patients with brain metastases are not eligible, unless the metastases have been treated and are stable.",
    ):
        assert unless_clause(text) == text

