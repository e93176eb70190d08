import type { Response } from '../shared/protocol';
import type { BackgroundDeps } from './deps';
import { handleMessage } from './handle-message';
import { showBadge } from './handlers/badge.set';
import { checkSender, type MessageSender } from './sender';

/** The slice of runtime.Port used here (Chrome and Firefox). */
export interface RequestPortLike {
  sender?: MessageSender;
  postMessage(message: { seq: number; response: Response }): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

const MAX_SEQ = Number.MAX_SAFE_INTEGER;

/**
 * Requests posted on a REQUEST_PORT (see src/shared/protocol.ts): each one is handled exactly as a
 * runtime message from the port's sender, and answered on the port if it is still open. A message
 * without a whole-number `seq` is dropped unanswered. When a LinkedIn frame's port closes (the frame
 * was removed, navigated or closed), what it said for the badge goes with it.
 */
export function handleRequestPort(port: RequestPortLike, deps: BackgroundDeps): void {
  port.onMessage.addListener((message: unknown) => {
    const { seq, request } = typeof message === 'object' && message !== null ? (message as { seq?: unknown; request?: unknown }) : {};
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ) {
      deps.log('dropped a request-port message without a sequence number');
      return;
    }
    void handleMessage(request, port.sender ?? {}, deps).then((response) => {
      try {
        port.postMessage({ seq, response });
      } catch {
        // The page closed after sending: what it asked for was done; nobody is left to tell.
      }
    });
  });
  port.onDisconnect.addListener(() => forgetFrame(port.sender ?? {}, deps));
}

function forgetFrame(sender: MessageSender, deps: BackgroundDeps): void {
  const checked = checkSender(sender, deps.extensionId, deps.extensionOrigin);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the guards narrow the type; a sender failing any of them has no tab id the board holds (badge.set records only a content script's tab), so forget finds nothing either way
  if ('rejected' in checked || checked.kind !== 'content-script' || checked.tabId === null) return;
  // Its draft was the one on the badge: the badge now says what is left.
  if (deps.badgeBoard.forget(checked.tabId, checked.frameId)) void showBadge(checked.tabId, deps).catch(() => deps.log('badge not updated after a frame left'));
}
