import type { Child } from './child.js';

/** Which of a child's waits a list holds: whether they are waiting, and the token of that wait. */
export interface WaitKey {
  waiting(c: Child): boolean;
  token(c: Child): number;
}

/**
 * A first-come-first-served waiting list with lazy removal: a child who
 * stops waiting (served elsewhere, gave up, turned 18) clears their waiting
 * flag and bumps their token, and stale entries are skipped.
 */
export class WaitingList {
  private entries: { child: Child; token: number }[] = [];
  private head = 0;
  /** Children genuinely waiting now. */
  length = 0;

  constructor(private readonly key: WaitKey) {}

  /** Add a waiting child at the back. */
  push(child: Child): void {
    this.entries.push({ child, token: this.key.token(child) });
    this.length++;
  }

  /** Note that a waiting child has left the list by other means. */
  removed(): void {
    this.length--;
  }

  /** Remove and return the first waiting child for whom `fits` holds (FIFO among fitting children). */
  take(fits: (c: Child) => boolean): Child | undefined {
    for (let i = this.head; i < this.entries.length; i++) {
      const e = this.entries[i];
      const live = e.token !== -1 && this.key.waiting(e.child) && this.key.token(e.child) === e.token;
      if (!live) {
        if (i === this.head) this.head++;
        continue;
      }
      if (!fits(e.child)) continue;
      e.token = -1;
      if (i === this.head) this.head++;
      this.length--;
      this.compact();
      return e.child;
    }
    return undefined;
  }

  /** Remove and return the last child to join who is still waiting (none: undefined). */
  takeLast(): Child | undefined {
    for (let i = this.entries.length - 1; i >= this.head; i--) {
      const e = this.entries[i];
      if (e.token === -1 || !this.key.waiting(e.child) || this.key.token(e.child) !== e.token) continue;
      e.token = -1;
      this.length--;
      return e.child;
    }
    return undefined;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * Waiting lists by priority level (the outreach team's `priority`, MODEL.md
 * "FIFO, or by priority"): a freed slot goes to the first fitting child of
 * the highest level with one, first come first served within a level. One
 * level is exactly the {@link WaitingList}.
 */
export class LevelledWaitingList {
  private readonly levels: WaitingList[];
  /** Children genuinely waiting now, over every level. */
  length = 0;

  constructor(key: WaitKey, count: number) {
    this.levels = Array.from({ length: Math.max(1, count) }, () => new WaitingList(key));
  }

  /** Add a waiting child at the back of their level. */
  push(child: Child, level: number): void {
    this.levels[level].push(child);
    this.length++;
  }

  /** Note that a waiting child of this level has left the list by other means. */
  removed(level: number): void {
    this.levels[level].removed();
    this.length--;
  }

  /** Remove and return the last to join of the lowest level below `level` that has a child waiting (none: undefined). */
  dropLastBelow(level: number): Child | undefined {
    for (let l = this.levels.length - 1; l > level; l--) {
      if (this.levels[l].length === 0) continue;
      const child = this.levels[l].takeLast();
      if (child) {
        this.length--;
        return child;
      }
    }
    return undefined;
  }

  /** Remove and return the first fitting child of the highest level that has one. */
  take(fits: (c: Child) => boolean): Child | undefined {
    for (const list of this.levels) {
      if (list.length === 0) continue;
      const child = list.take(fits);
      if (child) {
        this.length--;
        return child;
      }
    }
    return undefined;
  }
}
