// A colleague's published leadership philosophy, as staff and managers read
// it: the newest published version, the comments the reader may see (a page
// at a time, "show more" for older ones), and a form to comment
// (organisation-internal, even when the page is public). Loaded only when
// opened.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ViewerQuery } from "../api/documents";
import { CommentOnPhilosophyMutation, LeadershipPhilosophyQuery } from "../api/philosophy";
import { formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { commentsByVersion, possessive } from "../ui/philosophy";
import { SafeHtml } from "../ui/SafeHtml";
import { CommentThread, MoreComments, useCommentPages } from "./PhilosophyComments";

const TEXT = {
  DA: {
    title: (name: string) => `${possessive(name, "DA")} ledelsesfilosofi`,
    fallbackTitle: "Ledelsesfilosofi",
    unavailable: "Ledelsesfilosofien er ikke udgivet endnu, eller du har ikke adgang til den.",
    version: (n: number, date: string) => `Version ${n}, udgivet ${date}`,
    changed: (summary: string) => `Ændret: ${summary}`,
    pdf: "Hent som PDF",
    comments: "Kommentarer",
    earlier: "Kommentarer til tidligere versioner",
    noComments: "Ingen kommentarer endnu. Skriv den første.",
    yourComment: "Din kommentar",
    hint: "Lederen og kolleger i organisationen kan læse din kommentar med dit navn. Den vises ikke på den offentlige side.",
    send: "Send kommentar",
    sent: "Tak. Din kommentar er sendt til lederen.",
    own: "Det er din egen ledelsesfilosofi. Her ser du den, som dine kolleger ser den.",
    edit: "Skriv videre på din ledelsesfilosofi",
  },
  EN: {
    title: (name: string) => `${possessive(name, "EN")} leadership philosophy`,
    fallbackTitle: "Leadership philosophy",
    unavailable: "The leadership philosophy is not published yet, or you do not have access to it.",
    version: (n: number, date: string) => `Version ${n}, published ${date}`,
    changed: (summary: string) => `Changed: ${summary}`,
    pdf: "Download as PDF",
    comments: "Comments",
    earlier: "Comments on earlier versions",
    noComments: "No comments yet. Write the first.",
    yourComment: "Your comment",
    hint: "The leader and colleagues in the organisation can read your comment with your name. It is not shown on the public page.",
    send: "Send comment",
    sent: "Thank you. Your comment is sent to the leader.",
    own: "This is your own leadership philosophy. Here you see it as your colleagues do.",
    edit: "Keep writing your leadership philosophy",
  },
};

export default function PhilosophyReader({ leaderId }: { leaderId: string }) {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data, fetching, error }, refetch] = useQuery({
    query: LeadershipPhilosophyQuery,
    variables: { leaderId },
    requestPolicy: "cache-and-network",
  });
  const [{ data: viewerData }] = useQuery({ query: ViewerQuery });
  const philosophy = data?.leadershipPhilosophy;
  const version = philosophy?.currentVersion;
  const comments = useCommentPages(philosophy?.id, philosophy?.comments);
  if (!philosophy || !version) {
    // A leader who has not published, another organisation's or an unknown ID:
    // the API answers null (or NOT_FOUND) alike, and so does the screen.
    const done = !fetching && (data !== undefined || error !== undefined);
    return (
      <main id="main">
        <h1>{t.fallbackTitle}</h1>
        <p role="status">{done ? t.unavailable : common.loading}</p>
      </main>
    );
  }
  const name = philosophy.leader?.person.name ?? "";
  const own = viewerData?.viewer?.membership.id === philosophy.leader?.id;
  const versions = philosophy.versions.nodes;
  const { current, earlier } = commentsByVersion(comments.nodes, version.id);
  // Below the last comment shown: the next ones are older.
  const more = <MoreComments loading={comments.loading} more={comments.more} />;
  return (
    <main id="main">
      <h1>{name ? t.title(name) : t.fallbackTitle}</h1>
      <p className="meta">
        {[philosophy.leader?.jobTitle, version.publishedAt ? t.version(version.number, formatDateTime(version.publishedAt, language)) : ""].filter(Boolean).join(" · ")}
      </p>
      {version.summary && <p className="meta">{t.changed(version.summary)}</p>}
      {own && (
        <p>
          {t.own} <Link href="/philosophy">{t.edit}</Link>
        </p>
      )}
      {version.sections.map((section, index) => (
        <section key={`${section.kind}-${index}`} aria-labelledby={`philosophy-section-${index}`}>
          <h2 id={`philosophy-section-${index}`}>{section.title}</h2>
          <SafeHtml html={section.bodyHtml} />
        </section>
      ))}
      {version.pdfUrl && <p><a href={version.pdfUrl}>{t.pdf}</a></p>}
      <section aria-labelledby="comments">
        <h2 id="comments">{t.comments}</h2>
        {current.length === 0 && <p>{t.noComments}</p>}
        {current.length > 0 && (
          <ul className="list">
            {current.map((note) => <CommentThread key={note.id} note={note} versions={versions} language={language} />)}
          </ul>
        )}
        {earlier.length === 0 && more}
        {/* A new comment is the newest: on the first page, the later ones follow it. */}
        {!own && <CommentForm versionId={version.id} onSent={() => refetch({ requestPolicy: "network-only" })} />}
      </section>
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-comments">
          <h2 id="earlier-comments">{t.earlier}</h2>
          <ul className="list">
            {earlier.map((note) => <CommentThread key={note.id} note={note} versions={versions} language={language} />)}
          </ul>
          {more}
        </section>
      )}
      {comments.pages}
    </main>
  );
}

function CommentForm({ versionId, onSent }: { versionId: string; onSent: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [body, setBody] = useState("");
  const [notice, setNotice] = useState("");
  const [state, send] = useMutation(CommentOnPhilosophyMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice("");
    const result = await send({ input: { versionId, body, clientMutationId: crypto.randomUUID() } });
    if (result.data?.commentOnPhilosophy.errors.length === 0) {
      setBody("");
      setNotice(t.sent);
      onSent();
    }
  }
  const errors = state.data?.commentOnPhilosophy.errors ?? [];
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <label htmlFor="philosophy-comment">{t.yourComment}</label>
      <textarea
        id="philosophy-comment"
        rows={4}
        value={body}
        aria-describedby="philosophy-comment-hint"
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <p id="philosophy-comment-hint" className="meta">{t.hint}</p>
      {errors.map((e) => <p key={`${e.code}-${e.field}`} role="alert" className="error">{e.message}</p>)}
      <p role="status">{notice}</p>
      <button type="submit" disabled={state.fetching}>{t.send}</button>
    </form>
  );
}
