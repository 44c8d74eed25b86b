"""The offline backend on real criteria written another way: in capitals, in lower case, with two words swapped or
one dropped here and there, as unseen records write them and as no rule was written for. Every part is rendered by
the rules (none falls back because a rule raised) and the fidelity checks find no error.

This is how the crash of `offline_narrowed` on "… OF CHILDBEARING POTENTIAL" was found: the rules are regular
expressions over text, and a case or an order they were not tried on is where they break.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from tests.corpus import corpus_records, criteria_text
from tests.translator.test_offline_properties import translator
from translator.fidelity import check, errors
from translator.outline import parse_criteria

_SAMPLE = 40  # records per way of writing; about a second each way


def _noisy(text: str) -> str:
    """Two neighbouring words swapped, one dropped or one capitalised on some lines (seeded by the text)."""
    rng = random.Random(text)
    lines = []
    for line in text.split("\n"):
        lead, body = re.match(r"(\s*(?:[*-]|\d+\.)?\s*)(.*)", line).groups()  # type: ignore[union-attr]  # always
        words = body.split(" ")
        roll = rng.random()
        if len(words) > 3 and roll < 0.3:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        elif len(words) > 3 and roll < 0.5:
            del words[rng.randrange(len(words))]
        elif len(words) > 3 and roll < 0.6:
            i = rng.randrange(len(words))
            words[i] = words[i].upper()
        lines.append(lead + " ".join(words))
    return "\n".join(lines)


_WAYS: dict[str, Callable[[str], str]] = {"upper": str.upper, "lower": str.lower, "noisy": _noisy}


@pytest.mark.parametrize("way", sorted(_WAYS))
def test_criteria_written_another_way_are_rendered_by_the_rules_with_no_error(way: str) -> None:
    records = random.Random(way).sample(corpus_records(), _SAMPLE)
    for record in records:
        doc = parse_criteria(_WAYS[way](criteria_text(record)))
        translation = translator().translate(doc)
        failed = [f.message for f in translation.flags if "rules failed" in f.message]
        assert not failed, (record["protocolSection"]["identificationModule"]["nctId"], failed)
        assert errors(check(doc, translation)) == [], record["protocolSection"]["identificationModule"]["nctId"]
