import { contentSecurityPolicy, sha256Source } from './csp.js';
import { gzipSync } from 'node:zlib';
import { scriptText } from './escape.js';
import { html, raw, type SafeHtml } from './html.js';
import type { ChartSpec } from './chart-spec.js';
import { PAGE_CSS } from './page-style.js';

/**
 * Draws the charts in view first, marks `<body data-first-screen="ready">`,
 * then draws the rest one at a time, yielding to the browser between charts
 * so the page stays responsive (lazy drawing below the fold), and marks
 * `<body data-plots="ready">` (or `failed`) when all are drawn. Before
 * printing, charts are resized to the A4 text width and back afterwards.
 * Fixed text: its hash never changes.
 */
const BOOT_JS = `(function () {
  var bytes = Uint8Array.from(atob(document.getElementById('report-data').textContent.trim()), function (c) { return c.charCodeAt(0); });
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json().then(start, function (err) {
    document.body.setAttribute('data-plots', 'failed');
    console.error('carecap report: the chart data did not unpack', err);
  });
function start(data) {
  var config = { displaylogo: false, responsive: true, toImageButtonOptions: { format: 'png', scale: 2 } };
  var drawn = [];
  function draw(c) {
    var div = document.getElementById(c.div);
    div.textContent = '';
    drawn.push(div);
    return Plotly.newPlot(div, c.data, c.layout, config);
  }
  function inView(c) {
    var r = document.getElementById(c.div).getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  }
  function fail(err) {
    document.body.setAttribute('data-plots', 'failed');
    console.error('carecap report: a chart failed to draw', err);
  }
  var first = data.charts.filter(inView);
  var rest = data.charts.filter(function (c) { return !inView(c); });
  function next() {
    if (rest.length === 0) { document.body.setAttribute('data-plots', 'ready'); return; }
    draw(rest.shift()).then(function () { setTimeout(next, 0); }, fail);
  }
  Promise.all(first.map(draw)).then(function () {
    document.body.setAttribute('data-first-screen', 'ready');
    setTimeout(next, 0);
  }, fail);
  window.addEventListener('beforeprint', function () {
    drawn.forEach(function (div) { Plotly.relayout(div, { width: 680 }); });
  });
  window.addEventListener('afterprint', function () {
    drawn.forEach(function (div) { Plotly.relayout(div, { width: null, autosize: true }); });
  });
}
})();`;

/**
 * Plotly adds an empty <style> and fills it through the CSSOM (src/lib/dom.js
 * addRelatedStyleRule); allowing the empty text's hash lets that work without
 * 'unsafe-inline'.
 */
const EMPTY_STYLE_HASH = sha256Source('');

/**
 * Style attribute values plotly sets with `.attr('style', …)`: `""` on colour
 * bar fills, and the pixelated-image style on heat map images
 * (src/constants/pixelated_image.js). With 'unsafe-hashes', exactly these
 * values are allowed and any other inline style attribute stays blocked.
 */
const PIXELATED_IMAGE_STYLE = [
  ['image-rendering', 'optimizeSpeed'],
  ['image-rendering', '-moz-crisp-edges'],
  ['image-rendering', '-o-crisp-edges'],
  ['image-rendering', '-webkit-optimize-contrast'],
  ['image-rendering', 'optimize-contrast'],
  ['image-rendering', 'crisp-edges'],
  ['image-rendering', 'pixelated'],
].map((d) => d.join(': ') + '; ').join('');
const STYLE_ATTRIBUTE_HASHES = ["'unsafe-hashes'", sha256Source(PIXELATED_IMAGE_STYLE)];

/**
 * Plotly's bundle injects maplibre's stylesheet at load unless an element
 * with this id exists. Reports draw no maps, so a placeholder stops the
 * injection (which a strict CSP would otherwise block and report).
 */
const MAPLIBRE_STYLE_ID = '9f215cf04c5486422605d13261cb87401f4e7763b6296af81e98efbc0130da53';

/** What a page needs: title, body markup and charts. */
export interface PageContent {
  title: string;
  body: SafeHtml;
  charts: ChartSpec[];
}

/** A chart's placeholder div, sized so the layout does not jump while plotly loads. */
export function chartDiv(chart: ChartSpec): SafeHtml {
  return html`<div class="chart h${chart.height}" id="${chart.div}"><p class="note">Drawing the chart…</p></div>`;
}

/**
 * Without JavaScript the charts cannot draw: hide their empty boxes and say
 * where the numbers are. The style's hash is in the CSP.
 */
const NOSCRIPT_CSS = '.chart{display:none}';
const NOSCRIPT = `<noscript><style>${NOSCRIPT_CSS}</style><div class="banner" id="no-js">Charts need JavaScript, which is off: every number is in the tables on this page, and in the CSV and xlsx files beside it.</div></noscript>`;

/** Chart numbers to 4 significant figures: invisible at screen resolution (hover texts are formatted in Node), and much of the page's data. */
export function roundForChart(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(4));
  if (Array.isArray(value)) return value.map(roundForChart);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundForChart(v)]));
  return value;
}

/** CSS classes for each chart height used (inline style attributes are blocked by the CSP). */
function heightCss(charts: ChartSpec[]): string {
  const heights = [...new Set(charts.map((c) => c.height))].sort((a, b) => a - b);
  return heights.map((h) => `.chart.h${h}{height:${h}px}`).join('\n');
}

/** One self-contained HTML page: plotly, data and script inline, strict CSP, no network. */
export function renderPage(content: PageContent, plotlyJs: string): string {
  const plotly = scriptText(plotlyJs);
  const css = PAGE_CSS + '\n' + heightCss(content.charts);
  const csp = contentSecurityPolicy(
    [sha256Source(plotly), sha256Source(BOOT_JS)],
    [sha256Source(css), sha256Source(NOSCRIPT_CSS), EMPTY_STYLE_HASH, ...STYLE_ATTRIBUTE_HASHES],
  );
  // Gzipped and base64-encoded: a run report's weekly bands shrink from ~150 KB to ~40 KB, keeping the page under 5 MB.
  const data = gzipSync(JSON.stringify(roundForChart({ charts: content.charts })), { level: 9 }).toString('base64');
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${content.title}</title>
<style>${raw(css)}</style>
</head>
<body>
<template id="${MAPLIBRE_STYLE_ID}"></template>
${raw(NOSCRIPT)}
${content.body}
<script type="application/octet-stream" id="report-data">${raw(data)}</script>
<script>${raw(plotly)}</script>
<script>${raw(BOOT_JS)}</script>
</body>
</html>
`.value;
}
