"""Noun openings that stayed noun phrases, put to the reader (acts16): "Previously treated with X"
(offline_participles), a "Use of X" whose "prohibited concomitant medication", "the current blood clot" or "those
stated in …" named a thing rather than a time or a person (offline_named_not_timed), "Current or planned X"
(offline_plans), "Current regular use of X", "Known positive for X" and "Hormone therapy ≤ 7 days before X"
(offline_openings, offline_had_events), and a condition "considered clinically significant" by the doctor, which is
no judgement of the reader's eligibility (offline_person). Real corpus and Chia criteria; near cases keep their
words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # "previously" is the time before now that "Treated with X" asks for (the plain words then drop it after
        # "have been", as they do everywhere)
        ("Previously treated with droxidopa", "You have been treated with droxidopa."),
        ("Previously treated with brentuximab vedotin.", "You have been treated with brentuximab vedotin."),
        (
            "Previously treated with clozapine within 6 months prior to screening",
            "You have been treated with clozapine in the 6 months before screening.",
        ),
        (
            "Previously treated with > 3 prior regimens for CLL.",
            "You have been treated with more than 3 past regimens for chronic lymphocytic leukemia (CLL).",
        ),
        # a participle as an adjective, or "on": no act of the reader's
        (
            "Previously treated brain metastases not needing immediate local therapy",
            "Previously treated brain metastases not needing immediate local treatment",
        ),
        ("Previously treated on any CDK 4/6 inhibitor.", "Previously treated on any CDK 4/6 inhibitor."),
        # a later "having" that "You" would not join (Chia)
        (
            "Previously treated with mirabegron within 60 days prior to the baseline visit (Visit 2), or previously "
            "having failed treatment with mirabegron regardless of duration and timing of treatment.",
            "Previously treated with mirabegron in the 60 days before the baseline visit (Visit 2), or previously "
            "having failed treatment with mirabegron regardless of duration and timing of treatment.",
        ),
    ],
)
def test_previously_treated(source: str, plain: str) -> None:
    assert said(source) == plain
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # the protocol's list of barred drugs, with a window before the study that says when
        (
            "Use of any prohibited concomitant medication listed in Section 5.5 of this protocol within 2 weeks prior "
            "to day 1.",
            "You have used any prohibited concomitant medicine listed in Section 5.5 of this study plan in the 2 weeks "
            "before day 1.",
        ),
        (
            "Use of a prohibited concomitant medication within the time frame prior to screening outlined in the "
            "study protocol for that medication",
            "You have used a prohibited concomitant medicine within the time frame before screening outlined in the "
            "study plan for that medicine.",
        ),
        (
            'Use of any medicine listed in the section "Prohibited concomitant treatment" within 30 days preceding '
            "the inclusion in this study.",
            'You have used any medicine listed in the section "Prohibited concomitant treatment" within 30 days before '
            "the inclusion in this study.",
        ),
        (
            "Intake of medicines listed in the section 'Prohibited concomitant treatment' for 1 month prior to the "
            "enrollment in the trial.",
            "You have taken medicines listed in the section 'Prohibited concomitant treatment' for the 1 month before "
            "the enrollment in the trial.",
        ),
        # the doctor's exception after "unless in the opinion of": its "will" is no time of the use, and "subject
        # safety" is the reader's own
        (
            "Use of prescription or non-prescription drugs, including vitamins, herbal and dietary supplements "
            "(including St John's Wort) within 7 days (or 14 days if the drug is a potential enzyme inducer) or 5 "
            "half-lives (whichever is longer) prior to the first dose of study medication, unless in the opinion of "
            "the Investigator and sponsor the medication will not interfere with the study procedures or compromise "
            "subject safety.",
            "You have used prescription or non-prescription drugs, such as vitamins, herbal and dietary supplements "
            "(such as St John's Wort) within 7 days (or 14 days if the drug is a potential enzyme inducer) or 5 "
            "half-lives (whichever is longer) before the first dose of study medicine, unless in the view of the "
            "study doctor and sponsor the medicine will not get in the way of the study procedures or compromise "
            "subject safety.",
        ),
        # with no window the use is now, beside the study's treatment, as before
        ("Use of disallowed concomitant therapy", "You use disallowed treatment at the same time."),
        # "those stated in …" are drugs, not people
        (
            "Use of oral glucose-lowering agents other than those stated in the inclusion criteria or any injectable "
            "glucose-lowering agents during the 3 months before screening.",
            "You have used oral glucose-lowering agents other than those stated in the inclusion criteria or any "
            "injectable glucose-lowering agents during the 3 months before screening.",
        ),
        # "the current blood clot" is the episode, not the time of the treatment
        (
            "Treatment with an anticoagulant for more than 7 days for the current blood clot, prior to randomization",
            "You have had treatment with a blood thinner for more than 7 days for the current blood clot, before "
            "randomization.",
        ),
        # before the study and during it: two verbs, as offline_uses_to_come says them
        (
            "Use of prohibited concomitant medications or products within the defined periods before the Day 1 visit "
            "and during the trial",
            "You have used or will use prohibited concomitant medicines or products within the defined periods before "
            "the Day 1 visit and during the trial.",
        ),
    ],
)
def test_use_with_named_things(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Current or planned treatment with pirfenidone;",
            "You are now getting or plan to get treatment with pirfenidone.",
        ),
        (
            "Current or planned ultrafiltration, hemofiltration, or dialysis",
            "You now have or plan to have ultrafiltration, hemofiltration, or dialysis.",
        ),
        (
            "Current or planned corticosteroid therapy greater than 15mg per day of prednisone or prednisone "
            "equivalent;",
            "You now have or plan to have corticosteroid treatment more than 15 mg per day of prednisone or "
            "prednisone equivalent.",
        ),
        ("Current or planned psychotherapy", "You now have or plan to have talk therapy."),
        # no treatment named, or another time beside "now"
        ("Current or planned pregnancy", "Current or planned pregnancy"),
        (
            "Current or planned incarceration or other involuntary detention",
            "Current or planned incarceration or other involuntary detention",
        ),
        (
            "Current or planned treatment during the study with any IV therapies, including inotropic agents, "
            "vasopressors, levosimendan, nesiritide or analogues; or mechanical support",
            "Current or planned treatment during the study with any IV treatments, such as inotropic agents, "
            "vasopressors, levosimendan, nesiritide or analogues; or mechanical support",
        ),
        (
            "Current regular use of smokeless tobacco, smoking cessation medications or non-combustible nicotine "
            "products (e.g. e-cigarettes)",
            "You are now regularly using smokeless tobacco, smoking cessation medicines or non-combustible nicotine "
            "products. For example, e-cigarettes.",
        ),
    ],
)
def test_current_uses_and_plans(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Hormone therapy ≤ 7 days before enrollment",
            "You have had hormone treatment in the 7 days before joining the study.",
        ),
        (
            "Hormone therapy ≤7 days prior to first dose of study treatment",
            "You have had hormone treatment in the 7 days before the first dose of study treatment.",
        ),
        (
            "Known positive for HIV or infectious hepatitis, type A, B or C.",
            "You are known to be positive for HIV or infectious hepatitis, type A, B or C.",
        ),
        # "for or active viral infection with": a second noun "to be" would not carry
        (
            "Known seropositive for or active viral infection with human immunodeficiency virus (HIV), hepatitis B "
            "virus (HBV) or hepatitis C virus (HCV).",
            "Known seropositive for or active viral infection with HIV, hepatitis B virus (HBV) or hepatitis C virus "
            "(HCV).",
        ),
        # "considered clinically significant" judges the condition, not whether the reader may join
        (
            "History of orthostatic hypotension, fainting spells, or blackouts, that are considered clinically "
            "significant by the investigator.",
            "You have had orthostatic hypotension, fainting spells, or blackouts, that are considered medically "
            "important by the study doctor.",
        ),
        (
            "The presence of chronic or acute infections, that are considered clinically significant by the "
            "investigator.",
            "You have chronic or acute infections, that are considered medically important by the study doctor.",
        ),
    ],
)
def test_events_and_known_results(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("absence of an NPM1 exon12 mutation", "You do not have an NPM1 exon12 mutation."),
        (
            "absence of an activating FLT3-mutation (FLT3-ITD or TKD-mutation)",
            "You do not have an activating FLT3-mutation (FLT3-ITD or TKD-mutation).",
        ),
        (
            "Absence of a regular red blood cell transfusion requirement",
            "You do not have a regular red blood cell transfusion requirement.",
        ),
        # a time ("do not have" would put it now), a list or a second noun: as written
        ("Absence of a menstrual period in the past 12 months", "Absence of a monthly period in the past 12 months"),
        (
            "absence of a t(15;17), t(8;21), inv(16)/t(16;16) and the respective fusion transcripts PML-RARA, "
            "RUNX1-RUNX1T1 and CBFB-MYH11",
            "Absence of a t(15;17), t(8;21), inv(16)/t(16;16) and the respective fusion transcripts PML-RARA, "
            "RUNX1-RUNX1T1 and CBFB-MYH11",
        ),
        (
            # an "or" list with no time: each denied (offline_noun_openings, session 57)
            "Absence of a obstructive hydrocephalus or compartimentalization of CSF flow.",
            "You do not have an obstructive hydrocephalus or compartimentalization of CSF flow.",
        ),
    ],
)
def test_absence_of_one(source: str, plain: str) -> None:
    assert said(source) == plain
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Treatment within the previous 3 months with any drug known to have a well defined potential for "
            "hepatotoxicity (e.g. isoniazide, nimesulide, ketoconazole).",
            "You have had treatment within the past 3 months with any drug known to have a well defined potential for "
            "hepatotoxicity. For example, isoniazide, nimesulide, ketoconazole.",
        ),
        (
            "Treatment within 1 month using cognition-affecting agents other than the above, as listed in Appendix 3 "
            "(e.g. CNS stimulants)",
            "You have had treatment within 1 month using cognition-affecting agents other than the above, as listed in "
            "Appendix 3 (such as CNS stimulants).",
        ),
        (
            "Treatment within the past 4 days with an antibiotic that may be effective against typhoid fever",
            "You have had treatment within the past 4 days with an antibiotic that may be effective against typhoid "
            "fever.",
        ),
        # a second time ("or while on study"): one verb cannot carry both
        (
            "Therapy within the last 28 days or while on study with another investigational drug",
            "Treatment within the last 28 days or while on study with another experimental drug",
        ),
    ],
)
def test_windowed_treatments(source: str, plain: str) -> None:
    assert said(source) == plain


def test_windowed_treatment_in_an_inclusion_keeps_its_words() -> None:
    source = "Treatment within the past 4 days with an antibiotic that may be effective against typhoid fever"
    assert said(source, INCLUSION) == source
