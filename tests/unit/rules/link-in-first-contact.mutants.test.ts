import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/link-in-first-contact';
import { established } from './context';
import { input } from './rule-input';

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
