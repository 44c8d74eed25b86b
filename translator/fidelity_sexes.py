"""Both sexes kept: a criterion that names men and women is not said of one of them only.

"Male or female, 18 to 65 years" said as "You are male and 18 to 65" turns away every woman the trial would take,
yet the words-left-out checks cannot see it: "male", "female", "men" and "women" are frame words to them (a rewrite
to the reader drops "Patients" and "Subjects" all the time), and the list-item check needs a gap around the item.
So the sexes are compared on their own: where a criterion names both, the bullets citing it must name both, or
neither (a wording for everyone, "You are 18 to 65 years old"). Pregnancy, breastfeeding, childbearing and the
menopause name women too ("Men with pregnant partners" names both), so a bullet that keeps "pregnant" keeps them;
but where the source says "female" or "woman" in so many words next to a man, a bullet must too: "Male or
non-lactating, non-pregnant female" said as "You are male and you are not breastfeeding and not pregnant" has made the
women's condition one on the men. "Both sexes" ("either sex", "all genders") names both in one phrase.

Both ways kept, for the same reason: "People with or without T2DM 30 to 70 years old" said as "People with T2DM …"
turns away everyone without it, and "with or without" negates nothing the negation checks could count. Where a
criterion takes both ("with or without", "with and without", "whether or not"), the bullets citing it must say both in
some wording: "without", "whether", "regardless", "no matter", "either way", "or not", a "do not", "even if".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

# ("Patients of childbearing or child fathering potential": men who can father a child, beside the women)
_MALE = re.compile(r"\b(?:males?|men|man|boys?|fathers?|fathering|sperm|vasectom\w*)\b", re.IGNORECASE)
_FEMALE = re.compile(
    r"\b(?:females?|wom[ae]n|girls?|mothers?|pregnan\w*|breast-?feed\w*|nursing|lactat\w*|child-?bearing|"
    r"(?:post|pre|peri)?-?menopaus\w*|menstrua\w*)\b",
    re.IGNORECASE,
)

# One phrase for both: "Patients of both sexes aged 35 to 65" said as "You are male and aged 35 to 65" lost the women.
_BOTH = re.compile(r"\b(?:both|either|all|any)\s+(?:sexes|sex|genders?)\b", re.IGNORECASE)
# A woman named as such, not by her pregnancy or her menopause; in the source, paired with a man ("Male or
# non-pregnant female", "men and women"), not a woman a pregnancy already names ("Pregnant and nursing women …
# the sperm").
_WOMEN = r"\b(?:females?|wom[ae]n|girls?)\b"
_MEN = r"\b(?:males?|m[ae]n|boys?)\b"
_WOMAN = re.compile(_WOMEN, re.IGNORECASE)
# Or each leading a clause of its own ("Male, 35-80 years; female, postmenopausal to 80 years").
_PAIRED = re.compile(rf"{_MEN}[^.;:]{{0,40}}?(?:\bor\b|\band\b|/)[^.;:]{{0,40}}?{_WOMEN}"
                     rf"|{_WOMEN}[^.;:]{{0,40}}?(?:\bor\b|\band\b|/)[^.;:]{{0,40}}?{_MEN}"
                     rf"|^\W*{_MEN}[^.;:]{{0,40}};\s*{_WOMEN}|^\W*{_WOMEN}[^.;:]{{0,40}};\s*{_MEN}", re.IGNORECASE)

# "Male or female", "men and women", "male/female": the pair as one phrase, said by a bullet as one phrase too ("a man
# or a woman"); a bullet that names the man and, elsewhere, a woman by a condition of hers ("If you are a woman who
# could get pregnant") has made the criterion's opening one about men. A list's comma pairs them too ("a man, a woman or
# a child").
_TIGHT = re.compile(rf"{_MEN}\s*(?:,?\s*(?:and/or|or|and)\s+|/\s*|,\s*)(?:an?\s+)?{_WOMEN}"
                    rf"|{_WOMEN}\s*(?:,?\s*(?:and/or|or|and)\s+|/\s*|,\s*)(?:an?\s+)?{_MEN}", re.IGNORECASE)

# "for women and men respectively": the pair shares out the values before it, so a bullet names each with its value
# ("more than 20 g a day if you are a woman, or more than 30 g a day if you are a man"), by name.
_RESPECTIVELY = re.compile(r",?\s*respectively\b", re.IGNORECASE)
_MAN = re.compile(_MEN, re.IGNORECASE)

# Not a woman: a man's own fertility ("a man of childbearing potential", said "a man able to have children"), a
# programme's name ("the lenalidomide pregnancy prevention program" is for men too).
_NOT_A_WOMAN = re.compile(r"(?:(?<=\bman\sof\s)|(?<=\bmen\sof\s)|(?<=\bmale\sof\s)|(?<=\bmales\sof\s))child-?bearing"
                          r"|pregnancy\s+prevention\s+(?:program|programme|plan)", re.IGNORECASE)


def _female(text: str) -> re.Match[str] | None:
    """The first word of `text` that names a woman (`_FEMALE`), not one of `_NOT_A_WOMAN`."""
    return next((m for m in _FEMALE.finditer(text) if not _NOT_A_WOMAN.match(text, m.start())), None)


def sex_findings(
    source_id: str,
    source: str,
    bullets: Sequence[tuple[int, str]],
    raw_of: Callable[[int, int], tuple[int, int]] | None = None,
) -> list[Finding]:
    """An error when `source` names both sexes and the bullets citing it (index, text) name only one."""
    both = _BOTH.search(source)
    male, female = _MALE.search(source) or both, _female(source) or both
    if male is None or female is None:
        return []
    said = " ".join(text for _, text in bullets)
    said_both = _BOTH.search(said) is not None
    said_male, said_female = said_both or _MALE.search(said) is not None, said_both or _female(said) is not None
    paired = _PAIRED.search(source)
    woman = _WOMAN.search(source, paired.start()) if paired else None
    if said_male and said_female and woman and not said_both and not _WOMAN.search(said):
        said_female, female = False, woman  # the women said only by a condition of theirs, now on the men too
    tight = _TIGHT.search(source)
    if tight and _RESPECTIVELY.match(source, tight.end()) and _WOMAN.search(said) and _MAN.search(said):
        tight = None  # "> 20 g/day and > 30 g/day for women and men respectively": each said with its own value
    if said_male and said_female and tight and not said_both and not _TIGHT.search(said):
        said_female, female = False, _WOMAN.search(source, tight.start()) or female  # "male or female" said "male"
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



# A criterion that takes both a condition and its absence, and the wordings that say both (a lenient list: a bullet
# that has none of them has said one side only).
# ("regardless of sexual orientation" is no pair of sides: "whatever her sexual orientation")
_BOTH_WAYS = re.compile(r"\bwith\s*(?:or|and|/)\s*without\b|\bwhether\s+or\s+not\b", re.IGNORECASE)
_SAID_BOTH_WAYS = re.compile(r"\b(?:without|whether|regardless|irrespective|no\s+matter|either\s+way|or\s+not"
                             r"|not\s+have|do(?:es)?\s+not|don[’']t|doesn[’']t|both|any|whatever|even\s+if)\b",
                             re.IGNORECASE)


def both_ways_findings(
    source_id: str,
    source: str,
    bullets: Sequence[tuple[int, str]],
    raw_of: Callable[[int, int], tuple[int, int]] | None = None,
) -> list[Finding]:
    """An error when `source` takes both a condition and its absence and no bullet citing it says both ways."""
    both = _BOTH_WAYS.search(source)
    if both is None or not bullets or any(_SAID_BOTH_WAYS.search(text) for _, text in bullets):
        return []
    return [Finding(
        check="both_ways_dropped",
        severity=Severity.ERROR,
        criterion_id=source_id,
        bullet_index=bullets[0][0],
        message=f"{source_id} takes both ways ({both.group()!r}), but the bullets citing it say one side only: say "
        "both (\"with or without\", \"whether or not\")",
        source_span=raw_of(both.start(), both.end()) if raw_of else None,
    )]
