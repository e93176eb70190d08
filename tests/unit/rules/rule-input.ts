import { meta as blastMeta } from '../../../src/rules/copy-paste-blast';
import { meta as inviteMeta } from '../../../src/rules/invite-note-too-long';
import { normalize } from '../../../src/rules/normalize';
import type { Context, Cues, RuleInput } from '../../../src/rules/types';
import { ctx } from './context';

const noCues: Cues = {
  hits: () => [], has: () => false, pairs: () => [], near: () => [], inQuestion: () => false, sentenceHas: () => false,
};

/**
 * What the engine hands a rule's check, for the rules that read only the text, its folding, the
 * context and their thresholds: their evidence as they return it, before the engine merges,
 * filters and words it.
 */
export function input(
  text: string, context: Partial<Context> = {}, thresholds: Record<string, number> = {}, isPlaceholderWord: (folded: string) => boolean = () => false,
): RuleInput {
  const defaults = Object.fromEntries([...blastMeta.thresholds, ...inviteMeta.thresholds].map((t) => [t.key, t.default]));
  return {
    text, folded: normalize(text).text, ctx: ctx(context), thresholds: { ...defaults, ...thresholds },
    cues: noCues, learned: () => null, isPlaceholderWord,
  };
}
