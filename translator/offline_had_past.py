"""A past treatment or event the reader "has", said as one they have had (offline backend, on the composed bullet).

"Prior anthracycline exposure" put to the reader reads "You have past anthracycline exposure", and "Patients with
prior therapy that included X must …" reads "If you have past treatment that included X, you must …": the opening
said "You have" of a noun, and the plain words then said "prior" as "past". "You have had anthracycline exposure"
says the same time in the verb, as the past-event openings do ("You have had a stroke").

Only right after "you have", and only where "past" qualifies the one noun phrase after it: not before "or"/"and"
("You have past or concurrent cancer" keeps both times), and not before a noun that "had" would not take ("past use
of aspirin", "past history of": "you have had use of" is no better).

"You had had X", from a source's own past perfect ("Patients who had had systemic treatment"), is said "You have had
X" too: the criterion asks about the reader's past, and no later time is named that "had had" would be before.
"""

from __future__ import annotations

import re

_HAVE_PAST = re.compile(
    r"\b(?P<have>[Yy]ou\s+have)\s+past\s+(?!(?:or|and|and/or|nor|use|usage|history|medical|episodes?)\b|[,/(])"
)


_HAD_HAD = re.compile(r"\b(?P<you>[Yy]ou)\s+had\s+had\b")


def had_past(text: str) -> str:
    """`text` with "you have past X" and "you had had X" said as "you have had X"."""
    text = _HAD_HAD.sub(lambda m: f"{m.group('you')} have had", text)
    return _HAVE_PAST.sub(lambda m: f"{m.group('have')} had ", text)
