import { useCallback, useEffect, useState } from 'preact/hooks';
import { coachLocale } from './coach-locale';
import { t } from '../ui/i18n';
import { ContactCard, type Draft } from './ContactCard';
import { Everyone } from './Everyone';
import { earlyMonthSettled, earlyPageState } from './early';
import { refreshPageBadge, tellPageContactChanged, type PageContact, type PageState } from './page-state';

type View =
  | { kind: 'asking' }
  | { kind: 'on-screen'; contact: PageContact; draft: Draft | null; tabId: number | null }
  | { kind: 'everyone' }
  | { kind: 'picked'; contactId: string };

/**
 * A LinkedIn tab without a composer answers page.state only after its frames had their say; the
 * popup does not keep the user waiting that long and shows everyone meanwhile.
 */
const EVERYONE_AFTER_MS = 120;

/** The person on screen when the active LinkedIn tab shows one; everyone else otherwise. */
export function Popup() {
  const [view, setView] = useState<View>({ kind: 'asking' });

  useEffect(() => {
    const meanwhile = setTimeout(() => setView((v) => (v.kind === 'asking' ? { kind: 'everyone' } : v)), EVERYONE_AFTER_MS);
    // Opening the popup is a moment the user looks at the toolbar: the tab's badge is brought up to date.
    void refreshPageBadge();
    void earlyPageState().then(async (page) => {
      const next = await viewFor(page);
      // Nobody on screen: the view waits for the month it opens with (the timer above still bounds
      // the wait), so that its first frame is whole rather than followed by a second with the counts.
      if (next.kind === 'everyone') await earlyMonthSettled();
      clearTimeout(meanwhile);
      // A late answer naming a person still wins, unless the user already picked someone.
      setView((v) => (v.kind === 'picked' || (next.kind === 'everyone' && v.kind === 'everyone') ? v : next));
    });
    return () => clearTimeout(meanwhile);
  }, []);

  const open = useCallback((contactId: string) => setView({ kind: 'picked', contactId }), []);
  const back = useCallback(() => setView({ kind: 'everyone' }), []);

  switch (view.kind) {
    case 'asking':
      return <main aria-busy="true"><p class="muted">{t('uiLoading')}</p></main>;
    case 'on-screen': {
      const { tabId } = view;
      const onChanged = tabId === null ? undefined : (id: string) => tellPageContactChanged(tabId, id);
      return (
        <main>
          <ContactCard contactId={view.contact.id} seen={view.contact} draft={view.draft} onChanged={onChanged} />
        </main>
      );
    }
    case 'picked':
      return <main><ContactCard key={view.contactId} contactId={view.contactId} onBack={back} /></main>;
    case 'everyone':
      return <main><Everyone onOpen={open} /></main>;
  }
}

async function viewFor(page: PageState): Promise<View> {
  if (!page.contact) return { kind: 'everyone' };
  const draft = page.surface ? { surface: page.surface, findings: page.findings, lang: await coachLocale() } : null;
  return { kind: 'on-screen', contact: page.contact, draft, tabId: page.tabId };
}
