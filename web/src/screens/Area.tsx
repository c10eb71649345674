// A leader of leaders' area: everyone below them in the reporting line, each
// leader with their span of control (marked above the commission's 27),
// programme progress, overdue check-ins and published philosophy. Loaded
// only when opened; tablet and desktop first, a stacked table on a phone.
import { useQuery } from "urql";
import { ViewerQuery } from "../api/documents";
import { AreaQuery } from "../api/effect";
import { formatDate, formatPercent, type Language } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { areaRows, SPAN_LIMIT, type AreaRow } from "../ui/area";
import { possessive } from "../ui/philosophy";

const TEXT = {
  DA: {
    title: "Mit område",
    intro: (people: number) => `${people} personer er under dig i ledelseslinjen. Her er lederne blandt dem.`,
    denied: "Her ser ledere af ledere deres område. Du har ingen ledere under dig.",
    people: "Personer i området",
    leaders: "Ledere",
    overLimit: `Ledere med over ${SPAN_LIMIT} medarbejdere`,
    inProgramme: "Ledere i et forløb",
    overdueCheckpoints: "Forsinkede opfølgninger",
    philosophies: "Udgivne ledelsesfilosofier",
    of: (a: number, b: number) => `${a} af ${b}`,
    commission: `Ledelseskommissionen peger på, at en fjerdedel af lederne har mere end ${SPAN_LIMIT} medarbejdere direkte under sig, og at så store kontrolspænd svækker ledelsen. Ledere over grænsen er markeret.`,
    tableCaption: "Lederne i dit område, flest medarbejdere først",
    leader: "Leder",
    span: "Medarbejdere direkte under",
    programme: "Forløb",
    overdue: "Forsinkede opfølgninger",
    philosophy: "Ledelsesfilosofi",
    over: "over grænsen",
    none: "Intet forløb",
    notPublished: "Ikke udgivet",
    published: (date: string) => `Udgivet ${date}`,
    read: (published: string, name: string) => `${published}: ${possessive(name, "DA")} ledelsesfilosofi`,
    progress: (percent: string, name: string) => `${percent} gennemført af ${name}`,
    effectLink: "Se læringseffekten i dit område",
  },
  EN: {
    title: "My area",
    intro: (people: number) => `${people} people are below you in the reporting line. These are the leaders among them.`,
    denied: "Leaders of leaders see their area here. You have no leaders below you.",
    people: "People in the area",
    leaders: "Leaders",
    overLimit: `Leaders with more than ${SPAN_LIMIT} staff`,
    inProgramme: "Leaders in a programme",
    overdueCheckpoints: "Overdue check-ins",
    philosophies: "Published leadership philosophies",
    of: (a: number, b: number) => `${a} of ${b}`,
    commission: `The Leadership Commission notes that a quarter of leaders have more than ${SPAN_LIMIT} direct reports, and that spans that large weaken leadership. Leaders over the limit are marked.`,
    tableCaption: "The leaders of your area, most direct reports first",
    leader: "Leader",
    span: "Direct reports",
    programme: "Programme",
    overdue: "Overdue check-ins",
    philosophy: "Leadership philosophy",
    over: "over the limit",
    none: "No programme",
    notPublished: "Not published",
    published: (date: string) => `Published ${date}`,
    read: (published: string, name: string) => `${published}: ${possessive(name, "EN")} leadership philosophy`,
    progress: (percent: string, name: string) => `${percent} done of ${name}`,
    effectLink: "See the learning effect in your area",
  },
};

type Text = (typeof TEXT)["DA"];

export default function Area() {
  const { t: common, language } = useApp();
  const t: Text = TEXT[language];
  const [{ data: viewerData }] = useQuery({ query: ViewerQuery });
  const personId = viewerData?.viewer?.person.id;
  const [{ data, fetching, error }] = useQuery({
    query: AreaQuery,
    variables: { personId: personId ?? "" },
    pause: !personId,
    requestPolicy: "cache-and-network",
  });
  if (!data) {
    const denied = error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
    return (
      <main id="main" className="wide">
        <h1>{t.title}</h1>
        <p role="status">{denied ? t.denied : error ? common.failed : fetching || !personId ? common.loading : ""}</p>
      </main>
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  const rows = areaRows(data, today);
  const overLimit = rows.filter((row) => row.span > SPAN_LIMIT).length;
  const inProgramme = rows.filter((row) => row.enrolment).length;
  const overdue = rows.reduce((sum, row) => sum + row.overdueCheckpoints, 0);
  const published = data.philosophyOverview;
  return (
    <main id="main" className="wide">
      <h1>{t.title}</h1>
      <p>{t.intro(data.reports.totalCount)}</p>
      <dl className="figures">
        <div><dt>{t.people}</dt><dd>{data.reports.totalCount}</dd></div>
        <div><dt>{t.leaders}</dt><dd>{rows.length}</dd></div>
        <div className={overLimit > 0 ? "alert" : undefined}><dt>{t.overLimit}</dt><dd>{overLimit}</dd></div>
        <div><dt>{t.inProgramme}</dt><dd>{t.of(inProgramme, rows.length)}</dd></div>
        <div><dt>{t.overdueCheckpoints}</dt><dd>{overdue}</dd></div>
        <div><dt>{t.philosophies}</dt><dd>{t.of(published.publishedCount, published.totalLeaders)}</dd></div>
      </dl>
      <p className="meta">{t.commission}</p>
      <p><Link href="/effect">{t.effectLink}</Link></p>
      <table className="area">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.leader}</th>
            <th scope="col">{t.span}</th>
            <th scope="col">{t.programme}</th>
            <th scope="col">{t.overdue}</th>
            <th scope="col">{t.philosophy}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => <Row key={row.id} row={row} t={t} language={language} />)}
        </tbody>
      </table>
    </main>
  );
}

function Row({ row, t, language }: { row: AreaRow; t: Text; language: Language }) {
  const over = row.span > SPAN_LIMIT;
  return (
    <tr className={over ? "over" : undefined}>
      <th scope="row" data-label={t.leader}>
        <span>{row.name}<br /><span className="meta">{[row.jobTitle, row.unit].filter(Boolean).join(", ")}</span></span>
      </th>
      <td data-label={t.span}>
        <span>{row.span}{over && <> <span className="badge warn">{t.over}</span></>}</span>
      </td>
      <td data-label={t.programme}>
        {row.enrolment ? (
          <span className="progress">
            <span>{row.enrolment.title}: {formatPercent(row.enrolment.percent, language)}</span>
            <progress max={100} value={row.enrolment.percent} aria-label={t.progress(formatPercent(row.enrolment.percent, language), row.name)} />
          </span>
        ) : (
          <span className="meta">{t.none}</span>
        )}
      </td>
      <td data-label={t.overdue}>
        <span className={row.overdueCheckpoints > 0 ? "error" : undefined}>{row.overdueCheckpoints}</span>
      </td>
      <td data-label={t.philosophy}>
        {row.publishedAt ? (
          <Link href={`/philosophy/${encodeURIComponent(row.id)}`} aria-label={t.read(t.published(formatDate(row.publishedAt, language)), row.name)}>
            {t.published(formatDate(row.publishedAt, language))}
          </Link>
        ) : (
          <span className="meta">{t.notPublished}</span>
        )}
      </td>
    </tr>
  );
}
