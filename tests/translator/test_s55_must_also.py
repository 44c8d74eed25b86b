"""Session 55 (plain33): an inclusion's "You must A, and be B" (one "must" for two duties) said as "You must A. You
must also be B." (translator.offline_must_also, read by offline_also_sentences), on corpus criteria, and where it
must stay whole."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_must_also import must_also

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_shared_must_said_for_each_duty() -> None:
    assert said(
        "Must be registered into the mandatory RevAssist program, and be willing and able to comply with the "
        "requirements of RevAssist.",
        INC,
    ) == (
        "You must be registered into the mandatory RevAssist program. You must also be willing and able to follow "
        "the requirements of RevAssist."
    )
    assert said(
        "Patients must be informed of the investigational nature of this study and have given written consent in "
        "accordance with institutional and federal guidelines.",
        INC,
    ) == (
        "You must be informed of the experimental nature of this study. You must also have given written consent "
        "in line with institutional and federal guidelines."
    )
    assert said(
        "Patients must have measurable metastatic renal cell cancer and have tumor progression after treatment with "
        "interleukin-2 (IL-2).",
        INC,
    ) == (
        "You must have measurable metastatic renal cell cancer. You must also have tumor progression after treatment "
        "with interleukin-2 (IL-2)."
    )


def test_must_stays_whole_where_the_and_could_join_something_else() -> None:
    for sentence in (
        # "to" could take the second verb: "willing to take part and follow"
        "You must show your willingness to take part in the study and be ready to follow its procedures by signing "
        "a written informed consent.",
        # "have" could be the lesions'
        "You must have at least one lesion that is measurable by CT scan and have not been irradiated before "
        "joining the study.",
        # a list before the ", and": the last item would leave the list
        "You must be able to communicate meaningfully, be able to rate the pain, and be able to answer the "
        "questions in the questionnaires used in this trial.",
        # an "or" that could hold across the "and"
        "You must be 3 weeks or more from myelosuppressive chemotherapy and have shown recovery from your last "
        "course of chemotherapy.",
        # a comma after the second duty may close words that hold for both
        "You must have a body weight of 40 to 100 kg, and have a body mass index of 18 to 32 kg/m^2, at screening.",
    ):
        assert must_also(sentence) == sentence
    # in an exclusion an "and" may join two states of one reason: left as it is
    source = (
        "Must be registered into the mandatory RevAssist program, and be willing and able to comply with the "
        "requirements of RevAssist."
    )
    assert ". You must also" not in said(source, EXC)
