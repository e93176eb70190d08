import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../shared/client';
import type { PromiseItem } from '../shared/protocol';
import { t, uiLocale } from '../ui/i18n';
import { refreshPageBadge } from './page-state';

interface Props {
  /** A person's open promises; without one, everyone's due and overdue ones. */
  contactId?: string;
  /** Opens a person's card from the everyone list. */
  onOpen?: (contactId: string) => void;
  /** Told about the person whose history a kept promise changed (it records a give). */
  onChanged?: (contactId: string) => void;
}

/** Due dates are UTC days (as the engine resolves them): shown as that day wherever the user is. */
function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(iso));
}

function dueText(due: string, today: string): string {
  if (due < today) return t('popupPromiseOverdue', formatDay(due));
  return due === today ? t('popupPromiseDueToday') : t('popupPromiseDue', formatDay(due));
}

/** Promises made in sent messages: keeping one is a give, so "done" logs it; "not needed" lets it go. */
export function Promises({ contactId, onOpen, onChanged }: Props) {
  const [list, setList] = useState<{ promises: PromiseItem[]; today: string } | null>(null);
  const [status, setStatus] = useState<'' | 'done' | 'not-needed' | 'failed'>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const everyone = contactId === undefined;

  const load = useCallback(async () => {
    const res = await send<'promises.list'>(contactId === undefined ? { type: 'promises.list' } : { type: 'promises.list', contactId });
    setList(res.ok ? res.data : { promises: [], today: '' });
  }, [contactId]);

  useEffect(() => {
    void load();
  }, [load]);

  const close = async (promise: PromiseItem, outcome: 'done' | 'not-needed'): Promise<void> => {
    const res = await send<'promise.close'>({ type: 'promise.close', id: promise.id, outcome });
    // The kept promise leaves the list in the same render that announces it, not after the reload.
    if (res.ok) setList((shown) => shown && { ...shown, promises: shown.promises.filter((p) => p.id !== promise.id) });
    setStatus(res.ok ? outcome : 'failed');
    if (!res.ok) return;
    // One fewer promise may be overdue: the badge of the LinkedIn tab behind the popup follows.
    void refreshPageBadge();
    // The button that had the focus is gone with its promise: the focus goes back to the list.
    heading.current?.focus();
    await load();
    if (outcome === 'done') onChanged?.(promise.contactId);
  };

  if (list === null || (!everyone && list.promises.length === 0 && status === '')) return null;
  const titleId = everyone ? 'promises-due-title' : 'promises-title';

  return (
    <section class="panel promises" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} ref={heading}>{t(everyone ? 'popupPromisesDueTitle' : 'popupPromisesTitle')}</h2>
      {list.promises.length === 0 ? (
        <p class="muted">{t(everyone ? 'popupPromisesNoneDue' : 'popupPromisesNone')}</p>
      ) : (
        <>
          <p class="muted">{t('popupPromisesHint')}</p>
          <ul class="promise-list">
            {list.promises.map((p) => {
              const textId = `promise-${p.id}`;
              const overdue = p.due < list.today;
              return (
                <li key={p.id} class="promise-item" data-promise-id={p.id}>
                  {everyone && onOpen && (
                    <button type="button" class="link contact-name" translate={false} onClick={() => onOpen(p.contactId)}>
                      {p.contactName || p.contactId}
                    </button>
                  )}
                  <p id={textId} class="promise-text" translate={false}>{p.snippet}</p>
                  <p class={overdue ? 'promise-due overdue' : 'promise-due muted'} data-due={p.due}>{dueText(p.due, list.today)}</p>
                  <div class="row">
                    <button type="button" aria-describedby={textId} onClick={() => void close(p, 'done')}>{t('popupPromiseDone')}</button>
                    <button type="button" aria-describedby={textId} onClick={() => void close(p, 'not-needed')}>{t('popupPromiseNotNeeded')}</button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" class={status === 'failed' ? 'status error' : 'status'}>
        {status === 'done' ? t('popupPromiseKept') : status === 'not-needed' ? t('popupPromiseClosed') : status === 'failed' ? t('uiSaveFailed') : ''}
      </p>
    </section>
  );
}
