import { describe, expect, it } from 'vitest';
import { ItemBuffer } from '../../src/sim/model/item-buffer.js';

/** The list behind the leaver list and the freed-places queue (model/item-buffer.ts), against a plain array. */
describe('ItemBuffer', () => {
  it('behaves as an array used as a queue and a list, over a random mix of operations', () => {
    let x = 7;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const buf = new ItemBuffer<number>();
    let model: number[] = [];
    for (let step = 0; step < 5000; step++) {
      const op = rand();
      if (op < 0.45) {
        const v = Math.floor(rand() * 20);
        buf.push(v);
        model.push(v);
      } else if (op < 0.65 && model.length > 0) {
        expect(buf.shift()).toBe(model.shift());
      } else if (op < 0.75 && model.length > 0) {
        const i = Math.floor(rand() * model.length);
        const v = 100 + step;
        buf.set(i, v);
        model[i] = v;
      } else if (op < 0.8) {
        const n = Math.floor(rand() * (model.length + 1));
        buf.truncate(n);
        model = model.slice(0, n);
      } else {
        const v = Math.floor(rand() * 25);
        expect(buf.includes(v), `step ${step}: includes ${v}`).toBe(model.includes(v));
      }
      expect(buf.size).toBe(model.length);
      for (let i = 0; i < model.length; i++) expect(buf.at(i)).toBe(model[i]);
    }
  });

  it('finds an item only among those still held (not among those shifted or truncated away)', () => {
    const buf = new ItemBuffer<string>();
    buf.push('a');
    buf.push('b');
    buf.push('c');
    expect(buf.shift()).toBe('a');
    expect(buf.includes('a')).toBe(false);
    expect(buf.includes('b')).toBe(true);
    buf.truncate(1);
    expect(buf.includes('c')).toBe(false);
    expect(buf.size).toBe(1);
    expect(buf.shift()).toBe('b');
    expect(buf.size).toBe(0);
    // Emptied by shifting, then used again from the front.
    buf.push('d');
    expect(buf.at(0)).toBe('d');
    expect(buf.size).toBe(1);
  });
});
