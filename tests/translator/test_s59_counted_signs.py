"""A count of signs ("At least 3 swollen and 3 tender joints") or of events ("More than one episode of X in the 90
days prior to …") was left as a noun phrase; it is put to the reader with the count's own words
(translator.offline_counted_signs). A rate, a time the tense would move, a verb of its own and a lead-in that negates
or defines keep the source's words."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT01369745-shaped (rheumatoid arthritis joint counts)
        ("At least 3 swollen and 3 tender joints", INC, "You have at least 3 swollen and 3 tender joints."),
        ("At least 8 of 68 tender joints and 6 of 66 swollen joints at screening visit.", INC,
         "You have at least 8 of 68 tender joints and 6 of 66 swollen joints at screening visit."),
        ("At least 1 moderate respiratory symptom (cough, sore throat, or nasal symptoms)", INC,
         "You have at least 1 moderate respiratory symptom (cough, sore throat, or nasal symptoms)."),
        ("More than two lacunar infarcts", EXC, "You have more than two lacunar infarcts."),
        # events: had, with their window kept
        ("More than one episode of diabetic ketoacidosis requiring hospitalization in the 90 days prior to the "
         "screening visit", EXC,
         "You have had more than one episode of diabetic ketoacidosis needing a hospital stay in the 90 days before "
         "the screening visit."),
        ("At least 1 relapse during the past 1 year or 2 relapses during the past 2 years or a positive "
         "gadolinium-enhancing MRI scan in the previous year", INC,
         "You have had at least 1 relapse during the past 1 year or 2 relapses during the past 2 years or a positive "
         "gadolinium-enhancing MRI scan in the previous year."),
    ],
)
def test_a_count_of_signs_or_events_is_put_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "kept"),
    [
        # a rate: how often, not how many
        ("More than 15 UUI episodes per 24 hours", EXC, "More than 15 UUI episodes per 24 hours"),
        ("At least 3 urgency episodes per 3-day diary.", INC, "At least 3 urgency episodes per 3-day diary"),  # Chia
        # a sign had at a time before now may be gone: "You have" would say it is there
        ("At least 1 vaginal symptom reported from the following list, experienced in the past 30 days", INC,
         "At least 1 vaginal symptom reported from the following list, experienced in the past 30 days"),
        # an event during the study is still to come: "You have had" would say it happened
        ("More than 2 exacerbations during the study", EXC, "More than 2 exacerbations during the study"),
        # a verb of its own
        ("At least any one of the following disease-related symptoms must be present:", INC,
         "At least any one of the following disease-related symptoms must be present:"),
    ],
)
def test_a_rate_a_moved_time_or_a_verb_keeps_the_words(source: str, kind: SectionKind, kept: str) -> None:
    assert said(source, kind).startswith(kept)


def _under(parent: str, item: str, kind: SectionKind) -> str:
    """The bullet of `item` rendered under `parent`."""
    request = CriterionRequest(kind=kind, items=[
        RequestItem(ref="1", text=parent, facts=extract_facts(parent)),
        RequestItem(ref="1.1", text=item, facts=extract_facts(item)),
    ])  # fmt: skip
    rendering, _ = backend().render_items(request)
    assert not errors(check_rendering(request, rendering))
    return rendering.bullets[1].text


def test_under_a_lead_in_that_defines_or_negates_the_item_keeps_its_words() -> None:
    # NCT (gout): the items define the condition the parent names, not what the reader has
    assert _under("Has a history or presence of gout defined as one of the following:", "More than one attack of "
                  "acute arthritis", INC).startswith("More than one attack of acute arthritis")
    # under a plain "one of the following" the item is the reader's
    assert _under("Subject must fulfill at least one of the following:", "More than 1 joint erosion", INC) == (
        "You have more than 1 joint erosion."
    )


def test_the_fidelity_check_faults_a_dropped_count() -> None:
    source = "At least 3 swollen and 3 tender joints"
    assert checks(source, "You have swollen and tender joints.", INC)
    assert checks(source, said(source, INC), INC) == []


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT02477644, NCT03113812, NCT02422446 (exclusions)
        ("History or clinical suspicion of brain metastases or spinal cord compression.",
         "You have a history or clinical suspicion of brain metastases or spinal cord compression."),
        ("History or indications of cerebrovascular disease (ischemic or hemorrhagic ictus, transient ischemic "
         "attack)", "You have a history or indications of cerebrovascular disease (ischemic or hemorrhagic ictus, "
         "transient ischemic attack)."),
        ("History or prevalent diagnosis of cancer, asthma, kidney insufficiency, stroke, seizures, allergic "
         "disorders, or congestive heart failure", "You have a history or prevalent diagnosis of cancer, asthma, "
         "kidney insufficiency, stroke, seizures, allergic disorders, or congestive heart failure."),
    ],
)
def test_a_history_or_a_suspicion_is_the_readers(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT corpus exclusions: a bare "post X" counts from X, as "since X"
        ("Less than 4 weeks post major surgery", "It has been less than 4 weeks since major surgery."),
        ("less than 1 month post initiation of Metformin treatment",
         "It has been less than 1 month since the start of Metformin treatment."),
        ("less than 6 months post surgical or radiation or chemotherapy treatment for 1° craniopharyngiomas or other "
         "suprasellar tumors", "It has been less than 6 months since surgical or radiation or chemotherapy treatment "
         "for 1° craniopharyngiomas or other suprasellar tumors."),
    ],
)
def test_a_span_post_an_event_is_the_time_since_it(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    "source",
    [
        "At least 90 days post last dose of study drug",  # may be a duty to come (under "Use birth control for:")
        "At least 6 months after allogeneic stem cell transplantation",  # "after" left as written
        "At least 4 weeks post operative",  # no "since operative"
    ],
)
def test_a_span_from_the_study_or_after_keeps_its_words(source: str) -> None:
    assert said(source, INC) == source


def test_the_check_faults_a_changed_comparator_in_the_span() -> None:
    source = "Less than 4 weeks post major surgery"
    assert checks(source, "It has been at least 4 weeks since major surgery.", EXC)
