"""The hand-written baseline endpoints of ``bench/``, mounted only when
``LEDELYST_BENCH_MODE`` is on; otherwise this router is empty.

They live in ``bench/baseline.py`` (they call the domains' repositories, which
``backend`` may not import), so the server needs the repository root on
``PYTHONPATH``; ``bench/run.py`` starts it so. The import is by name, at
start-up, and only in bench mode: production never loads a domain from here.
"""

from __future__ import annotations

import importlib
import logging

from fastapi import APIRouter

from backend.settings import get_settings

router = APIRouter()

if get_settings().bench_mode:
    try:
        router.include_router(importlib.import_module("bench.baseline").router)
    except ImportError:
        logging.getLogger(__name__).warning(
            "bench mode is on but bench.baseline cannot be imported (PYTHONPATH?)"
        )
