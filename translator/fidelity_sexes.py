"""Both sexes kept: a criterion that names men and women is not said of one of them only.

"Male or female, 18 to 65 years" said as "You are male and 18 to 65" turns away every woman the trial would take,
yet the words-left-out checks cannot see it: "male", "female", "men" and "women" are frame words to them (a rewrite
to the reader drops "Patients" and "Subjects" all the time), and the list-item check needs a gap around the item.
So the sexes are compared on their own: where a criterion names both, the bullets citing it must name both, or
neither (a wording for everyone, "You are 18 to 65 years old"). Pregnancy, breastfeeding, childbearing and the
menopause name women too ("Men with pregnant partners" names both), so a bullet that keeps "pregnant" keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

_MALE = re.compile(r"\b(?:males?|men|man|boys?|fathers?|sperm|vasectom\w*)\b", re.IGNORECASE)
_FEMALE = re.compile(
    r"\b(?:females?|wom[ae]n|girls?|mothers?|pregnan\w*|breast-?feed\w*|nursing|lactat\w*|child-?bearing|"
    r"(?:post|pre|peri)?-?menopaus\w*|menstrua\w*)\b",
    re.IGNORECASE,
)


def sex_findings(
    source_id: str,
    source: str,
    bullets: Sequence[tuple[int, str]],
    raw_of: Callable[[int, int], tuple[int, int]] | None = None,
) -> list[Finding]:
    """An error when `source` names both sexes and the bullets citing it (index, text) name only one."""
    male, female = _MALE.search(source), _FEMALE.search(source)
    if male is None or female is None:
        return []
    said = " ".join(text for _, text in bullets)
    said_male, said_female = _MALE.search(said) is not None, _FEMALE.search(said) is not None
    if said_male == said_female:
        return []
    lost, kept = (female, "men") if said_male else (male, "women")
    return [Finding(
        check="sex_dropped",
        severity=Severity.ERROR,
        criterion_id=source_id,
        bullet_index=bullets[0][0] if bullets else None,
        message=f"{source_id} is about men and women ({lost.group()!r} among them), but the bullets citing it speak "
        f"of {kept} only: say both, or neither",
        source_span=raw_of(lost.start(), lost.end()) if raw_of else None,
    )]
