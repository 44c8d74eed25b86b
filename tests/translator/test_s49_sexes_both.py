"""Both sexes in one phrase ("both sexes"), and a woman named as such beside a man, are kept
(translator.fidelity_sexes): said of one sex only, or with the women said only by their condition, the bullet turns
people away."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import INC, checks


@pytest.mark.parametrize(("source", "faithful", "lost"), [
    # NCT02590653 I3
    ("Patients of both sexes aged 35 to 65 years",
     "You are a man or a woman aged 35 to 65 years old.",
     "You are male and aged 35 to 65 years old."),
    # the mutation suite's "Male or non-lactating, non-pregnant female subjects": the women's condition put on the men
    ("Male or non-lactating, non-pregnant female subjects",
     "You are male, or you are a woman who is not breastfeeding and not pregnant.",
     "You are male and you are not breastfeeding and not pregnant."),
])
def test_both_sexes_kept(source: str, faithful: str, lost: str) -> None:
    assert checks(source, faithful, INC) == []
    assert checks(source, lost, INC) == ["sex_dropped"]


def test_both_sexes_said_in_one_phrase_and_a_woman_named_by_her_pregnancy_pass() -> None:
    assert checks("Patients of both sexes aged 35 to 65 years", "You can be of either sex, aged 35 to 65 years old.",
                  INC) == []
    # NCT02687009: the women are those a pregnancy names, no man beside them
    source = ("Pregnant and nursing women should be excluded. It is not known whether the treatment could affect the "
              "sperm.")
    assert "sex_dropped" not in checks(source, "You cannot take part if you are pregnant or breastfeeding. It is not "
                                       "known whether the treatment could affect the sperm.")
