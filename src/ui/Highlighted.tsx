import type { Finding, Severity } from '../rules/types';
import './findings.css';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface Piece {
  text: string;
  severity: Severity | null;
}

/** Cuts the text at every finding boundary; where findings overlap, the most severe colours it. */
export function pieces(text: string, findings: Finding[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? from;
    let severity: Severity | null = null;
    for (const f of findings) {
      if (f.start <= from && f.end >= to && f.end > f.start && (severity === null || RANK[f.severity] > RANK[severity])) {
        severity = f.severity;
      }
    }
    out.push({ text: text.slice(from, to), severity });
  }
  return out;
}

/** The user's text with the engine's evidence marked, for eyes; the finding list says the same in words. */
export function Highlighted({ text, findings }: { text: string; findings: Finding[] }) {
  return (
    <div class="highlighted" translate={false}>
      {pieces(text, findings).map((p, i) =>
        p.severity ? <mark key={i} class={`mark-${p.severity}`}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </div>
  );
}
