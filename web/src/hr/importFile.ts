// The structure import's file beside its errors: each line of the CSV with
// its number (as the server counts them: the file's physical lines from 1)
// and the messages of the rows rejected there.

export interface Rejection {
  line: number;
  email?: string | null;
  message: string;
}

export interface FileLine {
  line: number;
  text: string;
  messages: string[];
}

export function annotateFile(text: string, rejections: readonly Rejection[]): FileLine[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const byLine = new Map<number, string[]>();
  for (const r of rejections) {
    const list = byLine.get(r.line) ?? [];
    list.push(r.message);
    byLine.set(r.line, list);
  }
  const rows = lines.map((lineText, index) => ({ line: index + 1, text: lineText, messages: byLine.get(index + 1) ?? [] }));
  // A rejection past the lines read (a file changed since it was chosen) still shows.
  for (const [line, messages] of byLine) if (line > rows.length) rows.push({ line, text: "", messages });
  return rows;
}

/** Only the lines worth showing of a long file: every rejected line with one
 *  line of context each side, and the header. */
export function linesToShow(rows: readonly FileLine[], limit = 200): FileLine[] {
  if (rows.length <= limit) return [...rows];
  const wanted = new Set<number>([1]);
  rows.forEach((row) => {
    if (row.messages.length) [row.line - 1, row.line, row.line + 1].forEach((n) => wanted.add(n));
  });
  return rows.filter((row) => wanted.has(row.line));
}
