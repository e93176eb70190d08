import { plural, t } from '../ui/i18n';

/** The gives/asks ledger in one plain sentence ("You have asked twice and given nothing yet."). */
export function balanceSentence(gave: number, asked: number): string {
  if (gave === 0 && asked === 0) return t('popupBalanceNothing');
  if (gave === 0) return t('popupBalanceAskedOnly', plural('uiTimes', asked));
  if (asked === 0) return t('popupBalanceGaveOnly', plural('uiTimes', gave));
  return t('popupBalanceBoth', plural('uiTimes', gave), plural('uiTimes', asked));
}

/** Givers gain: once the asks outnumber the gives, the next move should be a give. */
export function balanceAdvice(gave: number, asked: number): string | null {
  return asked > gave ? t('popupBalanceGiveFirst') : null;
}
