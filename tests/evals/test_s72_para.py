"""Faithful wordings of the 150 held-out paraphrases written in the session of 2026-12-06 18:51 that the checks refused
out of sample (checks-39), each beside a planted wrong version of the same bullet that must still be flagged. Sources
are the corpus criteria as the parser gives them (`evals/data/paraphrases_heldout.jsonl`)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts

# (case, source, section, faithful bullet, planted bullet, what the planted one draws)
CASES = [
    ('NCT02109562:E3',
     'Subjects who have received a depot antipsychotic within 120 days of screen',
     EXC,
     'You have received a long-acting injected (depot) antipsychotic within 120 days of screening.',
     'You have received a long-acting injected (depot) antipsychotic within 120 days of randomization.',
     ['fact_changed']),
    ('NCT00529100:I1.5',
     ('Female patients of child-bearing potential must test negative for pregnancy at the time of enrollment based '
      'on a serum pregnancy test. Male and female patients must agree to use a reliable method of birth control '
      'during and for 3 months following the last dose of study drug.'),
     INC,
     ('If you are a woman who can become pregnant, a blood (serum) pregnancy test at enrollment must be negative. '
      'Men and women must agree to use a reliable method of birth control during the study and for 3 months after '
      'the last dose of study drug.'),
     ('If you are a woman who can become pregnant, a blood (serum) pregnancy test at enrollment must be negative. '
      'Men and women must agree to use a reliable method of birth control during screening and for 3 months after '
      'the last dose of study drug.'),
     ['fact_changed']),
    ('NCT02412878:I7.2',
     'Urine M-protein ≥ 200 mg/24 hours',
     INC,
     'M-protein in your urine of 200 mg/24 hours or more',
     'M-protein in your urine of 200 mg/24 hours or less',
     ['fact_changed']),
    ('NCT00255489:I2',
     'Patients requiring low dose palliative thoracic irradiation to a field size of less than or equal to 150cm2',
     INC,
     ('You need low-dose palliative radiation to the chest (thoracic irradiation) to a field size of 150cm2 or '
      'smaller.'),
     ('You need low-dose palliative radiation to the chest (thoracic irradiation) to a field size of 150cm2 or '
      'larger.'),
     ['fact_changed']),
    ('NCT02152930:E8',
     'Contra indications for the use of omega-3 fatty acids',
     EXC,
     'You have a reason you should not use omega-3 fatty acids (a contraindication).',
     'You have a reason you should use omega-3 fatty acids.',
     ['negation_dropped']),
    ('NCT01174550:E6',
     'Contraindication to undergoing a coronary tomographic angiography (CTA), including but not limited to:',
     EXC,
     ('There is a reason you cannot have a CT scan of the heart arteries (coronary tomographic angiography, CTA), '
      'including but not limited to:'),
     ('There is a reason you can have a CT scan of the heart arteries (coronary tomographic angiography, CTA), '
      'including but not limited to:'),
     ['negation_dropped']),
    ('NCT03241472:I1',
     'All primary and secondary. Infertility due to anovulation',
     INC,
     'You have primary or secondary infertility caused by not ovulating (anovulation).',
     'You have primary or secondary infertility caused by ovulating (anovulation).',
     ['join_turned', 'negation_dropped']),
    ('NCT01926496:E1.3',
     'within 5 cm of an incompletely healed wound',
     EXC,
     'within 5 cm of a wound that has not fully healed',
     'within 5 cm of a wound that has fully healed',
     ['negation_dropped']),
    ('NCT02030600:E2',
     ('Use of any other anti-diabetic agent(s) than those stated in the inclusion criteria within the last 26 weeks '
      'prior to Visit 1'),
     EXC,
     ('You have used any diabetes medicine(s) other than those stated in the inclusion criteria within the last 26 '
      'weeks before Visit 1.'),
     ('You have used any diabetes medicine(s) stated in the inclusion criteria within the last 26 weeks before '
      'Visit 1.'),
     ['negation_dropped']),
    ('NCT02614586:I4',
     ('Are on a stable dose of single second-generation antipsychotics (SGA) for at least 2 months prior to '
      'Screening as documented by medical history and assessed by site staff.'),
     INC,
     ('You have been on a stable dose of one second-generation antipsychotic (SGA) for at least 2 months before '
      'Screening, as shown in your medical history and checked by the site staff.'),
     ('You have been on a stable dose of two second-generation antipsychotics (SGA) for at least 2 months before '
      'Screening, as shown in your medical history and checked by the site staff.'),
     ['fact_invented']),
    ('NCT02848313:I2.3',
     'Geographic atrophy may be multifocal, but the cumulative GA lesion size must be:',
     INC,
     ('Your geographic atrophy (GA) may be in more than one spot (multifocal), but the total size of the GA lesions '
      'must be:'),
     ('Your geographic atrophy (GA) may be in more than two spots (multifocal), but the total size of the GA '
      'lesions must be:'),
     ['fact_invented']),
    ('NCT02335346:I1.1',
     'Participants who have completed the 15-week treatment in the preceding study HMGX.',
     INC,
     'You have completed the 15-week treatment in the earlier study HMGX.',
     'You have completed the 12-week treatment in the earlier study HMGX.',
     ['fact_changed']),
    ('NCT00509145:I4.1',
     'At least one documented relapse in the 12 months prior to screening',
     INC,
     'At least one confirmed (documented) relapse in the 12 months before screening',
     'At least one severe (documented) relapse in the 12 months before screening',
     ['fact_invented']),
    ('NCT02042690:E2.1',
     'Ph+ALL',
     EXC,
     'Philadelphia chromosome-positive ALL (Ph+ALL)',
     'Philadelphia chromosome-negative ALL (Ph+ALL)',
     ['fact_invented']),
    ('NCT02372240:I2.3',
     'Serum immunoglobulin free light chain >10 mg/dL AND abnormal kappa/lambda ratio (reference 0.26-1.65)',
     INC,
     ('a serum immunoglobulin free light chain above 10 mg/dL AND an abnormal kappa/lambda ratio (normal range '
      '0.26-1.65)'),
     ('a serum immunoglobulin free light chain above 10 mg/dL AND a normal kappa/lambda ratio (normal range '
      '0.26-1.65)'),
     ['fact_changed']),
    ('NCT00003060:I1',
     ('Biopsy proven relapsed malignant melanoma that has failed prior standard regimen for metastatic disease Must '
      'have HLA-matched or related bone marrow donor (5- or 6-antigen match) No history of CNS metastases'),
     INC,
     ('Your malignant melanoma has come back (relapsed), is confirmed by biopsy, and has not responded to an '
      'earlier standard treatment for disease that has spread (metastatic). You must have an HLA-matched or related '
      'bone marrow donor (5- or 6-antigen match). You have no history of cancer spread to the brain or spinal cord '
      '(CNS metastases).'),
     ('Your malignant melanoma has come back (relapsed), is confirmed by biopsy, and has responded to an earlier '
      'standard treatment for disease that has spread (metastatic). You must have an HLA-matched or related bone '
      'marrow donor (5- or 6-antigen match). You have no history of cancer spread to the brain or spinal cord (CNS '
      'metastases).'),
     ['negation_dropped']),
    ('NCT00295672:E1',
     ('metastatic disease, small Cell lung carcinoma, prior chemotherapy, prior radiotherapy, resecable tumor, any '
      'instable systemic disease, any other malignancies within 5 years,'),
     EXC,
     ('You have any of these: cancer that has spread (metastatic disease), small cell lung cancer, earlier '
      'chemotherapy, earlier radiation therapy, a tumor that can be removed by surgery (resectable), any unstable '
      'disease affecting the whole body, or any other cancer within 5 years.'),
     ('You have any of these: cancer that has spread (metastatic disease), small cell lung cancer, earlier '
      'chemotherapy, earlier radiation therapy, a tumor that can be removed by surgery (resectable), any stable '
      'disease affecting the whole body, or any other cancer within 5 years.'),
     ['negation_dropped']),
    ('NCT02475681:I5.1',
     ('ANC ≥ 750 cells/μL, or ≥ 500 cells/μL in subjects with documented bone marrow involvement, and independent '
      'of growth factor support 7 days before assessment.'),
     INC,
     ('Your absolute neutrophil count (ANC) is 750 cells/μL or more, or 500 cells/μL or more if your bone marrow is '
      'shown to be involved. This must be without growth factor support in the 7 days before the test.'),
     ('Your absolute neutrophil count (ANC) is 750 cells/μL or more, or 500 cells/μL or more if your bone marrow is '
      'shown to be involved. This must not be without growth factor support in the 7 days before the test.'),
     ['negation_added', 'double_negative']),
    ('NCT02412878:I7.3',
     ('In subjects without detectable serum or urine M-protein, serum free light chain (SFLC) > 100 mg/L (involved '
      'light chain) and an abnormal serum kappa lambda ratio'),
     INC,
     ('if no M-protein can be detected in your blood or urine: a serum free light chain (SFLC) level above 100 mg/L '
      '(involved light chain) and an abnormal serum kappa lambda ratio'),
     ('if M-protein can be detected in your blood or urine: a serum free light chain (SFLC) level above 100 mg/L '
      '(involved light chain) and an abnormal serum kappa lambda ratio'),
     ['negation_dropped']),
    ('NCT02353871:E11',
     ('Treatment with an experimental drug or use of any experimental device within 30 days prior to the start of '
      'the study and during the conduct of the study.'),
     EXC,
     ('You have had treatment with an experimental drug or used any experimental device within 30 days before the '
      'study starts, or during the study.'),
     ('You have had treatment with an experimental drug or used any experimental device within 30 days before the '
      'study starts, or during screening.'),
     ['fact_changed', 'fact_invented']),
    ('NCT00887354:I2',
     ('Lumbar spine BMD and/or femoral neck BMD and/or total hip BMD measurement of the contra lateral hip at least '
      '2.0 SDs (standard deviation) below the average bone mass for young women and men'),
     INC,
     ('Your bone mineral density (BMD) measured at the lower spine (lumbar spine) and/or the neck of the thigh bone '
      '(femoral neck) and/or the whole hip on the other side (contra lateral hip) is at least 2.0 standard '
      'deviations (SDs) below the average bone mass for young women and men.'),
     ('Your bone mineral density (BMD) measured at the lower spine (lumbar spine) and/or the neck of the thigh bone '
      '(femoral neck) is at least 2.0 standard deviations (SDs) below the average bone mass for young women and men.'),
     ['content_missing']),
    ('NCT00590460:I4',
     ('Availability of an HLA matched or mismatched (up to one haplotype) family member who has been documented not '
      'to have Fanconi anemia or of an unrelated HLA matched stem cell donor. Fully matched is defined at 6/6 match '
      'by high resolution DR based DNA typing.'),
     INC,
     ('You have an available family member who is an HLA match or mismatch (by up to one haplotype) and has been '
      'shown not to have Fanconi anemia, or an unrelated HLA-matched stem cell donor. Fully matched means a 6/6 '
      'match by high-resolution DR-based DNA typing.'),
     ('You have an available family member who is an HLA match or mismatch (by up to one haplotype) and has been '
      'shown not to have Fanconi anemia, or an unrelated stem cell donor. Fully matched means a 6/6 match by '
      'high-resolution DR-based DNA typing.'),
     ['content_missing']),
    ('NCT02080195:I1',
     ('Four or more American College of Rheumatology (ACR) criteria for the classification of SLE or 4 or more of '
      'the SLICE criteria'),
     INC,
     ('You meet 4 or more of the American College of Rheumatology (ACR) criteria for classifying lupus (SLE), or 4 '
      'or more of the SLICE criteria.'),
     ('You meet 3 or more of the American College of Rheumatology (ACR) criteria for classifying lupus (SLE), or 4 '
      'or more of the SLICE criteria.'),
     ['fact_invented']),
    ('NCT02520388:I12',
     ('A medically highly effective form of birth control must be used during the study and for 90 days thereafter '
      'for subjects of either sex of childbearing potential. Examples of medically highly effective forms of birth '
      'control are as follows:'),
     INC,
     ('If you are a man or woman who can have children, you must use a medically highly effective form of birth '
      'control during the study and for 90 days after it. Examples of medically highly effective birth control are:'),
     ('If you are a man or woman who can have children, you must use a medically highly effective form of birth '
      'control during the study and for 60 days after it. Examples of medically highly effective birth control are:'),
     ['fact_changed']),
    ('NCT00096005:I36.1',
     'Patients with residual peripheral neuropathy ≤ grade 1 due to oxaliplatin therapy allowed',
     INC,
     ('If you have leftover (residual) nerve damage in the hands or feet (peripheral neuropathy) of grade 1 or less '
      'due to oxaliplatin therapy, you are allowed to join.'),
     ('If you have leftover (residual) nerve damage in the hands or feet (peripheral neuropathy) of grade 1 or less '
      'due to oxaliplatin therapy, you are not allowed to join.'),
     ['negation_added', 'negation_dropped']),
    ('NCT00469209:I1.1',
     ('Consolidation of a partial remission (defined as a decrease but continued presence of monoclonal protein on '
      'serum and urine immunofixation electrophoresis, and/or the presence of plasmacytosis on bone marrow aspirate '
      'and biopsy)'),
     INC,
     ('Consolidation of a partial remission, meaning the monoclonal protein has gone down but is still present on '
      'serum and urine immunofixation electrophoresis, and/or plasma cells are present (plasmacytosis) on bone '
      'marrow aspirate and biopsy.'),
     ('Consolidation of a partial remission, meaning the monoclonal protein has gone up but is still present on '
      'serum and urine immunofixation electrophoresis, and/or plasma cells are present (plasmacytosis) on bone '
      'marrow aspirate and biopsy.'),
     ['fact_changed']),
    ('NCT02759107:E4.1',
     ('Have had more than 1 episode of severe hypoglycemia, as defined by the American Diabetes Association '
      'criteria, within 6 months before entry into the study or has a history of hypoglycemia unawareness or poor '
      'recognition of hypoglycemic symptoms'),
     EXC,
     ('You have had more than 1 episode of severe low blood sugar (hypoglycemia), as defined by the American '
      'Diabetes Association, within 6 months before entering the study, or you have a history of not noticing low '
      'blood sugar (hypoglycemia unawareness) or poorly recognizing its symptoms.'),
     ('You have had more than 1 episode of severe low blood sugar (hypoglycemia), as defined by the American '
      'Diabetes Association, within 6 months before entering the study, or you have no history of not noticing low '
      'blood sugar (hypoglycemia unawareness) or poorly recognizing its symptoms.'),
     ['negation_added']),
    ('NCT00623714:I6',
     ('Patient is willing to avoid strenuous physical activity (i.e., strenuous or unaccustomed weight lifting, '
      'running, bicycling, etc.) for 72 hours prior to each visit when laboratory safety tests are obtained and 48 '
      'hours prior to allergen challenge'),
     INC,
     ('You are willing to avoid hard physical activity (for example, strenuous or unusual weight lifting, running '
      'or cycling) for 72 hours before each visit where lab safety tests are done, and for 48 hours before the '
      'allergen challenge.'),
     ('You are willing to avoid hard physical activity (for example, strenuous or unusual weight lifting, running '
      'or cycling) for 24 hours before each visit where lab safety tests are done, and for 48 hours before the '
      'allergen challenge.'),
     ['fact_changed']),
    ('NCT02775006:I6.2',
     ('Hepatic: bilirubin ≤1.5 x ULN (upper limit normal), AP, ALT, AST ≤ 1.5 x ULN. AP, ALT, and AST ≤5 x ULN is '
      'acceptable if the liver has tumor involvement.'),
     INC,
     ('Liver: your bilirubin is 1.5 x ULN (upper limit of normal) or less, and AP, ALT and AST are 1.5 x ULN or '
      'less. AP, ALT and AST of 5 x ULN or less are acceptable if the tumor involves your liver.'),
     ('Liver: your bilirubin is 1.5 x ULN (upper limit of normal) or more, and AP, ALT and AST are 1.5 x ULN or '
      'less. AP, ALT and AST of 5 x ULN or less are acceptable if the tumor involves your liver.'),
     ['fact_invented']),
]


@pytest.mark.parametrize(("case", "source", "kind", "faithful", "planted", "drawn"), CASES, ids=[c[0] for c in CASES])
def test_faithful_wording_passes_and_planted_error_is_flagged(case: str, source: str, kind: SectionKind, faithful: str,
                                                              planted: str, drawn: list[str]) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, planted, kind) == drawn


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in extract_facts(text)]


def test_near_misses_keep_their_reading() -> None:
    # a window before the study, not the past study of "the preceding study HMGX"
    assert _facts("the 7 days preceding the study") == [("temporal", "7 days preceding the study")]
    # "second-line" after a number is no time in seconds; "in one second" still is
    assert _facts("2 second-line therapies") == [("value", "2")]
    assert _facts("FEV1 in one second") == [("temporal", "in one second")]
    # "cannot be detected" stays the negation cue it is; "can be detected" says "detectable"
    assert [f.kind for f in extract_facts("it cannot be detected")] == [FactKind.NEGATION]
    assert _facts("if M-protein can be detected") == [("value", "can be detected")]
    # "has gone down" is a decrease; "gone down to Grade 1" is a change to a level (the source's "reduction to Grade 1")
    assert [f.label for f in extract_facts("the monoclonal protein has gone down")] == ["reduced"]
    assert "reduced" not in [f.label for f in extract_facts("all side effects have gone down to Grade 1")]
    # "microsatellite instability" is a name, no negation ("instable disease" is unstable)
    assert [f.kind for f in extract_facts("known microsatellite instability-high tumors")] == []
    # a rate between an amount and its bound keeps the bound on the amount
    assert _facts("750 mg/day or more") == [("value", "750 mg/day or more")]


def test_glosses_that_lose_or_spell_the_negation_are_still_flagged() -> None:
    # the N-acronym's "non-" spelled out before the bracket: a "not" beside it is one more negation
    assert checks("biopsy proven NASH", "You do not have biopsy proven nonalcoholic steatohepatitis (NASH).", INC) == [
        "negation_added"]
    # a cued term explained by what it can be, with no negation: the explanation lost its "not"
    source = ("For the Esophageal Cohort Expansion: Patients must have measurable disease per iRECIST/RECIST version "
              "1.1 by local investigator/ radiology assessment, unresectable based on documented opinion, or refusing "
              "surgery.")
    said = ("For the Esophageal Cohort Expansion: you must have measurable disease per iRECIST/RECIST version 1.1, as "
            "assessed by the local investigator or radiology, and your cancer must be unresectable ({}removable by "
            "surgery) based on a documented opinion, or you refuse surgery.")
    assert checks(source, said.format("not "), INC) == []
    assert checks(source, said.format(""), INC) == ["negation_dropped"]


def test_n_acronyms_the_lexicon_spells_with_non() -> None:
    source = "Histologically confirmed NSCLC"
    said = "Your lung cancer that is {}small cell (NSCLC) has been confirmed by tissue tests (histology)."
    assert checks(source, said.format("not "), INC) == []
    assert checks(source, said.format(""), INC) == ["negation_dropped"]
    # "NVAF" the lexicon does not know: since checks-41 a short table of such acronyms excuses its "non-" said inside
    # the term's words; a "not" of the clause's verb is still one more (tests/evals/test_s74_alarm.py)
    # (the bullet says the three kinds: since checks-42 "permanent" is a key word, and "paroxysmal" alone lost two)
    said = ("You have atrial fibrillation not caused by a heart valve problem (NVAF) that is paroxysmal, permanent or "
            "persistent.")
    assert checks("Subject has paroxysmal permanent or persistent NVAF", said, INC) == []
    assert checks("Subject has paroxysmal permanent or persistent NVAF", said.replace("You have", "You do not have"),
                  INC) == ["negation_added"]


def test_dropped_negations_of_new_wordings_are_caught() -> None:
    source = "ANC ≥ 750 cells/μL, and independent of growth factor support 7 days before assessment."
    said = "Your ANC is 750 cells/μL or more. This must be {} growth factor support in the 7 days before the test."
    assert checks(source, said.format("without"), INC) == []
    assert checks(source, said.format("with"), INC) == ["negation_dropped"]
    source = "has a history of hypoglycemia unawareness or poor recognition of hypoglycemic symptoms"
    said = ("You have a history of {}noticing low blood sugar (hypoglycemia unawareness) or poorly recognizing its "
            "symptoms.")
    assert checks(source, said.format("not "), EXC) == []
    assert checks(source, said.format(""), EXC) == ["negation_dropped"]


def test_single_blind_is_no_count_of_one() -> None:
    source = "Participation in a single-blind study within 30 days before screening"
    assert checks(source, "You took part in a single-blind study within 30 days before screening.", EXC) == []
    assert checks(source, "You took part in one blinded study within 30 days before screening.", EXC) == [
        "fact_invented"]
