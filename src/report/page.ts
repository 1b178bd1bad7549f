import { contentSecurityPolicy, sha256Source } from './csp.js';
import { jsonForScript, scriptText } from './escape.js';
import { html, raw, type SafeHtml } from './html.js';
import type { ChartSpec } from './chart-spec.js';
import { PAGE_CSS } from './page-style.js';

/**
 * Draws every chart, then marks `<body data-plots="ready">` (or `failed`) so a
 * browser test knows when drawing is over. Fixed text: its hash never changes.
 */
const BOOT_JS = `(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var config = { displaylogo: false, responsive: true, toImageButtonOptions: { format: 'png', scale: 2 } };
  var jobs = data.charts.map(function (c) {
    return Plotly.newPlot(document.getElementById(c.div), c.data, c.layout, config);
  });
  Promise.all(jobs).then(function () {
    document.body.setAttribute('data-plots', 'ready');
  }, function (err) {
    document.body.setAttribute('data-plots', 'failed');
    console.error('carecap report: a chart failed to draw', err);
  });
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
  return html`<div class="chart h${chart.height}" id="${chart.div}"></div>`;
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
    [sha256Source(css), EMPTY_STYLE_HASH, ...STYLE_ATTRIBUTE_HASHES],
  );
  const data = jsonForScript({ charts: content.charts });
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
${content.body}
<script type="application/json" id="report-data">${raw(data)}</script>
<script>${raw(plotly)}</script>
<script>${raw(BOOT_JS)}</script>
</body>
</html>
`.value;
}
