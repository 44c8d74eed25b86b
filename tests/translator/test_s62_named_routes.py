"""A route of infection named by who passes it ("mother-to-child transmission") names no one beside the reader, so
a "Use of X" opening is still put to the reader; a real mother or child in the sentence still stops it."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind


def test_mother_to_child_transmission_is_a_route_not_a_person() -> None:
    # NCT01380080 (exclusion): the reader took the drug to protect her baby
    assert said(
        "Use of single-dose NVP for prevention of mother-to-child transmission (pMTCT) within 24 months prior to study "
        "entry.",
        SectionKind.EXCLUSION,
    ) == (
        "You have used single-dose NVP for prevention of mother-to-child transmission (pMTCT) in the 24 months before "
        "study entry."
    )


def test_a_mother_who_is_someone_else_still_stops_the_reader_opening() -> None:
    # the child's mother used the drug: the sentence is about her, not the reader
    bullet = said("Use of valproate by the mother within 30 days prior to delivery", SectionKind.EXCLUSION)
    assert bullet == "Use of valproate by the mother in the 30 days before delivery"
