"""The checks' first law: a criterion restated word for word is faithful. Every distinct criterion of the
corpus, each part given back as its own bullet, must draw no error — an error there is a false alarm the
offline backend would answer by falling back, and an editor would see on a faithful text."""

from __future__ import annotations

from tests.corpus import corpus_records, criteria_text
from translator.backend import RenderedBullet, Rendering
from translator.fidelity import check_rendering, errors
from translator.outline import parse_criteria
from translator.pipeline import build_requests


def test_every_corpus_criterion_given_back_verbatim_draws_no_error() -> None:
    seen: set[str] = set()
    failing: list[str] = []
    for record in corpus_records():
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        for top, request in build_requests(parse_criteria(criteria_text(record))):
            if request.content_key in seen:
                continue
            seen.add(request.content_key)
            rendering = Rendering(bullets=[
                RenderedBullet(text=item.text, refs=[item.ref], depth=item.ref.count("."))
                for item in request.items
            ])
            failing += [f"{nct_id} {top.id}: {f.message}" for f in errors(check_rendering(request, rendering))]
    assert len(seen) > 30_000
    assert failing == []
