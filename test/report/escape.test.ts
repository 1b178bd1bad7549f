import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, plotlyText, scriptText } from '../../src/report/escape.js';
import { html, raw } from '../../src/report/html.js';
import { renderReport } from '../../src/report/render-report.js';
import { contentSecurityPolicy, sha256Source } from '../../src/report/csp.js';
import { HOSTILE, runDocument, compareDocument, sizeDocument } from './fixtures.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('jsonForScript', () => {
  it('leaves no <, >, & or line separators, and parses back to the same value', () => {
    const value = { name: `${HOSTILE} <!-- & \u2028\u2029 -->`, n: [1, 2.5] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('scriptText', () => {
  it('breaks </script and <!-- so inline code cannot close its element', () => {
    expect(scriptText('var a = "</SCRIPT>"; var b = "<!--";')).toBe('var a = "<\\/SCRIPT>"; var b = "<\\!--";');
  });
});

describe('plotlyText', () => {
  it('entity-escapes tags so plotly shows them literally', () => {
    expect(plotlyText('<b>x</b> & y')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; y');
  });
});

describe('html template', () => {
  it('escapes interpolations unless they are SafeHtml', () => {
    const name = '<img onerror=x>';
    expect(html`<p>${name}${raw('<br>')}${[name, 1]}</p>`.value).toBe('<p>&lt;img onerror=x&gt;<br>&lt;img onerror=x&gt;1</p>');
  });
});

describe('csp', () => {
  it('hashes text as CSP sha256 sources and denies everything by default', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const csp = contentSecurityPolicy(["'sha256-a'"], ["'sha256-b'"]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'sha256-a'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('renderReport', () => {
  const FAKE_PLOTLY = 'window.Plotly = { newPlot: function () { return Promise.resolve(); } };';

  for (const doc of [runDocument(), compareDocument(), sizeDocument()]) {
    it(`never emits hostile text raw (${doc.kind})`, () => {
      const page = renderReport(doc, FAKE_PLOTLY);
      expect(page).not.toContain('<img');
      expect(page.match(/<\/script>/g)?.length).toBe(3);
      expect(page).toContain('&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    });
  }

  it('hashes exactly the inline scripts it embeds', () => {
    const page = renderReport(runDocument(), FAKE_PLOTLY);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1].replace(/&#39;/g, "'");
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(csp).toContain(sha256Source(s));
  });

  it('lists every figure in the table, including ids no chart knows', () => {
    const doc = runDocument();
    const page = renderReport(doc, FAKE_PLOTLY);
    for (const f of doc.figures) expect(page).toContain(`<code>${f.id}</code>`);
    expect(page).toContain('experimental.newThing');
  });

  it('shows the partial banner only for partial runs', () => {
    expect(renderReport(runDocument({ partial: true }), FAKE_PLOTLY)).toContain('id="partial-banner"');
    expect(renderReport(runDocument(), FAKE_PLOTLY)).not.toContain('id="partial-banner"');
  });

  it('skips charts whose figures are absent', () => {
    const doc = runDocument();
    doc.figures = doc.figures.filter((f) => !f.id.startsWith('cost.') && !f.id.startsWith('stability.'));
    const page = renderReport(doc, FAKE_PLOTLY);
    expect(page).not.toContain('id="cost-by-year"');
    expect(page).not.toContain('id="cost-distribution"');
    expect(page).not.toContain('id="stability"');
    expect(page).toContain('id="occupancy-hub"');
  });
});
