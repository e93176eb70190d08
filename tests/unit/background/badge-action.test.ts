import { describe, expect, it } from 'vitest';
import { createSetBadge, type BadgeActionLike, type MessageLookup } from '../../../src/background/badge';

interface Shown { color?: string; text?: string; title?: string }

/** browser.action as the toolbar keeps it: the last value set per tab. */
function fakeAction(): BadgeActionLike & { tabs: Map<number, Shown> } {
  const tabs = new Map<number, Shown>();
  const put = (tabId: number, patch: Shown): void => {
    tabs.set(tabId, { ...tabs.get(tabId), ...patch });
  };
  return {
    tabs,
    setBadgeBackgroundColor: async ({ tabId, color }) => put(tabId, { color }),
    setBadgeText: async ({ tabId, text }) => put(tabId, { text }),
    setTitle: async ({ tabId, title }) => put(tabId, { title }),
  };
}

const messages: MessageLookup = (name, substitution) => {
  if (name === 'extName') return 'Rapport';
  if (name === 'badgeOverdueTitle') return `${substitution ?? '?'} promises past due`;
  if (name === 'badgeCadenceTitle') return `${substitution ?? '?'} people due for a touch`;
  throw new Error(`no message ${String(name)}`);
};

describe('the toolbar badge', () => {
  it('shows the count, at most 99, and nothing for zero', async () => {
    const action = fakeAction();
    const setBadge = createSetBadge(action, messages);
    for (const [count, text] of [[1, '1'], [98, '98'], [99, '99'], [100, '99'], [250, '99'], [0, '']] as const) {
      await setBadge(4, count, 'findings');
      expect(action.tabs.get(4)?.text, `${count} findings`).toBe(text);
    }
  });

  it('says what an overdue number counts, and is the plain name otherwise', async () => {
    const action = fakeAction();
    const setBadge = createSetBadge(action, messages);
    await setBadge(4, 3, 'overdue');
    expect(action.tabs.get(4)).toMatchObject({ text: '3', title: '3 promises past due' });
    await setBadge(4, 0, 'overdue');
    expect(action.tabs.get(4)).toMatchObject({ text: '', title: 'Rapport' });
    await setBadge(4, 3, 'findings');
    expect(action.tabs.get(4)).toMatchObject({ text: '3', title: 'Rapport' });
  });

  it('colours a reminder apart from a warning, and touches only the tab it is given', async () => {
    const action = fakeAction();
    const setBadge = createSetBadge(action, messages);
    await setBadge(4, 2, 'findings');
    await setBadge(5, 2, 'overdue');
    const warning = action.tabs.get(4)?.color;
    const reminder = action.tabs.get(5)?.color;
    // Amber warns about the draft; blue reminds of promises.
    expect(warning).toBe('#b45309');
    expect(reminder).toBe('#1d4ed8');
    await setBadge(5, 1, 'findings');
    expect(action.tabs.get(5)?.color).toBe(warning);
    expect(action.tabs.get(4)?.text).toBe('2');
  });

  it('shows contacts due on their cadence in green, with a title that says so', async () => {
    const action = fakeAction();
    const setBadge = createSetBadge(action, messages);
    await setBadge(6, 4, 'cadence');
    expect(action.tabs.get(6)).toEqual({ color: '#047857', text: '4', title: '4 people due for a touch' });
    await setBadge(6, 0, 'cadence');
    expect(action.tabs.get(6)).toMatchObject({ text: '', title: 'Rapport' });
  });
});
