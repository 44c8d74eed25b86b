"""Session 55, words32: an exclusion that joins a plan or an expectation to a past event ("Major surgery within 8 weeks
prior to screening or planned major surgery within 6 months following baseline") said as two clauses on the reader,
each in its own time (translator.offline_planned_joins). Real corpus text; the near cases must keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXCLUSION = SectionKind.EXCLUSION
INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02046603
            "Major surgery (including joint surgery) within 8 weeks prior to screening or planned major surgery within"
            " 6 months following baseline",
            "You have had major surgery in the 8 weeks before screening. This includes joint surgery. Or you have"
            " planned major surgery within 6 months after baseline.",
        ),
        (  # NCT01159847
            "Pregnancy, breastfeeding or planned pregnancy within two years.",
            "You are pregnant, breastfeeding, or you plan to get pregnant within two years.",
        ),
        (  # NCT01507610
            "Participation in any other investigational study drug trial in which receipt of an investigational study"
            " drug occurred within 4 weeks prior to dosing, or plan to participate in an investigational drug study"
            " less than 1 month after completion of the study.",
            "You have taken part in any other experimental study drug trial in which getting an experimental study"
            " drug occurred in the 4 weeks before dosing, or you plan to take part in an experimental drug study less"
            " than 1 month after the end of the study.",
        ),
        (  # NCT03053388: the source's "and/or" kept
            "Use of an investigational drug within 30 days before enrolment and/or expected to participate in a new"
            " study within 90 days.",
            "You have used an experimental drug within 30 days before joining the study, and/or you are expected to"
            " take part in a new study within 90 days.",
        ),
        (  # NCT03208712
            "Administration of a live, attenuated vaccine within 4 weeks prior to initiation of study treatment with"
            " atezolizumab or anticipation that such a live, attenuated vaccine will be required during the study.",
            "You have had a live, attenuated vaccine in the 4 weeks before the start of study treatment with"
            " atezolizumab, or it is expected that such a live, attenuated vaccine will be needed during the study.",
        ),
        (  # NCT03369964
            "Major surgical procedure other than for diagnosis within 28 days prior to Cycle 1, Day 1 or anticipation"
            " of a major surgical procedure during the course of the study",
            "You have had major surgery other than for diagnosis in the 28 days before Cycle 1, Day 1, or you are"
            " expected to have a major surgery during the study.",
        ),
        (  # NCT01978028 (Chia): an expected taking part is said with its own verb, not "have taking part"
            "Participation in another clinical trial within previous 30 days and/or anticipated participation in"
            " another trial during this study.",
            "You have taken part in another clinical trial within the previous 30 days, and/or you are expected to take"
            " part in another trial during this study.",
        ),
        (  # NCT02107196: a present joined to the past, in the time the source's adjective says
            "Participation in other clinical studies in the previous 4 weeks or concurrent enrollment in a clinical"
            " study.",
            "You have taken part in other clinical studies in the past 4 weeks. Or you are at the same time enrolled in"
            " a clinical study.",
        ),
        (  # NCT06429761
            "Participation in a therapeutic clinical study within 3 wk before enrolment (for small-molecule"
            " targeted agents, this non-participation period is 2 wk or 5 half-lives, whichever is longer), or current"
            " participation in other investigational procedures.",
            "You have taken part in a therapeutic clinical study in the 3 weeks before joining the study (for"
            " small-molecule targeted agents, this non-participation period is 2 wk or 5 half-lives, whichever is"
            " longer). Or you are now taking part in other experimental procedures.",
        ),
        (  # NCT02422446
            "Current participation in another trial or plan to do so during the study",
            "You are taking part in another trial, or you plan to do so during the study.",
        ),
    ],
)
def test_a_plan_after_a_past_event_is_said_of_the_reader(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a third condition after the plan: "you plan to get pregnant or inadequate birth control" would take it as
        # the verb's object (NCT01895270)
        (
            "Pregnancy or plans to become pregnant or inadequate birth control (adequate birth control includes"
            " abstinence, condoms, birth control pills, etc).",
            EXCLUSION,
        ),
        # a definition in the first half: its sentence would carry the window (NCT02923921)
        (
            "Major surgery, defined as any surgical procedure that involves general anesthesia and a significant"
            " incision (i.e., larger than what is required for placement of central venous access, percutaneous"
            " feeding tube, or biopsy),within 28 days prior to randomization or anticipated surgery during the study",
            EXCLUSION,
        ),
        # a planned use with no object: "you plan to use" what the first half named would be a guess (NCT03349333)
        (
            "Use of any investigational drugs, biologics, or devices within 4 weeks prior to study treatment or"
            " planned use during the course of the study.",
            EXCLUSION,
        ),
        # a person named in the second half (NCT01816997, Chia): "you plan to be pregnant woman"
        ("Pregnancy, breast feeding or plan to be pregnant woman.", EXCLUSION),
        # an inclusion's plan is no exclusion's pair of conditions
        ("Major surgery within 8 weeks prior to screening or planned major surgery within 6 months", INCLUSION),
    ],
)
def test_a_plan_the_rule_cannot_say_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert " or you " not in said(source, kind).replace(". Or you", " or you")
