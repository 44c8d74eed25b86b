""""Inability to determine the QT interval": the study's doctors determine it, so the bullet does not put it to the
reader as "You cannot determine …" (translator.offline_openings keeps the source's words); what the reader does
("swallow", "give consent") is still said to the reader."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize("text", [
    "Inability to determine the QT interval on screening (QTcF, using Fridericia's correction)",
    "Unable to randomize within 7 days of admission to rehabilitation center.",
    "Inability to exclude hepatocellular carcinoma (HCC) by imaging within 6 months of baseline/Day 1",
    "Inability to assess the target lesion by MRI",
    "Inability to purify >= 2.5 x 10^6 CD34-enriched cells/kg of patient weight",
])
def test_what_staff_do_is_not_put_to_the_reader(text: str) -> None:
    assert not said(text).startswith("You")


@pytest.mark.parametrize(("text", "bullet"), [
    ("Inability to swallow tablets", "You cannot swallow tablets."),
    ("Unable to give informed consent", "You cannot give informed consent."),
    ("Inability to comply with study procedures", "You cannot follow study procedures."),
])
def test_what_the_reader_does_is_still_put_to_the_reader(text: str, bullet: str) -> None:
    assert said(text) == bullet
