/** Reports: result documents → one self-contained HTML page each. */
export { renderReport, reportContent } from './render-report.js';
export { readPlotlyBundle, plotlyBundlePath } from './plotly-bundle.js';
export { escapeHtml, jsonForScript, plotlyText, scriptText } from './escape.js';
export { formatGbp, formatNumber, formatPercent, formatSigned, formatValue, financialYearLabel } from './format.js';
export type { ChartSpec } from './chart-spec.js';
