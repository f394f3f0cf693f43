"""Issue 12, defect 4: annotate stays near-linear on hostile shapes of text (doubling the input at most ~2.5x the time).

Small sizes keep the suite fast; benchmarks/adversarial.py measures 1, 2 and 20 MB.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from adversarial import SHAPES, cpu_seconds  # noqa: E402

from medialit.text.annotator import annotate  # noqa: E402


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_doubling_the_input_at_most_doubles_the_time_and_a_bit(shape):
    annotate("Warm up.")
    make = SHAPES[shape]
    small, large = make(100_000), make(200_000)
    ratio = 0.0
    for _ in range(3):  # the machine is shared: a noisy measurement gets two more chances
        ratio = cpu_seconds(large) / max(cpu_seconds(small), 1e-3)
        if ratio <= 2.5:
            break
    assert ratio <= 2.5, f"{shape}: 200 KB took {ratio:.1f} times as long as 100 KB"


def test_the_quadratic_shapes_of_issue_12_now_take_well_under_a_second():
    for text in ['He said "' * 5000, "officials said the plan would work and " * 3000]:
        assert cpu_seconds(text) < 2.0
