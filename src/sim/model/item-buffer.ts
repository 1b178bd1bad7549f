/**
 * A list that keeps its storage when emptied (issue 15). A JavaScript array
 * emptied with `length = 0` gives its storage up and the next push allocates
 * again; the leaver list and the freed-places queue are filled and emptied
 * about once per event, so that was one allocation per event (147 bytes, the
 * largest source of garbage in the 3,000-bed benchmark). Items are read by
 * index from `head` to `size`; `shift` takes from the front.
 */
export class ItemBuffer<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private tail = 0;

  /** Items held. */
  get size(): number {
    return this.tail - this.head;
  }

  push(item: T): void {
    this.items[this.tail++] = item;
  }

  /** The i-th item held (0 is the front). */
  at(i: number): T {
    return this.items[this.head + i] as T;
  }

  /** Replace the i-th item held. */
  set(i: number, item: T): void {
    this.items[this.head + i] = item;
  }

  /** Remove and return the front item (the buffer must not be empty). */
  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    return item;
  }

  includes(item: T): boolean {
    for (let i = this.head; i < this.tail; i++) if (this.items[i] === item) return true;
    return false;
  }

  /** Keep the first n items held and drop the rest (their slots are cleared, the storage kept). */
  truncate(n: number): void {
    const end = this.head + n;
    for (let i = end; i < this.tail; i++) this.items[i] = undefined;
    this.tail = end;
    if (n === 0) this.head = this.tail = 0;
  }
}
