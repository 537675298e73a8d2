"""The Qt binding Reflect runs on does not have the refcount bug that crashed the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPRODUCER = Path(__file__).parent / "reproducers" / "signal_emit_bool_refcount.py"


def test_emitting_a_signal_keeps_the_reference_count_of_true_steady():
    result = subprocess.run(
        [sys.executable, str(REPRODUCER)], capture_output=True, text=True, timeout=120
    )
    assert "bool_dealloc" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "steady"
