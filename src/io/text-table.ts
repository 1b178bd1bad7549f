/**
 * Aligned text tables that fit a terminal of `width` columns (100 by
 * default, issue 13): when a table is too wide, the one column marked
 * `shrink` (a label or a note) is narrowed and its text wrapped onto more
 * lines, never the numbers. It was cut with an ellipsis, which hid the unit
 * at a label's end ("Outreach: mean wait before su…", analyst review).
 */
export interface TextColumn {
  header: string;
  right?: boolean;
  shrink?: boolean;
}

/** Terminal width to fit: 100 columns, or less when stdout is a narrower terminal. */
export function terminalWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return Math.min(100, columns && columns > 40 ? columns : 100);
}

const length = (s: string) => [...s].length;

/** `text` cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  return length(text) <= max ? text : `${[...text].slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** The table as lines, each at most `width - indent.length` characters after the indent. */
export function textTable(columns: TextColumn[], rows: string[][], width = 100, indent = '  '): string[] {
  const cells = [columns.map((c) => c.header), ...rows];
  const widths = columns.map((_, c) => Math.max(...cells.map((r) => length(r[c] ?? ''))));
  const total = widths.reduce((a, w) => a + w, 0) + 2 * (columns.length - 1) + indent.length;
  const k = columns.findIndex((c) => c.shrink);
  if (total > width && k >= 0) widths[k] = Math.max(8, widths[k] - (total - width));
  return cells.flatMap((r) => {
    // The shrink column's text on as many lines as it needs (a single word longer than the column is cut); the
    // other cells on the first line.
    const parts = k >= 0 ? wrap(r[k] ?? '', widths[k]).map((line) => cut(line, widths[k])) : [];
    const lines = Math.max(1, parts.length);
    return Array.from({ length: lines }, (_, j) => indent + r.map((v, c) => {
      const text = c === k ? (parts[j] ?? '') : j === 0 ? cut(v ?? '', widths[c]) : '';
      return columns[c].right ? text.padStart(widths[c]) : text.padEnd(widths[c]);
    }).join('  ').trimEnd());
  });
}

/** Text wrapped at word boundaries to `width` columns. */
export function wrap(text: string, width = 100, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/)) {
    if (line.trim() && length(line) + 1 + length(word) > width) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() ? ' ' : '') + word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
