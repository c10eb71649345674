// HR's form parts: a labelled field with the payload's errors beside it
// (`aria-describedby`, `aria-invalid`), and the errors no field takes.
import { cloneElement, type ReactElement } from "react";
import { placeErrors, type PayloadError } from "./errors";

export { dayAt, dayFromNow } from "./dates";

export function Field(props: { id: string; label: string; errors?: string[]; hint?: string; children: ReactElement<Record<string, unknown>> }) {
  const { id, label, errors = [], hint, children } = props;
  const described = [hint ? `${id}-hint` : "", errors.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="meta">{hint}</p>}
      {cloneElement(children, {
        id,
        "aria-invalid": errors.length ? true : undefined,
        "aria-describedby": described || undefined,
      })}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="error" role="alert">{errors.join(" ")}</p>
      )}
    </div>
  );
}

export function GeneralErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="error">
      {messages.map((m, i) => <p key={i}>{m}</p>)}
    </div>
  );
}

/** The errors of a payload (or none), placed on the fields a form shows. */
export function usePlaced(errors: readonly PayloadError[] | undefined | null, shown: readonly string[]) {
  return placeErrors(errors ?? [], shown);
}

export function Notice({ text }: { text: string }) {
  return <p role="status" className="notice">{text}</p>;
}

export function newId(): string {
  return crypto.randomUUID();
}
