"""Translation throughput: the offline backend, the LLM backend against a local server, dedup, cache.

    .venv/bin/python bench/translate.py [../shared/data/ctgov/studies.jsonl] [--llm-trials 300]

In one run it prints
(a) offline backend: trials/s over the whole corpus (parse the criteria, translate), as
    `trialplain translate --backend offline` does it;
(b) LLM backend: criteria/s against the local OpenAI-compatible server (translator.openai_server)
    started in a SEPARATE PROCESS with a fixed latency per call (default 200 ms), concurrency 32,
    the cache in a fresh temporary folder, over the first --llm-trials trials of the corpus; and
    the ratio to the ideal (concurrency / latency = 160 criteria/s). The server answers every
    request faithfully (each item's own text), so no time goes to re-asks. The trials go through
    `Translator.atranslate` in windows of 4 x concurrency trials, as `trialplain translate` does;
(c) the dedup ratio (unique criteria / all criteria) over the whole corpus;
(d) the time of a fully cached re-run of the (b) sample with a fresh backend and translator on the
    same cache folder, asserting from the server's /stats that it made zero LLM calls.

A "criterion" here is what a backend renders: a top-level criterion with its sub-items.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
from pydantic import SecretStr

from translator.cache import CachedBackend
from translator.errors import RecordError
from translator.llm import FALLBACK_FLAG, LLMBackend
from translator.llm_config import LLMConfig
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.records import Study
from translator.sources import load_study

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ctgov" / "studies.jsonl"


def load(corpus: Path) -> list[Study]:
    studies = []
    with corpus.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    studies.append(load_study(json.loads(line), source=str(corpus), line=number))
                except RecordError as error:
                    print(f"skipped: {error}", file=sys.stderr)
    return studies


def offline(studies: Sequence[Study]) -> tuple[float, Translator]:
    translator = Translator(OfflineBackend())
    start = time.perf_counter()
    for study in studies:
        translator.translate(parse_criteria(study.eligibility.criteria), nct_id=study.nct_id, study=study)
    return time.perf_counter() - start, translator


class LocalServer:
    """translator.openai_server in its own process; `calls()` reads its request count."""

    def __init__(self, latency: float) -> None:
        command = [sys.executable, "-m", "translator.openai_server", "--echo", "--latency", str(latency)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            self.close()
            raise RuntimeError(f"the local server did not start (said {self.base_url!r})")

    def calls(self) -> int:
        stats = httpx.get(self.base_url.removesuffix("/v1") + "/stats", timeout=10).json()
        return int(stats["requests"])

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


class Run:
    def __init__(self, seconds: float, cpu: float, translator: Translator, fallbacks: int) -> None:
        self.seconds = seconds
        self.cpu = cpu  # this process's CPU seconds: the client side of every call
        self.translator = translator
        self.fallbacks = fallbacks


async def translate_llm(studies: Sequence[Study], config: LLMConfig, cache_dir: Path) -> Run:
    """Translate `studies` with a fresh cached LLM backend and a fresh translator."""
    llm = LLMBackend(config, fallback=OfflineBackend())
    translator = Translator(CachedBackend(llm, cache_dir), concurrency=config.concurrency)
    window = config.concurrency * 4
    fallbacks = 0
    cpu = time.process_time()
    start = time.perf_counter()
    async with llm:
        for first in range(0, len(studies), window):
            batch = studies[first : first + window]
            results = await asyncio.gather(*(
                translator.atranslate(parse_criteria(s.eligibility.criteria), nct_id=s.nct_id, study=s) for s in batch
            ))
            fallbacks += sum(flag.code == FALLBACK_FLAG for t in results for flag in t.flags)
    run = Run(time.perf_counter() - start, time.process_time() - cpu, translator, fallbacks)
    assert isinstance(translator.backend, CachedBackend)
    translator.backend.close()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--llm-trials", type=int, default=300, help="Trials for the LLM run (the first N).")
    parser.add_argument("--latency", type=float, default=0.2, help="Seconds the local server holds each call.")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()

    started = time.perf_counter()
    studies = load(args.corpus)
    loaded = time.perf_counter() - started
    print(f"corpus: {args.corpus} ({len(studies)} trials, loaded in {loaded:.1f} s)")

    seconds, translator = offline(studies)
    print(f"(a) offline backend: {len(studies) / seconds:.1f} trials/s ({len(studies)} trials in {seconds:.1f} s; "
          f"{translator.requests / seconds:.0f} criteria/s)")
    print(f"(c) dedup ratio: {translator.unique_requests / translator.requests:.3f} "
          f"({translator.unique_requests} unique of {translator.requests} criteria over the corpus)")

    sample = studies[: args.llm_trials]
    ideal = args.concurrency / args.latency
    server = LocalServer(args.latency)
    calls = 0
    try:
        config = LLMConfig(base_url=server.base_url, api_key=SecretStr("bench"), model="bench-model",
                           concurrency=args.concurrency, timeout=30.0, max_reasks=2, max_http_retries=2)
        with tempfile.TemporaryDirectory(prefix="trialplain-bench-cache-") as folder:
            cache_dir = Path(folder)
            run = asyncio.run(translate_llm(sample, config, cache_dir))
            calls = server.calls()
            unique = run.translator.unique_requests
            rate = unique / run.seconds
            print(f"(b) LLM backend, local server in its own process, {args.latency * 1000:.0f} ms per call, "
                  f"concurrency {args.concurrency}, fresh cache, first {len(sample)} trials: "
                  f"{rate:.1f} criteria/s = {rate / ideal:.2f} of the ideal {ideal:.0f}/s "
                  f"({unique} unique of {run.translator.requests} criteria, {calls} LLM calls, "
                  f"{run.fallbacks} fallbacks, {run.seconds:.1f} s; client CPU {run.cpu:.1f} s = "
                  f"{1000 * run.cpu / max(calls, 1):.1f} ms per call)")

            again = asyncio.run(translate_llm(sample, config, cache_dir))
            new_calls = server.calls() - calls
            print(f"(d) fully cached re-run of the same {len(sample)} trials: {again.seconds:.2f} s "
                  f"({again.translator.requests} criteria, {len(sample) / again.seconds:.0f} trials/s), "
                  f"LLM calls counted by the server: {new_calls}")
            assert new_calls == 0, f"the cached re-run made {new_calls} LLM calls"
    finally:
        server.close()
    children = os.times()
    print(f"    the server process used {children.children_user + children.children_system:.1f} s of CPU "
          f"({1000 * (children.children_user + children.children_system) / max(calls, 1):.1f} ms per call)")


if __name__ == "__main__":
    main()
