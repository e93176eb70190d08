/** V8 shows this many characters either side of the offending token in its JSON.parse messages. */
const V8_CONTEXT = 10;

export function lineAndColumn(source: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, source.length);
  for (let i = source.indexOf('\n'); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Where JSON.parse gave up. Chrome says "at position N (line L column C)"; older V8 (Node 20)
 * sometimes only quotes the text around the bad token, so that quote is found in the source.
 */
export function positionOfJsonError(source: string, message: string): number | null {
  const explicit = /at position (\d+)/u.exec(message);
  if (explicit?.[1]) return Number(explicit[1]);
  if (message.includes('end of JSON input')) return source.length;
  const tail = ' is not valid JSON';
  const head = /^Unexpected token '.', /u.exec(message);
  if (!head || !message.endsWith(tail)) return null;
  let quoted = message.slice(head[0].length, message.length - tail.length);
  const leading = quoted.startsWith('..."');
  const trailing = quoted.endsWith('"...');
  quoted = quoted.slice(leading ? 4 : 1, quoted.length - (trailing ? 4 : 1));
  const at = source.indexOf(quoted);
  if (at === -1) return null;
  if (leading) return at + V8_CONTEXT;
  if (trailing) return Math.max(0, quoted.length - V8_CONTEXT);
  return null;
}
