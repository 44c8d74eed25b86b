"""The twenty-second round: criteria that name the person ("If female, …", "For patients on X, …", "Male and female
patients must …", "Patients receiving X are also ineligible", "Patients using X", "Patient under guardianship") put
to the reader, with the cases each must leave as written. Sources are real corpus criteria (NCT id beside each);
`said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# "If female, …": the reader named again before the verb, or a woman's state with no verb

@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("If female, subject is pregnant or breast-feeding.", EXC,  # NCT00649207
     "If you are female, you are pregnant or breastfeeding."),
    ("If female, the patient is pregnant or lactating.", EXC,  # NCT03353753
     "If you are female, you are pregnant or breastfeeding."),
    ("If female, she is pregnant or breastfeeding", EXC,  # NCT01195467
     "If you are female, you are pregnant or breastfeeding."),
    ("If female, pregnant or breastfeeding.", EXC,  # NCT01124630
     "If you are female, you are pregnant or breastfeeding."),
    ("If female, not pregnant", EXC,  # NCT03274440
     "If you are female, you are not pregnant."),
    ("If female, neither pregnant nor nursing.", INC,  # NCT00327327
     "If you are female, you are neither pregnant nor breastfeeding."),
    ("If a woman, must not be breast-feeding or planning to become pregnant during the study.", EXC,  # NCT01507610
     "If you are a woman, you must not be breastfeeding or planning to get pregnant during the study."),
    ("If female, the patient must be at least two years postmenopausal or surgically sterile at Screening.",
     INC,  # NCT00551161
     "If you are female, you must be at least two years postmenopausal or sterilized by surgery at Screening."),
    ("If male, subject is surgically sterile or practicing specific forms of birth control.", INC,  # NCT01554085
     "If you are male, you are sterilized by surgery or practicing specific forms of birth control."),
])
def test_an_if_sex_clause_is_put_to_the_reader(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # a second person beside the reader
    ("If female, participant and partner both agree to use acceptable contraception.", INC),  # NCT01021813
    # the reader's partner named after the rewritten subject: "you" would stand beside "partner(s)"
    ("If male, the patient is willing to commit to an acceptable method of birth control for the duration of the "
     "study, is surgically sterile or exclusively has same-sex partner(s).", INC),  # NCT02513160
    # a noun, not a state: "you are pregnancy" says nothing
    ("If female, pregnancy/breast-feeding.", EXC),  # NCT02411825
])
def test_an_if_sex_clause_stays_where_you_would_change_it(text: str, kind: SectionKind) -> None:
    assert said(text, kind).startswith(text.split(",")[0] + ",")


# ---------------------------------------------------------------------------------------------
# "For patients on X, <rule>" → "If you are on X, <rule>"

@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("For patients on corticosteroids, the dose must be stable for at least one week prior to the first dose of "
     "AP23573", INC,  # NCT00087451
     "If you are on corticosteroids, the dose must be stable for at least one week before the first dose of AP23573."),
    ("For patients who had prior therapy for a low-grade glioma, the surgical diagnosis of a glioblastoma multiforme "
     "will be considered the first relapse", INC,  # NCT00459381
     "If you had past treatment for a low-grade glioma, the surgical diagnosis of a glioblastoma multiforme will be "
     "considered the first relapse."),
    ("For patients who are receiving amantadine or anticholinergics, the dose must have been stable for ≥30 days "
     "prior to screening.", INC,  # NCT01049984
     "If you are getting amantadine or anticholinergics, the dose must have been stable for at least 30 days before "
     "screening."),
    ("For subjects taking allowed antidepressants or other psychotropic medication , the dosing of medication must "
     "have been kept constant for at least 6 weeks before enrollment.", INC,  # NCT00724048
     "If you are taking allowed antidepressants or other psychotropic medicine, the dosing of medicine must have been "
     "kept constant for at least 6 weeks before joining the study."),
])
def test_a_rule_for_some_patients_is_a_condition_of_the_reader(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # "they" in the description: a second name for the reader
    ("For patients with ALL and AML who relapse while they are receiving cytotoxic therapy, at least 14 days must "
     "have elapsed since the completion of cytotoxic therapy.", INC),  # NCT01411267
    # the rule has no subject of its own
    ("For patients on pirfenidone, have been on a steady dose for at least 3 months", INC),  # NCT01136174
    # a measure, not a thing one has ("If you have heart rate …")
    ("For patients with heart rate (HR) 60-100 beats per minute (bpm), no manual read of QTc is required",
     INC),  # NCT02465060
    # a header over its items
    ("For subjects with type 2 diabetes:", INC),  # NCT02212067
    # the rule names the patient again
    ("For participants receiving eantacapone concomitantly,the participant has been receiving entacapone with a "
     "stable dose regimen from the start of the run-in period.", INC),  # NCT02337738
    # no verb in the rule
    ("For patients with diabetes, inability or refusal to use a glucometer for home monitoring of blood glucose",
     EXC),  # NCT00120289
])
def test_a_rule_for_some_patients_stays_where_you_would_change_it(text: str, kind: SectionKind) -> None:
    assert said(text, kind).startswith("For ")


# ---------------------------------------------------------------------------------------------
# "Male and female patients must …": a duty of both sexes is every reader's

@pytest.mark.parametrize(("text", "plain"), [
    ("Male and female patients must use an effective contraceptive method during the study and for a minium of 6 "
     "months after study treatment.",  # NCT00156013
     "You must use an effective birth control method during the study and for a minium of 6 months after study "
     "treatment."),
    ("Women and men must agree to practice adequate birth control during the study.",  # NCT00251589
     "You must agree to practice good enough birth control during the study."),
])
def test_a_duty_of_both_sexes_is_the_readers(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # one group's own duty after the first: "you" would stand for both
    "Men and women must use contraception; women must have a negative pregnancy test",
    # eligibility, not a duty
    "Males and females may participate.",
    # a kept description ("healthy", "volunteers") has no sure singular
    "Healthy male and female volunteers must be nonsmokers",
])
def test_a_duty_of_both_sexes_stays_where_you_would_change_it(text: str) -> None:
    assert not said(text, INC).startswith("You ")


# ---------------------------------------------------------------------------------------------
# Exclusions: a use now, judged ("… are also ineligible"); "using"; "under" and "in" a state

@pytest.mark.parametrize(("text", "plain"), [
    ("Patients receiving thrombolytic therapy within 10 days of starting study treatment are also ineligible.",
     # NCT00621049 (first sentence)
     "You are getting thrombolytic treatment within 10 days of starting study treatment."),
    ("Patients on other investigational drugs while on study will be excluded.",  # NCT00206453
     "You are on other experimental drugs while on study."),
    ("Patients using therapeutic dosages of anticoagulants.",  # NCT00121719
     "You are using therapeutic dosages of blood thinners."),
    ("Patient under guardianship", "You are under guardianship."),  # NCT02906722
    ("Patients under mechanical ventilation", "You are under mechanical ventilation."),  # NCT04691895
    ("Patients in permanent atrial fibrillation", "You are in permanent atrial fibrillation."),  # NCT00174785
    ("Patients currently on other protease inhibitors", "You are now on other protease inhibitors."),
    # NCT02080416
    ("Patients currently being treated with antipsychotics",  # NCT00495820
     "You are now being treated with antipsychotics."),
    ("Patient not fit for general anaesthesia", "You are not fit for general anaesthesia."),  # NCT06370169
])
def test_an_excluded_use_or_state_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_in_whom_is_no_use_or_state_of_the_reader() -> None:
    # "in whom": the clause has a subject of its own, so no "You have …"; translator.offline_in_whom says it
    text = ("Patients in whom the qualifying event was due to a complication of cerebral angiography, a "
            "revascularization procedure or trauma")  # NCT00109382
    assert said(text, EXC).startswith("In your case, the qualifying event was due to")


@pytest.mark.parametrize("text", [
    # a verb of the subject's own after the place
    "Patients in the EIAC cohorts must be presently receiving a stable dose of EIAC",  # NCT00087451 (an inclusion)
    # an exception with "they" after the judgement
    "Patients receiving valproic acid (VPA), an anticonvulsant drug with HDAC inhibitor properties, will be excluded, "
    "unless they are switched to an alternative drug",  # NCT01266031
])
def test_an_excluded_use_or_state_stays_where_you_would_change_it(text: str) -> None:
    assert said(text, EXC).startswith("Patients")


# ---------------------------------------------------------------------------------------------
# Shapes the corpus showed these rules must leave as written

@pytest.mark.parametrize(("text", "kind"), [
    # "in" after "who" starts an aside, not the reader's state
    ("Patients who in their own and/or in the Investigator's opinion, consider ongoing antipsychotic treatment "
     "inadequate, because of insufficient efficacy and/or tolerability.", INC),  # NCT00234377
    # a condition for some, before a colon
    ("Subject in Phase 2 only: must have measurable disease per RECIST 1.1.", INC),  # NCT02289690
    # a second group ("those") and a relative clause that "you" would not agree with
    ("Persons in custody in detention facilities and those serving sentences in correctional facilities.",
     EXC),  # NCT04780035
    ("Subjects in their reproductive age who are breast feeding or have a positive pregnancy test", EXC),  # NCT03600623
    # "you …, who cannot be transferred" reads wrong
    ("Patients receiving warfarin anticoagulation, who cannot be transferred to other agents such as enoxaparin or "
     "dabigatran, and for whom anticoagulants cannot be held for up to 24 hours will be excluded.",
     EXC),  # NCT01143545
])
def test_a_named_subject_stays_where_you_would_change_it(text: str, kind: SectionKind) -> None:
    assert said(text, kind).split()[0] in ("Patients", "Subject", "Persons", "Subjects")


@pytest.mark.parametrize(("text", "kind"), [
    # no state of the reader's: "If you are no past orchiectomy", "If you are subjects experience", "If you are used"
    ("If no prior orchiectomy, patients must remain on testicular androgen suppression (e.g., with an LHRH analogue)",
     INC),  # NCT00293371
    ("If subjects experience claudication symptoms, subjects must have stable lower extremity symptoms for at least "
     "1 month prior to Screening.", INC),  # NCT01401517
    ("If used for ≥3 years cumulatively, subject is ineligible.", EXC),  # NCT02014467
])
def test_an_if_clause_that_is_no_state_of_the_reader_stays(text: str, kind: SectionKind) -> None:
    assert not said(text, kind).startswith("If you")


# ---------------------------------------------------------------------------------------------
# "Patients with the following X:": the colon of a list the reader has, not of a condition for some

@pytest.mark.parametrize(("text", "plain"), [
    ("Subjects with the following diseases: Cancer, Asthma, Chronic Respiratory Disease",  # NCT04602871
     "You have these diseases: Cancer, Asthma, Chronic Respiratory Disease."),
    ("Patients with any of the following DSM-IV diagnoses: Delirium, Dementia, Amnestic, or other Cognitive "
     "Disorders.",  # NCT00220636 (first sentence)
     "You have any of these Diagnostic and Statistical Manual of Mental Disorders (DSM-IV) diagnoses: Delirium, "
     "Dementia, Amnestic, or other Cognitive Disorders."),
])
def test_a_list_the_reader_has_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # the judgement before the colon: the list is what excludes
    "Patients with any of the following pulmonary function abnormalities will be excluded: FEV, < 30% predicted; "
    "DLCO < 30% predicted (post-bronchodilator); Oxygen Saturation less than 90% on room air.",  # NCT01143545
    # more than a list's name before the colon
    "Subjects with any of the following conditions present on the test area: viral (e.g. herpes or varicella) "
    "lesions of the skin, fungal and bacterial skin infections",  # NCT01607853
])
def test_a_list_after_more_than_its_name_stays(text: str) -> None:
    assert said(text, EXC).startswith(("Patients with", "Subjects with"))


# ---------------------------------------------------------------------------------------------
# "Subjects who, in the investigator's judgment, pose …": the judged reader

@pytest.mark.parametrize(("text", "plain"), [
    ("Subjects who, in the investigator's judgment, pose a significant suicide risk.",  # NCT02105987 (first sentence)
     "You pose a significant suicide risk. The study doctor decides this."),
    ("Subject who in the investigator's opinion is unable to complete the study",  # NCT01905059
     "You are unable to complete the study. The study doctor decides this."),
    ("Participants who, in the judgement of the investigator are likely to die in the next 7 days.",  # NCT04779879
     "You are likely to die in the next 7 days. The study doctor decides this."),
    # a later sentence: the judgement stays where it is, said plainly
    ("Subject who, in the investigator's opinion, poses a significant suicide risk. Evidence of serious suicide risk "
     "may include any history of suicidal behavior.",  # NCT03372603 (first two sentences, shortened)
     "You, in the study doctor's view, pose a significant suicide risk. Signs of serious suicide risk may include any "
     "history of suicidal behavior."),
])
def test_a_judged_reader_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # "the patient's safety" is the reader's
    ("Patients who, in the judgment of the Investigator, may be at risk for dehydration or volume depletion that may "
     "affect the patient's safety and/or the interpretation of efficacy or safety data.",  # NCT02471404
     "You may be at risk for dehydration or volume depletion that may affect your safety and/or the interpretation of "
     "efficacy or safety data. The study doctor decides this."),
])
def test_a_judged_readers_later_mention_is_yours(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # two judges
    "The participant who, in the opinion of the investigator or sub-investigator, is unsuitable for any other reason.",
    # NCT02337725
    # taking part judged: the exclusion said again under its heading
    "Subjects who in the opinion of the investigator should not be enrolled in the study because of the precautions,"
    "warnings or contraindications outlined in the topiramate package insert.",  # NCT01087736
    # a second group of patients
    "Patients who in the Investigator's opinion may need to start a pulmonary rehabilitation program during the study "
    "and/or patients who started/finished it within 3 months prior to Screening.",  # NCT02796677
    # a plural complement "you" would not agree with ("You would not be good candidates")
    "Subjects who in the judgment of the investigator would not be good candidates due to medical, psychiatric, or "
    "social conditions which may interfere with or serve as a contradiction to adherence to the study protocol.",
    # NCT00500747
])
def test_a_judged_reader_stays_where_you_would_change_it(text: str) -> None:
    assert not said(text, EXC).startswith("You")
