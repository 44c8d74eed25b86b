"""An exclusion that opens on "Any" before the people it excludes, read as the people rules read them (offline backend).

"Any patient with lung cancer or a history of lung cancer" excludes the same people as "Patients with lung cancer …":
the "any" counts people, not kinds of a condition (offline_any_kept keeps the "any" of "Any major surgery", which
says "whatever kind", after the rules' verb). So the criterion is read without it, by the rules that put "Patient
with X", "Person who has received X", "Participant that is participating in X" to the reader, and their opening
stands for "Any patient": "You have lung cancer or have had lung cancer.", "You have had a transplant (bone marrow or
solid organ)." About 20 corpus and Chia exclusions open so and were left as written.

Only an exclusion, only "Any" right before one of the people words (not "Any other patients", whose "other" the
opening would drop, nor "any patient's"), and only an opening that puts the whole criterion to the reader ("You …"
at its start). The whole rewrite is checked again here, as in offline_any_kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors
from translator.offline_edits import Edit, apply, merge, tidy

_ANY_PERSON = re.compile(
    r"any\s+(?=(?:patients?|subjects?|participants?|individuals?|persons?|wom[ae]n|m[ae]n|females?|males?)\b"
    r"(?!['’]))",
    re.IGNORECASE,
)


def any_person_edits(text: str, kind: SectionKind, read: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "Any patient with X" → "You have X" (see the module); `read` gives the second person's edits of a text."""
    start = len(text) - len(text.lstrip())
    m = _ANY_PERSON.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or m.end() >= len(text):
        return []
    at = m.end()
    rest = read(text[at].upper() + text[at + 1 :])
    if not rest or rest[0].start != 0 or not rest[0].text.startswith(("You ", "Your ")):
        return []
    edits = [Edit(start, at, "", "person")] + [Edit(e.start + at, e.end + at, e.text, e.what) for e in rest]
    item = RequestItem(ref="1", text=text)
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    found = check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))
    return [] if errors(found) else edits
