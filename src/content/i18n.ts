import { extensionApi as browser } from '../shared/extension-api';

export type CoachMessage =
  | 'coachRegionLabel'
  | 'coachSeverityInfo'
  | 'coachSeverityWarning'
  | 'coachSeverityError'
  | 'coachIgnoreHere'
  | 'coachNeverFlag'
  | 'coachInvitesWeek'
  | 'coachInvitesWarn';

/** A panel string in the browser's language, from public/_locales (empty once the extension is gone). */
export function t(key: CoachMessage, ...subs: (string | number)[]): string {
  try {
    return browser.i18n.getMessage(key, subs.map(String));
  } catch {
    return '';
  }
}
