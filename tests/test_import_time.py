"""`import medialit` stays fast: pandas and ipywidgets load only when first needed."""

import subprocess
import sys


def test_import_is_light_and_fast():
    code = (
        "import sys, time; t = time.perf_counter(); import medialit; d = time.perf_counter() - t; "
        "print(d, 'pandas' in sys.modules, 'ipywidgets' in sys.modules)"
    )
    best = min(
        float(out.split()[0])
        for out in (
            subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout for _ in range(3)
        )
    )
    flags = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()[1:]
    assert flags == ["False", "False"], "import medialit must not import pandas or ipywidgets"
    assert best < 0.3
