"""The xdist groups of tests/conftest.py reach the scheduler: the tests of a group run in one worker.

When they do not, nothing fails; every worker then starts its own JupyterLab (and hub), and the suite only
gets slower. So this test checks it: under `--dist
loadgroup`, every grouped test's id carries its group, which is how xdist's scheduler keeps it together.
"""

import pytest


def test_every_grouped_test_carries_its_group_to_the_scheduler(request):
    if not hasattr(request.config, "workerinput") or not request.config.getvalue("loadgroup"):
        pytest.skip("only meaningful in a pytest-xdist worker under --dist loadgroup (as in make test)")
    shared = [
        i
        for i in request.session.items
        if i.get_closest_marker("xdist_group") or "lab" in getattr(i, "fixturenames", ())
    ]
    if not shared:
        pytest.skip("no grouped test was selected")
    lost = [
        i.nodeid for i in shared if not (m := i.get_closest_marker("xdist_group")) or "@" + m.args[0] not in i.nodeid
    ]
    assert not lost, f"{len(lost)} grouped tests would be scheduled on their own, e.g. {lost[:2]}"
