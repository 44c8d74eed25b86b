"""checks-48 (para50): the new held-out paraphrases that drew a false error out of sample, each with a wrong version
the checks still fault.

Each case quotes its source criterion (NCT id and criterion id in a comment), the faithful wording of the held-out
file (evals/data/paraphrases_heldout.jsonl), which must pass, and a wrong version (a number, a bound or a window
changed, a negation added or dropped, a word or an exception left out), which must still be faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT03198559 I5
ABSTAIN = ("Willing to abstain from alcohol consumption from one day before to 14 days after completing 28 days of "
           "disulfiram")
ABSTAIN_SAID = ("You are willing not to drink alcohol from one day before until 14 days after you finish the 28 days "
                "of disulfiram.")
# NCT01838200 E18
PERIOD = ("Men and women unwilling or unable to use an acceptable method of contraception to avoid pregnancy for their "
          "entire study period and for at least 8 weeks after cessation of study drug.")
PERIOD_SAID = ("You are a man or woman who is unwilling or unable to use an acceptable method of contraception to "
               "avoid pregnancy for the whole study period and for at least 8 weeks after stopping the study drug.")
# NCT01314261 E2
COMBINED = ("Use of any medications contraindicated for use with pegylated interferon(pegIFN) or ribavirin (RBV) 2 "
            "weeks prior to study drug administration or 10 half-lives, whichever is longer")
COMBINED_SAID = ("You have used any medicine that must not be combined with pegylated interferon (pegIFN) or "
                 "ribavirin (RBV) in the 2 weeks before study drug administration, or 10 half-lives, whichever is "
                 "longer.")
# NCT02963922 E15
TREATED = ("Inadequately treated blood pressure defined as Grade 3 hypertension or higher (Systolic above or equal to "
           "180 mmHg or diastolic above or equal to110 mmHg).")
TREATED_SAID = ("Your blood pressure is not adequately treated, meaning Grade 3 hypertension or higher (a systolic "
                "pressure of 180 mmHg or more or a diastolic pressure of 110 mmHg or more).")
# NCT02096705 I1
CONTROL = ("Subjects must have type 2 diabetes with inadequate glycemic control, defined as HbA1c ≥ 7.5% and ≤ 11.0% "
           "obtained at screening visit")
CONTROL_SAID = ("You have type 2 diabetes that is not well controlled, meaning an HbA1c of 7.5% to 11.0% (inclusive) "
                "measured at the screening visit.")
# NCT02446912 I4.1
TITRE = ("Positive antinuclear antibody (ANA) test at screening by immunofluorescent assay (IFA) at the central "
         "laboratory with titre ≥1:80; OR")
TITRE_SAID = ("a positive antinuclear antibody (ANA) test at screening, done by immunofluorescent assay (IFA) at the "
              "central laboratory, with a titre of 1:80 or higher; or")
# NCT01703702 E1.6
RADIO = ("Have had a radiopharmaceutical imaging or treatment procedure within 7 days prior to the study imaging "
         "session; or")
RADIO_SAID = ("You have had a radiopharmaceutical imaging or treatment procedure (one using a radioactive drug) within "
              "7 days before the study imaging session.")
# NCT02189343 I1.11
DONATE = ("Must agree to refrain from donating blood while on study drug and for 28 days after discontinuation from "
          "this study.")
DONATE_SAID = "You must agree not to donate blood while on study drug and for 28 days after you stop this study."
# NCT03253289 E8
INTERFERON = "Antiviral therapy for HCV and HBV is allowed, but patient should not be on interferon."
INTERFERON_SAID = "You are on interferon (antiviral therapy for HCV and HBV is otherwise allowed)."
# NCT02189343 E1.4.2
PLATELETS = ("Platelet count < 75,000/ µL for patients in whom < 50% of bone marrow nucleated cells are plasma cells, "
             "or a platelet count < 50,000 for patients in whom ≥ 50% of bone marrow nucleated cells are plasma cells")
PLATELETS_SAID = ("Your platelet count is below 75,000/ µL when less than 50% of your bone marrow nucleated cells are "
                  "plasma cells, or below 50,000 when 50% or more of them are plasma cells.")
# NCT01841593 I1 (its lead-in)
FOLLOWING = "Subjects must meet all of the following inclusion criteria within 28 days prior to the baseline visit:"
FOLLOWING_SAID = "Within 28 days before the baseline visit, you must meet all of the following:"


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # the far end of "from one day before to 14 days after" is an "until"; another end, or another way, is not
    (ABSTAIN, ABSTAIN_SAID, ABSTAIN_SAID.replace("until 14 days after", "until 21 days after"), INC),
    (ABSTAIN, ABSTAIN_SAID, ABSTAIN_SAID.replace("until 14 days after", "until 14 days before"), INC),
    # "for their entire study period" is a window over the study, "for the whole study period" too; dropped it is lost
    (PERIOD, PERIOD_SAID, PERIOD_SAID.replace("for the whole study period and ", ""), EXC),
    (PERIOD, PERIOD_SAID, PERIOD_SAID.replace("for the whole study period", "after the study period"), EXC),
    # "must not be combined with" says "contraindicated for use with"; "may be combined" turned it round
    (COMBINED, COMBINED_SAID, COMBINED_SAID.replace("must not be combined", "may be combined"), EXC),
    (COMBINED, COMBINED_SAID, "You have not used any medicine that must not be combined with pegylated interferon "
     "(pegIFN) or ribavirin (RBV) in the 2 weeks before study drug administration, or 10 half-lives, whichever is "
     "longer.", EXC),
    # "not adequately" says the affix of "inadequately" in words: one negation, not two; without "not" it is lost
    (TREATED, TREATED_SAID, TREATED_SAID.replace("not adequately", "adequately"), EXC),
    # "inadequate glycemic control" said "not well controlled"; "well controlled" and a bullet without it have lost it
    (CONTROL, CONTROL_SAID, CONTROL_SAID.replace("that is not well controlled", "that is well controlled"), INC),
    (CONTROL, CONTROL_SAID, CONTROL_SAID.replace(" that is not well controlled", ""), INC),
    # the bound before a titre bounds the whole ratio; another titre, the bound turned or dropped is still caught
    (TITRE, TITRE_SAID, TITRE_SAID.replace("1:80 or higher", "1:40 or higher"), INC),
    (TITRE, TITRE_SAID, TITRE_SAID.replace("1:80 or higher", "1:80 or lower"), INC),
    (TITRE, TITRE_SAID, TITRE_SAID.replace("1:80 or higher", "1:80"), INC),
    # "(one using …)" glosses the procedure; "(one remaining dose)" counts
    (RADIO, RADIO_SAID, RADIO_SAID.replace("(one using a radioactive drug)", "(one remaining dose)"), EXC),
    # "after you stop this study" is the event a window counts from, no second "refrain"; the "not" dropped is lost
    (DONATE, DONATE_SAID, DONATE_SAID.replace("agree not to donate", "agree to donate"), INC),
    # "is otherwise allowed" keeps the source's exception; a bullet with none shuts the group out
    (INTERFERON, INTERFERON_SAID, "You are on interferon or antiviral therapy for HCV and HBV.", EXC),
    # one "platelet count" compared twice; the measure left out is still lost
    (PLATELETS, PLATELETS_SAID, PLATELETS_SAID.replace("Your platelet count is", "Your count is"), EXC),
    # "the following inclusion criteria" is no window after inclusion; the real window turned round is caught
    (FOLLOWING, FOLLOWING_SAID, FOLLOWING_SAID.replace("days before", "days after"), INC),
])
def test_faithful_wording_passes_and_wrong_one_is_caught(source: str, faithful: str, wrong: str,
                                                         kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []


@pytest.mark.parametrize(("source", "said", "kind"), [
    # a plain "to", with no "from" opening a span, is no "until"
    ("Contraception up to 14 days after the last dose.", "Contraception until 21 days after the last dose.", INC),
    # "the following inclusion criteria" aside, "following inclusion" is still a window after inclusion
    ("Contraception for 3 months following inclusion in the study.", "Contraception for 3 months before joining the "
     "study.", INC),
    # "not well" for "impaired", "not sufficiently" for "insufficiency": one negation each, still counted once
    ("Impaired renal function", "Your kidneys work adequately.", EXC),
    ("Renal insufficiency", "Your kidneys are sufficiently working.", EXC),
])
def test_nearby_errors_are_still_caught(source: str, said: str, kind: SectionKind) -> None:
    assert checks(source, said, kind) != []


@pytest.mark.parametrize(("source", "said", "kind"), [
    ("Impaired renal function", "Your kidneys do not work adequately.", EXC),
    ("Renal insufficiency", "Your kidneys are not sufficiently working.", EXC),
    ("Inadequate response to metformin", "Your response to metformin was not good enough.", INC),
    ("Insufficiently treated hypertension", "Your high blood pressure is not sufficiently treated.", EXC),
])
def test_affixed_words_said_in_words_count_once(source: str, said: str, kind: SectionKind) -> None:
    assert checks(source, said, kind) == []
