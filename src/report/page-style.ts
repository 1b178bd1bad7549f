/** The report's stylesheet: readable on screen and in print, no external fonts. */
export const PAGE_CSS = `
:root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --accent: #0b5cad; --warn-bg: #fff4e5; --warn: #8a4b00; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1180px; padding: 24px 28px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-top: 12px; border-top: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 20px 0 6px; }
p { margin: 6px 0; }
.lede { color: var(--muted); margin-bottom: 16px; }
.note { color: var(--muted); font-size: 13px; }
.banner { background: var(--warn-bg); color: var(--warn); border: 2px solid #e8a33d; border-radius: 6px; padding: 10px 14px; margin: 12px 0; font-weight: 600; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px 24px; margin: 12px 0; }
.facts dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13.5px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.num .diff { white-space: normal; display: inline-block; max-width: 20em; }
.scroll { overflow-x: auto; }
.nw { white-space: nowrap; }
th { overflow-wrap: break-word; }
tr.group td { background: #f6f8fa; font-weight: 600; }
tr.chosen td { background: #e7f1fb; font-weight: 600; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.chart { width: 100%; margin: 4px 0 18px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
@media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } }
.clear { color: #0b6b2e; font-weight: 600; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
.answer-box { border: 2px solid var(--accent); border-radius: 8px; padding: 6px 18px 10px; margin: 14px 0 8px; background: #f8fbff; }
.answer-box h2.first { border-top: 0; margin-top: 4px; padding-top: 0; }
p.answer { font-size: 16px; margin: 6px 0 8px; }
table.compact { font-size: 13px; margin: 4px 0 8px; }
figure.mini { margin: 4px 0; break-inside: avoid; }
#decision-table td:nth-child(2) { min-width: 15em; }
figure.mini svg { display: block; max-width: 520px; }
table.compact td, table.compact th { padding: 3px 6px; }
.better { color: #0b6b2e; font-weight: 600; }
.worse { color: #b3261e; font-weight: 600; }
.cannot { color: var(--muted); }
.among-best { font-size: 0.8em; font-weight: 600; color: #0b6b2e; border: 1px solid #0b6b2e; border-radius: 3px; padding: 0 0.3em; white-space: nowrap; }
td.rag { font-weight: 600; border-left: 8px solid; }
td.rag.green { border-left-color: #1a7f37; color: #0b6b2e; }
td.rag.amber { border-left-color: #d4a72c; color: #7d4e00; }
td.rag.red { border-left-color: #cf222e; color: #a40e26; }
td small { font-weight: normal; color: var(--muted); white-space: nowrap; }
.tag { display: inline-block; font-size: 12px; border-radius: 4px; padding: 0 5px; margin-left: 4px; border: 1px solid var(--rule); background: #fff; font-weight: 600; }
.tag.chosen { border-color: #0b5cad; color: #0b5cad; }
.tag.today { border-color: #8a4b00; color: #8a4b00; }
.tag.tie { border-color: #57606a; color: #57606a; }
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: auto; break-after: avoid; }
  .chart { break-inside: avoid; }
  th { position: static; }
  .scroll { overflow: visible; }
  table { font-size: 8pt; }
  td.num, td small, .nw, code { white-space: normal; overflow-wrap: anywhere; }
  th, td { padding: 2px 4px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .grid2 { grid-template-columns: 1fr; }
  .answer-box { background: none; padding: 4px 6px; border-width: 1px; }
  th { overflow-wrap: anywhere; }
  .tag { display: inline; padding: 0 2px; }
}
`;
