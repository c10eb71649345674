// The leader's follow-up on a published philosophy, beside the draft on
// their own screen: who may read the page, answering, hiding (and showing
// again, for a comment hidden by mistake) or taking a comment into the next
// version, the items for that version, and private notes. Only the leader
// sees any of it (the API refuses anyone else).
import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  AddPhilosophyItemMutation,
  CompletePhilosophyItemMutation,
  HidePhilosophyCommentMutation,
  ReplyToPhilosophyCommentMutation,
  SavePhilosophyNotesMutation,
  SetPhilosophyVisibilityMutation,
  UnhidePhilosophyCommentMutation,
} from "../api/philosophy";
import { useApp } from "../ui/context";

type Visibility = "INTERNAL" | "PUBLIC";

const TEXT = {
  DA: {
    visibility: "Hvem kan læse den udgivne side?",
    visibilityOption: { INTERNAL: "Kun kolleger i organisationen", PUBLIC: "Alle med adressen (offentlig)" } as Record<Visibility, string>,
    visibilityHint: "Kommentarer kan kun læses i organisationen, også når siden er offentlig.",
    visibilitySaved: "Det er gemt, hvem der kan læse siden.",
    reply: "Svar",
    yourReply: "Dit svar",
    sendReply: "Send svar",
    replied: "Dit svar er sendt.",
    toItem: "Tag med i næste version",
    isItem: "Er med i næste version",
    hide: "Skjul kommentaren",
    confirmHide: "Ja, skjul den",
    cancel: "Fortryd",
    unhide: "Vis igen",
    hideWarning: "Skjul kun krænkende kommentarer. Forfatteren kan stadig se sin kommentar; andre kan ikke.",
    items: "Til næste version",
    noItems: "Ingen punkter endnu. Tag en kommentar med, eller skriv dit eget.",
    newItem: "Nyt punkt",
    addItem: "Tilføj punkt",
    fromComment: "Fra en kommentar",
    notes: "Mine noter",
    notesLabel: "Noter (kun for dig; de udgives aldrig)",
    saveNotes: "Gem noter",
    notesSaved: "Dine noter er gemt.",
  },
  EN: {
    visibility: "Who can read the published page?",
    visibilityOption: { INTERNAL: "Only colleagues in the organisation", PUBLIC: "Anyone with the address (public)" } as Record<Visibility, string>,
    visibilityHint: "Comments can only be read inside the organisation, even when the page is public.",
    visibilitySaved: "Who can read the page is saved.",
    reply: "Reply",
    yourReply: "Your reply",
    sendReply: "Send reply",
    replied: "Your reply is sent.",
    toItem: "Take into the next version",
    isItem: "Is in the next version",
    hide: "Hide the comment",
    confirmHide: "Yes, hide it",
    cancel: "Cancel",
    unhide: "Show again",
    hideWarning: "Hide only abusive comments. The author still sees their comment; others do not.",
    items: "For the next version",
    noItems: "No items yet. Take in a comment, or write your own.",
    newItem: "New item",
    addItem: "Add item",
    fromComment: "From a comment",
    notes: "My notes",
    notesLabel: "Notes (only for you; never published)",
    saveNotes: "Save notes",
    notesSaved: "Your notes are saved.",
  },
};

interface UserError {
  code: string;
  field?: string[] | null;
  message: string;
}

function Errors({ errors }: { errors: readonly UserError[] }) {
  return <>{errors.map((e) => <p key={`${e.code}-${e.field?.join(".")}`} role="alert" className="error">{e.message}</p>)}</>;
}

const key = () => crypto.randomUUID();

export function VisibilityChoice({ philosophyId, visibility }: { philosophyId: string; visibility: Visibility }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [notice, setNotice] = useState("");
  const [state, save] = useMutation(SetPhilosophyVisibilityMutation);
  async function choose(value: Visibility) {
    setNotice("");
    const result = await save({ input: { philosophyId, visibility: value, clientMutationId: key() } });
    if (result.data?.setPhilosophyVisibility.errors.length === 0) setNotice(t.visibilitySaved);
  }
  return (
    <fieldset className="choice" aria-describedby="visibility-hint">
      <legend>{t.visibility}</legend>
      {(["INTERNAL", "PUBLIC"] as const).map((value) => (
        <label key={value} className="check">
          <input type="radio" name="visibility" value={value} checked={visibility === value} disabled={state.fetching} onChange={() => choose(value)} />
          {t.visibilityOption[value]}
        </label>
      ))}
      <p id="visibility-hint" className="meta">{t.visibilityHint}</p>
      <Errors errors={state.data?.setPhilosophyVisibility.errors ?? []} />
      <p role="status">{notice}</p>
    </fieldset>
  );
}

export function CommentActions(props: { philosophyId: string; noteId: string; hidden: boolean; isItem: boolean; onChanged: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [reply, setReply] = useState("");
  const [notice, setNotice] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [replyState, sendReply] = useMutation(ReplyToPhilosophyCommentMutation);
  const [hideState, hide] = useMutation(HidePhilosophyCommentMutation);
  const [unhideState, unhide] = useMutation(UnhidePhilosophyCommentMutation);
  const [itemState, addItem] = useMutation(AddPhilosophyItemMutation);
  async function submitReply(event: FormEvent) {
    event.preventDefault();
    setNotice("");
    const result = await sendReply({ input: { noteId: props.noteId, body: reply, clientMutationId: key() } });
    if (result.data?.replyToFeedbackNote.errors.length === 0) {
      setReply("");
      setNotice(t.replied);
      props.onChanged();
    }
  }
  async function confirmHide() {
    const result = await hide({ input: { noteId: props.noteId, clientMutationId: key() } });
    if (result.data?.hideFeedbackNote.errors.length === 0) {
      setConfirming(false);
      props.onChanged();
    }
  }
  async function showAgain() {
    const result = await unhide({ input: { noteId: props.noteId, clientMutationId: key() } });
    if (result.data?.unhideFeedbackNote.errors.length === 0) props.onChanged();
  }
  async function takeIn() {
    const result = await addItem({ input: { philosophyId: props.philosophyId, commentId: props.noteId, clientMutationId: key() } });
    if (result.data?.addPhilosophyItem.errors.length === 0) props.onChanged();
  }
  const replyId = `reply-${props.noteId}`;
  return (
    <div className="stack">
      <Errors
        errors={[
          ...(hideState.data?.hideFeedbackNote.errors ?? []),
          ...(unhideState.data?.unhideFeedbackNote.errors ?? []),
          ...(itemState.data?.addPhilosophyItem.errors ?? []),
        ]}
      />
      {!props.hidden && (
        <details>
          <summary>{t.reply}</summary>
          <form onSubmit={submitReply} className="stack" noValidate>
            <label htmlFor={replyId}>{t.yourReply}</label>
            <textarea id={replyId} rows={3} value={reply} onChange={(e) => setReply(e.target.value)} />
            <Errors errors={replyState.data?.replyToFeedbackNote.errors ?? []} />
            <button type="submit" disabled={replyState.fetching}>{t.sendReply}</button>
          </form>
        </details>
      )}
      <p role="status">{notice}</p>
      {props.isItem ? (
        <p className="meta">{t.isItem}</p>
      ) : (
        !props.hidden && <button type="button" className="secondary" disabled={itemState.fetching} onClick={takeIn}>{t.toItem}</button>
      )}
      {!props.hidden && !confirming && (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>{t.hide}</button>
      )}
      {!props.hidden && confirming && (
        <div role="group" aria-label={t.hide} className="stack">
          <p>{t.hideWarning}</p>
          <button type="button" disabled={hideState.fetching} onClick={confirmHide}>{t.confirmHide}</button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t.cancel}</button>
        </div>
      )}
      {props.hidden && (
        <button type="button" className="secondary" disabled={unhideState.fetching} onClick={showAgain}>{t.unhide}</button>
      )}
    </div>
  );
}

export interface Item {
  id: string;
  text: string;
  doneAt?: string | null;
  comment?: { id: string } | null;
}

export function Items({ philosophyId, items, onChanged }: { philosophyId: string; items: readonly Item[]; onChanged: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [text, setText] = useState("");
  const [addState, add] = useMutation(AddPhilosophyItemMutation);
  const [completeState, complete] = useMutation(CompletePhilosophyItemMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ input: { philosophyId, text, clientMutationId: key() } });
    if (result.data?.addPhilosophyItem.errors.length === 0) {
      setText("");
      onChanged();
    }
  }
  return (
    <section aria-labelledby="items">
      <h2 id="items">{t.items}</h2>
      {items.length === 0 ? (
        <p>{t.noItems}</p>
      ) : (
        <ul className="list">
          {items.map((item) => (
            <li key={item.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={Boolean(item.doneAt)}
                  disabled={completeState.fetching}
                  onChange={(e) => complete({ input: { itemId: item.id, done: e.target.checked, clientMutationId: key() } })}
                />
                {item.text}
              </label>
              {item.comment && <span className="meta">{t.fromComment}</span>}
            </li>
          ))}
        </ul>
      )}
      <Errors errors={completeState.data?.completePhilosophyItem.errors ?? []} />
      <form onSubmit={submit} className="stack" noValidate>
        <label htmlFor="new-item">{t.newItem}</label>
        <input id="new-item" value={text} onChange={(e) => setText(e.target.value)} />
        <Errors errors={addState.data?.addPhilosophyItem.errors ?? []} />
        <button type="submit" className="secondary" disabled={addState.fetching}>{t.addItem}</button>
      </form>
    </section>
  );
}

export function Notes({ philosophyId, notes }: { philosophyId: string; notes: string }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [value, setValue] = useState(notes);
  const [notice, setNotice] = useState("");
  const [state, save] = useMutation(SavePhilosophyNotesMutation);
  useEffect(() => setValue(notes), [notes]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice("");
    const result = await save({ input: { philosophyId, notes: value, clientMutationId: key() } });
    if (result.data?.savePhilosophyNotes.errors.length === 0) setNotice(t.notesSaved);
  }
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">{t.notes}</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <label htmlFor="private-notes">{t.notesLabel}</label>
        <textarea id="private-notes" rows={4} value={value} onChange={(e) => setValue(e.target.value)} />
        <Errors errors={state.data?.savePhilosophyNotes.errors ?? []} />
        <p role="status">{notice}</p>
        <button type="submit" className="secondary" disabled={state.fetching}>{t.saveNotes}</button>
      </form>
    </section>
  );
}
