import { describe, expect, it } from 'vitest';
import { checkSender, LINKEDIN_ORIGIN, originOf } from '../../../src/background/sender';
import { EXTENSION_ID, EXTENSION_ORIGIN } from './fake-deps';

const check = (sender: Parameters<typeof checkSender>[0]) => checkSender(sender, EXTENSION_ID, EXTENSION_ORIGIN);

describe('originOf: scheme://host spelled out', () => {
  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ['', null],
    ['not a url', null],
    ['about:blank', null],
    [`${EXTENSION_ORIGIN}/src/popup/index.html?x=1`, EXTENSION_ORIGIN],
    ['moz-extension://0b1c2d3e-aaaa-bbbb-cccc-123456789abc/options.html', 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-123456789abc'],
    ['https://www.linkedin.com:443/feed/', LINKEDIN_ORIGIN],
    ['https://www.linkedin.com:8443/feed/', 'https://www.linkedin.com:8443'],
  ])('%s -> %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('checkSender', () => {
  it('our own page is an extension page', () => {
    expect(check({ id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/src/options/index.html` })).toEqual({ kind: 'extension-page' });
  });

  it('our content script on LinkedIn carries its tab id (null when the browser gives none) and its frame', () => {
    expect(check({ id: EXTENSION_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 12 }, frameId: 0 })).toEqual({ kind: 'content-script', tabId: 12, frameId: 0 });
    expect(check({ id: EXTENSION_ID, url: 'https://www.linkedin.com/preload/', tab: {} })).toEqual({ kind: 'content-script', tabId: null, frameId: 0 });
    expect(check({ id: EXTENSION_ID, url: 'https://www.linkedin.com/preload/', tab: { id: 12 }, frameId: 3 })).toEqual({ kind: 'content-script', tabId: 12, frameId: 3 });
  });

  it('a LinkedIn document that is not in a tab is not our content script', () => {
    expect(check({ id: EXTENSION_ID, url: 'https://www.linkedin.com/feed/' })).toEqual({
      rejected: `sender document origin ${LINKEDIN_ORIGIN} is neither Rapport nor ${LINKEDIN_ORIGIN}`,
    });
  });

  it('says why it rejects, naming the origin and never more of the URL', () => {
    expect(check({ id: 'someoneelse', url: `${EXTENSION_ORIGIN}/x.html` })).toEqual({ rejected: 'sender is another extension or app' });
    expect(check({ id: EXTENSION_ID, url: 'https://evil.example/secret/path?q=1', tab: { id: 1 } })).toEqual({
      rejected: `sender document origin https://evil.example is neither Rapport nor ${LINKEDIN_ORIGIN}`,
    });
    expect(check({ id: EXTENSION_ID })).toEqual({ rejected: `sender document origin (none) is neither Rapport nor ${LINKEDIN_ORIGIN}` });
  });
});
