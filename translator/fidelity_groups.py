"""One sex kept: a criterion said of men only, or of women only, is not said of everyone.

"Men under 30" rendered "You are under 30." widens an exclusion to every woman under 30, and "Women aged 18-45"
rendered "You are 18 to 45 years old." invites men. The words-left-out checks cannot see it ("men", "women",
"patients" are frame words to them: a rewrite to the reader drops "Patients" all the time), and
`translator.fidelity_sexes` only compares a criterion that names both sexes. So here: where a criterion restricts
who it is about to one sex, the bullets citing it must still name that sex, in any wording ("If you are a man",
"male", "men"; for women also "pregnant", "breastfeeding", "childbearing", "menopause", which only women are).

What restricts is read from the shape of the phrase, not from a list of wordings:

- a sex noun ("men", "women", "females", "a boy") restricts: "Women who are pregnant", "Sex: Female";
- a sex adjective restricts when it says who the person is: before a word for a person ("male patients",
  "healthy female volunteers") or used as a noun ("Male, 18 to 65", "if female, …", "female aged 18-45"); before any
  other noun it names a thing, not the reader ("male condom", "female partner", "male pattern baldness", "female
  sexual dysfunction");
- two sex adjectives joined share the noun after the second: "male or female condoms" restricts nobody, "male and
  female patients" names both;
- a possessive ("mother's consent", "Women's Health Initiative"), a family member ("mother or sister with breast
  cancer") and an upper-case acronym ("MEN 2A", multiple endocrine neoplasia) do not restrict.

A criterion naming both sexes is `translator.fidelity_sexes`'s: said of both or of neither, it is for everyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

# Words for a person that a sex adjective before them makes one sex of ("female patients", "male volunteers").
_PERSON = (
    r"(?:patients?|subjects?|participants?|volunteers?|adults?|adolescents?|children|child|infants?|outpatients?|"
    r"inpatients?|candidates?|individuals?|persons?|people|veterans?|smokers?|athletes?|students?|workers?|"
    r"residents?|survivors?|recipients?|donors?|members?|youths?|teens?|teenagers?|twins?|cases?|controls?|"
    r"populations?|cohorts?|groups?|"
    r"sex|gender|only|pts?)"
)
# What follows a sex adjective that says who the reader is: a word for a person (a few words may come between: "male
# T2DM patients", "male Chinese and Japanese volunteers"), or no noun at all (a comma, a number, a preposition, a
# conjunction, a verb or participle: "aged", "between", "who", "and at least 18", "based upon", "using", the end).
# Any other word after it is a noun it names a thing by ("male condom", "female sexual partner").
_READER_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b|\s*(?:$|[^\w\s'’-]|\d)|\s+(?:aged?|ages|between|from|over|under|"
    r"above|below|at|of|who|whose|that|which|with|without|not|if|in|on|for|to|by|as|upon|per|than|within|during|and|"
    r"or|is|are|was|were|be|being|must|should|shall|will|would|can|could|may|might|has|have|had|greater|less|older|"
    r"younger|years?|only|[a-z]+(?:ed|ing))\b",
    re.IGNORECASE,
)
_ADJECTIVE = re.compile(r"\b(fe)?male\b", re.IGNORECASE)
# A second sex adjective joined to the first shares its noun: "male or female condoms", "male and female patients".
_JOINED = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*(?:fe)?male\b", re.IGNORECASE)
_MALE_NOUN = r"\b(?:men|man|males|boys?|gentlemen)\b"
_FEMALE_NOUN = r"\b(?:women|woman|females|girls?|ladies|lady)\b"
# Words only a woman (or only a man) is said by, which name the sex wherever they stand: "pregnant", "lactating".
# The menstrual cycle is not among them in a source: it is what a criterion is about, not who ("Menstrual period
# within 1 year" said "You had a period in the last year" names no man either); a bullet still says women by it.
_FEMALE_STATE = (
    r"\b(?:pregnan\w*|breast-?\s?feed\w*|lactat\w*|child-?\s?bearing|(?:post|pre|peri)?-?\s?menopaus\w*|"
    r"WOCBP|WCBP|FCBP)\b"
)
# ("Patients of childbearing or child fathering potential": men too, whom a bullet names by "father a child")
_MALE_STATE = r"\b(?:sperms?|vasectom\w*|child[-\s]?fathering)\b"
# A sex noun or state word; not a possessive ("women's", "men's").
_RESTRICTS = {
    "men": re.compile(rf"{_MALE_NOUN}(?!['’]s?\b)|{_MALE_STATE}", re.IGNORECASE),
    "women": re.compile(rf"{_FEMALE_NOUN}(?!['’]s?\b)|{_FEMALE_STATE}", re.IGNORECASE),
}
# What a bullet names a sex by, in any wording (the reader's own sex or "men" in general: "If you are a man").
_SAID = {
    "men": re.compile(rf"{_MALE_NOUN}|\bmales?\b|{_MALE_STATE}|\bfather\w*", re.IGNORECASE),
    "women": re.compile(rf"{_FEMALE_NOUN}|\bfemales?\b|{_FEMALE_STATE}|\b(?:menstrua\w*|menarch\w*|nursing|"
                        r"monthly\s+(?:periods?|bleeding|cycles?)|gestation\w*)\b", re.IGNORECASE),
}


def _acronym(text: str, match: re.Match[str]) -> bool:
    """An upper-case word of three letters or more ("MEN 2A"): an acronym, not the sex."""
    word = match.group()
    return len(word) >= 3 and word.isupper() and not text.isupper()


def _of_reader(text: str, adjective: re.Match[str]) -> bool:
    """Whether a sex adjective says who the reader is, judged by what follows it and any adjective joined to it."""
    end = adjective.end()
    while (joined := _JOINED.match(text, end)) is not None:
        end = joined.end()
    return _READER_AFTER.match(text, end) is not None


def restricted_to(text: str) -> dict[str, re.Match[str]]:
    """The sexes `text` restricts its reader to, each with its first restricting mention."""
    found: dict[str, re.Match[str]] = {}
    for adjective in _ADJECTIVE.finditer(text):
        if _of_reader(text, adjective):
            found.setdefault("women" if adjective.group(1) else "men", adjective)
    for sex, pattern in _RESTRICTS.items():
        match = next((m for m in pattern.finditer(text) if not _acronym(text, m)), None)
        if match is not None and (sex not in found or match.start() < found[sex].start()):
            found[sex] = match
    return found


def group_findings(
    source_id: str,
    source: str,
    bullets: Sequence[tuple[int, str]],
    raw_of: Callable[[int, int], tuple[int, int]] | None = None,
) -> list[Finding]:
    """An error when `source` restricts its reader to one sex and the bullets citing it (index, text) do not say it."""
    restricted = restricted_to(source)
    if len(restricted) != 1:
        return []  # none, or both (translator.fidelity_sexes compares those)
    ((sex, mention),) = restricted.items()
    said = " ".join(text for _, text in bullets)
    if _SAID[sex].search(said):
        return []
    return [Finding(
        check="group_dropped",
        severity=Severity.ERROR,
        criterion_id=source_id,
        bullet_index=bullets[0][0] if bullets else None,
        message=f"{source_id} is said of {sex} only ({mention.group()!r}), but the bullets citing it do not say so: "
        f"they now speak to everyone",
        source_span=raw_of(mention.start(), mention.end()) if raw_of else None,
    )]
