"""A recovery named as a noun, put to the reader (offline backend): "Resolution of all acute toxic effects of prior
therapy to NCI CTCAE grade ≤ 1" → "You have recovered from all acute toxic effects of past treatment to … grade 1 or
lower"; "Recovery from toxicities of prior therapy" → "You have recovered from toxicities of past treatment".

An inclusion that names the resolution of the harm a past treatment did ("Resolution of toxicities associated with
prior chemotherapy to ≤ Grade 1") asks that the reader has got over it, to the grade it names: what the source's
"Recovered from X to grade 1" already says as "You have recovered from X to grade 1" (offline_openings). Only the
opening words change; what was resolved, to what grade and its exceptions stay as written.

Only in an inclusion, at the top of a criterion, and only a resolution of toxic or side effects, toxicity or adverse
events (a "resolution of pleural effusion" may be a treatment's aim, not the reader's recovery); not where the words
name someone ("their CNS toxicity") or go on with a verb of their own.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import FINITE
from translator.offline_subject_sentences import NAMES_PEOPLE

_OPENING = re.compile(
    r"\s*(?P<open>resolution\s+of|recovery\s+from)\s+"
    r"(?=(?:(?:any|all|the|acute|chronic|pre-?existing|prior|previous|reversible|clinically\s+significant|"
    r"significant|treatment-related|drug-related|related|residual)\s+)*"
    r"(?:toxic\s+effects?|toxicit(?:y|ies)|side[-\s]effects?|adverse\s+(?:events?|effects?|reactions?)|AEs?)\b)",
    re.IGNORECASE,
)


def recovery_opening(text: str, kind: SectionKind, parent: str | None) -> list[Edit]:
    """ "Resolution of X" / "Recovery from X" → "You have recovered from X" (see the module), or none."""
    m = _OPENING.match(text)
    if kind is not SectionKind.INCLUSION or parent is not None or m is None:
        return []
    first = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)", text[m.end() :], maxsplit=1)[0]
    if NAMES_PEOPLE.search(text) or FINITE.search(first):
        return []  # "Resolution of their CNS toxicity", "… to grade 1, which must be …": the source's words
    return [Edit(m.start("open"), m.end(), "You have recovered from ", "person")]
