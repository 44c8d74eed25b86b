"""Repeated time windows on real corpus criteria: each copy limits its own item, so each is counted."""

from __future__ import annotations

from tests.translator.test_fact_leftovers import criterion, judge
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors


def _checks(source: str, bullet: str) -> list[str]:
    return [f.check for f in errors(judge(source, bullet))]


def test_a_window_said_twice_and_kept_twice_is_faithful() -> None:
    text = criterion("NCT01040689", "history of MI within 1 year")
    assert _checks(text, "You have had a heart attack in the last year, an irregular heartbeat, or a hospital "
                         "stay for heart failure in the last year.") == []


def test_a_window_said_twice_losing_one_copy_is_an_error() -> None:
    # The second "within 1 year" limits the hospital stay: without it, any stay ever would count.
    text = criterion("NCT01040689", "history of MI within 1 year")
    assert _checks(text, "You have had a heart attack in the last year, an irregular heartbeat, or a hospital "
                         "stay for heart failure.") == ["fact_missing"]


def test_a_window_dropped_from_one_of_two_sentences_is_an_error() -> None:
    text = criterion("NCT00367237", "Use of cyclosporine or tacrolimus")
    faithful = ("You used cyclosporine or tacrolimus in the 4 weeks before screening. You used corticosteroids "
                "by IM, IV or IA injection in the 4 weeks before screening.")
    assert _checks(text, faithful) == []
    assert _checks(text, faithful.replace(" in the 4 weeks before screening.", ".", 1)) == ["fact_missing"]


def test_a_test_dated_twice_losing_one_date_is_an_error() -> None:
    # Each "at screening" dates its own test; a window without an amount but at a point in time counts.
    text = criterion("NCT03150082", "Presence of Hepatitis B surface antigen")
    faithful = "You test positive for hepatitis B surface antigen (HBsAg) at screening, or for hepatitis C antibody " \
               "at screening."
    assert _checks(text, faithful) == []
    assert _checks(text, faithful.replace(" at screening.", ".")) == ["fact_missing"]


def test_windows_merged_across_criteria_count_their_copies() -> None:
    # Two criteria one bullet joins are one cluster: "within 1 year prior to screening" and "within 1 year
    # of screening" are copies of one window, so the bullet must keep both.
    items = [RequestItem(ref="1", text="Menstrual period within 1 year prior to screening"),
             RequestItem(ref="2", text="No menstrual period within 1 year of screening")]
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=items)

    def checks(bullet: str) -> list[str]:
        rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1", "2"])])
        return [f.check for f in errors(check_rendering(request, rendering))]

    assert checks("You had a period in the 1 year before screening, or no period in the 1 year before screening.") == []
    assert checks("You had a period in the 1 year before screening, or no period.") == ["fact_missing"]


def test_an_event_said_twice_as_a_side_losing_one_copy_is_an_error() -> None:
    text = criterion("NCT02866175", "Known abnormal liver function prior to randomization")
    faithful = ("Before randomization, your liver function was known to be abnormal (including liver disease or blood "
                "test evidence of significant liver damage known before randomization).")
    assert _checks(text, faithful) == []
    assert _checks(text, faithful.replace(" known before randomization", "")) == ["fact_missing"]
