"""A woman's pregnancy beside a man's partner's, put to the reader one group at a time (offline backend).

"Female who is pregnant, planning to become pregnant during the study or breastfeeding; or male whose partner is
pregnant or planning to become pregnant during the study" names two groups, each excluded: the subject rules say a
sentence of one group and leave a second. Here each is said to the reader with its own sex kept: "You are female and
are pregnant, planning to get pregnant during the study or breastfeeding; or you are male and your partner is
pregnant or planning to get pregnant during the study". "Females who were …, or males whose partner was …" keep their
past tense ("You are female and were …; or you are male and your partner was …").

Only this shape, in an exclusion, with no third group, no "who" in the men's part and no second sentence: otherwise
no edit.
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


def partner_pregnancy_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that say "Female who is pregnant …; or male whose partner is pregnant …" to the reader, or none."""
    if kind is not SectionKind.EXCLUSION:
        return []
    start = len(text) - len(text.lstrip())
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
