/**
 * One chart as plain data: the div it draws into and the plotly traces and
 * layout, built in Node and embedded as JSON. The page's only logic is a fixed
 * boot script calling `Plotly.newPlot` for each.
 */
export interface ChartSpec {
  /** Element id of the chart's div; also how tests find it. */
  div: string;
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
  /** Height in pixels of the div. */
  height: number;
}
