"""The checks' first law: a criterion restated word for word is faithful. Every distinct criterion of the
corpus, each part given back as its own bullet, must draw no error — an error there is a false alarm the
offline backend would answer by falling back, and an editor would see on a faithful text.

The corpus is checked in shards of records so that `pytest -n` spreads the work over the cores: one test over
the whole corpus was the longest in the suite and kept one worker busy long after the others had finished.

`make test` checks every third record (897 records, about 15,000 distinct criteria): the whole corpus took a third
of the suite's time, ten minutes of a core as the checks grew. `TRIALPLAIN_FULL_CORPUS=1` checks them all (run it
after a change to the checks, with the corpus dump of `bench/offline_quality.py`: it passed on `checks-49`, 192 s on
two cores)."""

from __future__ import annotations

import os

import pytest

from tests.corpus import corpus_records, criteria_text
from translator.backend import RenderedBullet, Rendering
from translator.fidelity import check_rendering, errors
from translator.outline import parse_criteria
from translator.pipeline import build_requests

SHARDS = 4
EVERY = 1 if os.environ.get("TRIALPLAIN_FULL_CORPUS") == "1" else 3


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_corpus_criterion_given_back_verbatim_draws_no_error(shard: int) -> None:
    seen: set[str] = set()
    failing: list[str] = []
    records = corpus_records()[::EVERY][shard::SHARDS]
    for record in records:
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
    # Each shard holds a quarter of the records checked (of the corpus's 2,690: 224 of every third) and some 3,500
    # distinct criteria (every third record; about 10,400 a shard over the whole corpus).
    assert len(records) > 600 // EVERY and len(seen) > 9_000 // EVERY
    assert failing == []
