// `node scripts/validate-corpus.mjs FILE…`: checks new corpus lines against docs/corpus.md before they
// are merged: shape, ids, labels that their context allows, pairs, and texts already in the corpus
// (the hold-out is compared by its pinned hashes, so nobody has to open it). Prints problems by file
// and line, never a line's text; exits 1 when there is any.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
// The rules' own gates and defaults, so that a label is checked against the product as it ships.
const { isFirstContact, isYoung } = await import('../src/rules/relationship.ts');
const { surfaces, uiLocales } = await import('../src/rules/types.ts');
const { ruleCatalog } = await import('../src/rules/catalog.ts');
const { corpusDir, pairKeys, pinsFile, textHash: hash } = await import('../tests/corpus/evaluate.ts');

const RULES = ruleCatalog.map((meta) => meta.id);
const corpus = resolve(corpusDir);
const setting = (rule, key) => ruleCatalog.find((meta) => meta.id === rule)?.thresholds.find((t) => t.key === key)?.default;
const YOUNG_DAYS = setting('early-pitch', 'youngDays');
const REPLIES_NEEDED = setting('early-pitch', 'repliesNeeded');
const CLOSENESS_REPLIES = setting('assumed-closeness', 'repliesNeeded');
const GIVES_NEEDED = setting('ask-without-give', 'givesNeeded');
const BLAST_COUNT = setting('copy-paste-blast', 'blastCount');
const NOTE_LIMIT = { free: setting('invite-note-too-long', 'freeLimit'), premium: setting('invite-note-too-long', 'premiumLimit') };

const isCount = (x) => Number.isInteger(x) && x >= 0;

/** What a line's context forbids or requires of its labels (docs/corpus.md, "When a rule applies"). */
function contextProblems(l) {
  const out = [];
  const has = (rule) => l.labels.includes(rule);
  if (has('early-pitch') && !isYoung(l, YOUNG_DAYS, REPLIES_NEEDED)) out.push('early-pitch needs a young relationship');
  if (has('assumed-closeness') && !(l.received < CLOSENESS_REPLIES || l.surface === 'invite-note' || l.connectedDaysAgo === null)) out.push('assumed-closeness needs received 0, an invite note or no connection');
  if (has('no-consent-signup') && l.consentToMailing === true) out.push('no-consent-signup with consentToMailing true');
  if (has('ask-without-give') && l.gave >= GIVES_NEEDED) out.push(`ask-without-give with gave >= ${GIVES_NEEDED}`);
  const limit = NOTE_LIMIT[l.account];
  const long = l.surface === 'invite-note' && l.text.length > limit;
  if (long !== has('invite-note-too-long')) out.push(long ? `invite note over ${limit} characters without invite-note-too-long` : 'invite-note-too-long on a line that is not a long invite note');
  // Looser than the rule's own link pattern on purpose: a bare domain ("studio.ro") counts as a link here.
  if (has('link-in-first-contact') && !(isFirstContact(l) && l.text.split(/\s+/u).some((word) => /^(?:https?:\/\/|www\.|[\p{L}\p{N}-]{2,}\.[a-z]{2,}\b)/iu.test(word)))) out.push('link-in-first-contact needs a URL in a first contact');
  if (has('copy-paste-blast') && !(Array.isArray(l.recentSent) && l.recentSent.length >= BLAST_COUNT)) out.push(`copy-paste-blast needs ${BLAST_COUNT} or more texts in recentSent (the default blastCount)`);
  return out;
}

function shapeProblems(l, lang) {
  const out = [];
  if (typeof l.id !== 'string' || !new RegExp(`^${lang}-[tb]-[a-z]+-\\d{3,}$`, 'u').test(l.id)) out.push(`id must look like ${lang}-t-<writer>-001`);
  if (typeof l.origin !== 'string' || !/^hand:writer-[a-z]+$/u.test(l.origin)) out.push('origin must be hand:writer-<name>');
  if (!surfaces.includes(l.surface)) out.push('surface');
  if (!(l.connectedDaysAgo === null || (typeof l.connectedDaysAgo === 'number' && l.connectedDaysAgo >= 0))) out.push('connectedDaysAgo');
  for (const k of ['sent', 'received', 'gave', 'asked']) if (!isCount(l[k])) out.push(k);
  if (![true, false, null].includes(l.consentToMailing)) out.push('consentToMailing');
  if (!(l.recipientName === null || typeof l.recipientName === 'string')) out.push('recipientName');
  if (!['free', 'premium'].includes(l.account)) out.push('account');
  if (typeof l.text !== 'string' || l.text.trim() === '') out.push('text');
  if (!Array.isArray(l.labels) || l.labels.some((r) => !RULES.includes(r)) || new Set(l.labels).size !== l.labels.length) out.push('labels must be distinct rule ids');
  if (typeof l.note !== 'string') out.push('note');
  if (!(l.pair === null || typeof l.pair === 'string')) out.push('pair must be null or a string');
  if (l.surface === 'invite-note' && l.connectedDaysAgo !== null) out.push('an invite note has connectedDaysAgo null');
  return out;
}

function existing() {
  const ids = new Set();
  const hashes = new Map();
  for (const part of ['train', 'holdout']) {
    const dir = `${corpus}/${part}`;
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const json of readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter((s) => s.trim() !== '')) {
        const l = JSON.parse(json);
        ids.add(l.id);
        if (part === 'train') hashes.set(hash(l.text), `train/${f}`);
      }
    }
  }
  for (const pin of readFileSync(pinsFile, 'utf8').split('\n').filter((s) => s !== '')) {
    const [id, h] = pin.split('\t');
    ids.add(id);
    hashes.set(h, 'the hold-out');
  }
  return { ids, hashes };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('validate-corpus: give one or more .jsonl files');
  process.exit(2);
}
const known = existing();
const problems = [];
const lines = [];
for (const file of files) {
  const lang = basename(file).slice(0, basename(file).indexOf('.'));
  if (!uiLocales.includes(lang)) problems.push(`${file}: the name must start with a language (${uiLocales.join(' ')})`);
  const inCorpus = resolve(file).startsWith(`${corpus}/`);
  readFileSync(file, 'utf8').split('\n').forEach((json, i) => {
    if (json.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let l;
    try {
      l = JSON.parse(json);
    } catch (error) {
      problems.push(`${where}: not JSON (${error.message})`);
      return;
    }
    const shape = shapeProblems(l, lang);
    problems.push(...shape.map((p) => `${where}: ${p}`));
    if (shape.length > 0) return;
    problems.push(...contextProblems(l).map((p) => `${where}: ${p}`));
    // Lines already merged into the corpus are in `known` themselves; only count them once.
    if (!inCorpus && known.ids.has(l.id)) problems.push(`${where}: id ${l.id} already in the corpus`);
    const seenAt = known.hashes.get(hash(l.text));
    if (!inCorpus && seenAt !== undefined && l.pair === null) problems.push(`${where}: text already in ${seenAt}`);
    lines.push({ ...l, where });
  });
}

const byId = new Map();
for (const l of lines) {
  if (byId.has(l.id)) problems.push(`${l.where}: id ${l.id} repeated (first at ${byId.get(l.id).where})`);
  byId.set(l.id, l);
}
const byText = new Map();
for (const l of lines) byText.set(hash(l.text), [...(byText.get(hash(l.text)) ?? []), l]);
for (const group of byText.values()) {
  if (group.length > 1 && group.some((l) => l.pair === null || l.pair !== group[0].pair)) problems.push(`${group[0].where}: the same text ${group.length} times outside one pair (${group.map((l) => l.id).join(', ')})`);
}
// Grouped as the corpus gate groups them: two lines with one `pair` value, or one naming the other's id.
const keyOf = pairKeys(lines);
const pairs = new Map();
for (const l of lines) {
  const key = keyOf(l);
  if (key !== null) pairs.set(key, [...(pairs.get(key) ?? []), l]);
}
for (const [key, group] of pairs) {
  const [a, b] = group;
  if (b === undefined || group.length > 2) problems.push(`${a.where}: pair ${key} has ${group.length} lines, not 2`);
  else if (a.text !== b.text) problems.push(`${a.where}: pair ${key}: the two texts differ`);
  else if ((a.labels.length === 0) === (b.labels.length === 0)) problems.push(`${a.where}: pair ${key}: one line must be clean and the other labelled`);
}

const clean = lines.filter((l) => l.labels.length === 0).length;
console.log(`${lines.length} lines, ${clean} clean (${Math.round((100 * clean) / Math.max(1, lines.length))} %), ${pairs.size} pairs`);
for (const p of problems) console.log(p);
console.log(problems.length === 0 ? 'ok' : `${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
