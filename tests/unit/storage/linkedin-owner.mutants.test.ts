import { describe, expect, it } from 'vitest';
import { OwnerDetector, type MessageParticipants } from '../../../src/storage/linkedin-export/me';
import { repairMojibake } from '../../../src/storage/linkedin-export/mojibake';
import { doubleEncode } from './linkedin-export';

function owner(messages: MessageParticipants[], connections: string[] = []): string | null {
  const detector = new OwnerDetector();
  for (const m of messages) detector.add(m);
  return detector.owner(new Set(connections));
}

const m = (conversationId: string, from: string, ...to: string[]): MessageParticipants => ({ conversationId, from, to });

describe('who "me" is', () => {
  it('counts distinct conversations, not messages', () => {
    const chatty = [m('c1', 'ada', 'pat'), m('c1', 'ada', 'pat'), m('c1', 'ada', 'pat'), m('c1', 'ada', 'pat')];
    expect(owner([...chatty, m('c2', 'pat', 'bob')])).toBe('pat');
  });

  it('counts conversations before messages: someone met later who sent more in fewer conversations is not the owner', () => {
    const pat = [m('c1', 'pat', 'ada'), m('c2', 'pat', 'bob')];
    const cyd = [m('c3', 'cyd', 'dan'), m('c3', 'cyd', 'dan'), m('c3', 'cyd', 'dan')];
    expect(owner([...pat, ...cyd])).toBe('pat');
  });

  it('breaks a tie in conversations by messages sent, whichever comes first', () => {
    const tie = [m('c1', 'ada', 'pat'), m('c2', 'pat', 'ada'), m('c2', 'pat', 'ada')];
    expect(owner(tie)).toBe('pat');
    expect(owner([...tie].reverse())).toBe('pat');
  });

  it('counts a recipient’s conversations too: the owner who only receives is still the owner', () => {
    expect(owner([m('c1', 'ada', 'pat'), m('c2', 'bob', 'pat'), m('c3', 'cyd', 'pat', 'ada')], ['ada', 'bob', 'cyd'])).toBe('pat');
  });

  it('ignores missing ids, and finds nobody in messages that name nobody', () => {
    expect(owner([m('c1', ''), m('c2', '', ''), m('c3', '')])).toBeNull();
    expect(owner([m('c1', '', 'pat'), m('c2', '', 'ada'), m('c3', '', 'ada')], ['ada'])).toBe('pat');
  });

  it('when every participant is a connection, counts over everyone instead', () => {
    expect(owner([m('c1', 'ada', 'pat'), m('c2', 'pat', 'bob')], ['ada', 'pat', 'bob'])).toBe('pat');
  });
});

describe('mojibake repair, at its edges', () => {
  it('maps the Windows-1252 characters back to their bytes', () => {
    expect(repairMojibake(doubleEncode('it’s “fine” — €5 • ok…'))).toBe('it’s “fine” — €5 • ok…');
    expect(repairMojibake('â€™')).toBe('’');
  });

  it('leaves text alone when a character has no byte to map back to', () => {
    expect(repairMojibake('JosÃ©\u0100')).toBe('JosÃ©\u0100');
    expect(repairMojibake('JosÃ© 😀')).toBe('JosÃ© 😀');
  });

  it('repairs a character whose byte is the last Latin-1 one', () => {
    // ÿ is U+00FF: its UTF-8 bytes C3 BF read back as Ã¿.
    expect(repairMojibake('Ã¿')).toBe('ÿ');
  });
});
