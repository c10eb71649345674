import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { FeedbackNotesQuery, MarkFeedbackNotesReadMutation, ReplyToFeedbackNoteMutation, ViewerQuery } from "../api/documents";
import { PhilosophyOfVersionQuery } from "../api/philosophy";
import { formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";

export function FeedbackInbox() {
  const { t, language } = useApp();
  const [{ data, fetching, error }] = useQuery({ query: FeedbackNotesQuery });
  if (!data) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : ""}</p></main>;
  const notes = data.feedbackNotes.nodes;
  return (
    <main id="main">
      <h1>{t.feedbackInbox}</h1>
      {notes.length === 0 && <p>{t.noFeedback}</p>}
      <ul className="list">
        {notes.map((note) => (
          <li key={note.id}>
            <Link href={`/feedback/notes/${encodeURIComponent(note.id)}`}>
              {!note.isRead && <span className="badge">{t.unread}</span>} {note.body?.slice(0, 80)}
            </Link>
            <span className="meta">
              {note.authorName ? `${t.from(note.authorName)} · ` : ""}
              {formatDateTime(note.createdAt, language)}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}

export function FeedbackNote({ id }: { id: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error }] = useQuery({ query: FeedbackNotesQuery });
  const [, markRead] = useMutation(MarkFeedbackNotesReadMutation);
  const [reply, setReply] = useState("");
  const [replyState, sendReply] = useMutation(ReplyToFeedbackNoteMutation);
  const note = data?.feedbackNotes.nodes.find((n) => n.id === id);
  useEffect(() => {
    if (note && !note.isRead && !note.isMine) void markRead({ input: { noteIds: [note.id] } });
  }, [note, markRead]);
  if (!note) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : t.notFound}</p></main>;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await sendReply({ input: { noteId: id, body: reply, clientMutationId: crypto.randomUUID() } });
    if (result.data?.replyToFeedbackNote.errors.length === 0) setReply("");
  }
  const errors = replyState.data?.replyToFeedbackNote.errors ?? [];
  return (
    <main id="main">
      <p><Link href="/feedback">{t.back}</Link></p>
      <h1>{note.authorName ? t.from(note.authorName) : t.feedbackInbox}</h1>
      <p className="meta">{formatDateTime(note.createdAt, language)}{note.leaderName ? ` · ${t.about(note.leaderName)}` : ""}</p>
      <blockquote className="note">{note.body}</blockquote>
      {note.subjectKind === "PHILOSOPHY_VERSION" && note.subjectId && <PhilosophyLink versionId={note.subjectId} />}
      {note.replies.map((r) => (
        <blockquote key={r.id} className="note reply">
          <p className="meta">{r.authorName} · {formatDateTime(r.createdAt, language)}</p>
          {r.body}
        </blockquote>
      ))}
      <form onSubmit={submit} className="stack">
        <label htmlFor="reply">{t.reply}</label>
        <textarea id="reply" rows={4} value={reply} onChange={(e) => setReply(e.target.value)} />
        {errors.map((e) => <p key={e.code} role="alert" className="error">{e.message}</p>)}
        <button type="submit" disabled={!reply.trim() || replyState.fetching}>{t.sendReply}</button>
      </form>
    </main>
  );
}

/** A comment on a leadership philosophy: to the page it is about (the
 *  leader's own screen, where they answer, hide or take it further). */
function PhilosophyLink({ versionId }: { versionId: string }) {
  const { t } = useApp();
  const [{ data }] = useQuery({ query: PhilosophyOfVersionQuery, variables: { id: versionId } });
  const [{ data: viewerData }] = useQuery({ query: ViewerQuery });
  const version = data?.node?.__typename === "PhilosophyVersion" ? data.node : null;
  const leaderId = version?.philosophy?.leader?.id;
  if (!version || !leaderId) return null;
  const own = leaderId === viewerData?.viewer?.membership.id;
  return (
    <p>
      <Link href={own ? "/philosophy" : `/philosophy/${encodeURIComponent(leaderId)}`}>
        {own ? t.ownPhilosophyComment(version.number) : t.philosophyComment(version.number)}
      </Link>
    </p>
  );
}
