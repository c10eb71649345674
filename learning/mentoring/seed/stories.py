"""Demo mentorships: the demo's mentor with a mentee (an approved proposal,
an agreement, a past and a coming meeting, notes, an observation and a
general feedback note), or else the run's best proposal made active."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Membership
from feedback.notes import service as notes
from learning.mentoring import repository as repo
from learning.mentoring.models import (
    MatchProposal,
    MeetingNote,
    MentoringMeeting,
    MentoringObservation,
    Mentorship,
    MentorshipAssessment,
    MentorshipStatus,
    NeedStatus,
    ObservationSetting,
    ProposalStatus,
)


async def mentorship_of(
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
        made = await best_proposal_mentorship(session, run_id, today, proposal)
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


async def best_proposal_mentorship(
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
