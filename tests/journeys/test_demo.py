"""The demo as ``make run`` prints it: every printed person, and anyone else
of the municipality, signs in with the printed password."""

from __future__ import annotations

from sqlalchemy import select

from backend.identity.models import Membership, Person
from tests.journeys.conftest import Demo
from tests.support.operations import persisted


async def test_every_printed_person_and_anyone_else_signs_in_with_the_demo_password(
    demo: Demo,
) -> None:
    for login in demo.summary.logins:
        await demo.sign_in(login.who)
    printed = {login.email for login in demo.summary.logins}
    async with demo.database.session() as session:
        others = [
            email
            for email in await session.scalars(
                select(Person.email)
                .join(Membership, Membership.person_id == Person.id)
                .order_by(Person.id)
            )
            if email not in printed
        ]
    # Five spread over the demo, and the last one a later seed (not identity's) added.
    for email in [*others[:: max(1, len(others) // 4)][:4], others[-1]]:
        response = await demo.client.execute(
            None,
            {"input": {"email": email, "password": demo.summary.password}},
            extensions=persisted("SignIn"),
        )
        assert response.data["signIn"]["errors"] == [], email


def test_the_banner_prints_the_journeys_people_and_a_rater_link(demo: Demo) -> None:
    lines = "\n".join(demo.summary.lines())
    for who in ("Ny leder", "Nærmeste leder", "Mentor", "Leder af ledere", "HR"):
        assert demo.summary.email_of(who) in lines
    assert demo.summary.email_of("Mentor") != demo.summary.email_of("Nærmeste leder")
    assert "/rate?t=" in demo.rater_link()


async def test_the_journeys_app_accepts_persisted_operations_only(demo: Demo) -> None:
    response = await demo.client.execute("query Free { __typename }")
    assert response.codes == ["PERSISTED_QUERY_REQUIRED"]
