"""Shared assertions of the tests of the checks that find a list item left out of a bullet (checks17, checks18):
each faithful rewording is silent, the planted loss is caught, and the offline backend's own bullet passes."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind


def assert_loss_found(source: str, kind: SectionKind, faithful: list[str], lost: str) -> None:
    for bullet in faithful:
        assert checks(source, bullet, kind) == [], bullet
    assert "content_missing" in checks(source, lost, kind)


def assert_offline_passes(source: str, kind: SectionKind) -> None:
    assert checks(source, said(source, kind), kind) == []
