"""Session 55 (plain33): a few more long general words said in everyday words (translator.offline_plain_general),
on corpus criteria, and where each must stay."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_words import polish_words

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_mainly_at_the_same_time_make_sure_and_stopping() -> None:
    assert said("Anemia predominantly caused by factors other than IDA", EXC) == (
        "Anemia mainly caused by factors other than IDA"
    )
    assert said("Heart muscle disease primarily due to one of the following:", EXC) == (
        "Heart muscle disease mainly due to one of these:"
    )
    assert said("Current smoker or cessation of smoking in the 6 months prior to Visit 1.", INC) == (
        "Current smoker or stopping smoking in the 6 months before Visit 1."
    )
    assert polish_words(
        "No additional exclusions may be applied by the study doctor, to ensure that the study population will be "
        "representative of all eligible patients."
    ) == (
        "No additional exclusions may be applied by the study doctor, to make sure that the study population will "
        "be representative of all eligible patients."
    )
    assert polish_words("Participation in trials for other drugs simultaneously or 4 weeks before recruitment.") == (
        "Participation in trials for other drugs at the same time or 4 weeks before recruitment."
    )


def test_ensure_before_a_noun_and_cessation_after_a_word_stay() -> None:
    for text in (
        # "make sure" takes a clause, not a noun
        "You must have indirect and direct laryngoscopy to ensure patency of the trachea.",
        "Measurements of FSH are needed to ensure postmenopausal status.",
        # an adjective before it ("total stopping monthly bleeding" is no English), a window's anchor after "of"
        "You must have had total cessation of monthly bleeding for at least 1 year.",
        "You have used X within 4 weeks of cessation of Y.",
        # a name
        "You are in a smoking cessation program.",
    ):
        assert polish_words(text) == text
