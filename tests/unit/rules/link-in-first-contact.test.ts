import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf, findingsOf } from './context';

const rule = 'link-in-first-contact';

describe(rule, () => {
  it('finds links with a scheme, with www. and bare domains with a path, without trailing punctuation', () => {
    expect(evidenceOf(rule, 'See https://acme.io/x, www.acme.nl/cases and calendly.com/jo or forms.gle/x1.'))
      .toEqual(['https://acme.io/x', 'www.acme.nl/cases', 'calendly.com/jo', 'forms.gle/x1']);
  });

  it('a bare domain without a path is a link when typed in lower case', () => {
    expect(evidenceOf(rule, 'Beispiele: herner-tafel.de und studio.arhi.ro, oder acme.io.')).toEqual(['herner-tafel.de', 'studio.arhi.ro', 'acme.io']);
  });

  it('a company, a framework, an address or a file is no bare link', () => {
    expect(evidenceOf(rule, 'I was at Booking.com, wrote ASP.NET, mail anna.b@acme.de or read report.pdf and notes.md.')).toEqual([]);
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

describe(`${rule}: where a link starts and ends`, () => {
  it('quotes, angle brackets, parentheses and a no-break space are not part of the link', () => {
    expect(evidenceOf(rule, 'Read "https://acme.io/a" or <https://acme.io/b> (www.acme.io) or\u00a0https://acme.io/c.'))
      .toEqual(['https://acme.io/a', 'https://acme.io/b', 'www.acme.io', 'https://acme.io/c']);
  });

  it('finds every link in a row; links only a space apart are one highlight', () => {
    expect(evidenceOf(rule, 'https://a.io/1 or https://b.io/2 or www.c.io and d.com/4'))
      .toEqual(['https://a.io/1', 'https://b.io/2', 'www.c.io', 'd.com/4']);
    expect(evidenceOf(rule, 'https://a.io/1 https://b.io/2')).toEqual(['https://a.io/1 https://b.io/2']);
  });

  it('a quote or an angle bracket glued to the word before still ends that word', () => {
    expect(evidenceOf(rule, 'Link:"https://acme.io/a" and next->https://acme.io/c and see:<www.acme.io>'))
      .toEqual(['https://acme.io/a', 'https://acme.io/c', 'www.acme.io']);
  });

  it('slashes in ordinary words are not links, and do not hide a link after them', () => {
    expect(evidenceOf(rule, 'and/or 24/7 he/him, then www.acme.io/x')).toEqual(['www.acme.io/x']);
  });
});
