"""A key word whose wording the source also says elsewhere for another part of it ("allogeneic HCT … Any donor
source") is said as often as the source says them (translator.fidelity_key_words): the wording left in says its
own part, not the key word."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import INC, checks


@pytest.mark.parametrize(("source", "faithful", "lost"), [
    # NCT02086513
    ("Recipients of allogeneic hematopoietic cell transplantation (HCT) after either myeloablative or reduced "
     "intensity conditioning regimens. Any donor source of stem cells is eligible.",
     "You have received an allogeneic HCT after a myeloablative or a reduced intensity conditioning regimen. Any donor "
     "source of stem cells is eligible.",
     "You have received an HCT after a myeloablative or a reduced intensity conditioning regimen. Any donor source of "
     "stem cells is eligible."),
    # NCT00723346 I2
    ("Subject with acute lymphoblastic leukaemia or lymphoblastic lymphoma (excluded burkitt lymphoma) who have "
     "relapsed after first remission (medullary or SNC relapse)",
     "You have acute lymphoblastic leukaemia or lymphoblastic lymphoma (excluded Burkitt lymphoma) and you have "
     "relapsed after your first remission (a medullary or SNC relapse).",
     "You have acute lymphoblastic leukaemia or lymphoblastic lymphoma (excluded Burkitt lymphoma) and you have after "
     "your first remission (a medullary or SNC relapse)."),
])
def test_a_key_word_said_by_a_wording_of_another_part_is_lost(source: str, faithful: str, lost: str) -> None:
    assert checks(source, faithful, INC) == []
    assert "content_missing" in checks(source, lost, INC)


def test_a_wording_in_the_key_words_own_phrase_is_no_second_one() -> None:
    # "oral contraceptive pills" said as "birth control pills" is the offline wording; "oral" is not of the kinds
    # counted apart, and "uncontrolled … not controlled" nearby is one phrase
    assert checks("Uncontrolled hypertension (blood pressure not controlled by medication)",
                  "You have high blood pressure that is not under control (blood pressure not controlled by "
                  "medicine).") == []


def test_metastatic_and_its_bracketed_stage_are_both_said() -> None:
    # NCT04603807: "metastatic (Stage IV) NSCLC" said as "NSCLC (Stage IV)" has lost "metastatic"
    source = ("No prior treatment with a ROS1 tyrosine kinase inhibitor, chemotherapy or other systemic therapy for "
              "advanced or recurrent (Stage IIIB/C not amenable for radical treatment) or metastatic (Stage IV) NSCLC")
    said = ("You have not had a ROS1 tyrosine kinase inhibitor, chemotherapy or any other whole-body (systemic) "
            "treatment for advanced or recurrent NSCLC (Stage IIIB/C that cannot be treated with radical treatment) "
            "or for {}NSCLC (Stage IV).")
    assert checks(source, said.format("metastatic "), INC) == []
    assert "content_missing" in checks(source, said.format(""), INC)
    # a stage said elsewhere, not in brackets after the word, is no second wording: "stage III or stage IV, … bone
    # metastases" said as "stage 3 or 4, … bone metastases"
    assert checks("The disease condition is inoperable, stage III or stage IV, at least one measurable lesion or "
                  "simple bone metastases with no measurable lesions;",
                  "The disease condition is inoperable, stage 3 or 4, at least one measurable lesion or simple bone "
                  "metastases with no measurable lesions.", INC) == []
