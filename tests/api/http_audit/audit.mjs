// Runs graphql-http's GraphQL-over-HTTP server audits against the URL given
// as the only argument and prints one JSON array of {id, name, status, reason}:
// status "ok", or "error" (a MUST failed), "warn" (a SHOULD) or "notice" (a MAY).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}
const results = await auditServer({ url, fetchFn: fetch });
const summary = await Promise.all(
  results.map(async (result) => {
    // Read what the server answered so a failure can be understood from the log.
    const body = result.response ? await result.response.text().catch(() => '') : '';
    return {
      id: result.id,
      name: result.name,
      status: result.status,
      reason: result.reason ?? null,
      ...(result.response ? { httpStatus: result.response.status, body: body.slice(0, 300) } : {}),
    };
  }),
);
console.log(JSON.stringify(summary, null, 2));
