"""A woman's pregnancy beside a man's partner's, put to the reader one group at a time (offline backend).

"Female who is pregnant, planning to become pregnant during the study or breastfeeding; or male whose partner is
pregnant or planning to become pregnant during the study" names two groups, each excluded: the subject rules say a
sentence of one group and leave a second. Here each is said to the reader with its own sex kept: "You are female and
are pregnant, planning to get pregnant during the study or breastfeeding; or you are male and your partner is
pregnant or planning to get pregnant during the study". "Females who were …, or males whose partner was …" keep their
past tense ("You are female and were …; or you are male and your partner was …").

Only this shape, in an exclusion, with no third group, no "who" in the men's part and no second sentence: otherwise
no edit. The short form of the same pair, "Pregnant or nursing female or male with pregnant female partner", is said
as one reader of either sex, the pair kept as one phrase as the source has it (fidelity_sexes asks for that): "You
are a pregnant or breastfeeding female or a male with a pregnant female partner".
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_PAIR = re.compile(
    r"(?P<women>(?:fe)?males?|wom[ae]n)\s+who\s+(?P<be>is|are|was|were)\s+(?P<state>pregnant\b[^;.]*?)"
    r"(?P<join>\s*[;,]?\s+or\s+)(?P<men>males?|m[ae]n)\s+whose\s+(?P<partner>(?:female\s+)?partners?)\s+"
    r"(?P<verb>is|are|was|were)\b",
    re.IGNORECASE,
)
_SEX = {"female": "female", "females": "female", "woman": "female", "women": "female", "male": "male",
        "males": "male", "man": "male", "men": "male"}  # fmt: skip


_ONE = {"female": "female", "females": "female", "woman": "woman", "women": "woman", "male": "male", "males": "male",
        "man": "man", "men": "man"}  # one reader  # fmt: skip
# "Pregnant or nursing female or male with pregnant female partner" (the whole criterion)
_SHORT_PAIR = re.compile(
    r"(?P<pregnant>pregnant)(?:\s*,)?\s+(?:or|and/or)\s+(?:breast-?\s?feeding|nursing|lactating)\s+"
    r"(?P<women>(?:fe)?males?|wom[ae]n)\s*,?\s+or\s+(?P<men>males?|m[ae]n)\s+with\s+(?P<a>an?\s+)?(?P<theirs>pregnant)\s+"
    r"(?:female\s+)?partner(?P<s>s?)\s*\.?\s*$",
    re.IGNORECASE,
)


def _short_pair(text: str, start: int) -> list[Edit]:
    """ "Pregnant or nursing female or male with pregnant female partner" → "You are a pregnant or nursing female or a
    male with a pregnant female partner": one reader of either sex, the pair kept as one phrase (fidelity_sexes)."""
    m = _SHORT_PAIR.match(text, start)
    if m is None:
        return []
    one = [Edit(m.start("pregnant"), m.end("pregnant"), "You are a pregnant", "person")]
    one.append(Edit(m.start("women"), m.end("women"), _ONE[m.group("women").lower()], "person"))
    one.append(Edit(m.start("men"), m.end("men"), "a " + _ONE[m.group("men").lower()], "person"))
    if not m.group("a"):
        one.append(Edit(m.start("theirs"), m.start("theirs"), "a ", "person"))
    return [*one, Edit(m.start("s"), m.end("s"), "", "person")] if m.group("s") else one


def partner_pregnancy_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that say "Female who is pregnant …; or male whose partner is pregnant …" to the reader, or none."""
    if kind is not SectionKind.EXCLUSION:
        return []
    start = len(text) - len(text.lstrip())
    if short := _short_pair(text, start):
        return short
    m = _PAIR.match(text, start)
    if m is None or _SEX[m.group("women").lower()] != "female" or _SEX[m.group("men").lower()] != "male":
        return []
    rest = text[m.end() :].rstrip().rstrip(".")
    if re.search(r"[.;:]\s|\b(?:who|whose|m[ae]n|wom[ae]n|(?:fe)?males?|they|their|he|she|his|her)\b", rest, re.I):
        return []  # a second sentence, or a third person in the men's part
    if re.search(r"\b(?:who|whose|m[ae]n|wom[ae]n|(?:fe)?males?|partners?|they|she|he)\b", m.group("state"), re.I):
        return []  # the women's part names someone else
    past = m.group("be").lower() in ("was", "were")
    join = ";" if ";" in m.group("join") else ","
    return [
        Edit(start, m.end("be"), f"You are female and {'were' if past else 'are'}", "person"),
        Edit(m.start("join"), m.start("partner"), f"{join} or you are male and your ", "person"),
    ]
