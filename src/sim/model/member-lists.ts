import type { Child } from './child.js';

/*
 * The sets of children a replication adds to and removes from on most events:
 * the children present (state.ts `children`) and each place's occupants
 * (place.ts). A JavaScript Set of 3,000 children costs about 170 ns an add and
 * a delete (its hash table no longer stays in the processor's cache), and the
 * 3,000-bed benchmark makes 626,000 children a replication, each added to and
 * removed from both; a list that each child keeps its own slot in costs about
 * 10 ns (issue 15; a micro-benchmark of 5 million add-and-delete pairs at 3,000
 * members: 810–880 ms against 36–68 ms; at 150 members, 100–140 ms against
 * 36–71 ms). The slot lives on the child record, so a child can be in one list
 * of each kind at a time: a child holds one place at a time (the invariants
 * check each place's occupants against its count of children placed).
 */

/**
 * The children present in a replication, in the order they came (as a Set
 * iterates): several loops depend on that order (the step-down search takes
 * the first of equal candidates, and the horizon's costs are summed in it).
 * A removed child leaves a hole, skipped when iterating; holes are closed up,
 * in order, once they are more than half the list and no loop is running.
 */
export class PresentChildren {
  private items: (Child | null)[] = [];
  private holes = 0;
  private iterating = 0;

  /** Children held. */
  get size(): number {
    return this.items.length - this.holes;
  }

  has(child: Child): boolean {
    const i = child.presentSlot;
    return i >= 0 && i < this.items.length && this.items[i] === child;
  }

  /** Add a child at the end (nothing happens if they are held already, as for a Set). */
  add(child: Child): void {
    if (this.has(child)) return;
    child.presentSlot = this.items.length;
    this.items.push(child);
  }

  /** Remove a child; false if they were not held. */
  delete(child: Child): boolean {
    if (!this.has(child)) return false;
    this.items[child.presentSlot] = null;
    child.presentSlot = -1;
    this.holes++;
    if (this.holes > 64 && 2 * this.holes > this.items.length && this.iterating === 0) this.closeHoles();
    return true;
  }

  clear(): void {
    for (const c of this.items) if (c !== null) c.presentSlot = -1;
    this.items = [];
    this.holes = 0;
  }

  /** The children in the order they were added; children added during the loop are visited, removed ones skipped (as a Set's iterator). */
  *[Symbol.iterator](): IterableIterator<Child> {
    this.iterating++;
    try {
      for (let i = 0; i < this.items.length; i++) {
        const c = this.items[i];
        if (c !== null) yield c;
      }
    } finally {
      this.iterating--;
    }
  }

  private closeHoles(): void {
    const items = this.items;
    let m = 0;
    for (let i = 0; i < items.length; i++) {
      const c = items[i];
      if (c === null) continue;
      c.presentSlot = m;
      items[m++] = c;
    }
    items.length = m;
    this.holes = 0;
  }
}

/**
 * The children in one place now. Order does not matter here (the sharing rule
 * asks whether any occupant clashes; a closure sorts its occupants by when
 * they came and by id), so a removed child's slot takes the last child.
 */
export class Occupants {
  private readonly items: Child[] = [];

  get size(): number {
    return this.items.length;
  }

  has(child: Child): boolean {
    const i = child.occupantSlot;
    return i >= 0 && i < this.items.length && this.items[i] === child;
  }

  add(child: Child): void {
    if (this.has(child)) return;
    // A child holds one place at a time: a slot still set is another place's, which would be corrupted.
    if (child.occupantSlot >= 0) throw new Error(`child ${child.id} is placed in two places at once`);
    child.occupantSlot = this.items.length;
    this.items.push(child);
  }

  delete(child: Child): boolean {
    if (!this.has(child)) return false;
    const last = this.items.pop()!;
    if (last !== child) {
      this.items[child.occupantSlot] = last;
      last.occupantSlot = child.occupantSlot;
    }
    child.occupantSlot = -1;
    return true;
  }

  [Symbol.iterator](): IterableIterator<Child> {
    return this.items[Symbol.iterator]();
  }
}
