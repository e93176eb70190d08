/**
 * Every style of the coaching UI. It lives in the closed shadow root: a stylesheet in LinkedIn's
 * document (or its adoptedStyleSheets) is one of the first things a page looks at to spot an extension.
 * `!important` on :host is what lets these rules win over any page rule that matches the host.
 */
export const PANEL_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: relative !important;
  box-sizing: border-box !important;
  max-width: 100% !important;
}
* { box-sizing: border-box; }
.panel {
  --bg: #ffffff; --fg: #1d2226; --muted: #56687a; --line: #d9dde1;
  --info: #0a66c2; --warning: #8a5300; --error: #b3261e;
  --info-bg: rgba(10, 102, 194, 0.12); --warning-bg: rgba(233, 160, 20, 0.22); --error-bg: rgba(204, 16, 22, 0.14);
  font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
  max-width: 100%;
}
.panel.narrow { max-width: 320px; }
.panel.dark {
  --bg: #1d2226; --fg: #e8e8e8; --muted: #b0b7bf; --line: #3d4852;
  --info: #71b7fb; --warning: #f5c15c; --error: #ff9a94;
  --info-bg: rgba(113, 183, 251, 0.20); --warning-bg: rgba(245, 193, 92, 0.24); --error-bg: rgba(255, 154, 148, 0.22);
}
.list { margin: 0; padding: 0; }
.list:empty { display: none; }
.note { margin: 0.25rem 0 0; font-size: 12px; opacity: 0.85; }
.note:empty { display: none; }
.note.urgent { font-weight: 600; opacity: 1; }
.finding {
  margin: 6px 8px; padding: 8px 10px;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px;
}
.finding.info { --accent: var(--info); }
.finding.warning { --accent: var(--warning); }
.finding.error { --accent: var(--error); }
.message { margin: 0; }
.severity { font-weight: 600; color: var(--accent); margin-inline-end: 4px; }
.phrases { margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 4px 8px; }
q { font-style: italic; overflow-wrap: anywhere; }
.suggestion { margin: 4px 0 0; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button {
  font: inherit; font-size: 12px; cursor: pointer;
  color: var(--fg); background: transparent;
  border: 1px solid var(--line); border-radius: 12px; padding: 2px 10px;
}
button:hover { border-color: var(--muted); }
button:focus-visible { outline: 2px solid var(--info); outline-offset: 1px; }
.marks { position: absolute; inset: 0; pointer-events: none; overflow: visible; }
.mark { position: absolute; pointer-events: none; border-bottom: 2px solid var(--accent); background: var(--tint); border-radius: 2px; }
.mark.info { --accent: var(--info); --tint: var(--info-bg); }
.mark.warning { --accent: var(--warning); --tint: var(--warning-bg); }
.mark.error { --accent: var(--error); --tint: var(--error-bg); }
`;
