import { vi } from 'vitest';

export type Settings = typeof import('../../../src/rules/settings');
export type Engine = typeof import('../../../src/rules/engine');

/**
 * The settings and the engine in a module graph of their own: rule metadata and the constants beside
 * it are evaluated with their modules, so only a test that loads them afresh sees a change to them.
 */
export async function freshRuleModules(): Promise<{ settings: Settings; engine: Engine }> {
  vi.resetModules();
  return { settings: await import('../../../src/rules/settings'), engine: await import('../../../src/rules/engine') };
}
