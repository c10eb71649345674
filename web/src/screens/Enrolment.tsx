import { useQuery } from "urql";
import { EnrolmentQuery } from "../api/documents";
import { formatDate } from "../i18n/format";
import { useQueue } from "../offline/useQueue";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { Progress } from "../ui/Progress";
import { SafeHtml } from "../ui/SafeHtml";

export function Enrolment({ id }: { id: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error }] = useQuery({ query: EnrolmentQuery, variables: { id } });
  const queue = useQueue();
  const enrolment = data?.node?.__typename === "Enrolment" ? data.node : null;
  if (!enrolment) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : t.notFound}</p></main>;
  const modules = [...(enrolment.programme?.modules ?? [])].sort((a, b) => a.position - b.position);
  return (
    <main id="main">
      <p><Link href="/">{t.back}</Link></p>
      <h1>{enrolment.programme?.title}</h1>
      <Progress done={enrolment.progress.completed} total={enrolment.progress.total} percent={enrolment.progress.percent} />
      {enrolment.programme && <SafeHtml html={enrolment.programme.descriptionHtml} />}
      <h2>{t.modules}</h2>
      {modules.map((module) => (
        <section key={module.id} aria-labelledby={`module-${module.position}`}>
          <h3 id={`module-${module.position}`}>{module.title}</h3>
          <ul className="list">
            {enrolment.activities
              .filter((item) => item.activity.module?.id === module.id)
              .map((item) => {
                const waiting = queue.some((e) => e.activityId === item.activity.id && e.state === "waiting");
                return (
                  <li key={item.activity.id}>
                    <Link href={`/enrolments/${encodeURIComponent(id)}/activities/${encodeURIComponent(item.activity.id)}`}>{item.activity.title}</Link>
                    <span className="meta">
                      {t.kind[item.activity.kind]} · {t.status[item.status]}
                      {waiting ? ` · ${t.savedLocally}` : ""} · {t.due(formatDate(item.dueOn, language))}
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </main>
  );
}
