/** Erlang B by its stable recursion: B(0) = 1, B(c) = A·B(c−1) / (c + A·B(c−1)). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C from Erlang B: C = B / (1 − (A/c)(1 − B)). */
export function erlangC(c: number, a: number): number {
  const b = erlangB(c, a);
  return b / (1 - (a / c) * (1 - b));
}
