"""Load numpy with OpenBLAS's idle worker threads told to sleep at once.

When numpy loads, OpenBLAS starts a worker thread per extra core, and each spins (a
``sched_yield`` loop) for 2**28 cycles, ~0.1 s, waiting for work before it sleeps. At
every cold start that was ~0.1 s of CPU on another core (issue 2: 0.67 s of CPU for a
0.55 s import + first result), for a model whose one short dot product per text never
uses those threads. ``OPENBLAS_THREAD_TIMEOUT``, read once when the library loads, cuts
the spin to its minimum. The number of threads is unchanged: a caller's own large numpy
work still runs on every core, its workers woken from a sleep instead of a spin.

The variable is set only for the import and only while the process has one thread (so no
other thread reads the environment meanwhile and no child inherits it), and not at all when
the caller set it (``OPENBLAS_THREAD_TIMEOUT=28`` keeps OpenBLAS's default) or
numpy is loaded already. Imported by the injection detector before anything loads numpy.
"""

from __future__ import annotations

import os
import sys
import threading

__all__: list[str] = []


def _load_numpy() -> None:
    if "numpy" in sys.modules or "OPENBLAS_THREAD_TIMEOUT" in os.environ:
        return
    if threading.active_count() > 1:
        # setenv / unsetenv are not safe against getenv in other threads (glibc), and a child
        # started meanwhile would inherit the variable: with other threads alive (a server's
        # first check runs in a worker), numpy loads with OpenBLAS's default.
        import numpy

        return
    os.environ["OPENBLAS_THREAD_TIMEOUT"] = "1"
    try:
        import numpy  # noqa: F401
    finally:
        os.environ.pop("OPENBLAS_THREAD_TIMEOUT", None)


_load_numpy()
