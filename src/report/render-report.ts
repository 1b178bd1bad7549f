import type { ResultDocument } from '../capacity/result-document.js';
import { compareReport } from './compare-report.js';
import { renderPage, type PageContent } from './page.js';
import { runReport } from './run-report.js';
import { sizeReport } from './size-report.js';

/** The page content for any result document, by its kind. */
export function reportContent(doc: ResultDocument): PageContent {
  switch (doc.kind) {
    case 'run':
      return runReport(doc);
    case 'compare':
      return compareReport(doc);
    case 'size':
      return sizeReport(doc);
    default: {
      const never: never = doc;
      throw new Error(`results.json: unknown kind ${JSON.stringify((never as { kind: unknown }).kind)}; expected run, compare or size`);
    }
  }
}

/** One self-contained HTML page for a result document, embedding `plotlyJs` (the plotly.js-dist bundle). */
export function renderReport(doc: ResultDocument, plotlyJs: string): string {
  return renderPage(reportContent(doc), plotlyJs);
}
