import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ApproveMatchProposalMutation, MatchProposalQuery, RejectMatchProposalMutation } from "../api/documents";
import { formatDateTime, formatPercent } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";

/** A mentor requested for one of the manager's leaders, to approve or reject. */
export function MatchProposal({ id }: { id: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MatchProposalQuery, variables: { id } });
  const [approveState, approve] = useMutation(ApproveMatchProposalMutation);
  const [rejectState, reject] = useMutation(RejectMatchProposalMutation);
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState("");
  const proposal = data?.node?.__typename === "MatchProposal" ? data.node : null;
  if (!proposal) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : t.notFound}</p></main>;
  // After a decision, and after a refusal too: one refused because someone
  // else decided meanwhile then shows what it is now, not buttons that can
  // only be refused again.
  const reload = () => refetch({ requestPolicy: "network-only" });
  async function decide() {
    await approve({ input: { proposalId: id, clientMutationId: crypto.randomUUID() } });
    reload();
  }
  async function refuse(event: FormEvent) {
    event.preventDefault();
    const result = await reject({ input: { proposalId: id, note, clientMutationId: crypto.randomUUID() } });
    if (result.data?.rejectMatchProposal.errors.length === 0) setRejecting(false);
    reload();
  }
  const errors = [...(approveState.data?.approveMatchProposal.errors ?? []), ...(rejectState.data?.rejectMatchProposal.errors ?? [])];
  const busy = approveState.fetching || rejectState.fetching;
  return (
    <main id="main">
      <h1>{t.mentorProposal}</h1>
      <dl>
        <dt>{t.mentee}</dt>
        <dd>{proposal.mentee?.name}</dd>
        <dt>{t.mentor}</dt>
        <dd>{proposal.mentor?.name}{proposal.mentor?.jobTitle ? `, ${proposal.mentor.jobTitle}` : ""}</dd>
        <dt>{t.fit}</dt>
        <dd>{formatPercent(proposal.fit * 100, language)}</dd>
      </dl>
      <p className="meta">{formatDateTime(proposal.createdAt, language)}</p>
      {errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
      {proposal.status !== "PROPOSED" || !proposal.viewerMayDecide ? (
        // Only HR and the new leader's manager decide: the mentee and the
        // mentor read where it stands, without buttons that would be refused.
        <p role="status">{t.proposalStatus[proposal.status] ?? proposal.status}</p>
      ) : !rejecting ? (
        <div className="stack">
          <button type="button" onClick={decide} disabled={busy}>{t.approve}</button>
          <button type="button" className="secondary" onClick={() => setRejecting(true)} disabled={busy}>{t.reject}</button>
        </div>
      ) : (
        <form onSubmit={refuse} className="stack" aria-label={t.rejectAsk}>
          <p>{t.rejectAsk}</p>
          <label htmlFor="reject-note">{t.rejectNote}</label>
          <textarea id="reject-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" disabled={busy}>{t.rejectConfirm}</button>
          <button type="button" className="secondary" onClick={() => setRejecting(false)}>{t.cancel}</button>
        </form>
      )}
      <p><Link href="/mentoring/proposals">{t.proposalsToDecide}</Link></p>
    </main>
  );
}
