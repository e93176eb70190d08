import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Surface } from '../rules/types';
import { clip } from '../shared/clip';
import { send } from '../shared/client';
import { LIMITS, type Contact, type Interaction, type Stage } from '../shared/protocol';
import { announceContactChange } from '../ui/contact-changes';
import { displayName, neutralise } from '../ui/display-name';
import { FindingList } from '../ui/FindingList';
import { formatDate, t } from '../ui/i18n';
import { balanceAdvice, balanceSentence } from './balance';
import { BoundariesField } from './BoundariesField';
import { BoundarySummary } from './BoundarySummary';
import { CadenceField } from './CadenceField';
import { ConsentField } from './ConsentField';
import { IntroSuggestions } from './IntroSuggestions';
import type { PageContact } from './page-state';
import { markReady } from './ready';
import { NotesField } from './NotesField';
import { Promises } from './Promises';
import { QuickLog } from './QuickLog';
import { SamePerson } from './SamePerson';
import { Timeline } from './Timeline';
import { WantsHaves } from './WantsHaves';

export interface Draft {
  surface: Surface;
  findings: Finding[];
  /** The coach's language, which the findings are written in. */
  lang: string;
}

interface Loaded {
  contact: Contact;
  interactions: Interaction[];
  balance: { gave: number; asked: number };
  stage: Stage;
}

interface Props {
  contactId: string;
  /** The person as the page showed them: recorded first if the store has not met them yet. */
  seen?: PageContact;
  draft?: Draft | null;
  onBack?: () => void;
  /** Told about every contact whose history this card changed (the LinkedIn tab behind the popup). */
  onChanged?: (contactId: string) => void;
}

/** The relationship with one person at a glance, and the few things worth doing about it. */
export function ContactCard({ contactId, seen, draft, onBack, onChanged }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    let res = await send<'contact.get'>({ type: 'contact.get', contactId });
    // The content script normally reports a person as it meets them; a popup opened first does it.
    if (!res.ok && res.error.code === 'not_found' && seen) {
      const contact = { id: seen.id, name: clip(seen.name, LIMITS.name), headline: seen.headline === undefined ? undefined : clip(seen.headline, LIMITS.headline) };
      const recorded = await send<'contact.seen'>({ type: 'contact.seen', contact });
      if (recorded.ok) res = await send<'contact.get'>({ type: 'contact.get', contactId });
    }
    if (res.ok) setLoaded(res.data);
    else setMissing(true);
  }, [contactId, seen]);

  useEffect(() => {
    void reload();
  }, [reload]);
  // After a change to what the coach knows (consent, gives, asks): other open pages catch up.
  const changed = useCallback(
    (...ids: string[]) => {
      for (const id of [contactId, ...ids]) {
        announceContactChange(id);
        onChanged?.(id);
      }
      void reload();
    },
    [contactId, reload, onChanged],
  );
  useEffect(() => {
    if (loaded || missing) markReady();
  }, [loaded, missing]);
  // Opened from a list, the button that opened the card is gone: the focus moves to its name.
  const opened = loaded !== null;
  useEffect(() => {
    if (opened && onBack) heading.current?.focus();
  }, [opened, onBack]);

  if (missing) return <p role="alert">{t('popupContactMissing')}</p>;
  if (!loaded) return <p class="muted">{t('uiLoading')}</p>;
  const { contact, interactions, balance, stage } = loaded;
  const advice = balanceAdvice(balance.gave, balance.asked);
  const name = displayName(contact);

  return (
    <article class="contact" data-contact-id={contact.id}>
      <header class="contact-header">
        {onBack && (
          <button type="button" class="link back" onClick={onBack}>
            {t('popupBack')}
          </button>
        )}
        <h1 translate={false} tabIndex={-1} ref={heading}><bdi>{name}</bdi></h1>
        {contact.headline && <p class="muted" translate={false}><bdi>{neutralise(contact.headline)}</bdi></p>}
        <p class="row">
          <span class={`stage stage-${stage}`}>{t(`popupStage_${stage}`)}</span>
          <span class="muted">{connection(contact)}</span>
        </p>
        <p class="stage-hint muted">{t(`popupStageHint_${stage}`)}</p>
        <BoundarySummary boundaries={contact.boundaries} />
      </header>

      {seen && <SamePerson contactId={contact.id} onChanged={() => changed()} />}

      {draft && (
        <section class="panel" aria-labelledby="draft-title">
          <h2 id="draft-title">{t('popupDraftTitle')}</h2>
          {draft.findings.length === 0 ? (
            <p class="muted">{t('popupDraftClean')}</p>
          ) : (
            <FindingList findings={draft.findings} lang={draft.lang} />
          )}
        </section>
      )}

      <Promises key={`promises:${contact.id}`} contactId={contact.id} onChanged={() => changed()} />

      <section class="panel balance" aria-labelledby="balance-title">
        <h2 id="balance-title">{t('popupBalanceTitle')}</h2>
        <p class="balance-sentence">{balanceSentence(balance.gave, balance.asked)}</p>
        {advice && <p class="muted">{advice}</p>}
        <QuickLog contactId={contact.id} onLogged={changed} />
      </section>

      <NotesField key={contact.id} contactId={contact.id} initial={contact.notes} />
      <ConsentField key={`consent:${contact.id}`} contactId={contact.id} consent={contact.consent} onSaved={changed} />
      <BoundariesField key={`boundaries:${contact.id}`} contactId={contact.id} boundaries={contact.boundaries} onSaved={changed} />
      <CadenceField contactId={contact.id} cadence={contact.cadence} lastInteractionAt={contact.lastInteractionAt} onSaved={() => void reload()} />
      <WantsHaves contactId={contact.id} wants={contact.wants} haves={contact.haves} onSaved={() => void reload()} />
      <IntroSuggestions
        contactId={contact.id}
        contactName={displayName(contact)}
        topicsKey={[...contact.wants, '|', ...contact.haves].join('\n')}
        onIntroduced={changed}
      />
      <Timeline interactions={interactions} boundaries={contact.boundaries} />
    </article>
  );
}

function connection(contact: Contact): string {
  if (contact.connectedOn !== null) return t('popupConnectedSince', formatDate(contact.connectedOn));
  return contact.degree === 1 ? t('popupConnectedUnknown') : t('popupNotConnected');
}
