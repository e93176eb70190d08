import { describe, expect, it } from 'vitest';
import { stillAway } from '../../../src/rules/boundary';
import { parseSample } from '../../corpus/evaluate';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx, established, findingsOf } from './context';

const rule = 'boundary';
const draft = '  Hi Noor, quick question about the Lisbon meetup: are you still hosting it?\n';
const span = { start: 2, end: draft.trimEnd().length };

describe(rule, () => {
  it('says nothing when the contact set no boundary', () => {
    expect(findingsOf(rule, draft, ctx(established))).toEqual([]);
    expect(findingsOf(rule, draft, ctx({ awayUntil: null, otherChannel: null }))).toEqual([]);
  });

  it('away until a date: one info finding over the whole draft that names the date', () => {
    const [finding, ...more] = findingsOf(rule, draft, ctx({ awayUntil: '2027-01-10' }));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ ...span, severity: 'info' });
    expect(finding?.message).toContain('2027-01-10');
    expect(finding?.suggestion).toContain('2027-01-10');
  });

  it('another channel: one info finding that shows the note', () => {
    const [finding, ...more] = findingsOf(rule, draft, ctx({ otherChannel: 'email at work, please' }));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ ...span, severity: 'info' });
    expect(finding?.message).toContain('(email at work, please)');
    expect(finding?.message).not.toContain('{');
  });

  it('both at once: a single finding naming both, never two highlights of the same text', () => {
    const found = findingsOf(rule, draft, ctx({ awayUntil: '2027-01-10', otherChannel: 'WhatsApp' }));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('2027-01-10');
    expect(found[0]?.message).toContain('WhatsApp');
  });

  it('fires on any draft, whatever it says and however long they have known each other', () => {
    for (const text of ['Thanks!', 'Congrats on the new role, well deserved.', 'We help agencies grow. Can I book a demo?']) {
      expect(findingsOf(rule, text, ctx({ ...established, otherChannel: 'phone' })), text).toHaveLength(1);
    }
  });

  it('an empty or blank draft gets nothing, and a blank note is no boundary', () => {
    expect(findingsOf(rule, '', ctx({ awayUntil: '2027-01-10' }))).toEqual([]);
    expect(findingsOf(rule, ' \n ', ctx({ otherChannel: 'email' }))).toEqual([]);
    expect(findingsOf(rule, draft, ctx({ otherChannel: '   ' }))).toEqual([]);
  });

  it('speaks the locale of the settings', () => {
    const settings = defaultSettings();
    settings.locale = 'sv';
    const [finding] = findingsOf(rule, draft, ctx({ otherChannel: 'mejl' }), settings);
    expect(finding?.message).toContain('föredrar');
    expect(finding?.message).toContain('(mejl)');
  });

  it('is a setting like every rule: it can be switched off or made a warning', () => {
    const off = defaultSettings();
    off.rules.boundary.enabled = false;
    expect(findingsOf(rule, draft, ctx({ otherChannel: 'email' }), off)).toEqual([]);
    const louder = defaultSettings();
    louder.rules.boundary.severity = 'warning';
    expect(findingsOf(rule, draft, ctx({ otherChannel: 'email' }), louder)[0]?.severity).toBe('warning');
  });
});

describe('stillAway', () => {
  const at = (iso: string): number => Date.parse(iso);

  it('holds through the whole last day (UTC) and ends the day after', () => {
    expect(stillAway('2026-12-03', at('2026-12-01T09:00:00Z'))).toBe(true);
    expect(stillAway('2026-12-03', at('2026-12-03T23:59:59Z'))).toBe(true);
    expect(stillAway('2026-12-03', at('2026-12-04T00:00:00Z'))).toBe(false);
  });

  it('no date is never away', () => {
    expect(stillAway(null, at('2026-12-01T09:00:00Z'))).toBe(false);
    expect(stillAway(undefined, at('2026-12-01T09:00:00Z'))).toBe(false);
  });
});

describe('corpus lines carry the boundary fields', () => {
  it('parseSample passes awayUntil (judged against the line\'s now) and otherChannel through to the context', () => {
    const where = { file: 'xx.follow.jsonl', line: 1, lang: 'xx' };
    const line = (fields: Record<string, unknown>) => parseSample(JSON.stringify({ id: 'x', text: 'Hi', labels: ['boundary'], ...fields }), where).input.context;
    expect(line({ awayUntil: '2026-12-14', now: '2026-12-01T10:00:00Z', otherChannel: 'email' })).toMatchObject({ awayUntil: '2026-12-14', otherChannel: 'email' });
    expect(line({ awayUntil: '2026-12-14', now: '2026-12-15T10:00:00Z' })).toMatchObject({ awayUntil: null, otherChannel: null });
  });
});
