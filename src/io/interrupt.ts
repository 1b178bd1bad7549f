/**
 * Ctrl-C handling for long runs. The first SIGINT only raises a flag that the
 * experiment checks before dispatching each batch (so what finished can
 * still be written, marked partial); the second runs `onSecond` (clean up
 * synchronously) and exits 130 at once, writing nothing.
 */
export class Interrupt {
  private count = 0;
  private readonly handler = () => {
    this.count++;
    if (this.count === 1) {
      process.stderr.write('\nStopping: finishing the batches in flight, then writing partial results (Ctrl-C again to quit without writing)\n');
      return;
    }
    this.onSecond();
    process.exit(130);
  };

  constructor(private readonly onSecond: () => void = () => undefined) {
    process.on('SIGINT', this.handler);
  }

  /** True once Ctrl-C has been pressed. */
  get requested(): boolean {
    return this.count > 0;
  }

  /** Stops listening (the default SIGINT behaviour returns). */
  dispose(): void {
    process.off('SIGINT', this.handler);
  }
}
