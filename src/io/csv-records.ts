/**
 * Split CSV text into records of cells by RFC 4180: commas separate cells,
 * CRLF or LF ends a record, and a quoted cell may hold commas, doubled
 * quotes and line breaks (spreadsheets export free-text cells so). Returns
 * null when the text ends inside a quoted cell (a truncated file). A record
 * is numbered as a spreadsheet numbers its row, whatever line breaks its
 * cells hold.
 */
export function splitCsvRecords(text: string): string[][] | null {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  if (cell !== '' || cells.length > 0) cells.push(cell), records.push(cells);
  return records;
}
