"""The xdist groups of tests/conftest.py reach the scheduler: tests that share a server run in one worker.

When they do not, nothing fails, the suite only gets slower (every worker starts its own JupyterLab and
builds its own static site), so this test checks it: under `--dist loadgroup`, every grouped test's id
carries its group, which is how xdist's scheduler keeps a group together.
"""

import pytest


def test_every_grouped_test_carries_its_group_to_the_scheduler(request):
    if not hasattr(request.config, "workerinput") or not request.config.getvalue("loadgroup"):
        pytest.skip("only meaningful in a pytest-xdist worker under --dist loadgroup (as in make test)")
    shared = [
        i for i in request.session.items if i.get_closest_marker("xdist_group") or i.get_closest_marker("browser")
    ]
    if not shared:
        pytest.skip("no test that shares a server or executed notebooks was selected")
    lost = [
        i.nodeid for i in shared if not (m := i.get_closest_marker("xdist_group")) or "@" + m.args[0] not in i.nodeid
    ]
    assert not lost, f"{len(lost)} tests that share a server would be scheduled on their own, e.g. {lost[:2]}"
