import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { messagesOf } from './locale-messages';

const UI_DIRS = ['src/popup', 'src/options', 'src/ui', 'src/welcome', 'src/practice'];
/** Attributes people read or hear; their values must come from _locales too. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label']);
const LETTER = /\p{L}/u;

interface Source {
  file: string;
  ast: ts.SourceFile;
}

function sources(): Source[] {
  return UI_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/u.test(f) && !f.endsWith('.d.ts'))
      .map((f) => {
        const file = join(dir, f);
        return { file, ast: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) };
      }),
  );
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function where(src: Source, node: ts.Node): string {
  const { line } = src.ast.getLineAndCharacterOfPosition(node.getStart());
  return `${src.file}:${line + 1}`;
}

/** The first argument of t('…') / plural('…'): a literal key, or the fixed head of a template key. */
function messageKeys(): { exact: { key: string; at: string }[]; prefixes: { prefix: string; at: string }[] } {
  const exact: { key: string; at: string }[] = [];
  const prefixes: { prefix: string; at: string }[] = [];
  for (const src of sources()) {
    walk(src.ast, (n) => {
      if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression) || !['t', 'plural'].includes(n.expression.text)) return;
      const [arg] = n.arguments;
      const plural = n.expression.text === 'plural';
      if (arg && ts.isStringLiteral(arg)) {
        if (plural) prefixes.push({ prefix: `${arg.text}_`, at: where(src, arg) });
        else exact.push({ key: arg.text, at: where(src, arg) });
      } else if (arg && ts.isTemplateExpression(arg) && arg.head.text) {
        prefixes.push({ prefix: arg.head.text, at: where(src, arg) });
      }
    });
  }
  return { exact, prefixes };
}

describe('popup and options text', () => {
  it('has no words written into the markup: every visible string comes from _locales', () => {
    const found: string[] = [];
    for (const src of sources()) {
      walk(src.ast, (n) => {
        if (ts.isJsxText(n) && LETTER.test(n.text)) found.push(`${where(src, n)} text "${n.text.trim()}"`);
        if (ts.isJsxAttribute(n) && READ_ATTRIBUTES.has(n.name.getText()) && n.initializer && ts.isStringLiteral(n.initializer) && LETTER.test(n.initializer.text)) {
          found.push(`${where(src, n)} ${n.name.getText()}="${n.initializer.text}"`);
        }
        if (ts.isJsxExpression(n) && n.expression && (ts.isStringLiteral(n.expression) || ts.isNoSubstitutionTemplateLiteral(n.expression)) && LETTER.test(n.expression.text)) {
          found.push(`${where(src, n)} {"${n.expression.text}"}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('asks only for message keys that exist', () => {
    const en = messagesOf('en');
    const keys = Object.keys(en);
    const { exact, prefixes } = messageKeys();
    expect(exact.length).toBeGreaterThan(50);
    expect(exact.filter(({ key }) => !(key in en)).map(({ key, at }) => `${at} ${key}`)).toEqual([]);
    expect(prefixes.filter(({ prefix }) => !keys.some((k) => k.startsWith(prefix))).map(({ prefix, at }) => `${at} ${prefix}…`)).toEqual([]);
  });
});
