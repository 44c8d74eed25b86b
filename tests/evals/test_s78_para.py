"""Faithful wordings of the session-78 held-out paraphrases that drew a false error before checks-43, each with a
planted wrong version the checks still fault (real corpus sources; the faithful bullet as the case writes it)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

OFF = ('Patients must experience at least one well defined "OFF" episode per day with a total daily "OFF" time '
       'duration of ≥ 2 hours during the waking day, based on patient self-assessment.')
INSULIN = "Previous use of any insulin other than premixed human insulin 50 BID within 3 months prior to Visit 1"
EXPOSURE = ("Exposure to an experimental drug or experimental vaccine within either 28 days, 5 half-lives of the test "
            "agent, or twice the duration of the biological effect of the test agent, whichever is longer, prior to "
            "the first dose of IP.")
BMI = "Subject has a Body Mass Index (BMI) more than or equal to 18.5 and less than 28.0 kg/m2"
FPG = "Fasting plasma glucose (FPG) ≤ 140mg/dL [7.8 mmol/L]"
FEV1 = ("Documented forced expiratory volume 1 (FEV1) less than or equal to 60% predicted tested in patients with "
        "symptoms of respiratory dysfunction")
BIOLOGICS = ("Systemic treatment with biological therapies, whether marketed or not, with a possible effect on "
             "psoriasis vulgaris within the following time periods prior to randomisation:")
STROKE = "Acute (0-14 days) and subacute (14 days - 6 months) ischemic stroke"
LEUKEMIA = ("Patients with recurrent or refractory leukemia will be excluded from the dose escalation component of "
            "the phase I trial.")
HISTORY = ("Patients have a history of the following: seizure disorder, stroke or head trauma, pronounced cognitive "
           "impairment, psychiatric disorder, cardiovascular disease, cancer, diabetes as defined by HbA1c of greater "
           "than 8%")
REGIMENS = ("More than 2 prior antineoplastic treatment regimens (excluding hormonotherapy) for metastatic disease. "
            "Subjects who relapsed under adjuvant treatment shouldn't have received more than one line of chemotherapy "
            "for metastatic disease (part 2 only).")
DIABETES = ("Type 2 Diabetes not well controlled on 1, 2, or 3 oral antidiabetic medications (at least one of them "
            "must be metformin and/or a sulfonylurea)")
# NCT00716794 I3 as the record writes it: "naïve" with its diaeresis as a combining mark
NAIVE = ("Patient has failed at least 1 taxane regimen; or Patient has symptomatic or asymptomatic CRPC and is "
         "chemotherapy-nai\u0308ve")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # NCT02469090 I6: "adds up to" is a sum, not the bound "up to"
    (OFF, 'You have at least one well-defined "OFF" episode each day, and your "OFF" time adds up to 2 hours or more '
          "during the waking day, based on your own assessment.",
     'You have at least one well-defined "OFF" episode each day, and your "OFF" time adds up to 2 hours or less '
     "during the waking day, based on your own assessment.", INC),
    # NCT01892020 E2: "twice a day" is what BID says
    (INSULIN, "In the 3 months before Visit 1, you have used any insulin other than premixed human insulin 50 twice a "
              "day (BID).",
     "In the 3 months before Visit 1, you have used any insulin other than premixed human insulin 50 three times a "
     "day (BID).", EXC),
    # NCT02227238 E12: "within either 28 days, …" is the window "within 28 days"
    (EXPOSURE, "You have been exposed to an experimental drug or experimental vaccine within 28 days, 5 half-lives of "
               "the test agent, or twice the length of the test agent's biological effect, whichever is longer, "
               "before the first dose of IP (investigational product).",
     "You have been exposed to an experimental drug or experimental vaccine within 21 days, 5 half-lives of the test "
     "agent, or twice the length of the test agent's biological effect, whichever is longer, before the first dose "
     "of IP (investigational product).", EXC),
    # NCT01611363 I1.3: the range's low bound is in the unit its high bound names
    (BMI, "Your body mass index (BMI) is 18.5 kg/m2 or more and less than 28.0 kg/m2.",
     "Your body mass index (BMI) is 18.5 kg/m2 or less and less than 28.0 kg/m2.", INC),
    # NCT01471847 I12: the bound after a bracket in square brackets that restates the amount
    (FPG, "Your fasting blood sugar (fasting plasma glucose, FPG) is 140 mg/dL [7.8 mmol/L] or lower.",
     "Your fasting blood sugar (fasting plasma glucose, FPG) is 140 mg/dL [7.8 mmol/L] or higher.", INC),
    # NCT01583686 E13: "of predicted or less" keeps its bound
    (FEV1, "You have a documented FEV1 of 60% of predicted or less, tested because you have symptoms of breathing "
           "problems (respiratory dysfunction).",
     "You have a documented FEV1 of 60% of predicted or more, tested because you have symptoms of breathing "
     "problems (respiratory dysfunction).", EXC),
    # NCT02132936 E2: ", marketed or not," says both cases, as "whether marketed or not" does
    (BIOLOGICS, "You have had systemic treatment with a biological therapy that may affect psoriasis vulgaris, "
                "marketed or not, within these time periods before randomisation:",
     "You have had systemic treatment with a biological therapy that is not marketed and may affect psoriasis "
     "vulgaris, within these time periods before randomisation:", EXC),
    # NCT01907321 I1: "(14 days - 6 months)" said "14 days to 6 months ago" stacks the source's own bounds
    (STROKE, "You have had an acute ischemic stroke (0-14 days ago) or a subacute ischemic stroke (14 days to 6 months "
             "ago).",
     "You have had an acute ischemic stroke (0-14 days ago) or a subacute ischemic stroke (21 days to 6 months "
     "ago).", INC),
    # NCT00665990 E6: "cannot join the … part of the trial" is the section's wording, as "will be excluded from" is
    (LEUKEMIA, "You have leukemia that has come back (recurrent) or has not responded to treatment (refractory); you "
               "cannot join the dose escalation part of the phase I trial.",
     "You have leukemia that has come back (recurrent) or has responded to treatment (refractory); you cannot join "
     "the dose escalation part of the phase I trial.", EXC),
    # NCT00505843 E4: "pronounced" is the level "marked"
    (HISTORY, "You have a history of any of these: seizure disorder, stroke or head injury, marked problems with "
              "thinking (pronounced cognitive impairment), a psychiatric disorder, heart and blood vessel disease "
              "(cardiovascular disease), cancer, or diabetes, defined as an HbA1c greater than 8%.",
     "You have a history of any of these: seizure disorder, stroke or head injury, problems with thinking (cognitive "
     "impairment), a psychiatric disorder, heart and blood vessel disease (cardiovascular disease), cancer, or "
     "diabetes, defined as an HbA1c greater than 8%.", EXC),
    # NCT00706030 E1: "cancer treatment" names "antineoplastic"; the exclusion's "shouldn't have" is the section's
    (REGIMENS, "You have had more than 2 earlier cancer treatment regimens (not counting hormone therapy) for "
               "metastatic disease. If your cancer came back (relapsed) during adjuvant treatment, you have had more "
               "than one line of chemotherapy for metastatic disease (part 2 only).",
     "You have had more than 2 earlier cancer treatment regimens (not counting hormone therapy) for metastatic "
     "disease. If your cancer came back (relapsed) during adjuvant treatment, you should have received more than one "
     "line of chemotherapy for metastatic disease (part 2 only).", EXC),
    (REGIMENS, "You have had more than 2 earlier cancer treatment regimens (not counting hormone therapy) for "
               "metastatic disease. If your cancer came back (relapsed) during adjuvant treatment, you have had more "
               "than one line of chemotherapy for metastatic disease (part 2 only).",
     "You have had more than 2 earlier treatment regimens (not counting hormone therapy) for metastatic disease. If "
     "your cancer came back (relapsed) during adjuvant treatment, you have had more than one line of chemotherapy "
     "for metastatic disease (part 2 only).", EXC),
    # NCT01075282 I1: "while taking" says when, and opens no clause the "not" stops before
    (DIABETES, "You have type 2 diabetes that is not well controlled while taking 1, 2 or 3 diabetes medicines by "
               "mouth (at least one of them must be metformin and/or a sulfonylurea).",
     "You have type 2 diabetes that is well controlled while taking 1, 2 or 3 diabetes medicines by mouth (at least "
     "one of them must be metformin and/or a sulfonylurea).", INC),
    # NCT00716794 I3: a decomposed "naïve" is a negation as the composed one is
    (NAIVE, "Your cancer has not responded to at least 1 taxane regimen; or you have castration-resistant prostate "
            "cancer (CRPC), with or without symptoms, and have never had chemotherapy.",
     "Your cancer has not responded to at least 1 taxane regimen; or you have castration-resistant prostate "
     "cancer (CRPC), with or without symptoms, and have had chemotherapy.", INC),
])
def test_faithful_wording_passes_and_planted_error_is_caught(source: str, faithful: str, wrong: str,
                                                             kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []


def test_a_bound_said_after_the_number_is_kept_where_up_to_is_a_bound() -> None:
    # near miss: a real "up to" still bounds its number
    assert checks(OFF, 'You have at least one well-defined "OFF" episode each day, with up to 2 hours of "OFF" time '
                       "during the waking day, based on your own assessment.", INC) != []
