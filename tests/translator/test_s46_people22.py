"""Later clauses that still named "patients"/"subjects" after a first sentence put to the reader (round people22):
a clause after "; patients …" and a closing "(patients …)" note read as later sentences
(translator.offline_later_clauses, offline_later_subjects), a doctor named past the main verb who only grants or
checks what the sentence says of the reader (offline_judges.without_deciders), the verdicts "not necessarily
excluded", "acceptable", "considered eligible" (offline_subjects_words.JUDGED_MAIN) and "Subjects who answer …".
Each has real corpus cases that change, and near cases about other people, or with more description after the
verdict, that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # a clause after a semicolon: an extra condition for the reader, its numbers kept
            "No prior chemotherapy for metastatic pancreatic cancer; patients who have received any chemotherapy and/or"
            " radiation therapy in the adjuvant setting must have completed this therapy ≥6 months prior to enrollment"
            " on the trial at the time of recurrence",
            "You have had no chemotherapy for metastatic pancreatic cancer. If you have had any chemotherapy and/or"
            " radiation treatment in the adjuvant setting, you must have finished this treatment at least 6 months"
            " before enrollment on the trial at the time of recurrence.",
        ),
        (  # a closing note: an exception for the reader, its modal kept
            "be taking methadone as a maintenance medication (participants taking methadone for pain may be enrolled)",
            "You are taking methadone as a maintenance medicine. If you are taking methadone for pain, you may be"
            " enrolled.",
        ),
        (  # its "when" clause kept
            "Adequate biliary drainage, with no evidence of ongoing infection (patients on maintenance antibiotics are"
            " eligible when acute sepsis has resolved).",
            "You have good enough biliary drainage, with no signs of ongoing infection. If you are on maintenance"
            " antibiotics, you are eligible when acute sepsis has resolved.",
        ),
        (  # "their" of the reader becomes "your" with it
            "Receiving first or second retroviral regimen (participants receiving a NNRTI at Screening must be on their"
            " first retroviral regimen)",
            "You are receiving first or second retroviral regimen. If you are getting a NNRTI at Screening, you must be"
            " on your first retroviral regimen.",
        ),
        (  # the bare subject's duty
            "Any history of previous NSCLC and/or any history of prior treatment for NSCLC (patients must be newly"
            " diagnosed with unresectable Stage III disease)",
            "You have any history of past non-small cell lung cancer (NSCLC) and/or any history of past treatment for"
            " NSCLC. You must be newly diagnosed with unresectable Stage III disease.",
        ),
        (  # a semicolon before the note is no stop of its own
            "Total Bilirubin ≤ 1.5 x ULN; (Patients with known Gilbert's syndrome are allowed with a Total Bilirubin"
            " ≤ 2.5 x ULN)",
            "Your total bilirubin is no more than 1.5 times the upper limit of normal. If you have known Gilbert's"
            " syndrome, you are allowed with a Total Bilirubin no more than 2.5 times the upper limit of normal.",
        ),
        (  # a connective before the subject ("note:"), its "they" the reader's: the new sentence opens with a capital
            "Has a current (active) diagnosis of acute hepatitis due to any cause (note: participants with chronic"
            " hepatitis B and C may enter the study as long as they fulfill all entry criteria, have stable liver"
            " function tests, and have no significant impairment of hepatic synthetic function)",
            "You have a current (active) diagnosis of acute hepatitis due to any cause. Note: If you have chronic"
            " hepatitis B and C, you may enter the study as long as you fulfill all entry criteria, have stable liver"
            " function tests, and have no significant impairment of liver synthetic function.",
        ),
        (  # NCT03474081 (was in test_offline_audit3 as a "they" of others): the note's "they" is the reader's
            "Subjects with a current diagnosis of asthma. (Subjects with a prior history of asthma are eligible if they"
            " have a current diagnosis of COPD).",
            "You have a current diagnosis of asthma. If you have had asthma, you can take part if you have a current"
            " diagnosis of COPD.",
        ),
        (  # NCT02153632: a semicolon that ends the criterion holds no clause after the rewrite
            "Inadequately treated Major Depressive Disorder. Subjects on stable doses of selective serotonin reuptake"
            " inhibitors (SSRIs) or serotonin-norepinephrine reuptake inhibitors (SNRIs) are eligible for the study;",
            "You have inadequately treated Major Depressive Disorder. If you are on stable doses of selective serotonin"
            " reuptake inhibitors (SSRIs) or serotonin-norepinephrine reuptake inhibitors (SNRIs), you can take part.",
        ),
    ],
)
def test_a_later_clause_on_the_readers_group_speaks_to_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # the investigator and the sponsor grant the exception: the reader is still the one described
            "Pericardial or pleural effusion (eg, requiring drainage) or pericardial involvement with the tumor."
            " Participants with minimal pleural effusion may be eligible upon request by Investigator and approval by"
            " Sponsor.",
            "You have pericardial or pleural effusion (such as needing drainage) or pericardial involvement with the"
            " tumor. If you have minimal pleural effusion, you may be eligible upon request by Investigator and"
            " approval by Sponsor.",
        ),
        (  # "Subjects who answer …", and the investigator who sees the reader
            'Subject answers "yes" to "Suicidal Ideation" item 4 (active suicidal ideation with some intent to act,'
            " without specific plan) or item 5 (active suicidal ideation with specific plan and intent) on the C-SSRS"
            ' assessment at screening (in the past month). Subjects who answer "yes" to this question must be referred'
            " to the Investigator for follow-up evaluation.",
            'You answer "yes" to "Suicidal Ideation" item 4 (active thoughts of suicide with some intent to act,'
            " without specific plan) or item 5 (active thoughts of suicide with specific plan and intent) on the"
            " Columbia Suicide Severity Rating Scale (C-SSRS) assessment at screening (in the past month). If you"
            ' answer "yes" to this question, you must be referred to the study doctor for follow-up evaluation.',
        ),
        (  # "should" kept, and the physician's discretion
            "Active central nervous system (CNS) metastases. Patients with neurological symptoms should undergo a head"
            " CT scan or brain MRI to exclude brain metastasis, at the discretion of the treating physician.",
            "You have active central nervous system (CNS) metastases. If you have neurological symptoms, you should"
            " have a head CT scan or brain MRI to exclude brain metastasis, as the treating doctor decides.",
        ),
        (  # "not necessarily excluded": the verdict with its "not" and its hedge
            "Subject is currently considered a suicide risk in the opinion of the Investigator, has previously made a"
            " suicide attempt, or has a prior history of, or is currently demonstrating active suicidal ideation."
            " Subjects with intermittent passive suicidal ideation are not necessarily excluded based on the"
            " assessment of the Investigator",
            "You are now considered a suicide risk in the study doctor's view, have previously made a suicide attempt,"
            " or have a past history of, or are now showing active thoughts of suicide. If you have intermittent"
            " passive thoughts of suicide, you are not necessarily excluded based on the assessment of the study"
            " doctor.",
        ),
        (  # "are acceptable" (said "you can join" by the plain words)
            "Subjects who meet the Diagnostic and Statistical Manual of Mental Disorders, 5th edition text revision"
            " (DSM-V-TR) defined criteria for major depressive episode (MDE) within the last 6 months. Subjects with"
            " mild, chronic depression without recent hospitalization who are being maintained on a stable dose of a"
            " single antidepressant are acceptable.",
            "You meet the Diagnostic and Statistical Manual of Mental Disorders, 5th edition text revision (DSM-V-TR)"
            " defined criteria for major depressive episode (MDE) within the last 6 months. If you have mild, chronic"
            " depression without recent hospital stay and are being maintained on a stable dose of a single"
            " antidepressant, you can join.",
        ),
    ],
)
def test_a_later_verdict_or_duty_with_a_doctor_in_it_speaks_to_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # other people: those enrolled in parts of the study, kept after the semicolon
            "Patients who are receiving corticosteroids must be on a stable or decreasing dose for at least 1 week"
            " prior to registration; patients enrolled in the molecular biology and phase II components of the study"
            " will not be stratified based on steroid use",
            "If you are getting corticosteroids, you must be on a stable or decreasing dose for at least 1 week before"
            " joining the study; patients enrolled in the molecular biology and phase II components of the study will"
            " not be stratified based on steroid use.",
        ),
        (  # a group the reader may not be in, in a closing note
            "Known HIV infection (patients in the Diabetic Expansion Cohort must have a fasting glucose of ≤ 150"
            " mg/dL).",
            "You are known to have HIV infection. Patients in the Diabetic Expansion Cohort must have a fasting"
            " glucose of 150 mg/dL or less.",
        ),
        (  # more of the description after the verdict: "you can join, as well as ECOG 0 and 1" would misread it
            "Eastern Cooperative Oncology Group (ECOG) (Appendix D) Performance status of 0 or 1 (Patients with disease"
            " related ECOG 2 are allowed, in addition to ECOG 0 and 1).",
            "Your ECOG (Appendix D) Performance status is 0 or 1. Patients with disease related ECOG 2 are allowed, as"
            " well as ECOG 0 and 1.",
        ),
        (  # the past tense: what was decided of others, not a condition on the reader
            "Total bilirubin > 2.0 mg/dl (participants with documented Gilbert's syndrome were not excluded based on"
            " this criterion),",
            "Your total bilirubin is more than 2 mg/dL. Participants with recorded Gilbert's syndrome were not excluded"
            " based on this criterion.",
        ),
        (  # an "if" before the semicolon may hold for the clause after it: the clauses stay as they are
            "Patients with a history of impaired cardiac status (including history of severe coronary artery disease,"
            " cardiomyopathy, congestive heart failure or arrhythmia); if the patient's history is questionable, a"
            " measurement of left ventricular ejection fraction should be obtained within 42 days prior to"
            " registration; patients with left ventricular ejection fraction < 50% are not eligible",
            "You have a history of impaired heart status (including history of severe coronary artery disease, heart"
            " muscle disease, congestive heart failure or arrhythmia); if the patient's history is questionable, a"
            " measurement of left ventricular ejection fraction should be obtained in the 42 days before joining the"
            " study; patients with left ventricular ejection fraction less than 50% cannot take part.",
        ),
        (  # "If you …, you may be eligible …; baseline measurements …" would make the "if" hold for what follows
            "Patients with measurable disease; patients with non-measurable but evaluable disease may be eligible"
            " after discussion with the principal investigator (PI); baseline measurements and evaluations must be"
            " obtained within 6 weeks of registration to the study",
            "You have measurable disease; patients with non-measurable but evaluable disease may be eligible after"
            " discussion with the principal investigator (PI); baseline measurements and evaluations must be obtained"
            " within 6 weeks of registration to the study.",
        ),
        (  # NCT00050349 (Chia): a second duty with a subject of its own after "and" stays outside any "If you …"
            "Patients on Sandostatin Lar (long acting somatostatin analogue) must be on a stable dose for 30 days prior"
            " to study entry and short acting somatostatin analogues must be judged to be on a clinically stable dose"
            " by the investigator prior to study entry",
            "Patients on Sandostatin Lar (long acting somatostatin analogue) must be on a stable dose for the 30 days"
            " before study entry and short acting somatostatin analogues must be judged to be on a clinically stable"
            " dose by the study doctor before joining the study",
        ),
        (  # a requirement worded as what the doctor will find stays no promise to the reader
            "The participants with controlled and stable blood pressure will not need any change in the dose of"
            " antihypertensive drugs (including discontinuation and suspension) or additional antihypertensive drugs"
            " during the study period as assessed by the investigator or subinvestigator.",
            "The participants with controlled and stable blood pressure will not need any change in the dose of"
            " antihypertensive drugs (including discontinuation and suspension) or extra antihypertensive drugs during"
            " the study as checked by the study doctor or subinvestigator.",
        ),
    ],
)
def test_a_later_clause_about_other_people_stays(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00099645: "or are" still the "who" clause's verb; the verdict "are not excluded" comes after it
            "Serious illness requiring systemic treatment or hospitalization. Patients who complete therapy or are"
            " clinically stable on therapy for at least 14 days prior to study entry are not excluded.",
            "You have a serious illness needing systemic treatment or hospital stay. If you complete treatment or are"
            " clinically stable on treatment for at least 14 days before study entry, you are not excluded.",
        ),
        (  # a "that" clause after "with HIV" may be the disease's: "If you have HIV that are …" would misread it
            "Subjects with known active HIV infection. Subjects with HIV that are under a stable anti-retroviral"
            " regimen and have no evidence of immune deficiency (normal CD4 counts), undetectable viral load, and no"
            " HIV-related infections are eligible",
            "You have known active HIV infection. Subjects with HIV that are under a stable anti-retroviral"
            " regimen and have no signs of immune deficiency (normal CD4 counts), undetectable viral load, and no"
            " HIV-related infections can take part.",
        ),
    ],
)
def test_a_who_clause_goes_on_to_the_verdict(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # "These participants" right after "You have …": the reader just described; "may have received" kept
            "Have histological or cytological diagnosis of adenocarcinoma of the pancreas that is locally advanced or"
            " metastatic and not amenable to resection with curative intent. These participants may have received"
            " prior chemotherapy, radiotherapy, cancer-related hormone therapy, or other investigational therapy as"
            " treatment or chemotherapy.",
            "You have a histological or cytological diagnosis of adenocarcinoma of the pancreas that is locally"
            " advanced or metastatic and not amenable to resection with curative intent. You may have had chemotherapy,"
            " radiation treatment, cancer-related hormone treatment, or other experimental treatment as treatment or"
            " chemotherapy.",
        ),
        (  # after "If you have X, you are eligible …" "these patients" are those with X, not every reader: kept
            "Patients who have recurred following prior adjuvant or neo-adjuvant cytokine therapy for RCC are eligible"
            " to participate without receiving a first-line systemic treatment for locally advanced or metastatic RCC."
            " These patients should be stratified as the first-line population.",
            "If you have recurred following past adjuvant or neo-adjuvant cytokine treatment for renal cell carcinoma"
            " (RCC), you are eligible to take part without getting a first-line systemic treatment for locally"
            " advanced or metastatic RCC. These patients should be stratified as the first-line population.",
        ),
    ],
)
def test_these_patients_right_after_the_readers_sentence(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00836628: after "If you have X, you may be enrolled;" a bare "Patients MUST …" may mean those with X
            "Patients with seizure disorder may be enrolled; Patients MUST be on an anti-seizure medication upon"
            " enrollment, but this medication CANNOT be phenytoin or carbamezepine.",
            "If you have a seizure disorder, you may be enrolled; Patients MUST be on an anti-seizure medicine upon"
            " enrollment, but this medicine CANNOT be phenytoin or carbamezepine.",
        ),
        (  # NCT00095940: and the sentence's other clauses stay joined with it, as written
            "Patients with seizure disorder may be enrolled if well controlled; patients receiving enzyme inducing"
            " anticonvulsants are not eligible for this study; patients must be off EIACD for at least 2 weeks prior"
            " to registration",
            "If you have a seizure disorder, you may be enrolled if well controlled; patients getting enzyme inducing"
            " anticonvulsants cannot take part; patients must be off enzyme-inducing antiepileptic drug (EIACD) for at"
            " least 2 weeks before joining the study.",
        ),
    ],
)
def test_a_bare_duty_after_a_condition_stays_joined(source: str, plain: str) -> None:
    assert said(source) == plain
