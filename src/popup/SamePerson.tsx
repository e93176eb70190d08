import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/client';
import type { NameMatch } from '../shared/protocol';
import { t } from '../ui/i18n';

interface Props {
  /** The person on screen. */
  contactId: string;
  /** After a merge or its undo: the card reloads the person's (now joined or split) history. */
  onChanged: () => void;
}

type State =
  | { kind: 'none' }
  | { kind: 'asking'; match: NameMatch }
  | { kind: 'merged'; match: NameMatch }
  | { kind: 'undone' }
  | { kind: 'failed' };

/**
 * "Same person as Jordan Lee (Head of Product at Northwind, imported)?": an import without LinkedIn
 * ids, or another id LinkedIn showed, may be this person. Only ever a question: two people can share
 * a name. One click merges; the undo stays offered until the popup closes.
 */
export function SamePerson({ contactId, onChanged }: Props) {
  const [state, setState] = useState<State>({ kind: 'none' });

  useEffect(() => {
    let live = true;
    void send<'contacts.nameMatch'>({ type: 'contacts.nameMatch', contactId }).then((res) => {
      if (live && res.ok && res.data.match) setState({ kind: 'asking', match: res.data.match });
    });
    return () => {
      live = false;
    };
  }, [contactId]);

  const merge = async (match: NameMatch): Promise<void> => {
    const res = await send<'contacts.join'>({ type: 'contacts.join', contactId, otherId: match.contact.id });
    setState(res.ok ? { kind: 'merged', match } : { kind: 'failed' });
    if (res.ok) onChanged();
  };
  const undo = async (): Promise<void> => {
    const res = await send<'contacts.undoJoin'>({ type: 'contacts.undoJoin', contactId });
    setState(res.ok ? { kind: 'undone' } : { kind: 'failed' });
    if (res.ok) onChanged();
  };

  if (state.kind === 'none') return null;
  return (
    <section class="panel same-person" aria-labelledby="same-person-title">
      {state.kind === 'asking' && (
        <>
          <p id="same-person-title">{question(state.match)}</p>
          <button type="button" onClick={() => void merge(state.match)}>{t('popupSamePersonMerge')}</button>
        </>
      )}
      {state.kind === 'merged' && (
        <>
          <p id="same-person-title" role="status">{t('popupSamePersonMerged', nameOf(state.match))}</p>
          <button type="button" class="link" onClick={() => void undo()}>{t('popupSamePersonUndo')}</button>
        </>
      )}
      {state.kind === 'undone' && <p id="same-person-title" role="status">{t('popupSamePersonUndone')}</p>}
      {state.kind === 'failed' && <p id="same-person-title" role="status" class="status error">{t('popupSamePersonFailed')}</p>}
    </section>
  );
}

function nameOf(match: NameMatch): string {
  return match.contact.name || match.contact.id;
}

/** The question names what tells the two apart: their role (headline, or position at company) and where the record came from. */
function question(match: NameMatch): string {
  const { contact, company, position, imported } = match;
  const role = contact.headline || (position && company ? t('popupSamePersonRole', position, company) : position || company);
  const details = [role, imported ? t('popupSamePersonImported') : ''].filter((d) => d !== '');
  return details.length > 0 ? t('popupSamePersonQuestion', nameOf(match), details.join(', ')) : t('popupSamePersonQuestionPlain', nameOf(match));
}
