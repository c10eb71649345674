// The leader's leadership philosophy: the three required sections, versions
// with what changed between two of them, publishing, and comments with the
// follow-up on them (PhilosophyFollowUp.tsx). Loaded only when opened (its
// texts live here, not in the first-load bundle).
import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ViewerQuery } from "../api/documents";
import { DiffQuery, MyPhilosophyQuery, PublishMutation, SaveDraftMutation } from "../api/philosophy";
import { formatDateTime, type Language } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { CommentThread, MoreComments, useCommentPages } from "./PhilosophyComments";
import { CommentActions, Items, Notes, VisibilityChoice } from "./PhilosophyFollowUp";

const SECTIONS = ["FOUNDATION", "STRATEGY", "VALUES"] as const;
type Section = (typeof SECTIONS)[number];

const TEXT = {
  DA: {
    title: "Min ledelsesfilosofi",
    section: { FOUNDATION: "Ledelsesgrundlag", STRATEGY: "Strategi", VALUES: "Værdier" } as Record<Section, string>,
    save: "Gem kladde",
    saved: "Kladden er gemt",
    summary: "Hvad har du ændret?",
    publish: "Udgiv",
    published: (n: number) => `Version ${n} er udgivet`,
    versions: "Versioner",
    draft: "Kladde",
    compare: "Sammenlign med forrige",
    noChange: "Ingen ændringer i dette afsnit.",
    comments: "Kommentarer",
    noComments: "Ingen kommentarer endnu.",
    pdf: "Hent som PDF",
    page: "Se den udgivne side",
    asColleagues: "Se den, som dine kolleger ser den",
    added: "Tilføjet",
    removed: "Fjernet",
  },
  EN: {
    title: "My leadership philosophy",
    section: { FOUNDATION: "Leadership foundation", STRATEGY: "Strategy", VALUES: "Values" } as Record<Section, string>,
    save: "Save draft",
    saved: "The draft is saved",
    summary: "What did you change?",
    publish: "Publish",
    published: (n: number) => `Version ${n} is published`,
    versions: "Versions",
    draft: "Draft",
    compare: "Compare with the one before",
    noChange: "No changes in this section.",
    comments: "Comments",
    noComments: "No comments yet.",
    pdf: "Download as PDF",
    page: "See the published page",
    asColleagues: "See it as your colleagues do",
    added: "Added",
    removed: "Removed",
  },
};

export function textOf(language: Language) {
  return TEXT[language];
}

export default function Philosophy() {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyPhilosophyQuery, requestPolicy: "cache-and-network" });
  const [bodies, setBodies] = useState<Record<Section, string>>({ FOUNDATION: "", STRATEGY: "", VALUES: "" });
  const [summary, setSummary] = useState("");
  const [notice, setNotice] = useState("");
  const [saveState, save] = useMutation(SaveDraftMutation);
  const [publishState, publish] = useMutation(PublishMutation);
  const [{ data: viewerData }] = useQuery({ query: ViewerQuery });
  const membershipId = viewerData?.viewer?.membership.id;
  const philosophy = data?.myPhilosophy;
  const draftId = philosophy?.draft?.id;
  const comments = useCommentPages(philosophy?.id, philosophy?.comments);
  useEffect(() => {
    const sections = philosophy?.draft?.sections;
    if (!sections) return;
    setBodies((old) => {
      const next = { ...old };
      for (const s of sections) if (s.kind in next) next[s.kind as Section] = s.body;
      return next;
    });
    // Only when another draft arrives, not on every refetch of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId]);
  if (!data) return <main id="main"><p role="status">{fetching ? common.loading : error ? common.failed : ""}</p></main>;

  async function saveDraft(): Promise<string | null> {
    const result = await save({
      input: {
        philosophyId: philosophy?.id ?? null,
        expectedRevision: philosophy?.draft?.revision ?? 0,
        sections: SECTIONS.map((kind) => ({ kind, body: bodies[kind] })),
        clientMutationId: crypto.randomUUID(),
      },
    });
    const payload = result.data?.savePhilosophyDraft;
    if (!payload || payload.errors.length > 0) return null;
    return payload.philosophy?.id ?? null;
  }
  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (await saveDraft()) {
      setNotice(t.saved);
      refetch({ requestPolicy: "network-only" });
    }
  }
  async function onPublish() {
    const id = await saveDraft();
    if (!id) return;
    const result = await publish({ input: { philosophyId: id, summary, clientMutationId: crypto.randomUUID() } });
    const version = result.data?.publishPhilosophy.version;
    if (version && result.data?.publishPhilosophy.errors.length === 0) {
      setNotice(t.published(version.number));
      setSummary("");
      refetch({ requestPolicy: "network-only" });
    }
  }
  const errors = [...(saveState.data?.savePhilosophyDraft.errors ?? []), ...(publishState.data?.publishPhilosophy.errors ?? [])];
  const versions = philosophy?.versions.nodes ?? [];
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <form onSubmit={onSave} className="stack">
        {SECTIONS.map((kind) => (
          <div key={kind} className="stack">
            <label htmlFor={`section-${kind}`}>{t.section[kind]}</label>
            <textarea id={`section-${kind}`} rows={5} value={bodies[kind]} onChange={(e) => setBodies({ ...bodies, [kind]: e.target.value })} />
          </div>
        ))}
        <label htmlFor="summary">{t.summary}</label>
        <input id="summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
        {errors.map((e) => <p key={`${e.code}-${e.field}`} role="alert" className="error">{e.message}</p>)}
        <p role="status">{notice}</p>
        <button type="submit" disabled={saveState.fetching}>{t.save}</button>
        <button type="button" className="secondary" disabled={saveState.fetching || publishState.fetching} onClick={onPublish}>{t.publish}</button>
      </form>
      {philosophy?.currentVersion && (
        <p>
          {philosophy.pageLink && <a href={philosophy.pageLink}>{t.page}</a>}
          {philosophy.currentVersion.pdfUrl && <> · <a href={philosophy.currentVersion.pdfUrl}>{t.pdf}</a></>}
          {membershipId && <> · <Link href={`/philosophy/${encodeURIComponent(membershipId)}`}>{t.asColleagues}</Link></>}
        </p>
      )}
      {philosophy && <VisibilityChoice philosophyId={philosophy.id} visibility={philosophy.visibility} />}
      {versions.length > 0 && (
        <section aria-labelledby="versions">
          <h2 id="versions">{t.versions}</h2>
          <ul className="list">
            {versions.map((version, index) => (
              <li key={version.id}>
                <strong>{version.status === "DRAFT" ? t.draft : `Version ${version.number}`}</strong>
                <span className="meta">{version.publishedAt ? formatDateTime(version.publishedAt, language) : ""}{version.summary ? ` · ${version.summary}` : ""}</span>
                {versions[index + 1] && <VersionDiff from={versions[index + 1].id} to={version.id} label={`${t.compare} (${version.number})`} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="comments">
        <h2 id="comments">{t.comments}</h2>
        {!philosophy || comments.nodes.length === 0 ? (
          <p>{t.noComments}</p>
        ) : (
          <ul className="list">
            {comments.nodes.map((note) => (
              <CommentThread key={note.id} note={note} versions={versions} language={language}>
                <CommentActions
                  philosophyId={philosophy.id}
                  noteId={note.id}
                  hidden={note.hidden}
                  isItem={philosophy.items.some((item) => item.comment?.id === note.id)}
                  onChanged={() => {
                    refetch({ requestPolicy: "network-only" });
                    comments.refresh();
                  }}
                />
              </CommentThread>
            ))}
          </ul>
        )}
        <MoreComments loading={comments.loading} more={comments.more} />
        {comments.pages}
      </section>
      {philosophy && <Items philosophyId={philosophy.id} items={philosophy.items} onChanged={() => refetch({ requestPolicy: "network-only" })} />}
      {philosophy && <Notes philosophyId={philosophy.id} notes={philosophy.privateNotes ?? ""} />}
    </main>
  );
}

function VersionDiff({ from, to, label }: { from: string; to: string; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{label}</summary>
      {open && <DiffBody from={from} to={to} />}
    </details>
  );
}

function DiffBody({ from, to }: { from: string; to: string }) {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data, fetching }] = useQuery({ query: DiffQuery, variables: { from, to } });
  if (!data) return <p role="status">{fetching ? common.loading : common.failed}</p>;
  return (
    <div>
      {data.philosophyDiff.sections.map((section) => (
        <section key={section.key} aria-label={section.title}>
          <h3>{section.title}</h3>
          {section.change === "UNCHANGED" ? (
            <p className="meta">{t.noChange}</p>
          ) : (
            <pre className="diff">
              {section.hunks.flatMap((hunk, h) =>
                hunk.lines.map((line, i) =>
                  line.kind === "ADDED" ? (
                    <ins key={`${h}-${i}`} title={t.added}>+ {line.text}{"\n"}</ins>
                  ) : line.kind === "REMOVED" ? (
                    <del key={`${h}-${i}`} title={t.removed}>- {line.text}{"\n"}</del>
                  ) : (
                    <span key={`${h}-${i}`}>  {line.text}{"\n"}</span>
                  ),
                ),
              )}
            </pre>
          )}
        </section>
      ))}
    </div>
  );
}
