"""A source's own past perfect said to the reader as "you have had" (session 36, translator.offline_had_past)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_had_past import had_past


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # from the corpus: "Patients who had had systemic treatment for atopic dermatitis or other topical …"
        (
            "Patients who had had systemic treatment for atopic dermatitis",
            "You have had systemic treatment for atopic dermatitis.",
        ),
        ("Had had treatment for hyponatremia with:", "You have had treatment for low sodium in the blood with:"),
    ],
)
def test_had_had_is_have_had(source: str, plain: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == plain


def test_had_alone_and_other_subjects_keep_their_words() -> None:
    assert had_past("You had surgery. They had had surgery.") == "You had surgery. They had had surgery."
