"""A word that narrows what a criterion is about, kept: "Symptomatic brain metastases" said as "brain metastases",
"live vaccine" as "vaccine", "allogeneic stem cell transplant" as "stem cell transplant", "Metastatic breast cancer"
as "breast cancer", "Intravenous antibiotics" as "antibiotics".

The words-left-out checks read runs of four words and let single words go, as a plain rewrite changes them all the
time. These words are different: each names which kind of a thing the criterion means (a cancer that has spread, a
vaccine that holds a living virus, a transplant from a donor), and without it the bullet takes in every kind, so
it lets in or keeps out people its source does not. None has many wordings, so each is said only by its own
word or by one of a few plain ones ("spread" for "metastatic", "from a donor" for "allogeneic", "not under control"
for "uncontrolled", "came back" for "relapsed"). A word of the source said by no bullet citing it is an error.

Measured over the offline bullets of the corpus and Chia (63,965 distinct criterion parts) and the 617 hand-written
paraphrases: no finding, once "asymptomatic" could be said by "no symptoms" and "allergic" was left out (the lexicon
says "allergic rhinitis" as "hay fever").

A word the source says twice or more is said as often by the bullets ("metastatic adenocarcinoma … for metastatic
disease" said once has dropped one); "suspected" ("Known or suspected X" said as "You have X" leaves out those only
thought to have it), "primary" (a primary brain tumour is no brain metastasis), "oral" and "live birth" are key words
too. Measured again over the same bullets (64,041 source texts with their bullets) and the 625 paraphrases: no finding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translator.fidelity_swaps import at_word_start
from translator.findings import Finding, Severity

_SYMPTOM = r"symptom\w*"
_BACK = r"came\s+back|come\s+back|comes\s+back|coming\s+back|returned|return\w*|relaps\w*|recurr\w*"
# the source's word (a regex read at a word start) → the wordings that say it
_KEY_WORDS: dict[str, str] = {
    r"metasta\w*": r"metasta\w*|spread\w*|stage\s+(?:iv|4)\b",
    r"symptomatic": _SYMPTOM,
    r"asymptomatic": rf"asymptomatic|{_SYMPTOM}",
    r"allogene?ic": r"allogene?ic|donor\w*|another\s+person|someone\s+else",
    r"autologous": r"autologous|own\b",
    r"live(?=\s+(?:attenuated\s+)?(?:vaccines?|virus|viral|bacteri))": r"live\b|living|attenuated",
    r"live(?=\s+births?)": r"live\b|alive|living",
    # "Known or suspected X": both kinds; "You have X" leaves out those only thought to have it
    r"suspected": r"suspect\w*|may\s+(?:also\s+)?have|might\s+have|possibl\w*|probabl\w*|likely",
    r"primary": r"primary|main\b|first\s+(?:cancer|tumou?r|site)|start\w*\s+in|began\s+in",
    r"oral(?:ly)?(?![\s-]+(?:cavity|mucosa|mucositis|health|hygiene|lesions?|cancer|surgery))":
        r"oral\w*|by\s+mouth|swallow\w*|tablets?|pills?|capsules?",
    r"intravenous(?:ly)?": r"intraven\w*|\bIV\b|i\.v\.|into\s+(?:a|your)\s+veins?|by\s+drip|infusion",
    r"uncontrolled": r"uncontrolled|not\s+(?:well\s+|adequately\s+|properly\s+)?controlled|not\s+under\s+control|"
                     r"out\s+of\s+control|poorly\s+controlled",
    r"refractory": r"refractory|respond\w*|resist\w*|fail\w*|did\s+not\s+work|stopped\s+working|not\s+work\w*",
    r"relapsed": _BACK,
    r"untreated": r"untreated|not\s+(?:been\s+|yet\s+)?treated|no\s+treatment|without\s+treatment|not\s+had\s+"
                  r"treatment",
    r"bilateral(?:ly)?": r"bilateral\w*|both",
    r"unilateral(?:ly)?": r"unilateral\w*|one\s+side|one\b",
}


def unsaid_key_words(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the key words of `source` that none of `bullets` says in any of its wordings."""
    said = " ".join(bullets)
    found = []
    for word, wordings in _KEY_WORDS.items():
        spans = [m.span() for m in at_word_start(word).finditer(source)]
        # Said fewer times than the source says it: where the source names two kinds ("metastatic breast cancer …
        # for metastatic disease"), a bullet that says the word once has dropped it from one of them.
        if spans and len(at_word_start(wordings).findall(said)) < len(spans):
            found.append(spans[0])
    return sorted(found)


def key_word_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                      raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each key word of `source` that the `bullets` citing it (index, text) say in no wording."""
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it do not say “{source[a:b]}”, which narrows what it "
                            "is about", criterion_id=source_id, bullet_index=bullets[0][0],
                    source_span=raw_of(a, b) if raw_of else None)
            for a, b in unsaid_key_words(source, [text for _, text in bullets])]
