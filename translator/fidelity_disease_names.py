"""A disease's name in a list item that no bullet says in any wording: "endometrial cancer or uterine carcinosarcoma"
said as "endometrial cancer".

`translator.fidelity_items` reads a rare word left out only when no other word of its item is said; an item whose
everyday word a bullet says for another reason ("uterine" by "the lining of the womb" of "endometrium") hides its
rare one. A disease's name ("carcinosarcoma", "hypercalcemia", "nephropathy") has no other wording than its own or
its lexicon entry's, so a list item with one that no citing bullet says, written or by stem or by any word of its
lexicon wording, is gone. Read only:
- words with the ending of a disease's name ("-oma", "-itis", "-emia", "-osis", "-uria", "-pathy"; not "diagnosis",
  "sympathy"), a common disease a dictionary has ("stroke", "seizures", "asthma", "dementia"), or a capitalised word
  that names a syndrome or disease after a person ("Crigler-Najjar syndrome", a name a dictionary may hold): a rare
  word of any other kind ("monotherapy", "intraoperatively", "nephrotoxic") is one a plain rewrite says in everyday
  words ("alone", "during surgery", "that harm the kidneys");
- in a list item of `fidelity_items`.

Measured over the offline bullets of the whole corpus and Chia (64,433 criteria), the mutation suites' samples and
the hand-written paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_content import content_words, said_stems, term_wordings
from translator.fidelity_item_words import misspelled_said
from translator.fidelity_items import _items as list_items
from translator.findings import Finding, Severity

_DISEASE = re.compile(r"(?:omas?|itis|a?emias?|osis|uria|pathy|pathies)$", re.IGNORECASE)
# Everyday words with such an ending that name no disease.
_NOT_DISEASE = re.compile(r"(?:dia|pro)gnos[ie]s|(?:sym|em|tele)path(?:y|ies)|diplomas?|aromas?|osmosis|hypnosis",
                          re.IGNORECASE)
# Common diseases a dictionary has, with no everyday wording but their own (or the lexicon's: "stroke" is
# "cerebrovascular accident", said by either): a list item that loses one has lost the disease.
_COMMON = re.compile(r"strokes?|seizures?|asthma|epilepsy|dementia|angina|migraines?|pneumonia|glaucoma|cataracts?"
                     r"|psoriasis|eczema|gout|lupus|sepsis", re.IGNORECASE)
# The rest of an eponym's name after a word of it: "-Najjar syndrome" after "Crigler", "'s disease" after "Gaucher".
_EPONYM = re.compile(r"(?:-[A-Z][\w]*)*(?:['’]s)?\s+(?:syndrome|disease)\b", re.IGNORECASE)


def unsaid_disease_items(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the list items of `source` with a disease's name that `bullets` say in no wording."""
    unsaid = unsaid_disease_names(source, bullets)
    return [(start, end) for start, end in list_items(source) if any(start <= a and b <= end for a, b in unsaid)]


def unsaid_disease_names(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the disease names of `source` (see the module) that `bullets` say in no wording."""
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    written = " ".join(bullets).casefold()
    wordings = term_wordings(source)
    found = []
    for a, b, stem in content_words(source):
        name = source[a:b]
        if not ((_DISEASE.search(name) and not _NOT_DISEASE.fullmatch(name)) or _COMMON.fullmatch(name)
                or (name[0].isupper() and _EPONYM.match(source, b))):
            continue
        if stem in said or name.casefold() in written or any(x <= a and b <= y and s & said for x, y, s in wordings):
            continue
        if misspelled_said(name, bullets):  # "peumonias" said "pneumonia"
            continue
        found.append((a, b))
    return found


def disease_name_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                          raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each list item of `source` whose disease's name the `bullets` citing it (index, text) leave out."""
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it leave out the list item “{source[a:b].strip(' .;')}”",
                    criterion_id=source_id, bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None)
            for a, b in unsaid_disease_items(source, [text for _, text in bullets])]
