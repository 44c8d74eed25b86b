"""Inclusion items put to the reader when the subject rules found no person: in the order they are tried, a group
said eligible ("Patients with X are eligible if they …"), "with X who Y", a method used ("Use of contraception"),
and the reader's child-bearing state ("Childbearing potential, has a negative test …"); and which headers deny an
item (a group said eligible states a rule of its own, whatever its header says)."""

from __future__ import annotations

from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_eligible_groups import eligible_group_edits
from translator.offline_method_uses import method_use
from translator.offline_potential_states import potential_state
from translator.offline_scopes import denied_by_a_header
from translator.offline_with_who import with_who_edits


def inclusion_reader_edits(text: str, kind: SectionKind, parent: str | None) -> list[Edit]:
    """The first of these rules that puts `text` to the reader, or no edits."""
    return (eligible_group_edits(text, kind) or with_who_edits(text, kind) or method_use(text, kind, parent)
            or potential_state(text, kind))  # fmt: skip


def denied_here(headers: Sequence[str], kind: SectionKind, text: str) -> bool:
    """Whether a header denies the item `text` (offline_scopes), unless the item names its own group and verdict:
    under "No symptomatic brain metastases", "Patients with asymptomatic brain metastasis are eligible provided they
    are not on prophylactic anticonvulsants …" is the header's exception and says whole who may take part, so
    "If you have asymptomatic brain metastasis, you can take part as long as you …" says the same."""
    if not denied_by_a_header(headers, kind):
        return False
    return kind is not SectionKind.INCLUSION or not eligible_group_edits(text, kind)
