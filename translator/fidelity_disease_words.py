"""A disease's name anywhere in a criterion that no bullet says in any wording: "Obstructive uropathy" said as "You have
obstructive nephropathy", "Hemochromatosis" as "You have hemosiderosis".

`translator.fidelity_disease_names` reads such a name in a list item, where a lost item leaves a gap; outside a list
a name swapped for another left every check quiet: the words-left-out checks read runs of four words, and a plain
rewrite changes single words all the time ("recurrence" → "coming back"). A disease's name by its ending ("-itis",
"-osis", "-pathy"…, a word no general English dictionary has) has no such everyday wording: its own, its stem, or its
lexicon entry's. Its loss is an error wherever it stands. Not a capitalised verb opening the criterion before
"disease" ("Demonstrate disease progression"), which only looks like an eponym, nor a name negated in one word
("nonlymphoma-related" said "unrelated to lymphoma").

Measured over the offline bullets of the corpus and Chia (58,359 reworded parts) before it was added: one such row,
that verb; none after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translator.fidelity_disease_names import unsaid_disease_names
from translator.fidelity_item_words import rare
from translator.findings import Finding, Severity


def disease_word_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                          raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each disease name of `source` that the `bullets` citing it (index, text) say in no wording."""
    opening = len(source) - len(source.lstrip())
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it do not name “{source[a:b]}”",
                    criterion_id=source_id, bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None)
            for a, b in unsaid_disease_names(source, [text for _, text in bullets])
            if (a != opening or rare(source[a:b])) and not source[a:b].casefold().startswith("non")]
