import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { seeded } from './generate-store';

/** Builds ZIPs shaped like LinkedIn's "Get a copy of your data" export, for tests and the bench. */

export const ME_URL = 'https://www.linkedin.com/in/pat-owner';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface ExportConnection { first: string; last: string; url: string; email: string; company: string; position: string; connectedOn: string }
export interface ExportMessage { conversationId: string; title: string; from: string; senderUrl: string; to: string; recipientUrls: string; date: string; subject: string; content: string; folder: string }
export interface ExportInvitation { from: string; to: string; sentAt: string; message: string; direction: 'INCOMING' | 'OUTGOING'; inviterUrl: string; inviteeUrl: string }

export interface ExportData {
  connections: ExportConnection[];
  messages: ExportMessage[];
  invitations: ExportInvitation[];
}

const BOM = '\uFEFF';
const CONNECTIONS_NOTES = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** The columns of Connections.csv and of messages.csv (without the newer draft flag), as the export names them. */
export const CONNECTION_HEAD = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
export const MESSAGE_HEAD = ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'CONTENT'];

/** A LinkedIn-shaped CSV with any header: the export's columns changed over the years. */
export function csv(header: string[], rows: string[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { newline: '\n' });
}

export function buildLinkedInZip(data: ExportData, options: { bom?: boolean; folder?: string } = {}): Uint8Array {
  const bom = options.bom === false ? '' : BOM;
  const prefix = options.folder ? `${options.folder}/` : '';
  const connections = csv(
    ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    data.connections.map((c) => [c.first, c.last, c.url, c.email, c.company, c.position, c.connectedOn]),
  );
  const messages = csv(
    ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'],
    data.messages.map((m) => [m.conversationId, m.title, m.from, m.senderUrl, m.to, m.recipientUrls, m.date, m.subject, m.content, m.folder]),
  );
  const invitations = csv(
    ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
    data.invitations.map((i) => [i.from, i.to, i.sentAt, i.message, i.direction, i.inviterUrl, i.inviteeUrl]),
  );
  return zipSync({
    [`${prefix}Connections.csv`]: strToU8(bom + CONNECTIONS_NOTES + connections),
    [`${prefix}messages.csv`]: strToU8(bom + messages),
    [`${prefix}Invitations.csv`]: strToU8(bom + invitations),
    [`${prefix}Profile.csv`]: strToU8('First Name,Last Name\nPat,Owner\n'),
  });
}

/** A ZIP of the given CSV files, each with the BOM real exports carry; Connections.csv gets its Notes preamble. */
export function zipOf(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(BOM + (name === 'Connections.csv' ? CONNECTIONS_NOTES : '') + text)])));
}

/** `JosÃ©` for `José`: UTF-8 bytes read as Latin-1 and written back as UTF-8. */
export function doubleEncode(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

const FIRST = ['José', 'Ana-Maria', 'Sven', 'Zoë', '小龙', 'Ελένη', 'Jan', 'Émilie', 'Ngozi', 'Oğuz', 'Anna', 'محمد'];
const LAST = ['Álvarez', 'Popescu', 'Åberg', 'de Vries', '李', 'Παππά', 'Jansen', 'Dubois', 'Okafor', 'Yılmaz', 'Svensson', 'علي'];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A deterministic export: every 9th name double-encoded, bodies with commas, quotes and newlines, group chats. */
export function generateExport(connectionCount: number, messageCount: number, seed = 7): ExportData {
  const rand = seeded(seed);
  const connections: ExportConnection[] = [];
  for (let i = 0; i < connectionCount; i += 1) {
    const first = FIRST[i % FIRST.length] ?? 'A';
    const last = LAST[(i * 7) % LAST.length] ?? 'B';
    connections.push({
      first: i % 9 === 0 ? doubleEncode(first) : first,
      last,
      url: `https://www.linkedin.com/in/person-${i}`,
      email: i % 3 === 0 ? `person${i}@example.com` : '',
      company: i % 4 === 0 ? 'Acme, Inc.' : `Company "${i % 50}"`,
      position: 'Head of Partnerships',
      connectedOn: `${1 + (i % 28)} ${MONTHS[i % 12] ?? 'Jan'} ${2018 + (i % 8)}`,
    });
  }
  const messages: ExportMessage[] = [];
  const me = { name: 'Pat Owner', url: ME_URL };
  for (let i = 0; i < messageCount; i += 1) {
    const other = connections[Math.floor(rand() * connectionCount)] ?? connections[0];
    if (!other) break;
    const group = i % 50 === 0 ? connections[(i + 1) % connectionCount] : undefined;
    const conversationId = group ? `2-group-${i % 200}` : `2-${other.url.slice(-12)}`;
    const mine = i % 2 === 0;
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 900 * 86_400_000));
    const stamp = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC`;
    const otherName = `${other.first} ${other.last}`;
    const recipients = group ? [other, group] : [other];
    messages.push({
      conversationId,
      title: group ? 'Project, "alpha"' : '',
      from: mine ? me.name : otherName,
      senderUrl: mine ? me.url : other.url,
      to: mine ? recipients.map((r) => `${r.first} ${r.last}`).join(', ') : me.name,
      recipientUrls: mine ? recipients.map((r) => r.url).join(',') : me.url,
      date: stamp,
      subject: '',
      content: `Hi ${other.first}, thanks — "great" to hear, really.\nLet's talk, next week?\n\n#${i} ✓`,
      folder: 'INBOX',
    });
  }
  const invitations: ExportInvitation[] = connections.slice(0, Math.min(50, connectionCount)).map((c, i) => ({
    from: i % 2 ? `${c.first} ${c.last}` : me.name,
    to: i % 2 ? me.name : `${c.first} ${c.last}`,
    sentAt: `${1 + (i % 12)}/${1 + (i % 28)}/25, ${1 + (i % 12)}:0${i % 10} ${i % 3 ? 'PM' : 'AM'}`,
    message: i % 4 === 0 ? '' : `Hello ${c.first}, we met at the meetup, can we connect?`,
    direction: i % 2 ? 'INCOMING' : 'OUTGOING',
    inviterUrl: i % 2 ? c.url : me.url,
    inviteeUrl: i % 2 ? me.url : c.url,
  }));
  return { connections, messages, invitations };
}
