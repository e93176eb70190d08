import { Model, learnedRules, type WeightsFile } from './model';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_BASE64 = 64 * 1024;

function isRuleWeights(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const { bias, scale, threshold, count, index, weights } = v;
  return Number.isFinite(bias) && Number.isFinite(scale) && typeof threshold === 'number'
    && typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= 1 << 18
    && typeof index === 'string' && index.length <= MAX_BASE64 && typeof weights === 'string' && weights.length <= MAX_BASE64;
}

/**
 * Weights read from storage, checked before use: anything malformed means no learned layer, never
 * an error on the page. The version and the bucket size are the Model's own to refuse.
 */
export function parseModel(value: unknown): Model | null {
  if (!isRecord(value) || !isRecord(value.rules)) return null;
  const rules = value.rules;
  if (!learnedRules.every((rule) => isRuleWeights(rules[rule]))) return null;
  try {
    return new Model(value as unknown as WeightsFile);
  } catch {
    return null;
  }
}
