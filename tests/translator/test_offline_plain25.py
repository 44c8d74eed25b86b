"""The twenty-fifth round: exclusions that open with a use, a treatment or a history, put to the reader when the
source settles the tense. A use or treatment "concurrent"/"concomitant" with the study's ("You are getting treatment
with X at the same time"), "current" ("You are currently using X"), "previous or current" ("You have used or are
currently using X"), "recent" ("You have recently used X"), before the study by a window that says "during" or
"starting" ("during the 2 weeks prior to X"), "Any prior X" (a treatment had), and "Medical history of X"/"History
(hx) of X" ("You have had X"); with the cases each must leave as written. `said` also checks that the fidelity check
finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_determined_treatments import determined_treatment
from translator.offline_past_and_present_uses import past_and_present_use
from translator.offline_use_adverbs import use_adverb_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# At the same time, or now

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00365365", "Concurrent treatment with any other anti-cancer therapy.",
     "You are getting treatment with any other cancer treatment at the same time."),
    ("NCT00572637", "Concomitant treatment with steroids",
     "You are getting treatment with steroids at the same time."),
    ("NCT01320943", "Concomitant therapy with disallowed medications",
     "You are getting therapy with disallowed medicines at the same time."),
    ("NCT00574366", "Concurrent therapy with trastuzumab (Herceptin®)",
     "You are getting therapy with trastuzumab (Herceptin®) at the same time."),
    # a trial or a study is what one takes part in, not a time the adverb could drift onto
    ("NCT01570361", "Concurrent participation in any other clinical study.",
     "You are taking part in any other clinical study at the same time."),
    ("NCT01562938", "concurrent enrollment in another clinical study",
     "You are taking part in another clinical study at the same time."),
    # "current": the time word before the verb ("currently", said "now" by the plain words)
    ("NCT01024010", "Current use of corticosteroids", "You are now using corticosteroids."),
    ("NCT02247401", "current enrollment in another investigational study",
     "You are now taking part in another experimental study."),
])
def test_a_use_at_the_same_time_or_now_is_the_readers(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    # a time of its own after the name: "at the same time" beside "at screening" would say two times
    ("NCT00422227", "Concurrent treatment with a DMARD, other than MTX, at screening", EXC),
    # "chronic" is the treatment's kind: "getting treatment chronically" would move it onto the getting
    ("NCT00317720", "Chronic treatment with systemic steroids or another immunosuppressive agent", EXC),
    # a relative clause the adverb could close
    ("NCT00379639", "Concomitant use of drugs that may cause a prolongation of the QTc", EXC),
    # a lead-in, and an inclusion (which may ask for it)
    ("NCT00428194", "Concurrent use of any of the following agents and therapies:", EXC),
    ("NCT00365365", "Concurrent treatment with any other anti-cancer therapy.", INC),
    # a second clause with its own verb: "at the same time" would drift onto "have taken"
    ("NCT02966730", "Concurrent enrollment in another therapeutic investigational study or have taken ibrutinib.",
     EXC),
])
def test_a_same_time_use_that_is_not_a_plain_noun_phrase_keeps_its_words(
    nct_id: str, text: str, kind: SectionKind
) -> None:
    assert use_adverb_opening(text, 0, kind) == []


# ---------------------------------------------------------------------------------------------
# Before and now, or recently

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT01440569", "Previous or current use of darunavir", "You have used or are now using darunavir."),
    ("NCT01122264", "Previous or current treatment with tadalafil or any other phosphodiesterase type 5 (PDE5) "
     "inhibitor.",
     "You have had or are now getting treatment with tadalafil or any other phosphodiesterase type 5 (PDE5) "
     "inhibitor."),
    ("NCT01528254", "Previous or current participation in any vildagliptin clinical study.",
     "You have taken part or are now taking part in any vildagliptin clinical study."),
    # the source's order kept, and "recent" said "recently"
    ("NCT02453386", "Current or recent participation in another study.",
     "You are now taking part or have recently taken part in another study."),
    ("NCT02099461", "Recent use of any non-approved medications or devices",
     "You have recently used any non-approved medicines or devices."),
    ("NCT00770328", "Recent surgery", "You have recently had surgery."),
])
def test_a_use_before_and_now_or_recently_is_the_readers(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    # a plan beside the use: its tense would be a guess
    ("NCT01126450", "Concurrent use or anticipated use of any other anti-cancer agents (except for stable dose "
     "steroid use for control of metastases symptoms) during participation in this study", EXC),
    ("NCT01709110", "Previous or planned kypho- or vertebroplasty", EXC),
    # a single event that would want an article ("You have recently had myocardial infarction")
    ("NCT01441245", "Recent myocardial infarction", EXC),
    ("NCT01401517", "Recent hospitalization (< 30 days) for acute coronary syndrome, myocardial infarction, "
     "congestive heart failure or stroke.", EXC),
    # a second noun phrase with a time word of its own
    ("NCT01500382", "Recent surgery or recent participation in another clinical trial", EXC),
    # a second noun phrase the verb would not fit; an inclusion
    ("constructed", "Current or recent participation in another study, or failure to recover from surgery", EXC),
    ("NCT01440569", "Previous or current use of darunavir", INC),
])
def test_a_use_whose_time_is_not_sure_keeps_its_words(nct_id: str, text: str, kind: SectionKind) -> None:
    assert past_and_present_use(text, 0, kind) == []


# ---------------------------------------------------------------------------------------------
# Before the study: a window that says "during", "Any prior X"

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT01642485", "Treatment with any prescribed medication during the 2 weeks prior to first baseline day.",
     "You have had treatment with any prescribed medicine during the 2 weeks before first baseline day."),
    ("NCT00460941",
     "treatment with any anti-hyperglycemic medication other than metformin monotherapy during last 3 months;",
     "You have had treatment with any anti-hyperglycemic medicine other than metformin monotherapy during the last "
     "3 months."),
    ("NCT00225251", "Use of any psychotropic medication within 1 week of starting study medication",
     "You have used any psychotropic medicine within 1 week of starting study medicine."),
    # "study drug initiation" is the first dose: the weeks up to it are before the study
    ("NCT00932113", "Receipt of any investigational drugs, psoralen+ultraviolet A or oral systemic treatments within "
     "4 weeks of study drug initiation",
     "You have had any experimental drugs, psoralen+ultraviolet A or oral systemic treatments within 4 weeks of "
     "study drug initiation."),
    # a window "prior to initiation of study treatment" masks its own "initiation"
    ("NCT05170204", "Treatment with systemic immunostimulatory agents (including, but not limited to, interferon and "
     "interleukin-2) within 4 weeks or 5 drug-elimination half-lives (whichever is longer) prior to initiation of "
     "study treatment",
     "You have had treatment with systemic immunostimulatory agents (such as interferon and interleukin-2) within 4 "
     "weeks or 5 drug-elimination half-lives (whichever is longer) before the start of study treatment."),
    ("NCT00543842", "Any prior chemotherapy.", "You have had any chemotherapy."),
    ("NCT04780464", "Any prior treatment with anthracyclines", "You have had any treatment with anthracyclines."),
    ("NCT04452435", "Any previous experimental treatment for COVID-19",
     "You have had any experimental treatment for COVID-19."),
])
def test_a_treatment_before_the_study_was_had(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text"), [
    # a use is no treatment had ("You have had any prior use of X")
    ("NCT00412581", "Any prior use of CC-5013."),
    # a second window the rule cannot place, a time to come, a transplant that is no treatment the rule knows
    ("NCT01940887", "Any prior treatment for AMD in the study eye prior to the Day 1 visit, except oral supplements "
     "of vitamins and minerals"),
    ("NCT02223065", "Any prior GI surgery including cholecystectomy (remote history of appendectomy will not be "
     "exclusionary)."),
    ("NCT02174627", "Any prior organ transplant or a scheduled organ transplantation date"),
])
def test_a_prior_use_or_a_window_the_rule_cannot_place_keeps_its_words(nct_id: str, text: str) -> None:
    assert determined_treatment(text, 0, EXC, extract_facts(text)) == []


def test_a_second_use_after_a_window_keeps_its_words() -> None:
    # NCT00833833: "You have used X … or use of Y" would leave the second use without a verb
    text = ("Use of any anti-myeloma drug treatment within 14 days of the start of study drug treatment or use of any "
            "investigational non-drug treatment within 28 days of the start of study drug treatment")
    assert not said(text, EXC).startswith("You")


def test_a_window_in_a_condition_does_not_time_the_use() -> None:
    # NCT02336048: "before study start" times the last dose of the "unless" clause, not the taking part
    text = ("Participation in another clinical study with drug intervention unless the last dose given was more than "
            "5 half-lives of the study product before study start")
    assert not said(text, EXC).startswith("You")


def test_a_use_during_the_study_beside_a_window_before_it_is_said_in_both_tenses() -> None:
    # constructed from NCT00519636's shape: only the window's own "during" is masked, not the study's; the study's
    # "during" is said as the future beside the past (offline_uses_to_come), not as a past use
    assert said("Use of other allergy medications during the past 4 weeks or during the study", EXC) == (
        "You have used or will use other allergy medicines during the past 4 weeks or during the study."
    )


# ---------------------------------------------------------------------------------------------
# A history

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00127712", "History (hx) of atrial fibrillation", "You have had atrial fibrillation."),
    ("NCT04342182", "Medical history of heart failure", "You have had heart failure."),
    ("NCT05048797", "Medical history of myocardial infarction within 6 months prior to randomization",
     "You have had a heart attack in the 6 months before randomization."),
    ("NCT03031795",
     "past medical history of liver disease, renal disease, peptic ulcer disease or recent gastrointestinal bleed,",
     "You have had liver disease, kidney disease, peptic ulcer disease or recent gastrointestinal bleed."),
])
def test_a_medical_history_was_had(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_a_medical_history_of_a_doing_keeps_history() -> None:
    # constructed on the "History of X" guard: a gerund is no condition had ("You have had smoking")
    assert not said("Medical history of smoking within the last 6 months", EXC).startswith("You have had smoking")
