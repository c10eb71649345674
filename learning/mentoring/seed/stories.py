"""Demo data: mentors, new leaders, a completed matching run and a running
mentorship.

``seed_mentoring(session, organisation_id)`` gives the organisation's
experienced leaders (leaders for three years or more) mentor profiles and its
new leaders (leaders for less than two years) mentoring needs, creating a few
demo people when the organisation has too few. It then runs the matching
(the same code as the Celery task) and makes the best proposal an active
mentorship with an agreement, a past and a coming meeting, an observation
and a general feedback note from the mentor. Running it again changes
nothing. The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity import repository as identity
from backend.identity.models import Membership, Organisation, Person, Role
from feedback.notes import service as notes
from learning.mentoring import repository as repo
from learning.mentoring import runs
from learning.mentoring.models import (
    AreaPreference,
    MatchingRun,
    MatchProposal,
    MeetingNote,
    MentoringMeeting,
    MentoringNeed,
    MentoringObservation,
    MentorProfile,
    Mentorship,
    MentorshipAssessment,
    MentorshipStatus,
    NeedStatus,
    ObservationSetting,
    ProposalStatus,
    RunStatus,
)

EXPERIENCED_DAYS = 3 * 365
NEW_LEADER_DAYS = 730
MAX_MENTORS = 8
MAX_MENTEES = 10

TAGS = [
    "svære samtaler",
    "forandringsledelse",
    "strategisk ledelse",
    "feedback",
    "faglig ledelse",
    "trivsel og arbejdsmiljø",
    "ledelse af ledere",
    "økonomistyring",
    "borgerinddragelse",
    "motivation",
]
AREAS = ["Børn og unge", "Ældre og sundhed", "Teknik og miljø", "Administration", "Beskæftigelse"]
PLACES = ["Rådhuset", "Nordbyen", "Sydhavnen"]
DEMO_MENTORS = [
    ("Birgitte Holm", "Centerchef"),
    ("Jens Kjær", "Skoleleder"),
    ("Mette Lund", "Områdeleder, ældreplejen"),
]
DEMO_MENTEES = [
    ("Sara Østergaard", "Afdelingsleder"),
    ("Ahmad Rahimi", "Teamleder"),
]


@dataclass
class SeededMentoring:
    profile_ids: list[int]
    need_ids: list[int]
    run_id: int | None
    mentorship_id: int | None
    created: bool = True


async def _leaders(session: AsyncSession, organisation_id: int) -> list[Membership]:
    rows = await session.scalars(
        select(Membership)
        .where(Membership.organisation_id == organisation_id, Membership.is_active.is_(True))
        .order_by(Membership.id)
    )
    return [m for m in rows if Role.LEADER.value in (m.roles or [])]


async def _demo_person(
    session: AsyncSession,
    organisation: Organisation,
    name: str,
    title: str,
    since: date,
    manager_id: int | None,
) -> Membership:
    slug = name.lower().replace(" ", ".").replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
    email = f"{slug}@{organisation.slug}.demo.ledelyst.dk"
    person_id = await identity.person_id_by_email(session, email)
    if person_id is None:
        person = Person(email=email, name=name)
        session.add(person)
        await session.flush()
        person_id = person.id
    membership = Membership(
        organisation_id=organisation.id,
        person_id=person_id,
        job_title=title,
        leader_since=since,
        roles=[Role.LEADER.value],
        manager_id=manager_id,
    )
    session.add(membership)
    await session.flush()
    return membership


async def seed_mentoring(session: AsyncSession, organisation_id: int) -> SeededMentoring:
    done = await session.scalar(
        select(MatchingRun.id).where(
            MatchingRun.organisation_id == organisation_id,
            MatchingRun.status == RunStatus.COMPLETED.value,
        )
    )
    if done is not None:
        return SeededMentoring([], [], done, None, created=False)
    organisation = await session.get(Organisation, organisation_id)
    if organisation is None:
        raise ValueError(f"no organisation {organisation_id}")
    today = utcnow().date()
    leaders = await _leaders(session, organisation_id)
    experienced = [
        m for m in leaders if m.leader_since and (today - m.leader_since).days >= EXPERIENCED_DAYS
    ][:MAX_MENTORS]
    new = [
        m for m in leaders if m.leader_since and (today - m.leader_since).days < NEW_LEADER_DAYS
    ][:MAX_MENTEES]
    # The demo's story: its mentor and both mentees take part, whatever their ids.
    story = await _story(session, organisation_id)
    if story is not None:
        mentor, mentees = story
        experienced = [mentor, *[m for m in experienced if m.id != mentor.id]][:MAX_MENTORS]
        taken = {m.id for m in mentees}
        new = [*mentees, *[m for m in new if m.id not in taken]][:MAX_MENTEES]
    for n, (name, title) in enumerate(DEMO_MENTORS[: max(0, 2 - len(experienced))]):
        since = today - timedelta(days=365 * (9 + 3 * n))
        experienced.append(await _demo_person(session, organisation, name, title, since, None))
    for n, (name, title) in enumerate(DEMO_MENTEES[: max(0, 1 - len(new))]):
        since = today - timedelta(days=120 + 60 * n)
        new.append(await _demo_person(session, organisation, name, title, since, None))

    profiles = []
    for n, member in enumerate(experienced):
        profile = await repo.profile_of(session, member.id) or MentorProfile(
            organisation_id=organisation_id, membership_id=member.id
        )
        profile.capacity = 3 if story is not None and member.id == story[0].id else 2
        profile.tags = [TAGS[(n + k) % len(TAGS)] for k in (0, 3, 5)]
        profile.areas = [AREAS[n % len(AREAS)]]
        profile.languages = ["da", "en"] if n % 2 == 0 else ["da"]
        profile.location = PLACES[n % len(PLACES)]
        profile.availability = "Et møde hver 14. dag, gerne tirsdag eftermiddag."
        session.add(profile)
        profiles.append(profile)
    needs = []
    wishes = [AreaPreference.SAME_AREA, AreaPreference.OTHER_AREA, AreaPreference.ANY]
    for n, member in enumerate(new):
        need = await repo.need_of(session, member.id) or MentoringNeed(
            organisation_id=organisation_id, membership_id=member.id
        )
        need.tags = [TAGS[(2 * n) % len(TAGS)], TAGS[(2 * n + 3) % len(TAGS)]]
        need.area = AREAS[(n + 1) % len(AREAS)]
        need.area_preference = wishes[n % len(wishes)].value
        need.language = "da"
        need.location = PLACES[n % len(PLACES)]
        need.notes = "Jeg er ny som leder og vil gerne lære af en erfaren kollega."
        need.status = NeedStatus.OPEN.value
        session.add(need)
        needs.append(need)
    await session.flush()

    hr = next((m for m in leaders if Role.HR.value in (m.roles or [])), None)
    run = MatchingRun(
        organisation_id=organisation_id,
        started_by_id=hr.id if hr else None,
        weights={"focus": 4.0, "experience": 1.0, "language": 2.0, "location": 1.0, "area": 1.0},
    )
    session.add(run)
    await session.flush()
    await runs.execute_run(session, run.id, today)
    if story is not None:
        mentor, mentees = story
        mentorship = await _mentorship_of(session, run.id, mentor, mentees[0], today, full=True)
        for other in mentees[1:]:
            await _mentorship_of(session, run.id, mentor, other, today, full=False)
    else:
        mentorship = await _mentorship(session, run.id, today)
    return SeededMentoring(
        [p.id for p in profiles],
        [n.id for n in needs],
        run.id,
        mentorship.id if mentorship else None,
    )


async def _story(
    session: AsyncSession, organisation_id: int
) -> tuple[Membership, list[Membership]] | None:
    """The demo municipality's mentor and mentees (``backend.identity.seed``)."""
    from backend.identity.seed import DOMAIN

    wanted = [f"mentor@{DOMAIN}", f"ny.leder@{DOMAIN}", f"ny.leder2@{DOMAIN}"]
    rows = await session.execute(
        select(Person.email, Membership)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.organisation_id == organisation_id, Person.email.in_(wanted))
    )
    found = {email: membership for email, membership in rows}
    if len(found) != len(wanted):
        return None
    return found[wanted[0]], [found[wanted[1]], found[wanted[2]]]


async def _mentorship_of(
    session: AsyncSession,
    run_id: int,
    mentor: Membership,
    mentee: Membership,
    today: date,
    *,
    full: bool,
) -> Mentorship:
    """The demo's mentor and a mentee: an approved proposal (the run's, or a
    request) and an active mentorship; ``full`` adds meetings, notes and feedback."""
    proposal = await session.scalar(
        select(MatchProposal).where(
            MatchProposal.run_id == run_id,
            MatchProposal.mentor_id == mentor.id,
            MatchProposal.mentee_id == mentee.id,
        )
    )
    if proposal is None:
        profile = await repo.profile_of(session, mentor.id)
        proposal = MatchProposal(
            organisation_id=mentee.organisation_id,
            mentee_id=mentee.id,
            mentor_id=mentor.id,
            mentor_profile_id=profile.id if profile else None,
            fit=0.8,
            explanation={},
            source="REQUEST",
            status=ProposalStatus.PROPOSED.value,
        )
        session.add(proposal)
        await session.flush()
    if full:
        made = await _mentorship(session, run_id, today, proposal)
        assert made is not None
        return made
    return await _running(session, proposal, today)


async def _agreed(
    session: AsyncSession, proposal: MatchProposal, started: date, goals: str, frequency: str
) -> Mentorship:
    """The proposal approved, and its mentorship agreed by both and active
    for half a year from ``started``; the mentee's need is matched."""
    now = utcnow()
    proposal.status = ProposalStatus.APPROVED.value
    proposal.decided_at = now
    mentorship = Mentorship(
        organisation_id=proposal.organisation_id,
        proposal_id=proposal.id,
        mentor_id=proposal.mentor_id,
        mentee_id=proposal.mentee_id,
        mentor_profile_id=proposal.mentor_profile_id,
        status=MentorshipStatus.ACTIVE.value,
        mentor_accepted_at=now,
        mentee_accepted_at=now,
        starts_on=started,
        ends_on=started + timedelta(days=182),
        goals=goals,
        meeting_frequency=frequency,
        agreed_at=now,
    )
    session.add(mentorship)
    need = await repo.need_of(session, proposal.mentee_id)
    if need is not None:
        need.status = NeedStatus.MATCHED.value
    await session.flush()
    return mentorship


async def _running(session: AsyncSession, proposal: MatchProposal, today: date) -> Mentorship:
    mentorship = await _agreed(
        session,
        proposal,
        today - timedelta(days=14),
        "Finde min rolle som leder af mine tidligere kolleger.",
        "Hver tredje uge",
    )
    session.add(
        MentoringMeeting(
            organisation_id=proposal.organisation_id,
            mentorship_id=mentorship.id,
            starts_at=datetime.combine(today + timedelta(days=9), time(10), UTC),
            place="Plejecenter Egely",
            agenda="Første møde: forventninger og mål.",
            created_by_id=proposal.mentor_id,
        )
    )
    await session.flush()
    return mentorship


async def _mentorship(
    session: AsyncSession, run_id: int, today: date, chosen: MatchProposal | None = None
) -> Mentorship | None:
    proposal = chosen or await session.scalar(
        select(MatchProposal)
        .where(MatchProposal.run_id == run_id)
        .order_by(MatchProposal.fit.desc(), MatchProposal.id)
        .limit(1)
    )
    if proposal is None:
        return None
    proposal.decision_note = "Godkendt i demo-data."
    started = today - timedelta(days=21)
    mentorship = await _agreed(
        session,
        proposal,
        started,
        "Blive tryg i svære samtaler med medarbejdere og få en fast rytme for feedback.",
        "Hver 14. dag, en time",
    )
    org = proposal.organisation_id
    session.add(
        MentorshipAssessment(
            organisation_id=org,
            mentorship_id=mentorship.id,
            kind="START_SELF",
            author_id=proposal.mentee_id,
            ratings={"tag:svære samtaler": 2, "tag:feedback": 3},
            text="Jeg udskyder de svære samtaler og vil gerne blive bedre til at tage dem tidligt.",
        )
    )
    past = MentoringMeeting(
        organisation_id=org,
        mentorship_id=mentorship.id,
        starts_at=datetime.combine(started + timedelta(days=2), time(13), UTC),
        place="Mødelokale 2, Rådhuset",
        agenda="Forventninger, mål og første aftaler.",
        created_by_id=proposal.mentor_id,
    )
    coming = MentoringMeeting(
        organisation_id=org,
        mentorship_id=mentorship.id,
        starts_at=datetime.combine(today + timedelta(days=5), time(13), UTC),
        place="Kantinen",
        agenda="Gennemgang af personalemødet og næste skridt.",
        created_by_id=proposal.mentor_id,
    )
    session.add_all([past, coming])
    await session.flush()
    session.add(
        MeetingNote(
            organisation_id=org,
            meeting_id=past.id,
            author_id=proposal.mentor_id,
            shared=True,
            text="Vi aftalte, at jeg overværer et personalemøde, og at du forbereder en"
            " feedbacksamtale.",
        )
    )
    session.add(
        MentoringObservation(
            organisation_id=org,
            mentorship_id=mentorship.id,
            observed_on=today - timedelta(days=7),
            setting=ObservationSetting.STAFF_MEETING.value,
            situation="Personalemøde med 14 medarbejdere om ny vagtplan.",
            went_well="Klar indledning om hvorfor vagtplanen ændres; du lyttede til indvendinger.",
            to_develop="Diskussionen trak ud; du kunne have opsummeret og truffet en beslutning.",
            suggestion="Sæt tid på punkterne og slut hvert punkt med en tydelig opsummering.",
            ratings={"tag:svære samtaler": 3, "tag:feedback": 4},
            shared_with_mentee=True,
            author_id=proposal.mentor_id,
        )
    )
    await session.flush()
    await notes.write_note(
        session,
        org,
        notes.SubjectKind.GENERAL,
        None,
        proposal.mentee_id,
        proposal.mentor_id,
        "Godt gået på personalemødet. Prøv at slutte hvert punkt med en kort opsummering.",
        [proposal.mentor_id],
    )
    return mentorship


# Picked up by ``ledelyst seed-demo`` (backend.seed): before programmes, so
# that the mentees can share their reflections with their mentor.
SEED_ORDER = 5
seed_demo = seed_mentoring
