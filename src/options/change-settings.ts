import { signal } from '@preact/signals';
import type { AppSettings } from '../shared/settings';
import { appSettings, saveAppSettings } from './app-settings';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saved' }
  | { state: 'not-synced'; message: string }
  | { state: 'failed'; message: string };

export const saveStatus = signal<SaveStatus>({ state: 'idle' });

/** Every control on the page changes settings through here: one way in, one status line. */
export async function changeSettings(change: (current: AppSettings) => AppSettings): Promise<void> {
  const current = appSettings.value;
  if (!current) return;
  const res = await saveAppSettings(change(current));
  if (!res.ok) saveStatus.value = { state: 'failed', message: res.message };
  else saveStatus.value = res.syncError ? { state: 'not-synced', message: res.syncError } : { state: 'saved' };
}
