"""Suite-wide fixtures: where the shared data lives, and a guard that keeps every test offline."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.corpus import shared_data_dir

# The property tests draw the same series of examples on every run by default, so a red build is a regression the
# change made, not a new example drawn by chance (CI lands nothing on red). `HYPOTHESIS_PROFILE=explore` draws new
# examples each run and remembers failures, the way to hunt for new bugs before a change.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.fail(f"shared data not found at {path}: clone ../shared beside the repo or set TRIALPLAIN_SHARED_DATA")
    return path


_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else None
    if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host.split("%")[0]).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise RuntimeError(f"test tried to reach {address!r}: tests must stay offline (use -m live)")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _offline(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail loudly when a test reaches beyond loopback, unless it is marked `live`."""
    if request.node.get_closest_marker("live"):
        yield
        return
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect = _real_connect  # type: ignore[method-assign]
