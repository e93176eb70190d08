import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// ARCHITECTURE §2: a wrong import must fail `npm test`, not wait for a review.
const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lintText loads the parser and every plugin: seconds on a busy machine, more than a test's 5 s.
beforeAll(async () => {
  await importErrors('src/rules/warm-up.ts', './types');
}, 60_000);

describe('one-way imports between folders', () => {
  it.each([
    ['src/rules/engine.ts', '../storage/db'],
    ['src/rules/early-pitch.ts', '../shared/protocol'],
    ['src/storage/db.ts', '../rules/engine'],
    ['src/content/index.ts', '../storage/db'],
    ['src/content/index.ts', '../background/index'],
    ['src/linkedin/selectors.ts', '../content/panel'],
    ['src/popup/main.tsx', '../storage/db'],
    ['src/shared/protocol.ts', '../background/index'],
    ['src/welcome/Welcome.tsx', '../content/coach'],
    ['src/practice/Practice.tsx', '../options/app-settings'],
    ['src/background/handlers/contact.get.ts', '../../rules/engine'],
    ['src/background/index.ts', '../rules'],
  ])('%s may not import %s', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ['src/content/coach.ts', '../rules/engine'],
    ['src/content/coach.ts', '../linkedin/find-composers'],
    ['src/background/index.ts', '../storage/db'],
    ['src/popup/main.tsx', '../shared/client'],
    ['src/options/main.tsx', '../rules/engine'],
    ['src/welcome/Welcome.tsx', '../options/ImportLinkedIn'],
    ['src/practice/Practice.tsx', '../content/coach'],
    ['src/background/handlers/interaction.record.ts', '../../rules/promises/detect'],
  ])('%s may import %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});

describe('unsafe code is a lint error', () => {
  it.each([
    ['an innerHTML assignment', 'export function f(el: Element, s: string) { el.innerHTML = s; }', 'no-restricted-properties'],
    ['eval', 'export const f = (s: string) => eval(s);', 'no-eval'],
    ['a super-linear regex', 'export const r = /^(a+)+$/;', 'regexp/no-super-linear-backtracking'],
  ])('%s', async (_what, code, rule) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/rules/sample.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain(rule);
  });
});
