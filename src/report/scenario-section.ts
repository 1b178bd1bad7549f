import type { RunProvenance, ScenarioDigest } from '../capacity/result-document.js';
import { formatDate, formatNumber, countOf } from './format.js';
import { html, type SafeHtml } from './html.js';

/** A prominent warning when a run stopped early, rests on one replication, or some replications failed. */
export function warnings(p: RunProvenance, failures: { replication: number; message: string }[] = []): SafeHtml {
  return html`${p.partial
    ? html`<div class="banner" id="partial-banner">Partial results: this run stopped before it finished. Every figure covers only the ${countOf(p.replications, 'replication')} that completed, so intervals are wider and the early stop may bias them.</div>`
    : ''}${p.replications < 2
    ? html`<div class="banner" id="one-replication-banner">One replication: no interval or spread can be estimated, so every figure here is one possible future, not an estimate. Run at least 2 replications (the default is 1,000).</div>`
    : ''}${failures.length > 0
    ? html`<div class="banner">${failures.length} replication(s) failed and are left out: ${failures.slice(0, 5).map((f) => html`replication ${f.replication} (${f.message}); `)}</div>`
    : ''}`;
}

/** The scenario in plain words: dates, capacity per service, demand streams, run settings. */
export function scenarioSection(s: ScenarioDigest, p: RunProvenance): SafeHtml {
  return html`<h2>The scenario</h2>
${s.description ? html`<p>${s.description}</p>` : ''}
<div class="facts">
<dl><dt>Starts</dt><dd>${formatDate(s.startDate)}</dd>
<dt>Horizon</dt><dd>${formatNumber(s.horizonYears)} years</dd>
<dt>Warm-up</dt><dd>${formatNumber(s.warmupDays, 0)} days, discarded before reporting</dd></dl>
<dl><dt>Replications</dt><dd>${p.replications.toLocaleString('en-GB')}${p.partial ? ' (partial run)' : ''}</dd>
<dt>Random seed</dt><dd>${p.seed}</dd>
<dt>Scenario file</dt><dd>${p.scenarioFile}</dd></dl>
</div>
<div class="grid2">
<div><h3>Local capacity</h3><table><thead><tr><th>Service</th><th class="num">Places</th><th>Note</th></tr></thead><tbody>
${s.capacity.map((c) => html`<tr><td>${c.service}</td><td class="num">${formatNumber(c.places)}</td><td>${c.note}</td></tr>`)}
</tbody></table></div>
<div><h3>Demand</h3><table><thead><tr><th>Stream</th><th class="num">Children a year</th><th>Route</th></tr></thead><tbody>
${s.demand.map((d) => html`<tr><td>${d.stream}</td><td class="num">${formatNumber(d.ratePerYear)}</td><td>${d.route}</td></tr>`)}
</tbody></table></div>
</div>
${s.assumptions?.length ? html`<h3 id="assumptions">Prices and assumptions the money rests on</h3><p class="note">Local places' prices are in the capacity table above. Each is a scenario input with its source in the scenario file; change one with <code>--set</code> and compare, or see how much it moves an answer with <code>carecap sensitivity</code>. A reference such as “seed 001 §20” in a description cites one of the councils' source papers (000 design brief appendix, 001 2020 investment plan, 002 2026 family-based placements proposal, 003 a placement-cost update, 004 2025 in-house homes report: docs/calibration.md) by section, not the random seed.</p><table id="assumptions-table"><tbody>
${s.assumptions.map((a) => html`<tr><th scope="row">${a.item}</th><td>${a.value}</td></tr>`)}
</tbody></table>` : ''}`;
}

/** Provenance footer: version, hash, when written, how long it took. */
export function provenanceFooter(p: RunProvenance): SafeHtml {
  return html`<footer>carecap ${p.carecapVersion} · scenario “${p.scenarioName}” (${p.scenarioFile}, SHA-256 <code>${p.scenarioHash}</code>${p.experimentHash ? html`; the whole comparison, options and discounting included: <code>${p.experimentHash}</code>` : ''}) · random seed ${p.seed} · ${countOf(p.replications, 'replication')} on ${countOf(p.workers, 'worker')} in ${formatNumber(p.wallMs / 1000)} s · written ${p.writtenAt}</footer>`;
}
