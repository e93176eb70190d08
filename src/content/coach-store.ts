import type { Recipient } from '../linkedin/types';
import type { RequestOf, StoredContext } from '../shared/protocol';
import { send } from './requests';
import { clip } from '../shared/clip';
import { LIMITS } from '../shared/limits';
import { createAliasTeller } from './alias-once';

/**
 * Where a coach reads the person's history, records what was sent and received, and keeps the
 * phrases the user said never to flag. On LinkedIn that is the background's store and the user's
 * allowlist; the practice page hands in made-up relationships and an allowlist of its own.
 */
export interface CoachStore {
  context(who: Recipient): Promise<StoredContext | null>;
  record(request: RequestOf<'interaction.record'>): Promise<void>;
  /** "Never flag": the engine learns of it through the settings the coach is given. */
  neverFlag(phrases: readonly string[]): void;
}

const learnAliasesOnce = createAliasTeller((ids) => send<'alias.learn'>({ type: 'alias.learn', ids }));

async function fetchContext(who: Recipient): Promise<StoredContext | null> {
  // The page shows this person by two ids (a bubble linking both): join them before reading history.
  await learnAliasesOnce([who.id, ...(who.aliases ?? [])].slice(0, 4));
  await send<'contact.seen'>({ type: 'contact.seen', contact: seenContact(who) });
  const response = await send<'context.get'>({ type: 'context.get', contactId: who.id });
  return response.ok ? response.data : null;
}

/** The page's view of the person, cut to what the store accepts (LIMITS). The background derives the profile URL from the id. */
function seenContact(who: Recipient) {
  return {
    id: who.id,
    name: clip(who.name, LIMITS.name),
    headline: who.headline === undefined ? undefined : clip(who.headline, LIMITS.headline),
    degree: who.degree,
  };
}

/** A urn the store does not take (LinkedIn changes their shape) still leaves the text+time dedup. */
async function recordInteraction(request: RequestOf<'interaction.record'>): Promise<void> {
  const response = await send<'interaction.record'>(request);
  if (!response.ok && response.error.code === 'invalid_request' && request.urn !== undefined) {
    await send<'interaction.record'>({ ...request, urn: undefined });
  }
}

/** Into the user's allowlist, which every LinkedIn tab then reads through storage.onChanged. */
function allowEverywhere(phrases: readonly string[]): void {
  for (const phrase of phrases) void send<'allowlist.add'>({ type: 'allowlist.add', phrase: clip(phrase, LIMITS.phrase) });
}

export const backgroundStore: CoachStore = { context: fetchContext, record: recordInteraction, neverFlag: allowEverywhere };
