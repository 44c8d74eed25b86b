"""Session 50 (plain30): shorter sentences where the source already has two clauses, and two plain wordings.

- ", or you …" after a clause of the reader's → a sentence opening with "Or" (translator.offline_or_clauses);
- an inclusion "…, and you have recovered" / "… and your Y is B" → two sentences (translator.offline_own_subjects);
- "You can give written informed consent, which includes …" → "… consent. This includes …"
  (translator.offline_which_clauses);
- a closing "(i.e. …)" after a comparator's "or more" is a definition of the value, not of a list
  (translator.offline_sentences);
- "includes compliance with" → "includes following", "regardless of whether" → "whether or not"
  (translator.offline_grade_words).

Sources are corpus criteria; each rule is also checked where it must leave the sentence alone.
"""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_or_clauses import or_clauses
from translator.offline_own_subjects import own_subject_sentences
from translator.offline_which_clauses import which_clause

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_or_you_clause_becomes_a_sentence_that_opens_with_or() -> None:
    assert said(
        "Major surgical procedure, open biopsy, or significant traumatic injury within 28 days, or anticipation of the "
        "need for major surgical procedure during the course of the study",
        EXC,
    ) == (
        "You have had major surgery, open biopsy, or significant traumatic injury within 28 days. Or you are expected "
        "to need major surgery during the study."
    )
    # a short sentence reads as easily whole
    assert said("Pregnant or nursing females, or those lacking adequate contraception", EXC) == (
        "You are pregnant or breastfeeding, or you lack good enough birth control."
    )


def test_or_you_clause_stays_where_something_reaches_across_the_cut() -> None:
    # the cut's "or" closes the list "A, B, or you have C": "You have A, B." would lose the list's join
    kept = "You have active hepatitis B infection, history of unstable liver disease, or you have severe liver disease."
    assert or_clauses(kept) == kept
    # a condition, a window after a comma in the last clause, a clause not the reader's
    for text in (
        "You are female and if you can get pregnant, you are not using birth control, or you are breastfeeding.",
        "You have had major surgery, or you have had radiation treatment, in the 4 weeks before joining the study.",
        "Patients have had major surgery in the 4 weeks before joining, or you are expected to need surgery.",
        "You had surgery in the 4 weeks before joining the study, or you are on treatment post HSCT, or with GVHD.",
        "You have had treatment with SYK or Janus kinase (JAK) inhibitors for which you received no clinical benefit, "
        "or you relapsed while on treatment.",
    ):
        assert or_clauses(text) == text


def test_inclusion_own_subject_clauses_are_two_sentences() -> None:
    assert said("Serum amylase ≤ 2 × ULN and serum lipase ≤ 3 × ULN", INC) == (
        "Your serum amylase is no more than 2 times the upper limit of normal. Your serum lipase is no more than 3 "
        "times the upper limit of normal."
    )
    assert said("Body weight of at least 50 kg and body mass index (BMI) from 19 to 24 kg/m2.", INC) == (
        "Your body weight is at least 50 kg. Your body mass index (BMI) is from 19 to 24 kg/m²."
    )
    # a short sentence reads as easily whole
    assert said("At least 1 week since prior hematopoietic growth factor and recovered", INC) == (
        "It has been at least 1 week since any past hematopoietic growth factor, and you have recovered."
    )


def test_own_subject_clauses_stay_joined_in_an_exclusion_or_under_a_shared_time() -> None:
    assert said("Serum amylase ≤ 2 × ULN and serum lipase ≤ 3 × ULN", EXC) == (
        "Your serum amylase is no more than 2 times the upper limit of normal and your serum lipase is no more than 3 "
        "times the upper limit of normal."
    )
    # the time of screening may hold for the weight too
    assert said("Body weight of at least 50 kg and body mass index (BMI) from 19 to 24 kg/m2 at time of screening.",
                INC) == ("Your body weight is at least 50 kg and your body mass index (BMI) is from 19 to 24 kg/m² at "
                         "the time of screening.")
    for text in (
        "Your creatinine is no more than 1.5 mg/dL or your creatinine clearance is 60 mL/min or more.",
        "Your systolic blood pressure is less than 160 mmHg and your diastolic blood pressure is less than 110 mmHg, "
        "recorded on at least 3 different days.",
    ):
        assert own_subject_sentences(text) == text


def test_consent_which_clause_is_a_sentence_of_its_own() -> None:
    assert said(
        "Capable of giving written informed consent, which includes compliance with the requirements and restrictions "
        "listed in the consent form",
        INC,
    ) == (
        "You can give written informed consent. This includes following the requirements and restrictions listed in "
        "the consent form."
    )
    # not after a fragment ("This" could be the ability), nor after a condition ("This would …" would not narrow it)
    assert said(
        "The ability to understand and sign a written informed consent form, which must be obtained prior to "
        "initiation of study procedures",
        INC,
    ) == ("The ability to understand and sign a written informed consent form, which must be obtained before the start "
          "of study procedures")
    kept = "You have any condition, which in the study doctor's view would make the study unsafe for you."
    assert which_clause(kept) == kept


def test_definition_after_a_comparators_or_more_is_its_own_sentence() -> None:
    assert said(
        "Patients must have a Karnofsky performance status >= 60% (i.e. the patient must be able to care for "
        "himself/herself with occasional help from others)",
        INC,
    ) == (
        "You must have a Karnofsky performance status 60% or more. This means you must be able to care for yourself "
        "with occasional help from others."
    )


def test_regardless_of_whether_is_whether_or_not_unless_the_clause_says_or_not() -> None:
    assert said("Prior chemotherapy is allowed regardless of whether it was given as adjuvant therapy.", INC) == (
        "Past chemotherapy is allowed whether or not it was given as adjuvant treatment."
    )
    assert said("Leptomeningeal brain metastases should be excluded regardless of whether the metastases have been "
                "treated or not.", EXC) == (
        "Leptomeningeal brain metastases should be excluded regardless of whether the metastases have been treated or "
        "not."
    )
    family = said("The immediate family members include parents, children or brothers (or sisters), regardless of "
                  "whether they are natural or adopted.", EXC)
    assert family.endswith("regardless of whether they are natural or adopted.")


def test_definition_by_a_source_keeps_the_window_of_the_diagnosis() -> None:
    # "for at least 3 months before the Screening Visit" dates the asthma, not the NIH's definition
    assert said("Have a documented diagnosis of persistent asthma, as defined by the National Institutes of Health for "
                "at least 3 months prior to the Screening Visit.", INC) == (
        "You have a recorded diagnosis of persistent asthma, as defined by the National Institutes of Health for at "
        "least 3 months before the Screening Visit."
    )


def test_own_subject_clauses_stay_in_a_list_or_a_shared_subject() -> None:
    # "the treating doctor and you" is one subject; "A, B, and C" a list the "and" closes
    assert said("The patient is a candidate for temsirolimus as the next therapy for their tumor and the treating "
                "physician and the patient must be planning to continue temsirolimus chemotherapy after receiving the "
                "one dose required for this study.", INC).startswith(
        "You are a candidate for temsirolimus as the next treatment for your tumor and the treating doctor and you "
        "must be planning")
    assert said("Systolic blood pressure 90-145 mmHg, diastolic blood pressure 40-90 mmHg, and heart rate 40-90 bpm",
                INC) == ("Your systolic blood pressure is 90 to 145 mmHg, your diastolic blood pressure is 40 to 90 "
                         "mmHg, and your heart rate is 40 to 90 beats per minute.")


def test_definition_that_measures_keeps_its_own_window() -> None:
    # the window is the measure's own ("absence of menses for at least 12 months"), not a named source's
    assert said("Healthy female postmenopausal volunteers, as defined by absence of menses for at least 12 months and "
                "follicle stimulating hormone (FSH) 30 IU/L;", INC) == (
        "Healthy female postmenopausal volunteers. This is defined by absence of monthly bleeding for at least 12 "
        "months and follicle stimulating hormone (FSH) 30 IU/L."
    )


def test_or_you_clause_stays_after_a_list_it_closes_and_a_value_keeps_its_note() -> None:
    assert said("Active Hepatitis B infection, history or clinical suspicion of unstable liver disease, or subjects "
                "with severe liver disease (Class C by Childs-Hugh criteria)", EXC) == (
        "You have active hepatitis B infection, history or clinical suspicion of unstable liver disease, or you have "
        "severe liver disease (Class C by Childs-Hugh criteria)."
    )
    assert said("Serum potassium ≥ 4.0 mmol/L and serum magnesium ≥ 0.85 mmol/L (electrolytes can be corrected with "
                "supplementation. See section 9.7).", INC).startswith(
        "Your serum potassium is 4 mmol/L or more and your serum magnesium")


def test_definition_by_measures_splits_and_a_diagnosis_with_its_own_history_does_not() -> None:
    marrow = said("Patients must have adequate bone marrow function, as defined by Absolute Neutrophil Count (ANC) of "
                  "≥ 1,500/mL, hemoglobin ≥ 9 g/dL and a peripheral platelet count ≥ 100,000/ mL, all within 28 days "
                  "prior to registration.", INC)
    assert marrow.startswith("You must have good enough bone marrow function. This is defined by ")
    assert said("Subjects diagnosed of schizophrenia as defined by Diagnostic and Statistical Manual of Mental "
                "Disorders, 4th edition text revision or 5th edition (DSM-IV-TR or 5) criteria, and a history of "
                "illness for at least for 3 years prior to screening.", INC).startswith(
        "You have been diagnosed of schizophrenia as defined by Diagnostic")
