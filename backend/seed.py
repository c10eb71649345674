"""``ledelyst seed-demo``: the demo municipality, then every domain's demo data.

Identity makes the organisation and its people; then each ``seed`` module of
a domain (``feedback.seed``) or slice (``learning.programmes.seed``) that
defines ``seed_demo(session, organisation_id)`` adds its part, in the order
of its ``SEED_ORDER``. Every step skips what already exists, so running it
again changes nothing. A seed module may also define ``demo_lines(session,
organisation_id)``: lines for the start banner, made on every start (a fresh
rater link of the demo's open invitation).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from types import ModuleType

from sqlalchemy import select

from backend.composition import compose
from backend.db import Database
from backend.identity.models import Organisation
from backend.identity.seed import SLUG, DemoSummary, demo_passwords
from backend.identity.seed import seed_demo as seed_identity
from backend.modules import DOMAIN_PACKAGES, import_slice_modules

log = logging.getLogger("ledelyst.seed")


def domain_seed_modules() -> list[ModuleType]:
    modules = [m for m in import_slice_modules("seed") if m.__name__ != "backend.identity.seed"]
    for package in DOMAIN_PACKAGES:
        name = f"{package}.seed"
        if (
            package != "backend"
            and importlib.util.find_spec(package)
            and importlib.util.find_spec(name)
        ):
            modules.append(importlib.import_module(name))
    with_seeds = [m for m in modules if hasattr(m, "seed_demo")]
    return sorted(with_seeds, key=lambda m: (getattr(m, "SEED_ORDER", 100), m.__name__))


async def seed_demo(database: Database) -> DemoSummary:
    async with database.session() as session:
        summary = await seed_identity(session)
        await session.commit()
        organisation_id = await session.scalar(
            select(Organisation.id).where(Organisation.slug == SLUG)
        )
    assert organisation_id is not None
    compose()  # the seeds run the domains' services, wired as the application wires them
    for module in domain_seed_modules():
        async with database.session() as session:
            log.info("seeding %s", module.__name__)
            await module.seed_demo(session, organisation_id)
            await session.commit()
    async with database.session() as session:
        await demo_passwords(session, organisation_id)  # people the domains' seeds added
        await session.commit()
    for module in domain_seed_modules():
        if hasattr(module, "demo_lines"):
            async with database.session() as session:
                summary.extra += await module.demo_lines(session, organisation_id)
                await session.commit()
    return summary
