import * as v from 'valibot';
import { surfaces, type Context } from '../rules/types';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One line of `check --jsonl`: ARCHITECTURE §4. Unknown fields (labels, split, ...) are ignored. */
const InputSchema = v.object({
  id: v.optional(v.union([v.string(), v.number(), v.null()]), null),
  text: v.string(),
  surface: v.optional(v.picklist(surfaces), 'message'),
  connectedDaysAgo: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0))), null),
  sent: v.optional(Count, 0),
  received: v.optional(Count, 0),
  gave: v.optional(Count, 0),
  asked: v.optional(Count, 0),
  consentToMailing: v.optional(v.nullable(v.boolean()), null),
  recipientName: v.optional(v.nullable(v.string()), null),
  account: v.optional(v.picklist(['free', 'premium']), 'free'),
  recentSent: v.optional(v.array(v.string())),
});

export interface CheckInput { id: string | number | null; text: string; context: Context }

export type ParsedLine = { ok: true; input: CheckInput } | { ok: false; error: string };

export function parseInput(value: unknown): ParsedLine {
  const result = v.safeParse(InputSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
  }
  const { id, text, ...context } = result.output;
  return { ok: true, input: { id, text, context } };
}

export function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseInput(value);
}
