"""Ctrl-C stops a long run promptly and raises KeyboardInterrupt."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys, polars as pl, presslens as pr
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    texts = [" ".join(words[(i + j) % 12] + str(j % 97) for j in range(200)) for i in range(60000)]
    corpus = pr.from_frame(pl.DataFrame({"text": texts}))
    print("ready", flush=True)
    try:
        for _ in range(1000):
            corpus.terms(ngram_range=(1, 3), threads=2)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(3)
    print("finished", flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_stops_within_a_second() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(1.5)  # well inside the first run
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    elapsed = time.monotonic() - sent
    assert proc.returncode == 3, (out, err)
    assert "interrupted" in out
    assert elapsed < 2.0, f"took {elapsed:.2f} s to stop"
