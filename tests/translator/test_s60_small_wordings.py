"""Small wordings the lead fixed after reading sampled rows."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind


def test_a_glued_i_e_comma_is_said_once() -> None:
    # the record writes "i.e.,through": "that is," kept the record's comma too (",,")
    assert said(
        "Subjects must agree to use contraception for the duration of the study, i.e.,through 28-day follow up "
        "visit, after discontinuation of study drug(s).",
        SectionKind.INCLUSION,
    ) == (
        "You must agree to use birth control for the length of the study, that is,through 28-day follow up visit, "
        "after stopping study drug(s)."
    )


def test_had_undergone_said_to_the_reader_is_have_had() -> None:
    assert said(
        "Participants who had undergone intestinal resection within 27 days before initiation of study drug "
        "administration",
        SectionKind.EXCLUSION,
    ) == "You have had bowel resection within 27 days before the start of study drug dosing."


def test_current_receipt_is_now_getting() -> None:
    assert said("Current receipt of inotropic drugs (e.g., epinephrine, norepinephrine, dopamine, dobutamine).",
                SectionKind.EXCLUSION) == (
        "You are now getting inotropic drugs. For example, epinephrine, norepinephrine, dopamine, dobutamine."
    )


def test_preclude_one_from_keeps_its_word() -> None:
    # Chia: "prevent one from taking part" reads to the checks as the section's verdict, and the rewrite fell a level
    assert said(
        "Other medical complications that might preclude one from participating in the study, i.e., recent heart "
        "attack or stroke or chronic kidney disease.",
        SectionKind.EXCLUSION,
    ) == (
        "You have other medical complications that might preclude one from taking part in the study, that is, recent "
        "heart attack or stroke or chronic kidney disease."
    )
