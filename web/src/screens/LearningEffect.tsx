// The learning effect of development, for a municipal director: each figure
// with its Kirkpatrick level, n and spread, a plain sentence first and the
// statistics one tap away; a hidden figure says why in plain words and shows
// no number. The screen opens with the summary (one cheap query: the overall
// figures); each competency and goal load only when the person asks for the
// details. Filters only as the API allows (programme, whole years and
// quarters), for both; CSV and PDF exports. Loaded only when opened.
import { useEffect, useState, type ReactNode } from "react";
import { useMutation, useQuery } from "urql";
import {
  AreaEffectQuery,
  EffectExportQuery,
  EffectFilterOptionsQuery,
  EffectScopesQuery,
  EffectSummaryQuery,
  ExportEffectMutation,
  OrganisationEffectQuery,
} from "../api/effect";
import type { AppEffectChangeFragment, AppEffectRatingFragment, EffectScope, LearningEffectFilter } from "../gql/graphql";
import { chooseView, type EffectView } from "../ui/effectView";
import { formatDate, formatPercent, formatTime, type Language } from "../i18n/format";
import { useApp } from "../ui/context";
import {
  describeChange,
  describeErrorBars,
  describeRating,
  domainOf,
  formatFigure,
  formatInterval,
  placeErrorBars,
  ticksOf,
  type ChangeRow,
} from "../ui/effect";
import { EFFECT_TEXT, type EffectText } from "./LearningEffectText";

function useText(): [EffectText, Language] {
  const { language } = useApp();
  return [EFFECT_TEXT[language], language];
}

export default function LearningEffect() {
  const { t: common } = useApp();
  const [t] = useText();
  const [{ data: scopesData, error: scopesError }] = useQuery({ query: EffectScopesQuery, requestPolicy: "cache-and-network" });
  const scopes = scopesData?.learningEffectScopes ?? [];
  const [chosen, setChosen] = useState<EffectScope | null>(null);
  const scope: EffectScope | null = chosen && scopes.includes(chosen) ? chosen : scopes[0] ?? null;
  const [filter, setFilter] = useState<LearningEffectFilter>({});
  if (!scopesData) {
    return <main id="main" className="wide"><h1>{t.title}</h1><p role="status">{scopesError ? common.failed : common.loading}</p></main>;
  }
  if (!scope) {
    return <main id="main" className="wide"><h1>{t.title}</h1><p>{t.denied}</p></main>;
  }
  return (
    <main id="main" className="wide">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {scopes.length > 1 && (
        <fieldset className="choice">
          <legend>{t.scopeLegend}</legend>
          {scopes.map((s) => (
            <label key={s} className="check">
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setChosen(s)} />
              {t.scope[s]}
            </label>
          ))}
        </fieldset>
      )}
      <Filters filter={filter} onChange={setFilter} />
      <Export scope={scope} filter={filter} />
      <Figures scope={scope} filter={filter} />
    </main>
  );
}

function Filters({ filter, onChange }: { filter: LearningEffectFilter; onChange: (f: LearningEffectFilter) => void }) {
  const [t] = useText();
  const [{ data }] = useQuery({ query: EffectFilterOptionsQuery });
  const year = new Date().getFullYear();
  const years = [year, year - 1, year - 2, year - 3];
  const period = filter.period ?? null;
  return (
    <details className="filters">
      <summary>{t.filters}</summary>
      <p className="meta">{t.filtersHelp}</p>
      <div className="filter-row">
        <div className="stack">
          <label htmlFor="effect-programme">{t.programme}</label>
          <select id="effect-programme" value={filter.programmeId ?? ""} onChange={(e) => onChange({ ...filter, programmeId: e.target.value || null })}>
            <option value="">{t.allProgrammes}</option>
            {data?.programmes.nodes.map((p) => p.currentVersion && <option key={p.id} value={p.id}>{p.currentVersion.title}</option>)}
          </select>
        </div>
        <div className="stack">
          <label htmlFor="effect-unit">{t.unit}</label>
          <select id="effect-unit" value={filter.unitId ?? ""} onChange={(e) => onChange({ ...filter, unitId: e.target.value || null })}>
            <option value="">{t.allUnits}</option>
            {data?.organisation.units.nodes.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div className="stack">
          <label htmlFor="effect-year">{t.year}</label>
          <select
            id="effect-year"
            value={period?.year ?? ""}
            onChange={(e) => onChange({ ...filter, period: e.target.value ? { year: Number(e.target.value), quarter: period?.quarter ?? null } : null })}
          >
            <option value="">{t.allYears}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="stack">
          <label htmlFor="effect-quarter">{t.quarter}</label>
          <select
            id="effect-quarter"
            value={period?.quarter ?? ""}
            disabled={!period}
            onChange={(e) => period && onChange({ ...filter, period: { year: period.year, quarter: e.target.value ? Number(e.target.value) : null } })}
          >
            <option value="">{t.wholeYear}</option>
            {[1, 2, 3, 4].map((q) => <option key={q} value={q}>{t.quarterName(q)}</option>)}
          </select>
        </div>
      </div>
    </details>
  );
}

function Export({ scope, filter }: { scope: EffectScope; filter: LearningEffectFilter }) {
  const [t] = useText();
  const [state, request] = useMutation(ExportEffectMutation);
  const [exportId, setExportId] = useState<string | null>(null);
  const [{ data }, poll] = useQuery({ query: EffectExportQuery, variables: { id: exportId ?? "" }, pause: !exportId, requestPolicy: "network-only" });
  const current = data?.learningEffectExport;
  const pending = !!exportId && (!current || current.status === "PENDING");
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => poll({ requestPolicy: "network-only" }), 1000);
    return () => clearTimeout(timer);
  }, [pending, data, poll]);
  async function start(format: "CSV" | "PDF") {
    setExportId(null);
    const result = await request({ input: { format, scope, filter, clientMutationId: crypto.randomUUID() } });
    const made = result.data?.exportLearningEffect.export;
    if (made) setExportId(made.id);
  }
  const errors = state.data?.exportLearningEffect.errors ?? [];
  return (
    <section aria-labelledby="effect-export" className="export">
      <h2 id="effect-export">{t.exportTitle}</h2>
      <p className="meta">{t.exportHelp}</p>
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => start("CSV")} disabled={state.fetching || pending}>{t.exportCsv}</button>
        <button type="button" className="secondary" onClick={() => start("PDF")} disabled={state.fetching || pending}>{t.exportPdf}</button>
      </div>
      <p role="status">
        {pending && t.exportPending}
        {current?.status === "FAILED" && <span className="error">{t.exportFailed}</span>}
        {current?.status === "READY" && current.downloadUrl && (
          <a href={current.downloadUrl} download>{t.download(current.format)}</a>
        )}
      </p>
      {errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
    </section>
  );
}

function Figures({ scope, filter }: { scope: EffectScope; filter: LearningEffectFilter }) {
  const { t: common } = useApp();
  const [t, language] = useText();
  const [open, setOpen] = useState(false);
  const [summary] = useQuery({ query: EffectSummaryQuery, variables: { scope, filter }, requestPolicy: "cache-and-network" });
  const variables = { filter };
  const [area] = useQuery({ query: AreaEffectQuery, variables, pause: !open || scope !== "AREA", requestPolicy: "cache-and-network" });
  const [whole] = useQuery({ query: OrganisationEffectQuery, variables, pause: !open || scope !== "ORGANISATION", requestPolicy: "cache-and-network" });
  const details = scope === "AREA" ? area : whole;
  const { view, detailsPending } = chooseView(
    scope,
    open,
    summary.data?.learningEffectSummary,
    scope === "AREA" ? area.data?.learningEffect : whole.data?.organisationLearningEffect,
  );
  if (!view) {
    const message = summary.error?.graphQLErrors[0]?.message;
    return <p role="status">{summary.error ? message ?? common.failed : common.loading}</p>;
  }
  const detailsError = detailsPending && details.error ? details.error.graphQLErrors[0]?.message ?? common.failed : null;
  return (
    <>
      <p className="meta">{t.asOf(formatDate(view.asOf, language))}</p>
      {view.computedAt && <p className="meta">{t.computedAt(formatTime(view.computedAt, language))}</p>}
      <div className="details-toggle">
        <p className="meta">{view.detailed ? t.detailsShown : t.summaryShown}</p>
        <button type="button" className="secondary" aria-expanded={open} aria-controls="effect-figures" onClick={() => setOpen(!open)}>
          {open ? t.hideDetails : t.showDetails}
        </button>
        <p role="status">
          {detailsPending && !detailsError && t.detailsLoading}
          {detailsError && <span className="error">{detailsError}</span>}
        </p>
      </div>
      <div id="effect-figures">
        <Participation view={view} />
        <RatingSection id="reaction" title={t.reactionTitle} figure={view.reaction} sentence={(mean) => t.reactionSentence(describeRating(mean, language))} />
        <Behaviour view={view} />
        <Goals view={view} />
        <Spans view={view} />
        <details className="notes">
          <summary>{t.howToRead}</summary>
          {view.notes.map((note, i) => <p key={i}>{note}</p>)}
        </details>
      </div>
    </>
  );
}

function Label({ level, n, spread, nWord }: { level: string; n?: number | null; spread?: number | null; nWord?: string }) {
  const [t, language] = useText();
  const parts = [t.level[level]];
  if (n !== null && n !== undefined) parts.push(`n = ${n} ${nWord ?? t.leadersWord}`);
  if (spread !== null && spread !== undefined) parts.push(`${t.spread} ${formatFigure(spread, language)}`);
  return <p className="figure-label">{parts.join(" · ")}</p>;
}

function Hidden({ reason }: { reason?: string | null }) {
  const [t] = useText();
  return (
    <div className="hidden-figure">
      <p><strong>{t.hidden}</strong> {t.hiddenShort}</p>
      <details>
        <summary>{t.whyHidden}</summary>
        <p>{reason ?? t.hiddenDefault}</p>
      </details>
    </div>
  );
}

function Numbers({ children }: { children: ReactNode }) {
  const [t] = useText();
  return (
    <details className="numbers">
      <summary>{t.showNumbers}</summary>
      <dl>{children}</dl>
    </details>
  );
}

function Pair({ term, value }: { term: string; value: string }) {
  return <div><dt>{term}</dt><dd>{value}</dd></div>;
}

function Participation({ view }: { view: EffectView }) {
  const [t, language] = useText();
  const p = view.participation;
  return (
    <section className="card figure" aria-labelledby="participation">
      <h2 id="participation">{t.participationTitle}</h2>
      <Label level={p.kirkpatrickLevel} n={p.leaders} />
      <p className="plain">{p.enrolled === 0 ? t.noneEnrolled : t.participationSentence(p.enrolled, p.active, p.completed, p.overdue)}</p>
      <ul className="bars">
        {p.activities.map((a) => (
          <li key={a.kind}>
            <span>{t.kind[a.kind]}: {t.doneOf(a.completed, a.assigned)}</span>
            <progress max={Math.max(1, a.assigned)} value={a.completed} aria-label={`${t.kind[a.kind]}: ${t.doneOf(a.completed, a.assigned)}`} />
          </li>
        ))}
      </ul>
      <Numbers>
        <Pair term={t.leadersWithEnrolment} value={String(p.leaders)} />
        <Pair term={t.enrolled} value={String(p.enrolled)} />
        <Pair term={t.active} value={String(p.active)} />
        <Pair term={t.completed} value={String(p.completed)} />
        <Pair term={t.withdrawn} value={String(p.withdrawn)} />
        <Pair term={t.behind} value={String(p.overdue)} />
        {p.activities.map((a) => (
          <Pair key={a.kind} term={t.kind[a.kind]} value={a.completionRate === null || a.completionRate === undefined ? t.doneOf(a.completed, a.assigned) : `${t.doneOf(a.completed, a.assigned)} (${formatPercent(a.completionRate * 100, language)})`} />
        ))}
        {p.checkpoints.map((c) => (
          <Pair key={c.kind} term={t.checkpoint(c.kind)} value={t.checkpointValue(c.held, c.due, c.overdue)} />
        ))}
      </Numbers>
    </section>
  );
}

function ratingNumbers(figure: AppEffectRatingFragment, t: EffectText, language: Language) {
  return (
    <Numbers>
      <Pair term={t.nLeaders} value={String(figure.leaders ?? "")} />
      <Pair term={t.nRatings} value={String(figure.count ?? "")} />
      <Pair term={t.mean} value={figure.mean === null || figure.mean === undefined ? "" : t.ofFive(formatFigure(figure.mean, language))} />
      <Pair term={t.spreadLong} value={figure.spread === null || figure.spread === undefined ? t.notAvailable : formatFigure(figure.spread, language)} />
      <Pair term={t.interval} value={figure.confidenceInterval ? formatInterval(figure.confidenceInterval, language) : t.notAvailable} />
    </Numbers>
  );
}

function RatingSection(props: { id: string; title: string; figure: AppEffectRatingFragment; sentence: (mean: number) => string }) {
  const [t, language] = useText();
  const { figure } = props;
  return (
    <section className="card figure" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Label level={figure.kirkpatrickLevel} n={figure.suppressed ? null : figure.leaders} spread={figure.suppressed ? null : figure.spread} />
      {figure.suppressed || figure.mean === null || figure.mean === undefined ? (
        <Hidden reason={figure.suppressedReason} />
      ) : (
        <>
          <p className="plain">{props.sentence(figure.mean)}</p>
          {ratingNumbers(figure, t, language)}
        </>
      )}
    </section>
  );
}

function Goals({ view }: { view: EffectView }) {
  const [t, language] = useText();
  const g = view.goals;
  return (
    <section className="card figure" aria-labelledby="goals">
      <h2 id="goals">{t.goalsTitle}</h2>
      <p className="meta">{t.goalsHelp}</p>
      <Label level={g.kirkpatrickLevel} n={g.overall.suppressed ? null : g.overall.leaders} spread={g.overall.suppressed ? null : g.overall.spread} />
      <h3>{t.allGoals}</h3>
      <RatingBody figure={g.overall} sentence={(mean) => t.goalSentence(describeRating(mean, language))} />
      {g.each.map((goal) => (
        <div key={goal.goalId} className="sub-figure">
          <h3>{goal.title}</h3>
          <Label level={goal.attainment.kirkpatrickLevel} n={goal.attainment.suppressed ? null : goal.attainment.leaders} spread={goal.attainment.suppressed ? null : goal.attainment.spread} />
          <RatingBody figure={goal.attainment} sentence={(mean) => t.goalSentence(describeRating(mean, language))} />
        </div>
      ))}
    </section>
  );
}

function RatingBody({ figure, sentence }: { figure: AppEffectRatingFragment; sentence: (mean: number) => string }) {
  const [t, language] = useText();
  if (figure.suppressed || figure.mean === null || figure.mean === undefined) return <Hidden reason={figure.suppressedReason} />;
  return (
    <>
      <p className="plain">{sentence(figure.mean)}</p>
      {ratingNumbers(figure, t, language)}
    </>
  );
}

function changeShown(change: AppEffectChangeFragment): boolean {
  return !change.suppressed && change.effectSize !== null && change.effectSize !== undefined;
}

function Behaviour({ view }: { view: EffectView }) {
  const [t] = useText();
  const b = view.behaviour;
  const overall = b.overall;
  return (
    <section className="card figure" aria-labelledby="behaviour">
      <h2 id="behaviour">{t.behaviourTitle}</h2>
      <p className="meta">{t.behaviourHelp}</p>
      <Label level={b.kirkpatrickLevel} n={changeShown(overall) ? overall.leaders : null} spread={changeShown(overall) ? overall.spread : null} />
      <h3>{t.allCompetencies}</h3>
      <ChangeBody change={overall} />
      {b.competencies.some(changeShown) && <ErrorBars changes={b.competencies} />}
      {b.competencies.map((c) => (
        <div key={c.key} className="sub-figure">
          <h3>{c.title}</h3>
          <Label level={c.kirkpatrickLevel} n={changeShown(c) ? c.leaders : null} spread={changeShown(c) ? c.spread : null} />
          <ChangeBody change={c} />
        </div>
      ))}
      {b.minimumLeaders !== null && <p className="meta">{t.minimum(b.minimumLeaders)}</p>}
    </section>
  );
}

function ChangeBody({ change }: { change: AppEffectChangeFragment }) {
  const [t, language] = useText();
  if (!changeShown(change)) return <Hidden reason={change.suppressedReason} />;
  const size = change.effectSize as number;
  const number = (value: number | null | undefined, signed = false) =>
    value === null || value === undefined ? t.notAvailable : formatFigure(value, language, 2, signed);
  return (
    <>
      <p className="plain">{t.changeSentence(describeChange(size, change.confidenceInterval, language))}</p>
      <Numbers>
        <Pair term={t.nLeaders} value={String(change.leaders ?? "")} />
        {change.ratersBaseline !== null && change.ratersBaseline !== undefined && (
          <Pair term={t.raters} value={t.ratersValue(change.ratersBaseline, change.ratersFollowUp ?? 0)} />
        )}
        {change.baselineMean !== null && change.baselineMean !== undefined && <Pair term={t.before} value={t.ofFive(number(change.baselineMean))} />}
        {change.followUpMean !== null && change.followUpMean !== undefined && <Pair term={t.after} value={t.ofFive(number(change.followUpMean))} />}
        <Pair
          term={t.meanChange}
          value={`${number(change.meanChange, true)}${change.meanChangeInterval ? ` (${t.intervalShort} ${formatInterval(change.meanChangeInterval, language)})` : ""}`}
        />
        <Pair term={t.spreadOfChanges} value={number(change.spread)} />
        <Pair
          term={t.effectSize}
          value={`${number(size, true)}${change.confidenceInterval ? ` (${t.intervalShort} ${formatInterval(change.confidenceInterval, language)})` : ""}`}
        />
      </Numbers>
    </>
  );
}

const ROW = 46;
const WIDTH = 360;
const LEFT = 18;
const PLOT = WIDTH - 2 * LEFT;

function ErrorBars({ changes }: { changes: AppEffectChangeFragment[] }) {
  const [t, language] = useText();
  const rows: ChangeRow[] = changes.map((c) => ({
    label: c.title,
    effectSize: changeShown(c) ? (c.effectSize as number) : null,
    interval: changeShown(c) ? c.confidenceInterval ?? null : null,
  }));
  const domain = domainOf(rows);
  const placed = placeErrorBars(rows, domain, LEFT, PLOT, ROW);
  const ticks = ticksOf(domain);
  const height = rows.length * ROW + 34;
  const xOf = (value: number) => LEFT + ((value - domain[0]) / (domain[1] - domain[0])) * PLOT;
  return (
    <figure className="chart error-bars">
      <figcaption id="effect-chart-title">{t.chartTitle}</figcaption>
      <svg
        role="img"
        aria-label={describeErrorBars(t.chartTitle, rows, language, t.hiddenLower)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={xOf(tick)} x2={xOf(tick)} y1={0} y2={rows.length * ROW} stroke={tick === 0 ? "#1a1a1a" : "#c4c9d0"} strokeWidth={tick === 0 ? 1.5 : 1} />
            <text x={xOf(tick)} y={rows.length * ROW + 16} fontSize="13" textAnchor="middle" fill="#1a1a1a">{formatFigure(tick, language, 1)}</text>
          </g>
        ))}
        <text x={WIDTH / 2} y={rows.length * ROW + 31} fontSize="12" textAnchor="middle" fill="#4a4a4a">{t.axis}</text>
        {placed.map((row) => (
          <g key={row.label} transform={`translate(0 ${row.y})`}>
            <text x={LEFT} y={15} fontSize="14" fill="#1a1a1a">{row.label}{row.x === null ? ` \u2013 ${t.hiddenLower}` : ""}</text>
            {row.x !== null && (
              <>
                {row.low !== null && row.high !== null && (
                  <>
                    <line x1={row.low} x2={row.high} y1={32} y2={32} stroke="#1d4e89" strokeWidth={2} />
                    <line x1={row.low} x2={row.low} y1={26} y2={38} stroke="#1d4e89" strokeWidth={2} />
                    <line x1={row.high} x2={row.high} y1={26} y2={38} stroke="#1d4e89" strokeWidth={2} />
                  </>
                )}
                <circle cx={row.x} cy={32} r={5} fill="#1d4e89" />
              </>
            )}
          </g>
        ))}
      </svg>
      <p className="meta">{t.chartHelp}</p>
    </figure>
  );
}

function Spans({ view }: { view: EffectView }) {
  const [t, language] = useText();
  const s = view.spans;
  return (
    <section className="card figure" aria-labelledby="spans">
      <h2 id="spans">{t.spansTitle}</h2>
      <Label level="CONTEXT" n={s.leaders} spread={s.spread} />
      <p className="plain">{t.spansSentence(s.overThreshold, s.leaders, s.threshold)}</p>
      <Numbers>
        <Pair term={t.nLeaders} value={String(s.leaders)} />
        <Pair term={t.spanMean} value={s.mean === null || s.mean === undefined ? t.notAvailable : formatFigure(s.mean, language, 1)} />
        <Pair term={t.spreadLong} value={s.spread === null || s.spread === undefined ? t.notAvailable : formatFigure(s.spread, language, 1)} />
        <Pair term={t.spanLargest} value={s.largest === null || s.largest === undefined ? t.notAvailable : String(s.largest)} />
        <Pair term={t.spanOver(s.threshold)} value={String(s.overThreshold)} />
      </Numbers>
    </section>
  );
}
