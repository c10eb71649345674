// The leaders of the organisation who have published a leadership
// philosophy, by name: where staff and managers find one to read and comment
// on. A page of 50 at a time; "show more" adds the next page below.
import { useState } from "react";
import { useQuery } from "urql";
import { PublishedPhilosophiesQuery } from "../api/philosophy";
import { formatDate } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";

const TEXT = {
  DA: {
    title: "Ledelsesfilosofier",
    intro: "Lederne i organisationen, der har udgivet deres ledelsesfilosofi. Læs dem, og giv din kommentar.",
    none: "Ingen ledere har udgivet en ledelsesfilosofi endnu.",
    version: (n: number, date: string) => `Version ${n}, udgivet ${date}`,
    more: "Vis flere",
  },
  EN: {
    title: "Leadership philosophies",
    intro: "The leaders of the organisation who have published their leadership philosophy. Read them, and comment.",
    none: "No leader has published a leadership philosophy yet.",
    version: (n: number, date: string) => `Version ${n}, published ${date}`,
    more: "Show more",
  },
};

export default function Philosophies() {
  const { language } = useApp();
  const t = TEXT[language];
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {cursors.map((after, index) => (
        <Page key={after ?? "first"} after={after} first={index === 0} onMore={index === cursors.length - 1 ? (next) => setCursors([...cursors, next]) : undefined} />
      ))}
    </main>
  );
}

function Page({ after, first, onMore }: { after: string | null; first: boolean; onMore?: (cursor: string) => void }) {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data, fetching, error }] = useQuery({ query: PublishedPhilosophiesQuery, variables: { after }, requestPolicy: "cache-and-network" });
  if (!data) return <p role="status">{fetching ? common.loading : error ? common.failed : ""}</p>;
  const { nodes, pageInfo } = data.publishedPhilosophies;
  if (first && nodes.length === 0) return <p>{t.none}</p>;
  return (
    <>
      <ul className="list">
        {nodes.map((status) => (
          <li key={status.leader.id}>
            <Link href={`/philosophy/${encodeURIComponent(status.leader.id)}`}>{status.leader.person.name}</Link>
            <span className="meta">{[status.leader.jobTitle, status.leader.unit?.name].filter(Boolean).join(", ")}</span>
            {status.versionNumber && status.publishedAt && (
              <span className="meta">{t.version(status.versionNumber, formatDate(status.publishedAt, language))}</span>
            )}
          </li>
        ))}
      </ul>
      {onMore && pageInfo.hasNextPage && pageInfo.endCursor && (
        <button type="button" className="secondary" onClick={() => onMore(pageInfo.endCursor as string)}>{t.more}</button>
      )}
    </>
  );
}
