"""The senses of "evidence of" that are not signs of an illness (offline backend, on the final text).

The plain words say "evidence of" as "signs of" (translator.offline_plain, and the openings that say "Evidence of X"
as "You have signs of X"): right for a disease ("signs of metastases"), wrong where the evidence is a paper, a record
or a result. Where the source said "evidence of", these get their own words back:

- "proof of" a document or a thing done that a record shows: "Evidence of a personally signed and dated informed
  consent document" → "You have proof of a personally signed …" (not "signs of a … document"); "must provide evidence
  of the use of two types of birth control", "definite evidence of contraceptive use", "evidence of non-childbearing
  status", "documented evidence of a fundoscopic examination", "… of a reversibility assessment";
- "evidence of" kept for a result, a measurement or a judgement: "evidence of efficacy from at least 1
  placebo-controlled trial", "without evidence of response", "evidence of adequate bone marrow function", "evidence
  of an uncooperative attitude", "documented evidence of FEV1 >= 80%", "documented evidence of no recurrence", a test's
  finding ("evidence of KRAS G12C mutation", "evidence of Child-Pugh B or C classification"), and what studies of a
  medicine found ("clear evidence of risk in pregnancy").

Each wording is the source's own sense, said as the source said it or as plainly: no fact changes. The lists are
narrow on purpose: a word that can also name a finding of illness ("recovery", "resolution", "engraftment", "use of
any tobacco") keeps "signs of".
"""

from __future__ import annotations

import re

# What follows "signs of" in the bullet (after the plain words: "birth control" for "contraceptive", "exam" for
# "examination", "good enough" for "adequate", "electrocardiogram (ECG)" for "ECG").
_PROOF = (
    # consent papers: "a personally signed and dated informed consent document", "signed and dated informed
    # consent/assent document(s)"
    r"(?:a\s+)?(?:personally\s+)?signed\s+and\s+dated\b|(?:an?\s+|the\s+)?(?:signed\s+)?informed\s+consent\b|"
    # birth control used: "the use of two types of birth control", "birth control use"
    r"(?:the\s+)?use\s+of\s+(?:two|2|one|\d+|an?|effective)\s+(?:types?|methods?|forms?)\s+of\s+birth\s+control\b|"
    r"(?:birth\s+control|contraceptive)\s+use\b|"
    r"(?:non-?child-?bearing|post-?menopausal)\s+status\b|"
    # an exam or assessment done (and recorded)
    r"an?\s+(?:fundoscopic|eye|dilated\s+eye)\s+exam(?:ination)?\b|a\s+reversibility\s+assessment\b"
)
_EVIDENCE = (
    r"efficacy\b|"
    r"(?:an?\s+)?(?:(?:complete|partial|objective|anti-androgen\s+withdrawal)\s+(?:or\s+partial\s+)?)?response\b|"
    r"(?:an?\s+)?good\s+enough\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}(?:function|reserve|trial)\b|"
    r"stable\s+(?:liver|hepatic|kidney|renal)\s+function\b|"
    r"an\s+uncooperative\s+attitude\b|selected\s+surger(?:y|ies)\b|"
    r"a\s+normal\s+(?:electrocardiogram|ECG)\b|(?:a\s+baseline\s+)?FEV1\b|"
    r"at\s+least\s+(?:two|2|three|3)\s+(?:[\w-]+\s+){0,3}measurements\b|"
    r"(?:liver|kidney|renal|hepatic)\s+function\s+tests\b|no\s+recurrence\b|"
    r"(?:a|another)\s+diagnosis\b|reversibility\b|a\s+reversible\s+increase\b|QT\s+interval\s+corrected\b|"
    # a test's finding on a tumour or a virus: "KRAS G12C mutation", "ALK fusion", "t(8;21)", "full or partial
    # resistance", "HBV clearance", "Child-Pugh B or C classification", "cell type"
    r"(?:(?!(?:or|and|with|of|in|that|which)\b)[\w()/-]+\s+){0,5}?(?:mutations?|fusions?|overexpression|expression)\b|"
    r"t\(\d+;\d+\)|inv\(\d+\)|(?:(?:full|partial|primary)\s+(?:or\s+(?:of\s+)?(?:full|partial)\s+)?)?resistance\b|"
    r"(?:HBV|HCV|HIV|viral)\s+clearance\b|(?:current\s+or\s+past\s+)?Child-Pugh\b|cell\s+type\b|"
    # what studies of a medicine found: "pregnancy category D - clear evidence of risk in pregnancy"
    r"fetal\s+risk\b|risk\s+in\s+pregnancy\b"
)
_SIGNS = re.compile(rf"\b(?P<signs>[Ss]igns) of (?=(?P<proof>{_PROOF})|(?:{_EVIDENCE}))")
_SOURCE_SAID = re.compile(r"\bevidence\s+of\b", re.IGNORECASE)


def evidence_senses(text: str, source: str) -> str:
    """`text` with "signs of" put back as "proof of" or "evidence of" where the source's "evidence of" meant a
    document, a record or a result (see the module); `source` is the criterion's own text."""
    if not _SOURCE_SAID.search(source):  # (a source that said "signs of X" keeps its word)
        return text
    return _SIGNS.sub(_sense, text)


def _sense(match: re.Match[str]) -> str:
    word = "proof" if match["proof"] is not None else "evidence"
    return f"{word.capitalize() if match['signs'][0] == 'S' else word} of "
