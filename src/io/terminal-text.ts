import { writeSync } from 'node:fs';

/**
 * Text printed to a terminal carries names from input files (scenario,
 * option and house names), which could hold escape sequences that recolour,
 * move the cursor or retitle the window. Every control character but line
 * feed and tab is removed, with the escape sequence it starts.
 */
// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), ESC and one character, then any other C0/C1 control, and the
// bidirectional controls (U+202A–U+202E, U+2066–U+2069), which can make a name print reversed or hide text after it.
const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b.?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without control characters (line feeds and tabs kept). */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}

/** Writes to stdout, one line at least, control characters removed. */
export function printSafe(text: string): void {
  const s = terminalSafe(text);
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** Writes a message to stderr, control characters removed. */
export function warnSafe(text: string): void {
  const s = terminalSafe(text);
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}

/**
 * `carecap schema | head` closes the pipe early: writing on then raises
 * EPIPE, which is the reader saying "enough", not a failure. Stop writing to
 * that stream and let the command end its own way, with its own exit status
 * and clean-up: `schema` then ends with 0 as `cat` and `ls` do. Exiting with 0
 * here on the spot (as before) turned Ctrl-C on `carecap run … | tee log`
 * (the terminal stops tee first) into exit 0 with the folder's lock and
 * staging left behind, and a failed replication into exit 0 (hostile review 7).
 */
export function quietOnClosedPipe(): void {
  let lost = false;
  for (const [name, stream] of [['standard output', process.stdout], ['standard error', process.stderr]] as const) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      // Writes after the reader left fail as a destroyed stream: the same "enough".
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
      // Anything else (a full disk under `--json > file`) lost output the user asked for: say so once, let the
      // command finish its own way (its files, its clean-up), and do not end with 0. It printed a stack trace, or
      // ended with 0 and a JSON file cut off mid-number (hostile review 7).
      if (lost) return;
      lost = true;
      if (stream !== process.stderr) {
        try {
          writeSync(2, `carecap: cannot write to ${name} (${err.code ?? err.message}${err.code === 'ENOSPC' ? ': the disk is full' : ''}): what was written there is incomplete\n`);
        } catch {
          // standard error is gone too: the exit status still says it
        }
      }
      process.on('exit', (code) => {
        if (code === 0) process.exitCode = 2;
      });
    });
  }
}
