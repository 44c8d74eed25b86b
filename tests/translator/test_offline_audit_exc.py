"""An audit of the exclusion bullets against their sources: wordings the fidelity checks cannot fault but a reader
would misread. A "who" that pointed back to the patients read as the drug's or the disease's once they are "you"
("You are taking NSAIDs who cannot …"); "a" before a plural result ("You have a positive results"); an opening said
as the reader's verb that left a second noun joined to it without one ("You have taken part in X or use of Y",
"You have, or past history of X", "You are now using X or any such use within …"). With the cases that must keep
their words. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00216476",
     "Patients treated with mood stabilizers or antidepressants who are not on stable dose for at least 3 months "
     "before study initiation", EXC,
     "You have been treated with mood stabilizers or antidepressants and are not on stable dose for at least 3 "
     "months before study initiation."),
    ("NCT01139775",
     "Participants taking non-steroidal anti-inflammatory drugs who cannot interrupt the treatment appropriately "
     "according to the guidelines", EXC,
     "You are taking non-steroidal anti-inflammatory drugs and cannot interrupt the treatment appropriately as set "
     "by the guidelines."),
    ("NCT00499239", "Subjects with NHL who present exclusively with non-measurable lesions", EXC,
     "You have non-Hodgkin lymphoma (NHL) and present exclusively with non-measurable lesions."),
    # a list of the patients' own clauses, with the words that say they are excluded
    ("NCT00760474",
     "Patients with severe depression or other serious illness, who are left-handed, or who are pregnant or nursing "
     "are not eligible for this study.", EXC,
     "You have severe depression or other serious illness, are left-handed, or are pregnant or breastfeeding."),
    ("NCT00634751",
     "Patients must have histologically or cytologically confirmed locally advanced inoperable or metastatic "
     "adenocarcinoma of the pancreas or biliary tract who have not received more than one systemic therapy for "
     "their disease", INC,
     "You must have histologically or cytologically confirmed locally advanced inoperable or metastatic "
     "adenocarcinoma of the pancreas or biliary tract and have not had more than one systemic treatment for "
     "your disease."),
])
def test_the_patients_who_is_the_readers_verb(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a person named before "who" is the one it describes
    ("NCT00369226", "Patients have a donor (both related and unrelated) who are mismatched according to protocol "
     "criteria", INC, "You have a donor (both related and unrelated) who are mismatched as set by protocol criteria."),
    ("NCT02194374",
     "Patients who have failed at least one line of standard therapy and require treatment within 2 years or "
     "untreated patients with del17p by FISH (high-risk) who do not have an allogeneic stem cell transplant", INC,
     "You have failed at least one line of standard treatment and need treatment within 2 years or untreated "
     "patients with del17p by FISH (high-risk) who do not have an allogeneic stem cell transplant."),
    # an aside in brackets keeps its own "who"
    ("NCT00555581",
     'Patients with mixed connective tissue disease or "overlap" (i.e. those who satisfy more than one set of ACR '
     "criteria for a rheumatic disease.)", EXC,
     'You have mixed connective tissue disease or "overlap" (that is, those who satisfy more than one set of ACR '
     "criteria for a rheumatic disease.)."),
])
def test_a_who_of_someone_else_keeps_it(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00382798", "Positive results for drugs of abuse at Screening.",
     "You have positive results for drugs of abuse at Screening."),
    ("NCT00362713", "Positive screening tests for or any prior history of HIV, Hepatitis B or Hepatitis C",
     "You have positive screening tests for or any past history of HIV, Hepatitis B or Hepatitis C."),
    # one test keeps its "a"
    ("NCT00382798", "Positive test for HIV", "You have a positive test for HIV."),
])
def test_no_a_before_more_than_one_result(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00297778",
     "Participation in other investigational drug studies or use of other investigational drugs within the previous "
     "30 days prior to randomization.",
     "You have taken part in other experimental drug studies or used other experimental drugs in the 30 days before "
     "randomization."),
    ("NCT00407381",
     "Previous participation in a study and receipt of anti-angiogenic drugs (pegaptanib sodium, ranibizumab) within "
     "2 months of study entry",
     "You have taken part in a study and received anti-angiogenic drugs (pegaptanib sodium, ranibizumab) within 2 "
     "months of study entry."),
    ("NCT01431989",
     "Use of experimental drug or participation in any clinical study within 6 months prior to study initiation",
     "You have used experimental drug or taken part in any clinical study in the 6 months before study initiation."),
    # a history may not reach the use (it may be now): the second noun stays one
    ("NCT01543269", "History of coagulopathy or use of anticoagulants such as warfarin.",
     "You have had coagulopathy or use of blood thinners. For example, warfarin."),
])
def test_a_second_act_shares_the_openings_have(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text"), [
    # the second use has words before it, and the first is now: no verb would fit both
    ("NCT00582556", "Current use of oral corticosteroids or any such use within the past 6 months"),
    # "You have, or past history of X" would leave the history without a verb
    ("NCT00523809", "Presence of, or prior history of multiple brain metastasis."),
])
def test_an_opening_that_would_leave_a_noun_behind_keeps_its_words(nct_id: str, text: str) -> None:
    plain = said(text, EXC)
    assert not plain.startswith("You"), (nct_id, plain)


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # "at the same time" is not moved past a participle's phrase, whose time it would seem to give
    ("NCT01145885", "Serious concomitant non-oncological disease considered by the investigator",
     "You have serious concomitant non-oncological disease thought by the study doctor."),
    # the phrase that ends the clause is still the noun's own
    ("NCT00735878", "Concurrent therapy with colchicines.",
     "You are getting therapy with colchicines at the same time."),
    # a result one is known to have is no condition one has ("You have known positive for HIV")
    ("NCT00543114", "Known positive for HIV", "You are known to be positive for HIV."),
    ("NCT00504101", "Known HIV infection", "You are known to have HIV infection."),
])
def test_words_that_moved_or_joined_the_wrong_thing(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


def test_a_known_result_for_a_list_with_more_than_results_keeps_its_words() -> None:
    text = (
        "Known seropositive for or active viral infection with human immunodeficiency virus (HIV), hepatitis B virus "
        "(HBV) or hepatitis C virus (HCV)."
    )
    assert not said(text, EXC).startswith("You"), "NCT01342172"


def test_a_prior_use_without_of_is_no_thing_had() -> None:
    text = (
        "Prior use within the last 3 days before Visit 1 or concomitant use of any anti-inflammatory drugs, "
        "heparinoids, muscle relaxants or analgesics."
    )
    assert not said(text, EXC).startswith("You have had use"), "NCT02700815"


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # "Men " is as long as "Age ": the age opening read the age after it and dropped who it is about
    ("NCT01659866", "Men under 30 years of age", EXC, "You are a man and under 30 years of age."),
    # an age after "Age" still opens the bullet
    ("NCT00487786", "Age ≥ 18 years at time of consent.", INC, "You are 18 years or older at the time of consent."),
    # an age after a marker or "and" still opens it: only after men or boys does the age stay where it is
    ("NCT01822535", "(1) Between 18 and 68 years of age", INC, "You are 18 to 68 years old."),
    ("NCT01235897", "Male or female and 18 years or older", INC, "You are male or female and 18 years or older."),
    # "Known positive serology for X" is a result one has; only "Known positive for X" is "known to be"
    ("NCT00543114", "Known positive serology for HIV", EXC, "You are known to have positive serology for HIV."),
])
def test_an_age_keeps_who_it_is_about(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text"), [
    # a participle before its object is no condition one has ("You have involving a …")
    ("NCT02570490", "Involving a chronic diabetic foot infection (diabetic foot ulcer)"),
    # a bracket between "Current or recent" and the taking part: no "You have current or recent (…) taking part"
    ("NCT02072226", "Current or recent (within 3 months) participation in another investigational drug treatment "
     "protocol"),
])
def test_no_have_before_what_one_cannot_have(nct_id: str, text: str) -> None:
    assert not said(text, EXC).startswith("You have"), nct_id


def test_a_view_keeps_whose_it_is() -> None:
    # "the physician responsible" is one person: "in the doctor's view responsible" cut the name in two
    text = (
        "History of hypersensitivity to moxifloxacin or components thereof or a history of drug or other allergy "
        "that, in the opinion of the physician responsible, contraindicates their participation"
    )
    assert "in the view of the doctor responsible," in said(text, EXC), "NCT01756495"


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # "Underwent" is "had" once: the condition opening's "You have had" before it said "You have had had"
    ("Underwent major surgery within 4 weeks before randomization", EXC,
     "You have had major surgery within 4 weeks before randomization."),
    ("Underwent a colonoscopy", INC, "You have had a colonoscopy."),
])
def test_underwent_is_had_once(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain
