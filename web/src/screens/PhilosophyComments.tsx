// A comment on a published philosophy and its replies, as the leader and its
// readers see it; the leader's actions (answer, hide, take into the next
// version) come in as children. Shared by the leader's screen and a reader's.
import type { ReactNode } from "react";
import { formatDateTime, type Language } from "../i18n/format";
import { versionNumberOf } from "../ui/philosophy";

export const COMMENT_TEXT = {
  DA: {
    hidden: "Kommentaren er skjult.",
    hiddenMine: "Lederen har skjult din kommentar; andre kan ikke se den.",
    onVersion: (n: number) => `Om version ${n}`,
    you: "Dig",
  },
  EN: {
    hidden: "The comment is hidden.",
    hiddenMine: "The leader hid your comment; others cannot see it.",
    onVersion: (n: number) => `On version ${n}`,
    you: "You",
  },
};

export interface CommentNote {
  id: string;
  subjectId?: string | null;
  body?: string | null;
  hidden: boolean;
  isMine: boolean;
  authorName?: string | null;
  createdAt: string;
  replies: { id: string; body?: string | null; hidden: boolean; isMine: boolean; authorName?: string | null; createdAt: string }[];
}

export function CommentThread(props: {
  note: CommentNote;
  versions: readonly { id: string; number: number }[];
  language: Language;
  children?: ReactNode;
}) {
  const { note, versions, language } = props;
  const t = COMMENT_TEXT[language];
  const version = versionNumberOf(note.subjectId, versions);
  const author = note.isMine ? t.you : note.authorName ?? "";
  return (
    <li>
      <blockquote className="note">
        {note.hidden && <p className="meta">{note.isMine ? t.hiddenMine : t.hidden}</p>}
        {note.body}
      </blockquote>
      <span className="meta">
        {[author, formatDateTime(note.createdAt, language), version ? t.onVersion(version) : ""].filter(Boolean).join(" · ")}
      </span>
      {note.replies.map((reply) => (
        <blockquote key={reply.id} className="note reply">
          <p className="meta">{reply.isMine ? t.you : reply.authorName} · {formatDateTime(reply.createdAt, language)}</p>
          {reply.hidden ? <span className="meta">{t.hidden}</span> : reply.body}
        </blockquote>
      ))}
      {props.children}
    </li>
  );
}
