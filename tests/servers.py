"""Helpers for tests that start a real server on loopback."""

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, seconds: float = 60) -> None:
    """Poll ``url`` until it answers, for at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@contextmanager
def oxigraph_server(files: list[Path], location: Path) -> Iterator[str]:
    """Run ``oxigraph serve`` on loopback with ``files`` (Turtle) in its default graph.

    Yields the server's base URL; skips the test when the ``oxigraph`` program is missing.
    """
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the Oxigraph server (pip install oxigraph) is not installed")
    port = free_port()
    command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/")
        # the SPARQL 1.1 Graph Store HTTP protocol: POST adds to the default graph
        for path in files:
            request = urllib.request.Request(
                f"{url}/store?default",
                data=path.read_bytes(),
                method="POST",
                headers={"Content-Type": "text/turtle"},
            )
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.status in (200, 201, 204)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def ask_server(url: str, query: str, accept: str = "text/csv") -> str:
    """Send a SPARQL query to a server's ``/query`` endpoint and return the answer's text."""
    request = urllib.request.Request(
        f"{url}/query",
        data=query.encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8")
