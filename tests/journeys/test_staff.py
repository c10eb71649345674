"""A member of the new leader's staff with an account, invited to rate her:
home lists the form, and it opens in the app as the invitation's link would."""

from __future__ import annotations

from sqlalchemy import select

from backend.identity.models import Membership, Person
from feedback.evaluations.models import Nomination
from tests.journeys.conftest import Demo
from tests.journeys.conftest import Person as SignedIn
from tests.support.operations import persisted


async def test_an_invited_staff_member_opens_her_360_form_from_home(demo: Demo) -> None:
    printed = demo.summary.email_of("Medarbejder")  # the rater journey uses the link
    async with demo.database.session() as session:
        emails = await session.scalars(
            select(Person.email)
            .join(Membership, Membership.person_id == Person.id)
            .join(Nomination, Nomination.rater_id == Membership.id)
            .where(
                Nomination.rater_group == "DIRECT_REPORT",
                Nomination.responded.is_(False),
                Nomination.invited_at.is_not(None),
                Person.email != printed,
            )
            .order_by(Nomination.id)
        )
        email = emails.first()
    assert email is not None, "the open cycle invited more of her staff"
    response = await demo.client.execute(
        None,
        {"input": {"email": email, "password": demo.summary.password}},
        extensions=persisted("SignIn"),
    )
    staff = SignedIn("Ansat", email, response.data["signIn"]["accessToken"], demo.client)

    home = (await staff.run("Home"))["home"]
    [task] = [t for t in home["pending360Tasks"] if t["kind"] == "RATE_OTHER"]
    assert demo.summary_name("Ny leder") in task["title"]
    opened = await staff.run("OpenMyRaterForm", {"input": {"evaluationId": task["evaluationId"]}})
    assert opened["openMyRaterForm"]["raterGroup"] == "DIRECT_REPORT"
    form = (await staff.run("RaterForm", {"token": opened["openMyRaterForm"]["token"]}))[
        "raterForm"
    ]
    assert form["state"] == "OPEN" and form["anonymous"] is True
