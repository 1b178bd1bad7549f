import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { csvCell, type CsvValue } from './csv.js';

/** Characters gathered before a write: big enough to keep syscalls rare, small enough not to matter. */
const CHUNK_CHARS = 1 << 16;

/**
 * A CSV file written row by row as results arrive, with the conventions of
 * csv.ts (BOM, CRLF, quoting, formula defence). Writes are synchronous and
 * chunked, so memory stays at one chunk however many rows are written, and
 * no back-pressure can build up behind a slow disk.
 */
export class CsvStream {
  private fd: number;
  private pending = '';

  constructor(readonly path: string, header: string[]) {
    this.fd = openSync(path, 'wx');
    this.pending = '\uFEFF' + header.map(csvCell).join(',') + '\r\n';
  }

  /** Appends one row. */
  row(cells: CsvValue[]): void {
    this.pending += cells.map(csvCell).join(',') + '\r\n';
    if (this.pending.length >= CHUNK_CHARS) this.flush();
  }

  /** Writes what is pending, syncs to disk and closes the file. */
  close(): void {
    if (this.fd < 0) return;
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
  }

  /** Closes without syncing (the file is about to be deleted). */
  discard(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  private flush(): void {
    if (this.pending) writeSync(this.fd, this.pending);
    this.pending = '';
  }
}
