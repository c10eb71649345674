import { useQuery } from "urql";
import { HomeQuery, ViewerQuery } from "../api/documents";
import { formatDate, formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { mayOfferToMentor } from "../ui/mentorProfile";
import { Progress } from "../ui/Progress";

export function Home() {
  const { t, language, isNewLeader, roles } = useApp();
  // Home in one request: the viewer, enrolments, next activities, mentor,
  // unread feedback and check-ins to hold.
  const [{ data, fetching, error }] = useQuery({ query: HomeQuery });
  // The viewer's own manager, whose published philosophy they may read and comment on.
  const [{ data: viewerData }] = useQuery({ query: ViewerQuery });
  const manager = viewerData?.viewer?.membership.manager;
  if (!data) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : ""}</p></main>;
  const { home, viewer } = data;
  return (
    <main id="main">
      <h1>{t.hello(viewer?.person.name ?? "")}</h1>
      {home.enrolments.length > 0 && (
        <section aria-labelledby="programmes">
          <h2 id="programmes">{t.myProgrammes}</h2>
          <ul className="cards">
            {home.enrolments.map((enrolment) => (
              <li key={enrolment.id} className="card">
                <Link href={`/enrolments/${encodeURIComponent(enrolment.id)}`}>{enrolment.programme?.title}</Link>
                <Progress done={enrolment.progress.completed} total={enrolment.progress.total} percent={enrolment.progress.percent} />
                <Link href={`/enrolments/${encodeURIComponent(enrolment.id)}/development`}>{t.development}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {home.enrolments.length > 0 && (
        <section aria-labelledby="next">
          <h2 id="next">{t.nextActivities}</h2>
          {home.nextActivities.length === 0 ? (
            <p>{t.noActivities}</p>
          ) : (
            <ul className="list">
              {home.nextActivities.map((due) => (
                <li key={`${due.enrolment.id}-${due.activity.id}`}>
                  <Link href={`/enrolments/${encodeURIComponent(due.enrolment.id)}/activities/${encodeURIComponent(due.activity.id)}`}>
                    {due.activity.title}
                  </Link>
                  <span className="meta">
                    {t.kind[due.activity.kind]} · {due.overdue ? <strong>{t.overdue}</strong> : t.due(formatDate(due.dueOn, language))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {home.pending360Tasks.length > 0 && (
        <section aria-labelledby="tasks360">
          <h2 id="tasks360">{t.evaluations}</h2>
          <ul className="list">
            {home.pending360Tasks.map((task) => (
              <li key={task.id}>
                <Link href={`/360/${encodeURIComponent(task.evaluationId)}`}>{task.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {home.proposalsToDecide > 0 && (
        <section aria-labelledby="proposals">
          <h2 id="proposals">{t.proposalsToDecide}</h2>
          <p><Link href="/mentoring/proposals">{t.proposalsWaiting(home.proposalsToDecide)}</Link></p>
        </section>
      )}
      {home.mentor && (
        <section aria-labelledby="mentor">
          <h2 id="mentor">{t.yourMentor}</h2>
          <p>{home.mentor.name}{home.mentor.jobTitle ? `, ${home.mentor.jobTitle}` : ""}</p>
        </section>
      )}
      {!home.mentor && isNewLeader && (
        <p><Link href="/mentoring/find">{t.findMentor}</Link></p>
      )}
      {(home.mentor || isNewLeader || roles.includes("MENTOR")) && (
        <p><Link href="/mentoring/mine">{t.myMentorships}</Link></p>
      )}
      {mayOfferToMentor(roles) && (!isNewLeader || roles.includes("MENTOR")) && (
        <p><Link href="/mentoring/profile">{t.myMentorProfile}</Link></p>
      )}
      <section aria-labelledby="philosophies">
        <h2 id="philosophies">{t.philosophies}</h2>
        <p className="meta">{t.readAndComment}</p>
        {manager && (
          <p>
            {t.yourManager}: <Link href={`/philosophy/${encodeURIComponent(manager.id)}`}>{manager.person.name}</Link>
          </p>
        )}
        <p><Link href="/philosophies">{t.allPublished}</Link></p>
      </section>
      {home.unreadFeedback.length > 0 && (
        <section aria-labelledby="unread">
          <h2 id="unread">{t.unreadFeedback}</h2>
          <ul className="list">
            {home.unreadFeedback.map((note) => (
              <li key={note.id}>
                <Link href={`/feedback/notes/${encodeURIComponent(note.id)}`}>{note.title}</Link>
                <span className="meta">{note.authorName ? `${t.from(note.authorName)} · ` : ""}{formatDateTime(note.createdAt, language)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {home.checkpointsToHold.length > 0 && (
        <section aria-labelledby="checkpoints">
          <h2 id="checkpoints">{t.checkpointsToHold}</h2>
          <ul className="list">
            {home.checkpointsToHold.map((checkpoint) => (
              <li key={checkpoint.id}>
                <Link href="/checkpoints">{checkpoint.enrolment?.leader?.name}: {t.checkpointKind[checkpoint.kind]}</Link>
                <span className="meta">{t.due(formatDate(checkpoint.dueOn, language))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
