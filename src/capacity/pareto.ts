/**
 * The Pareto front of points to be minimised on both axes (cost against
 * risk). A point is dominated when another is no worse on both axes and
 * strictly better on one; equal points (ties, duplicates) do not dominate
 * each other, so they sit on the front together.
 */

/** A point to minimise on both axes, e.g. x = total cost (£), y = spill-over share. */
export interface ParetoPoint {
  x: number;
  y: number;
}

/**
 * For each point, in input order, whether it is on the Pareto front.
 * O(n log n): sweep by x ascending, keeping the lowest y of points with
 * strictly smaller x; within one x, only the lowest y survives.
 */
export function paretoFront(points: readonly ParetoPoint[]): boolean[] {
  points.forEach((p, i) => {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new RangeError(`paretoFront: point ${i} is (${p.x}, ${p.y}), not finite`);
  });
  const order = points.map((_, i) => i).sort((a, b) => points[a].x - points[b].x || points[a].y - points[b].y);
  const onFront = new Array<boolean>(points.length).fill(false);
  let bestYBefore = Infinity; // lowest y among points with strictly smaller x
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && points[order[end]].x === points[order[start]].x) end++;
    const groupMin = points[order[start]].y; // sorted by y within equal x
    for (let k = start; k < end; k++) {
      const y = points[order[k]].y;
      onFront[order[k]] = y === groupMin && y < bestYBefore;
    }
    bestYBefore = Math.min(bestYBefore, groupMin);
    start = end;
  }
  return onFront;
}
