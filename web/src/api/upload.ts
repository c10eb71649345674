/** Sends a file to the store through an upload ticket from the API: a PUT of
 * the bare file (local storage) or, for S3's presigned POST, a multipart form
 * of the ticket's fields with the file last (S3 reads fields only before it). */
export interface UploadTicket {
  url: string;
  method: string;
  headers: unknown;
  fields: unknown;
}

export function uploadRequest(ticket: UploadTicket, file: Blob): RequestInit {
  if (ticket.method.toUpperCase() === "POST") {
    const form = new FormData();
    for (const [name, value] of Object.entries((ticket.fields ?? {}) as Record<string, string>)) {
      form.append(name, value);
    }
    form.append("file", file);
    return { method: "POST", body: form };
  }
  return { method: ticket.method, headers: (ticket.headers ?? {}) as Record<string, string>, body: file };
}

export async function sendUpload(ticket: UploadTicket, file: Blob): Promise<boolean> {
  return (await uploadStatus(ticket, file)) < 300;
}

/** The store's HTTP status; throws when the network fails. */
export async function uploadStatus(ticket: UploadTicket, file: Blob): Promise<number> {
  const response = await fetch(ticket.url, uploadRequest(ticket, file));
  return response.status;
}
