import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Every sentence the pages may show in `locale`: its _locales messages and the coach's finding texts. */
export function patternsFor(locale: string): RegExp[] {
  const ui = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  // The preview writes findings in the coach's language, which a new install takes from the browser.
  const coach = JSON.parse(readFileSync(`src/rules/text/${locale}.json`, 'utf8')) as Record<string, { message: string; suggestion: string }>;
  const texts = [...Object.values(ui).map((m) => m.message), ...Object.values(coach).flatMap((t) => [t.message, t.suggestion])];
  return texts.map((text) => new RegExp(`^${escape(text).replace(/\\\$\d/gu, '.+').replace(/\\\{\w+\\\}/gu, '.+')}$`, 'u'));
}

/** Text the user can read or hear, minus what is data (names, notes, dates: marked translate="no" or <time>). */
export async function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const data = (el: Element | null) => el?.closest('[translate="no"], time, script, style') != null;
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (/\p{L}/u.test(text) && !data(node.parentElement)) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (data(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name);
        if (value && /\p{L}/u.test(value)) out.push(value);
      }
    }
    return out;
  });
}
