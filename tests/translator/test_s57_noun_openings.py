"""Noun-phrase criteria put to the reader with each fact kept (session 57): "Symptoms of X", "Co-infection with X",
"Suspected or confirmed X", "Absence of X or Y", and the PDQ pointer "See Disease Characteristics"; and the shapes
whose time or subject is not sure, which keep the source's words."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

_CHANGED = [
    # no time: symptoms one has now
    (EXC, "Symptoms of olfactory dysfunction.", "You have symptoms of olfactory dysfunction."),
    (INC, "symptoms of Acute Coronary Syndromes (ACS)", "You have symptoms of acute coronary syndromes (ACS)."),
    (
        INC,
        "Symptoms of Raynaud's syndrome affecting both hands (not necessarily to equal extents)",
        "You have symptoms of Raynaud's syndrome affecting both hands (not necessarily to equal extents).",
    ),
    # a window before the study: symptoms had up to then
    (
        EXC,
        "Symptoms of allergic rhinitis within 2 weeks prior to screening.",
        "You have had symptoms of hay fever in the 2 weeks before screening.",
    ),
    (
        EXC,
        "Symptoms of bacterial or viral infection (including upper respiratory tract infection) within 28 days prior "
        "to randomization.",
        "You have had symptoms of bacterial or viral infection (such as upper respiratory tract infection) in the 28 "
        "days before randomization.",
    ),
    (EXC, "Clinical symptoms of angina", "You have clinical symptoms of angina."),
    # a co-infection is a state now; the bracket's "at screening" is the test's, not the infection's
    (
        EXC,
        "Co-infection with hepatitis B virus (HBV) or human immunodeficiency virus (HIV)",
        "You have co-infection with hepatitis B virus (HBV) or HIV.",
    ),
    (
        EXC,
        "Co-infection with human immunodeficiency virus (HIV) type 1 or type 2 (HIV-1 or HIV-2) (positive HIV-1 or "
        "HIV-2 antibodies test at screening)",
        "You have co-infection with HIV type 1 or 2 (HIV-1 or HIV-2) (positive HIV-1 or HIV-2 antibodies test at "
        "screening).",
    ),
    (
        EXC,
        "Co-infection with more than one HCV genotype.",
        "You have co-infection with more than one hepatitis C virus (HCV) genotype.",
    ),
    # both words of how sure the diagnosis is stay before the condition
    (
        EXC,
        "Suspected or confirmed perinephric or intrarenal abscess",
        "You have suspected or confirmed perinephric or intrarenal abscess.",
    ),
    (
        EXC,
        "Suspected or known gastrointestinal or genitourinary obstruction",
        "You have suspected or known digestive or genitourinary obstruction.",
    ),
    (
        INC,
        "Suspected or documented ABSSSI caused by a Gram-positive pathogen",
        "You have suspected or recorded ABSSSI caused by a Gram-positive pathogen.",
    ),
    # "do not have" denies each member of an "or" list
    (EXC, "Absence of olfactory or nasal symptoms.", "You do not have olfactory or nasal symptoms."),
    (
        INC,
        "Absence of a obstructive hydrocephalus or compartimentalization of CSF flow.",
        "You do not have an obstructive hydrocephalus or compartimentalization of CSF flow.",
    ),
    (
        EXC,
        "Absence of physical or psychological conditions unacceptable to the investigator.",
        "You do not have physical or psychological conditions unacceptable to the study doctor.",
    ),
    # the PDQ pointer to the section the translation heads "Your disease"
    (INC, "See Disease Characteristics", "See the rules about your disease."),
]


@pytest.mark.parametrize(("kind", "source", "plain"), _CHANGED)
def test_a_noun_phrase_is_put_to_the_reader(kind: SectionKind, source: str, plain: str) -> None:
    assert said(source, kind) == plain
    assert checks(source, plain, kind) == []


@pytest.mark.parametrize(
    ("kind", "source", "plain"),
    [
        # a time now, later or over a span: "You have" / "You have had" would move it
        (EXC, "Symptoms of asthma during run-in.", "Symptoms of asthma during run-in."),
        (
            EXC,
            "Symptoms of schizophrenia for more than 20 years at the time of screening.",
            "Symptoms of schizophrenia for more than 20 years at screening.",
        ),
        # a time in a later sentence that goes on about the symptoms
        (
            EXC,
            "Symptoms of poorly controlled diabetes. including but not limited to, marked polyuria and polydipsia with "
            "greater than 10% weight loss during the last three months prior to screening",
            "Symptoms of poorly controlled diabetes. including marked polyuria and polydipsia with more than 10% "
            "weight loss during the last three months before screening",
        ),
        # a verb of its own
        (
            EXC,
            "Symptoms of brain metastases cannot be controlled and treated within less than 2 months",
            "Symptoms of brain metastases cannot be controlled and treated within less than 2 months",
        ),
        (
            EXC,
            "Co-infection with HBV within the past year",
            "Co-infection with hepatitis B virus (HBV) within the past year",
        ),
        (
            EXC,
            "Proven or suspected acute hepatitis within 30 days prior to study entry",
            "Proven or suspected acute hepatitis in the 30 days before study entry",
        ),
        (
            EXC,
            "Confirmed or suspected cases of SARS-CoV-2 Infection.",
            "Confirmed or suspected cases of SARS-CoV-2 Infection.",
        ),
        # "and" may deny only both together; a time ("within", "at the first diagnosis") would be moved to now
        (
            INC,
            "Absence of severe infection and hepatitis C or B infection",
            "Absence of severe infection and hepatitis C or B infection",
        ),
        (
            INC,
            "Absence of heart failure or angina or infarction within 12 months previous inclusion;",
            "Absence of heart failure or angina or infarction within 12 months past inclusion",
        ),
        (
            EXC,
            "Absence of histologically or cytologically proven cancer at the first diagnosis.",
            "Absence of histologically or cytologically proven cancer at the first diagnosis.",
        ),
        # other pointers name places the translation does not rename
        (INC, "See Appendix A", "See Appendix A"),
    ],
)
def test_a_noun_phrase_whose_time_is_not_sure_keeps_its_words(kind: SectionKind, source: str, plain: str) -> None:
    assert said(source, kind) == plain


def test_an_or_list_once_left_for_its_no_is_denied_whole() -> None:
    """test_offline_plain16 left "Absence of fever or cough" as written ("no" could be read of the fever alone);
    "do not have" denies each."""
    assert said("Absence of fever or cough", EXC) == "You do not have fever or cough."


def test_an_or_between_an_absence_and_a_presence_keeps_its_words() -> None:
    """Chia NCT03228498: no impairment, or severe dementia; "You do not have X or presence of Y" would deny both."""
    source = "Absence of objectionable cognitive impairment or presence of dementia of severe degree."
    assert said(source, INC).startswith("Absence of objectionable cognitive impairment or presence of dementia")
