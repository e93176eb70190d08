import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf, findingsOf } from './context';

const rule = 'link-in-first-contact';

describe(rule, () => {
  it('finds links with a scheme, with www. and bare domains with a path, without trailing punctuation', () => {
    expect(evidenceOf(rule, 'See https://acme.io/x, www.acme.nl/cases and calendly.com/jo.'))
      .toEqual(['https://acme.io/x', 'www.acme.nl/cases', 'calendly.com/jo']);
  });

  it('is only a hint (info)', () => {
    expect(findingsOf(rule, 'https://acme.io')[0]?.severity).toBe('info');
  });

  it('a link in an invite note counts even with history elsewhere', () => {
    expect(evidenceOf(rule, 'Notes: https://gist.github.com/a', ctx({ surface: 'invite-note', sent: 3, received: 2 }))).toEqual(['https://gist.github.com/a']);
  });

  it('a link once you have talked is fine', () => {
    expect(evidenceOf(rule, 'Here is the recording: https://youtu.be/x', ctx({ sent: 10, received: 9 }))).toEqual([]);
  });

  it('a file name or a framework is not a link', () => {
    expect(evidenceOf(rule, 'I moved from Node.js/Deno to report.pdf and e.g. Vue.js.')).toEqual([]);
  });
});
