/**
 * `data-event-urn` on a message: urn:li:msg_message:(urn:li:fsd_profile:<PROFILE>,2-<base64>), where the
 * base64 decodes to "<epoch-ms>b<n>-<n>&<conversation>_<n>".
 *
 * linkedin-dom.md (after woohoo) calls <PROFILE> the sender. The captured DOM it cites (Alejopdp: an
 * incoming `--other` message whose URN profile differs from the sender's /in/ link) and the messenger
 * API ("entityUrn: urn:li:msg_message:(urn:li:fsd_profile:<ME>,…)") show it is the mailbox owner, the
 * signed-in member, on every message. history.ts works out which reading a thread follows.
 */
const EVENT_URN = /^urn:li:msg_message:\(urn:li:fsd_profile:([\w-]{1,100}),2-([\w+/=-]{4,400})\)$/;
const LEADING_EPOCH_MS = /^\d{13}/;
/** Messages older than LinkedIn messaging (2003) are a misread, not a time. */
const EARLIEST = Date.UTC(2003, 0, 1);

export interface EventUrn { profileId: string; at?: number }

export function parseEventUrn(urn: string | null): EventUrn | null {
  if (urn === null) return null;
  const match = EVENT_URN.exec(urn.trim());
  if (!match?.[1] || !match[2]) return null;
  const at = epochOf(match[2]);
  return at === undefined ? { profileId: match[1] } : { profileId: match[1], at };
}

function epochOf(encoded: string): number | undefined {
  let decoded: string;
  try {
    decoded = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const digits = LEADING_EPOCH_MS.exec(decoded)?.[0];
  if (digits === undefined) return undefined;
  const at = Number(digits);
  return at >= EARLIEST && at <= Date.now() + 86_400_000 ? at : undefined;
}
