import type { RequestOf, RequestType, ResponseData } from '../../shared/protocol';
import type { HandlerContext } from '../deps';
import { aliasLearn } from './alias.learn';
import { allowlistAdd } from './allowlist.add';
import { badgeSet } from './badge.set';
import { contactGet } from './contact.get';
import { contactSeen } from './contact.seen';
import { contactUpdate } from './contact.update';
import { contactsIntroSuggestions } from './contacts.introSuggestions';
import { contactsJoin } from './contacts.join';
import { contactsNameMatch } from './contacts.nameMatch';
import { contactsKeepInTouch } from './contacts.keepInTouch';
import { contactsReconnect } from './contacts.reconnect';
import { contactsSearch } from './contacts.search';
import { contactsUndoJoin } from './contacts.undoJoin';
import { contextGet } from './context.get';
import { dataDeleteAll } from './data.deleteAll';
import { dataExport } from './data.export';
import { dataImport } from './data.import';
import { interactionRecord } from './interaction.record';
import { invitationRecord } from './invitation.record';
import { invitationsWeek } from './invitations.week';
import { introRecord } from './intro.record';
import { promiseClose } from './promise.close';
import { promisesList } from './promises.list';
import { settingsGet } from './settings.get';
import { settingsSet } from './settings.set';
import { statsMonth } from './stats.month';

type Handler<T extends RequestType> = (req: RequestOf<T>, ctx: HandlerContext) => Promise<ResponseData[T]>;

/** One handler per message type, named after it; the mapped type makes a missing one a compile error. */
export const handlers: { [T in RequestType]: Handler<T> } = {
  'contact.seen': contactSeen,
  'context.get': contextGet,
  'alias.learn': aliasLearn,
  'interaction.record': interactionRecord,
  'contact.get': contactGet,
  'contact.update': contactUpdate,
  'intro.record': introRecord,
  'contacts.search': contactsSearch,
  'contacts.introSuggestions': contactsIntroSuggestions,
  'contacts.reconnect': contactsReconnect,
  'contacts.nameMatch': contactsNameMatch,
  'contacts.join': contactsJoin,
  'contacts.undoJoin': contactsUndoJoin,
  'contacts.keepInTouch': contactsKeepInTouch,
  'stats.month': statsMonth,
  'settings.get': settingsGet,
  'settings.set': settingsSet,
  'allowlist.add': allowlistAdd,
  'data.export': dataExport,
  'data.import': dataImport,
  'data.deleteAll': dataDeleteAll,
  'badge.set': badgeSet,
  'invitation.record': invitationRecord,
  'invitations.week': invitationsWeek,
  'promises.list': promisesList,
  'promise.close': promiseClose,
};
