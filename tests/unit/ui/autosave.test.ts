import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autosave } from '../../../src/ui/autosave';

/** Just enough of a window: the events a closing popup goes through. */
function fakeWindow() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return Object.assign(new EventTarget(), { document }) as unknown as Window & { document: { visibilityState: DocumentVisibilityState } };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 300 ms after the last keystroke, with the latest text', () => {
    const saved: string[] = [];
    const s = autosave<string>((v) => saved.push(v), 300, fakeWindow());
    s.update('H');
    vi.advanceTimersByTime(200);
    s.update('Hi');
    vi.advanceTimersByTime(299);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(['Hi']);
  });

  it.each(['pagehide', 'blur'])('saves the half-typed text at once on %s, when a popup closes', (event) => {
    const saved: string[] = [];
    const win = fakeWindow();
    const s = autosave<string>((v) => saved.push(v), 300, win);
    s.update('Met at the confer');
    win.dispatchEvent(new Event(event));
    expect(saved).toEqual(['Met at the confer']);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(['Met at the confer']);
  });

  it('saves when the page is hidden, not when it becomes visible', () => {
    const saved: string[] = [];
    const win = fakeWindow();
    const s = autosave<string>((v) => saved.push(v), 300, win);
    s.update('a');
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(saved).toEqual([]);
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(saved).toEqual(['a']);
  });

  it('does not save again when nothing changed since the last save', () => {
    const saved: string[] = [];
    const win = fakeWindow();
    const s = autosave<string>((v) => saved.push(v), 300, win);
    s.update('a');
    s.flush();
    win.dispatchEvent(new Event('pagehide'));
    s.flush();
    expect(saved).toEqual(['a']);
  });

  it('flushes on dispose and then stops listening', () => {
    const saved: string[] = [];
    const win = fakeWindow();
    const s = autosave<string>((v) => saved.push(v), 300, win);
    s.update('last words');
    s.dispose();
    expect(saved).toEqual(['last words']);
    s.update('after');
    win.dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['last words']);
  });
});
