import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../shared/client';
import { appSettings } from '../ui/app-settings';
import { t } from '../ui/i18n';
import { ContactCard, type Draft } from './ContactCard';
import { Everyone } from './Everyone';
import { activePageState, tellPageContactChanged, type PageState } from './page-state';

type View =
  | { kind: 'asking' }
  | { kind: 'on-screen'; contactId: string; draft: Draft | null; tabId: number | null }
  | { kind: 'everyone' }
  | { kind: 'picked'; contactId: string };

/** The person on screen when the active LinkedIn tab shows one; everyone else otherwise. */
export function Popup() {
  const [view, setView] = useState<View>({ kind: 'asking' });

  useEffect(() => {
    void activePageState().then(async (page) => setView(await viewFor(page)));
  }, []);

  const open = useCallback((contactId: string) => setView({ kind: 'picked', contactId }), []);
  const back = useCallback(() => setView({ kind: 'everyone' }), []);

  switch (view.kind) {
    case 'asking':
      return <main aria-busy="true"><p class="muted">{t('uiLoading')}</p></main>;
    case 'on-screen': {
      const { tabId } = view;
      const onChanged = tabId === null ? undefined : (id: string) => tellPageContactChanged(tabId, id);
      return <main><ContactCard contactId={view.contactId} draft={view.draft} onChanged={onChanged} /></main>;
    }
    case 'picked':
      return <main><ContactCard key={view.contactId} contactId={view.contactId} onBack={back} /></main>;
    case 'everyone':
      return <main><Everyone onOpen={open} /></main>;
  }
}

async function viewFor(page: PageState): Promise<View> {
  if (!page.contact) return { kind: 'everyone' };
  // The content script normally reports a contact as it meets them; the popup makes sure the
  // person on screen has a record even when it was opened before that report arrived.
  const seen = await send<'contact.seen'>({ type: 'contact.seen', contact: page.contact });
  if (!seen.ok) return { kind: 'everyone' };
  const draft = page.surface ? { surface: page.surface, findings: page.findings, lang: appSettings.value?.engine.locale ?? 'en' } : null;
  return { kind: 'on-screen', contactId: page.contact.id, draft, tabId: page.tabId };
}
