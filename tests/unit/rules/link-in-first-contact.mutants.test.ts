import { beforeEach, describe, expect, it, vi } from 'vitest';
import { established } from './context';
import { input } from './rule-input';

type Rule = typeof import('../../../src/rules/link-in-first-contact');

let check: Rule['check'];
beforeEach(async () => {
  // A module graph of its own: the link pattern and the opener, closer and break tables are
  // evaluated with the module, so only a test that loads it sees a change to them.
  vi.resetModules();
  ({ check } = await import('../../../src/rules/link-in-first-contact'));
});

const links = (text: string): string[] => check(input(text)).map((e) => text.slice(e.start, e.end));

describe('link-in-first-contact: its evidence', () => {
  it('is each link\'s span and nothing else', () => {
    expect(check(input('See https://acme.io/a today'))).toEqual([{ start: 4, end: 21 }]);
    expect(check(input('No link here, just and/or words'))).toEqual([]);
  });

  it('is nothing once they have talked', () => {
    expect(check(input('See https://acme.io/a today', established))).toEqual([]);
  });
});

describe('link-in-first-contact: finding the runs', () => {
  it('a text may start with the slash or the www. of a run', () => {
    expect(links('/x, see https://acme.io/a')).toEqual(['https://acme.io/a']);
    expect(links('www.acme.io is ours')).toEqual(['www.acme.io']);
  });

  it('a www. before the first slash is found first, and the link after it too', () => {
    expect(links('www.acme.io and x.com/a')).toEqual(['www.acme.io', 'x.com/a']);
    expect(links('x.com/a and www.acme.io')).toEqual(['x.com/a', 'www.acme.io']);
  });

  it('a link ending in a slash, or with several slashes and www. inside, is one link', () => {
    expect(links('See https://acme.io/ today')).toEqual(['https://acme.io/']);
    expect(links('See https://www.acme.io/a/b/c or not')).toEqual(['https://www.acme.io/a/b/c']);
  });
});

describe('link-in-first-contact: what a link is', () => {
  it('a scheme (http or https) or www. starts a link only at the start of its run', () => {
    expect(links('See http://acme.io/a and https://acme.io/b')).toEqual(['http://acme.io/a', 'https://acme.io/b']);
    expect(links('notwww.acme or xhttps://acme or https:// alone')).toEqual([]);
  });

  it('a bare domain is letters, digits and hyphens, with any subdomains, from the start of its run', () => {
    expect(links('Try 99designs.com/x, my-site.io/a or blog.acme.io/a and go.365.io/b')).toEqual(['99designs.com/x', 'my-site.io/a', 'blog.acme.io/a', 'go.365.io/b']);
    expect(links('Not ~acme.com/x, a_b.com/x, x.a_b.com/y or acme.zzz/x')).toEqual([]);
  });

  it('openers before a link and closers after it are left out', () => {
    expect(links('("https://acme.io/a"), [<www.acme.io>]; \'x.com/b\'! x.com/c? x.com/d: x.com/e;')).toEqual(['https://acme.io/a', 'www.acme.io', 'x.com/b', 'x.com/c', 'x.com/d', 'x.com/e']);
  });

  it('a run ends at a space, a control character, a quote, an angle bracket or a no-break space', () => {
    expect(links('Hi\thttps://a.io/1\nthen x"https://b.io/2"y<https://c.io/3>z\u00a0https://d.io/4 end'))
      .toEqual(['https://a.io/1', 'https://b.io/2', 'https://c.io/3', 'https://d.io/4']);
  });
});
