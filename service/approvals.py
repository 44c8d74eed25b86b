"""Per-criterion approvals: an editor's approval follows a criterion's text, not the whole document.

A translation records which criterion ids it renders and the content sha of each (`Criterion.sha`:
kind + clean text). Approving it stores, per sha, the bullets that cite the criterion. A later
translation of the same study (after the source changed) inherits the approvals of every criterion
whose sha is still there, so the editor only has to look at criteria whose text or rendering changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from service.stored import CriterionApproval
from translator.criteria import Criterion
from translator.outline import parse_criteria
from translator.translation import Bullet, Translation

# Stored shapes: criteria are an ordered list (JSONB does not keep object key order); approvals a
# map from criterion sha to CriterionApproval JSON.
CriterionList = list[dict[str, str]]
ApprovalMap = dict[str, dict[str, Any]]


def criterion_list(criteria: Sequence[Criterion]) -> CriterionList:
    return [{"id": criterion.id, "sha": criterion.sha} for criterion in criteria]


def parsed(criteria_text: str | None) -> CriterionList:
    """The criteria a text parses into today (none for a record without criteria)."""
    return [] if criteria_text is None else criterion_list(parse_criteria(criteria_text).criteria)


def criterion_shas(stored: CriterionList) -> dict[str, str]:
    return {item["id"]: item["sha"] for item in stored}


def split_otherwise(stored: CriterionList | None, criteria: CriterionList) -> bool:
    """Whether a translation's stored criteria (ids and texts) are not `criteria`: another parse of its text."""
    return criterion_shas(stored or []) != criterion_shas(criteria)


def bullets_by_criterion(translation: Translation) -> dict[str, list[Bullet]]:
    """Criterion id → the bullets that cite it, in document order (a bullet may cite several)."""
    cited: dict[str, list[Bullet]] = {}
    for _, _, bullet in translation.bullets():
        for criterion_id in bullet.source_ids:
            cited.setdefault(criterion_id, []).append(bullet)
    return cited


def approve_all(
    translation: Translation,
    stored: CriterionList,
    existing: ApprovalMap,
    *,
    actor: str,
    at: datetime,
    translation_id: int,
) -> ApprovalMap:
    """Approvals after approving `translation` as a whole: every criterion it renders is approved.
    An inherited approval of the very same rendering keeps its original approver and date.
    """
    cited = bullets_by_criterion(translation)
    renderings: dict[str, list[list[Bullet]]] = {}
    first_id: dict[str, str] = {}
    for item in stored:
        bullets = cited.get(item["id"], [])
        seen = renderings.setdefault(item["sha"], [])
        first_id.setdefault(item["sha"], item["id"])
        if bullets not in seen:
            seen.append(bullets)
    result: ApprovalMap = {}
    for sha, approved in renderings.items():
        previous = existing.get(sha)
        if previous is not None and CriterionApproval.model_validate(previous).renderings == approved:
            result[sha] = previous
            continue
        result[sha] = CriterionApproval(
            criterion_id=first_id[sha],
            criterion_sha=sha,
            renderings=approved,
            approved_by=actor,
            approved_at=at,
            translation_id=translation_id,
        ).model_dump(mode="json")
    return result


def carry_over(previous: ApprovalMap, stored: CriterionList) -> ApprovalMap:
    """The approvals of `previous` (the published translation) whose criterion text is still present."""
    carried: ApprovalMap = {}
    for item in stored:
        approval = previous.get(item["sha"])
        if approval is not None and item["sha"] not in carried:
            moved = CriterionApproval.model_validate(approval).model_copy(
                update={"criterion_id": item["id"], "carried": True}
            )
            carried[item["sha"]] = moved.model_dump(mode="json")
    return carried


def approvals_in_order(stored: CriterionList, approvals: ApprovalMap) -> list[CriterionApproval]:
    """One entry per criterion id whose text has an approval (identical texts share one), in document order."""
    ordered: list[CriterionApproval] = []
    for item in stored:
        approval = approvals.get(item["sha"])
        if approval is not None:
            ordered.append(CriterionApproval.model_validate(approval).model_copy(update={"criterion_id": item["id"]}))
    return ordered


def criteria_to_review(translation: Translation, stored: CriterionList, approvals: Mapping[str, Any]) -> list[str]:
    """Criterion ids with no approval for their text, or rendered differently from what was approved."""
    cited = bullets_by_criterion(translation)
    pending: list[str] = []
    for item in stored:
        approval = approvals.get(item["sha"])
        if approval is None or cited.get(item["id"], []) not in CriterionApproval.model_validate(approval).renderings:
            pending.append(item["id"])
    return pending
