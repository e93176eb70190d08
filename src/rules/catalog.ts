import * as askWithoutGive from './ask-without-give';
import * as assumedCloseness from './assumed-closeness';
import * as boundary from './boundary';
import * as copyPasteBlast from './copy-paste-blast';
import * as earlyPitch from './early-pitch';
import * as invitenoteTooLong from './invite-note-too-long';
import * as linkInFirstContact from './link-in-first-contact';
import * as noConsentSignup from './no-consent-signup';
import * as unfilledPlaceholder from './unfilled-placeholder';
import type { Rule, RuleMeta } from './types';

/** Every rule, in the order findings are reported when they share an offset. */
export const rules: readonly Rule[] = [
  earlyPitch, assumedCloseness, noConsentSignup, askWithoutGive,
  unfilledPlaceholder, invitenoteTooLong, linkInFirstContact, copyPasteBlast, boundary,
];

/** What the options page renders: one entry per rule, nothing rule-specific in the UI. */
export const ruleCatalog: readonly RuleMeta[] = rules.map((rule) => rule.meta);
