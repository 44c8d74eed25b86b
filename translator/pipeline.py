"""From a parsed criteria text to a Translation: requests out to a backend, bullets back in order.

The pipeline owns what backends must not: trial ids, section labels, the summary from the
structured fields, provenance, and de-duplication of identical requests within a run.
"""

from __future__ import annotations

import asyncio
import functools
from datetime import UTC, datetime

from translator.backend import AsyncBackend, Backend, BackendIdentity, CriterionRequest, Rendering, RequestItem
from translator.criteria import CriteriaDoc, Criterion, SectionKind
from translator.facts import extract_facts
from translator.section_labels import section_label
from translator.summary import summarize
from translator.topic_bullets import joined_topics
from translator.translation import Bullet, Flag, Provenance, TranslatedSection, Translation, Usage


def build_requests(doc: CriteriaDoc) -> list[tuple[Criterion, CriterionRequest]]:
    """One request per top-level criterion, holding its sub-items under local refs ("1", "1.2")."""
    by_id = {c.id: c for c in doc.criteria}
    requests: list[tuple[Criterion, CriterionRequest]] = []
    for top in doc.criteria:
        if top.parent is not None:
            continue
        items: list[RequestItem] = []
        stack = [top]
        while stack:
            node = stack.pop(0)
            ref = "1" + node.id[len(top.id) :]
            items.append(RequestItem(ref=ref, text=node.text, logic=node.logic, facts=extract_facts(node.text)))
            stack[0:0] = [by_id[child] for child in node.children]
        requests.append((top, CriterionRequest(kind=top.kind, items=items)))
    return requests


def ref_to_id(top: Criterion, ref: str) -> str:
    return top.id + ref[1:]


def assemble(
    doc: CriteriaDoc,
    rendered: list[tuple[Criterion, Rendering]],
    *,
    nct_id: str | None,
    identity: BackendIdentity,
    summary_source: object | None,
) -> Translation:
    """Put renderings back into sections in document order, with ids, labels and provenance."""
    sections: list[TranslatedSection] = []
    by_section: dict[int, TranslatedSection] = {}
    flags: list[Flag] = []
    usage = Usage()
    only_other = all(section.kind is SectionKind.OTHER for section in doc.sections)
    for index, section in enumerate(doc.sections):
        label = section_label(section, only_other=only_other)
        translated = TranslatedSection(kind=section.kind, label=label, source_label=section.label)
        by_section[index] = translated
        sections.append(translated)
    beside: dict[int, TranslatedSection] = {}
    by_id = {criterion.id: criterion for criterion in doc.criteria}
    for top, rendering in rendered:
        target = by_section[top.section]
        if top.kind is not target.kind:
            # a block of exclusions listed inside an inclusion section (translator.lead_in_kinds) is shown with the
            # exclusions, in a section of its own right after the one it is written in
            target = beside.get(top.section) or _beside(doc, top, sections, target, only_other)
            beside[top.section] = target
        # "Age:" then "18 and over": one bullet, "Age: You are 18 and over."
        for bullet in joined_topics(rendering.bullets, functools.partial(_criterion, by_id, top)):
            target.bullets.append(
                Bullet(
                    text=bullet.text,
                    source_ids=[ref_to_id(top, ref) for ref in bullet.refs],
                    definitions=bullet.definitions,
                    depth=bullet.depth,
                )
            )
        for flag in rendering.flags:
            flags.append(flag.model_copy(update={"criterion_id": top.id}))
        usage = usage + rendering.usage
    provenance = Provenance(
        backend=identity.backend,
        model=identity.model,
        prompt_id=identity.prompt_id,
        prompt_sha=identity.prompt_sha,
        source_sha=doc.sha,
        created_at=datetime.now(UTC),
        usage=usage,
    )
    return Translation(
        nct_id=nct_id,
        sections=[s for s in sections if s.bullets],
        summary=summarize(summary_source),
        provenance=provenance,
        flags=flags,
    )


def _criterion(by_id: dict[str, Criterion], top: Criterion, ref: str) -> Criterion | None:
    return by_id.get(ref_to_id(top, ref))


def _beside(
    doc: CriteriaDoc, top: Criterion, sections: list[TranslatedSection], host: TranslatedSection, only_other: bool
) -> TranslatedSection:
    """A new section of `top`'s kind, put right after `host` (the section `top` is written in)."""
    source = doc.sections[top.section]
    label = section_label(source.model_copy(update={"kind": top.kind}), only_other=only_other)
    section = TranslatedSection(kind=top.kind, label=label, source_label=source.label)
    # by identity: two sections with the same heading and no bullets yet compare equal
    sections.insert(next(i for i, s in enumerate(sections) if s is host) + 1, section)
    return section


class Translator:
    """Translates parsed criteria with one backend, rendering each distinct request once per run.

    `translate` is synchronous; `atranslate` lets many documents share one limit on requests in
    flight (an LLM's concurrency) and one table of renderings, so a criterion repeated across trials
    is rendered once even when the trials are translated at the same time.
    """

    def __init__(self, backend: Backend | AsyncBackend, *, concurrency: int = 8) -> None:
        self.backend = backend
        self.concurrency = concurrency
        self.requests = 0
        self.unique_requests = 0
        self._seen: dict[str, Rendering] = {}
        self._pending: dict[str, asyncio.Future[Rendering]] = {}
        self._semaphore: asyncio.Semaphore | None = None

    @property
    def identity(self) -> BackendIdentity:
        return self.backend.identity

    def _count(self, request: CriterionRequest) -> Rendering | None:
        self.requests += 1
        hit = self._seen.get(request.content_key)
        if hit is not None:
            return hit.model_copy(update={"usage": Usage()})  # its cost was counted the first time
        return None

    def translate(self, doc: CriteriaDoc, *, nct_id: str | None = None, study: object | None = None) -> Translation:
        if not isinstance(self.backend, Backend):
            return asyncio.run(self.atranslate(doc, nct_id=nct_id, study=study))
        rendered = []
        for top, request in build_requests(doc):
            rendering = self._count(request)
            if rendering is None:
                self.unique_requests += 1
                rendering = self.backend.render(request)
                self._seen[request.content_key] = rendering
            rendered.append((top, rendering))
        return assemble(doc, rendered, nct_id=nct_id, identity=self.identity, summary_source=study)

    async def _render(self, request: CriterionRequest) -> Rendering:
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.concurrency)
        async with self._semaphore:
            if isinstance(self.backend, AsyncBackend):
                return await self.backend.arender(request)
            return await asyncio.to_thread(self.backend.render, request)

    async def atranslate(
        self, doc: CriteriaDoc, *, nct_id: str | None = None, study: object | None = None
    ) -> Translation:
        waits: list[tuple[Criterion, Rendering | asyncio.Future[Rendering], bool]] = []
        for top, request in build_requests(doc):
            key = request.content_key
            hit = self._count(request)
            if hit is not None:
                waits.append((top, hit, False))
                continue
            future = self._pending.get(key)
            shared = future is not None  # another document asked first: its translation carries the cost
            if future is None:
                self.unique_requests += 1
                future = asyncio.ensure_future(self._render(request))
                self._pending[key] = future
                future.add_done_callback(functools.partial(self._settle, key))
            waits.append((top, future, shared))
        rendered = []
        for top, item, shared in waits:
            rendering = item if isinstance(item, Rendering) else await item
            rendered.append((top, rendering.model_copy(update={"usage": Usage()}) if shared else rendering))
        return assemble(doc, rendered, nct_id=nct_id, identity=self.identity, summary_source=study)

    def _settle(self, key: str, future: asyncio.Future[Rendering]) -> None:
        self._pending.pop(key, None)
        if not future.cancelled() and future.exception() is None:
            self._seen[key] = future.result()
