/**
 * The one signal policy of every command (docs/running.md, "Stopping a run").
 * The first SIGINT (Ctrl-C) or SIGTERM only raises a flag that the
 * experiment checks before dispatching each batch, so what finished can still
 * be written, marked partial; the command then exits 130 (143 after
 * SIGTERM). A second signal runs `onSecond` (synchronous clean-up: remove the
 * staging folder, release the lock) and exits at once, writing nothing.
 *
 * The newest live Interrupt is `Interrupt.current`, so an experiment run
 * inside a command (experiment-session.ts) obeys the command's.
 */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const EXIT_STATUS: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143 };

export class Interrupt {
  static current: Interrupt | undefined;
  private signal: (typeof SIGNALS)[number] | undefined;
  private readonly previous = Interrupt.current;
  private readonly handler = (signal: (typeof SIGNALS)[number]) => {
    if (this.signal === undefined) {
      this.signal = signal;
      process.stderr.write(`\nStopping (${signal}): finishing the batches in flight, then ${this.partialWritten ? 'writing partial results (Ctrl-C again to quit without writing)' : 'stopping without writing (Ctrl-C again to quit at once)'}\n`);
      return;
    }
    this.onSecond();
    process.stderr.write(`Stopped at once (a second ${signal}): nothing written; any earlier results in the folder are as they were\n`);
    process.exit(EXIT_STATUS[this.signal]);
  };

  /** `partialWritten` false: a command that writes nothing when stopped (a shard holds all its replications or none). */
  constructor(private readonly onSecond: () => void = () => undefined, private readonly partialWritten = true) {
    for (const s of SIGNALS) process.on(s, this.handler);
    Interrupt.current = this;
  }

  /** True once a signal has arrived. */
  get requested(): boolean {
    return this.signal !== undefined;
  }

  /** The exit status for the signal received: 130 (SIGINT) or 143 (SIGTERM). */
  get exitStatus(): number {
    return this.signal ? EXIT_STATUS[this.signal] : 130;
  }

  /** Stops listening (the default signal behaviour returns). */
  dispose(): void {
    for (const s of SIGNALS) process.off(s, this.handler);
    if (Interrupt.current === this) Interrupt.current = this.previous;
  }
}
