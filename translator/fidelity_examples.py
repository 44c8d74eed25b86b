"""A lone example in brackets that the bullets left out: "clinical benefit (e.g. symptom improvement)" said as
"clinical benefit".

`translator.fidelity_items` finds a left-out list item by its neighbours; a bracket with one example has no list, so
no neighbours to read. An example names what the criterion has in mind, and a bullet that says none of its content
words (not by its stem, its everyday word group nor a lexicon wording of a term in it) left it out, wherever the rest
went. A bullet that rewords it ("better symptoms") keeps a word of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import content_words, said_stems, term_wordings
from translator.findings import Finding, Severity

_LONE_EXAMPLE = re.compile(r"\((?:e\.\s?g\.?|eg\.?|for example|for instance|such as),?\s+(?P<example>[^(),;/]+)\)",
                           re.IGNORECASE)
_LISTED = re.compile(r"\b(?:and|or|nor)\b|\betc\b", re.IGNORECASE)


def dropped_examples(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the lone bracketed examples of `source` that no bullet says a content word of."""
    found = []
    said: frozenset[str] | None = None
    for m in _LONE_EXAMPLE.finditer(source):
        if _LISTED.search(m.group("example")):
            continue  # a list of examples is `translator.fidelity_items`' to read
        start, end = m.span("example")
        words = [stem for a, b, stem in content_words(source) if start <= a and b <= end]
        if not words:
            continue
        if said is None:
            said = frozenset().union(*(said_stems(text) for text in bullets))
        glossed = any(a < end and start < b and stems <= said for a, b, stems in term_wordings(source))
        if not glossed and not said.intersection(words):
            found.append((start, end))
    return found


# An examples frame a bullet left empty: "For example." closing a sentence, or "For example or needle biopsy" where
# the first example stood ("(e.g. fine needle aspiration or needle biopsy)"). The cue says examples follow, so a
# bullet that has it with none after it, or with a joiner first, lost what stood there, wherever its neighbours went.
# Not a colon after the cue: "such as:" leads in the criteria that follow.
_EMPTY_EXAMPLES = re.compile(r"\b(?:for example|for instance|such as|e\.\s?g\.)\s*,?\s*(?:(?:or|and)\b|[.;)]"
                             r"(?=\s|$)|$)", re.IGNORECASE)
# A source's own cue with nothing after it, a colon too ("primary sleep disorders. E.g.:" is said "Such as.").
_OWN_EMPTY = re.compile(r"\b(?:for example|for instance|such as|e\.\s?g\.|including)\s*[,:]?\s*(?:(?:or|and)\b|[.;)]"
                        r"(?=\s|$)|$)", re.IGNORECASE)


def emptied_examples(source: str, bullets: Sequence[str]) -> list[tuple[int, str]]:
    """Each bullet (index in `bullets`, the cue as written) with an examples frame left empty, more of them than
    `source` has ("such as" that closes a source's own lead-in is the source's)."""
    own = len(_OWN_EMPTY.findall(source))
    found = [(index, m.group()) for index, text in enumerate(bullets) for m in _EMPTY_EXAMPLES.finditer(text)]
    return found[own:]


def empty_example_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]]) -> list[Finding]:
    """An error for each bullet (index, text) citing `source` that leaves an examples frame empty."""
    texts = [text for _, text in bullets]
    return [Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id,
                    bullet_index=bullets[index][0],
                    message=f"{source_id}: bullet {bullets[index][0] + 1} has “{cue.strip()}” with no example after "
                    "it: the source's example is left out")
            for index, cue in emptied_examples(source, texts)]
