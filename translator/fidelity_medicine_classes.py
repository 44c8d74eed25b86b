"""A class of medicines that no bullet names: "treated with topical or systemic antibiotics" said as "treated by mouth
or injection"; "oral risperidone, olanzapine or a conventional neuroleptic" said as "oral risperidone, olanzapine".

`translator.fidelity_content` compares a medicine's own name alone (`dropped_medicines`: it has no plain wording a
bullet could put instead) and other words only in runs. A class of medicines ("antibiotics", "corticosteroids",
"immunosuppressants", "neuroleptics", "anticoagulants", "c-MET signaling inhibitor", "beta blockers") is a single word
as well, and says what is taken as surely as a name does: a bullet that says neither the word (in any form: "antibiotic"
for "antibiotics") nor every word of a wording the lexicon gives it ("blood thinners" for "anticoagulants", "an
antipsychotic medicine") has lost what the criterion is about. Only nouns are read: an adjective ("immune suppressive
medication", "antimicrobial therapy") is said in other words by a careful writer ("medicine that dampens the immune
system", "treatment against germs").

Measured over the offline bullets of the corpus (54,524 criteria) and of Chia (9,909) and the hand-written paraphrases:
nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_content import said_stems, stem, stems_of
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon

_CLASS = re.compile(
    r"(?!antibod|antigen)anti[a-z]{3,}(?:ics?|ants?|ines?|ents?|ors?|als|ives|s)|[a-z]*steroids?|[a-z]*suppressants?"
    r"|neuroleptics?|[a-z]*biologics?|chemotherap(?:y|ies)|diuretics?|opioids?|opiates?|statins?|insulins?"
    r"|benzodiazepines?|bisphosphonates?|hormones?|inhibitors?|blockers?|agonists?|antagonists?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
# "antidiabetic medication" said as "diabetes medicine", "antiepileptic drugs" as "epilepsy drugs": an "anti-" word
# before a word for a medicine is said by the disease it treats right before such a word. Only there: "You have
# diabetes and take a medicine" does not say which medicine. An "anti-" word that names the medicine itself ("a
# 5-HT3 receptor antagonist antiemetic (e.g., ondansetron …)") is said so too ("an … anti-nausea medicine").
_ANTI_ADJECTIVE = re.compile(r"anti-?(?P<root>[a-z]{5,})", re.IGNORECASE)
_MEDICINE_AFTER = re.compile(r"\s+(?:medications?|medicines?|drugs?|agents?|therap(?:y|ies)|treatments?)\b",
                             re.IGNORECASE)
# The plain disease word where it is not the root's own: "antineoplastic treatment" said "cancer treatment",
# "antihypertensive medication" "blood pressure medicine", "anticonvulsant drugs" "seizure drugs".
_DISEASE_OF = {"neopl": r"(?:anti-?)?cancer|tumou?r", "hyper": r"(?:high\s+)?blood\s+pressure|hypertension",
               "convu": r"seizures?|epilepsy", "emeti": r"(?:anti-?)?nausea|vomiting"}
# the "anti-" word is the noun: a bracket of examples, a stop or a joiner follows it
_NAMED_AFTER = re.compile(r"s?\s*(?:[(,.;]|$|\b(?:or|and|on|for|with|before|after|during)\b)", re.IGNORECASE)
_MEDICINE_WORD = r"(?:medications?|medicines?|drugs?|pills?|tablets?|treatments?|therap(?:y|ies))\b"


def _said_by_its_disease(source: str, word: re.Match[str], bullets: Sequence[str]) -> bool:
    anti = _ANTI_ADJECTIVE.fullmatch(word.group())
    if anti is None or not (_MEDICINE_AFTER.match(source, word.end()) or _NAMED_AFTER.match(source, word.end())):
        return False
    root = _DISEASE_OF.get(anti.group("root")[:5].lower(), re.escape(anti.group("root")[:5]) + "[a-z]*")
    said = re.compile(rf"\b(?:{root})\s+{_MEDICINE_WORD}", re.IGNORECASE)
    return any(said.search(text) for text in bullets)


def dropped_classes(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the classes of medicines in `source` that none of `bullets` names (see above)."""
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    terms = Lexicon.load().find(source)
    dropped = []
    for m in _WORD.finditer(source):
        if not _CLASS.fullmatch(m.group()) or stem(m.group()) in said or _said_by_its_disease(source, m, bullets):
            continue
        wordings = [w for t in terms if t.start <= m.start() and m.end() <= t.end
                    for w in (t.plain, t.replacement, getattr(t.entry, "term", None)) if w]
        if not any(stems_of(w) and stems_of(w) <= said for w in wordings):
            dropped.append(m.span())
    return dropped


def medicine_class_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                            raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each class of medicines in `source` that the `bullets` citing it (index, text) do not name."""
    texts = [text for _, text in bullets]
    return [Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id,
                    bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None,
                    message=f"{source_id}: the bullets citing it do not name the medicines “{source[a:b]}”")
            for a, b in dropped_classes(source, texts)]
