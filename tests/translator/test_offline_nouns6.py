"""Criteria left as bare noun phrases ("Use of X", "Administration of X", "Pregnancy or lactation", "Treatment with X
…, unless …") put to the reader, with each window, anchor and exception word-exact (round nouns6)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a window whose anchor ("starting the study") the extractor leaves outside it: the weeks before the study
        ("NCT00331149", "Use of a dopamine agonist within 4 weeks of starting the study.",
         "You have used a dopamine agonist within 4 weeks of starting the study."),
        ("NCT00833833", "Use of any anti-myeloma drug therapy within 14 days of the initiation of study drug treatment",
         "You have used any anti-myeloma drug treatment within 14 days of the start of study drug treatment."),
        # a use at the same time as the study's treatment, with no window: now
        ("NCT00081588", "Use of disallowed concomitant therapy", "You use disallowed treatment at the same time."),
        ("NCT01003379", "Use of other prohibited concomitant medications",
         "You use other prohibited medicines at the same time."),
        # "Administration of X" in a window before the study: received
        ("NCT00443690", "Administration of an investigational drug or device within 30 days",
         "You have had an experimental drug or device within 30 days."),
        ("NCT01316315", "Administration of steroids within 4 weeks of the screening visit.",
         "You have had steroids within 4 weeks of the screening visit."),
        # the study's first visit is still to come at enrolment: the weeks up to it are before the study
        ("NCT06454773", "Use of weight loss medications within 90 days of visit 1",
         "You have used weight loss medicines within 90 days of visit 1."),
        # an "unless" clause with a subject of its own keeps its verb: the opening before it stands
        ("NCT00144963", "Treatment with any investigational agents or chemotherapy agents in the last 21 days before "
         "study entry, unless full recovery from side effects has occurred",
         "You have had treatment with any experimental drugs or chemotherapy agents in the last 21 days before study "
         "entry. This does not apply if full recovery from side effects has occurred."),
        # a recent event had lately: "recent" stays where it was, with its window; an article before one thing
        ("NCT01441245", "Recent myocardial infarction", "You have had a recent heart attack."),
        ("NCT00449488", "Recent trauma or major surgery", "You have had recent trauma or major surgery."),
        ("NCT00522886", "Recent (<3 months) myocardial infarction",
         "You have had a recent (less than 3 months ago) heart attack."),
        ("NCT01732770", "Recent tooth extraction (within 6 months of screening visit)",
         "You have had a recent tooth extraction (within 6 months of screening visit)."),
        ("NCT00108355", "Recent GI (gastrointestinal) hemorrhage", "You have had recent GI (digestive) bleeding."),
        # a recent use or receipt: its verb, the window between the noun and its "of" kept where it is
        ("NCT00300222", "Recent use (within 21 days preceding the Study Patch Application Visit [Day 0]) of any "
         "topically applied pain medication", "You have recently used (within 21 days before the Study Patch "
         "Application Visit [Day 0]) any topically applied pain medicine."),
        ("NCT06764875", "Recent receipt of live, attenuated vaccine.",
         "You have recently received live, attenuated vaccine."),
        # a treatment got now, with the words between "current" and it in their place
        ("NCT01347788", "Current antiretroviral therapy", "You are now getting antiretroviral treatment."),
        ("NCT02162862", "Current ongoing treatment with Wellbutrin",
         "You are now getting ongoing treatment with Wellbutrin."),
        ("NCT02516202", "Current cancer treatment (exception basal or squamous skin cell cancers)",
         "You are now getting cancer treatment (exception basal or squamous skin cell cancers)."),
        # pregnancy and nursing as nouns, joined by "or": states
        ("NCT01025570", "Pregnancy (positive pregnancy test) or lactation.",
         "You are pregnant (positive pregnancy test) or lactating."),
        ("NCT00365417", "Pregnancy or lactation at the time of study entry.",
         "You are pregnant or breastfeeding when joining the study."),
    ],
)
def test_noun_phrases_put_to_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert said(source) == plain, nct_id


@pytest.mark.parametrize(
    ("nct_id", "source"),
    [
        # (a use before and while on study is said in both tenses now: test_offline_words9)
        # a concomitant use inside a window or with a time: its tense would be a guess
        ("NCT00724048", "Use of concomitant medication that may lower the seizure threshold within 6 weeks of "
         "enrollment, or at any time during the study period ."),
        # recent or now, or a use of a use: not an event had lately
        ("NCT02558400", "Recent or current ocular infection or inflammation in either eye"),
        ("NCT00519636", "Recent use (less than 1 year) of using branded (FLONASE) or generic FPNS or use of FFNS "
         "(VERAMYST)."),
        ("NCT01134510", "Recent recipients of any licensed or investigational live attenuated vaccine(s) within two "
         "months of the screening visit"),
        # a treatment now and one in a window, or two things named: "currently" would say only one
        ("NCT00208117", "Current depression treatment or treatment within preceding 6 weeks"),
        ("NCT00700999", "Current psychotropic medication or active psychotherapy treatment"),
        # an aside left open: the use's "of" is not found, and "You have had a recent use" would be no reading of it
        ("NCT00064623", "Recent use (within 21 days preceding the Treatment Visit of any topically applied pain "
         "medication, such as non-steroidal anti-inflammatory drugs, menthol"),
        # (a planned pregnancy after a state now is said with its own verb: tests/translator/test_s55_planned_joins)
    ],
)
def test_noun_phrases_whose_time_is_not_now_stay(nct_id: str, source: str) -> None:
    assert not said(source).startswith("You"), nct_id
