/**
 * Where the warning panel goes: in the nearest container that holds both the editor and the send
 * control, right before the branch holding the send control. That is the form's footer in a message
 * form and the action bar in the invite dialog, found without a class name.
 */
export function slotBeforeSend(editor: Element, send: Element | null): { parent: Element; before: Node | null } | null {
  if (send === null) return null;
  let parent = send.parentElement;
  while (parent !== null && !parent.contains(editor)) parent = parent.parentElement;
  if (parent === null) return null;
  let before: Element = send;
  while (before.parentElement !== null && before.parentElement !== parent) before = before.parentElement;
  return { parent, before };
}
