// A comment on a published philosophy and its replies, as the leader and its
// readers see it; the leader's actions (answer, hide, take into the next
// version) come in as children. Shared by the leader's screen and a reader's,
// as is the paging of the comments: the first page comes with the screen's
// query, "show more" adds the next page below (as the published philosophies
// do), each a query of its own.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useQuery } from "urql";
import { PhilosophyCommentsQuery } from "../api/philosophy";
import { formatDateTime, type Language } from "../i18n/format";
import { useApp } from "../ui/context";
import { commentPages, versionNumberOf, type CommentPage } from "../ui/philosophy";

export const COMMENT_TEXT = {
  DA: {
    hidden: "Kommentaren er skjult.",
    hiddenMine: "Lederen har skjult din kommentar; andre kan ikke se den.",
    onVersion: (n: number) => `Om version ${n}`,
    you: "Dig",
    more: "Vis flere",
  },
  EN: {
    hidden: "The comment is hidden.",
    hiddenMine: "The leader hid your comment; others cannot see it.",
    onVersion: (n: number) => `On version ${n}`,
    you: "You",
    more: "Show more",
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

type Page = CommentPage<CommentNote>;

/** The comments of the pages shown: the first page (the screen's own query)
 *  and those "show more" added, each loaded after the end of the one before
 *  (ui/philosophy.ts commentPages). `pages` (the later pages' queries) must be
 *  rendered for them to load; `refresh` asks them again of the API (after an
 *  answer or a change the cache does not see, as the screen refetches its
 *  own); `more` is null when there is nothing more. */
export function useCommentPages(philosophyId: string | undefined, first: Page | null | undefined) {
  const [wanted, setWanted] = useState(1);
  const [loaded, setLoaded] = useState<Record<string, Page>>({});
  const [generation, setGeneration] = useState(0);
  // Another leader's philosophy on the same screen: its first page only.
  const [shownFor, setShownFor] = useState(philosophyId);
  if (shownFor !== philosophyId) {
    setShownFor(philosophyId);
    setWanted(1);
  }
  const onLoad = useCallback((after: string, page: Page | null) => {
    setLoaded((old) => {
      if (page) return { ...old, [after]: page };
      const { [after]: _gone, ...rest } = old;
      return rest;
    });
  }, []);
  const { nodes, afters, loading, next } = commentPages(first, loaded, wanted);
  const pages = philosophyId
    ? afters.map((after) => <LaterPage key={after} philosophyId={philosophyId} after={after} generation={generation} onLoad={onLoad} />)
    : null;
  return {
    nodes,
    pages,
    loading,
    more: next ? () => setWanted(wanted + 1) : null,
    refresh: () => setGeneration((g) => g + 1),
  };
}

function LaterPage(props: { philosophyId: string; after: string; generation: number; onLoad: (after: string, page: Page | null) => void }) {
  const { philosophyId, after, generation, onLoad } = props;
  const [{ data }, reexecute] = useQuery({
    query: PhilosophyCommentsQuery,
    variables: { id: philosophyId, after },
    requestPolicy: "cache-and-network",
  });
  const node = data?.node?.__typename === "LeadershipPhilosophy" ? data.node : null;
  const page = node?.comments ?? null;
  useEffect(() => {
    onLoad(after, page);
  }, [after, page, onLoad]);
  // Asked again when the screen refreshes, not on mounting (it has just asked).
  const asked = useRef(generation);
  useEffect(() => {
    if (asked.current === generation) return;
    asked.current = generation;
    reexecute({ requestPolicy: "network-only" });
  }, [generation, reexecute]);
  return null;
}

/** "Show more" below the last comment shown, or that the next page loads. */
export function MoreComments({ loading, more }: { loading: boolean; more: (() => void) | null }) {
  const { t: common, language } = useApp();
  const t = COMMENT_TEXT[language];
  if (loading) return <p role="status">{common.loading}</p>;
  if (!more) return null;
  return <button type="button" className="secondary" onClick={more}>{t.more}</button>;
}
