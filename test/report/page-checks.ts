import type { Page } from 'playwright-core';

/**
 * What a browser test reads off a drawn report: the text in the first
 * screen, pairs of chart labels whose boxes overlap, and tables wider than
 * the page. Run inside the page (no Node APIs).
 */

/** Text of every element that starts within the first `px` pixels of the page (headings, paragraphs, cells). */
export async function firstScreenText(page: Page, px: number): Promise<string> {
  return page.evaluate((limit) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('h1, h2, p, li, td, th'))) {
      const r = el.getBoundingClientRect();
      if (r.height > 0 && r.bottom + window.scrollY <= limit) out.push((el as HTMLElement).innerText);
    }
    return out.join('\n');
  }, px);
}

/** Overlapping pairs of visible text boxes inside each chart's SVG (titles, axis titles, ticks, legend, labels). */
export async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const chart of Array.from(document.querySelectorAll('.chart'))) {
      const boxes = Array.from(chart.querySelectorAll('svg text'))
        .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none' && getComputedStyle(t).opacity !== '0')
        .filter((t) => !t.closest('.hoverlayer'))
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const b = boxes[j].r;
          // A pixel of slack: glyph boxes of adjacent lines touch.
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) problems.push(`${chart.id}: "${boxes[i].text}" overlaps "${boxes[j].text}"`);
        }
      }
    }
    return problems;
  });
}

/** Tables (and charts) that stick out of the page or need a scroll bar to be read. */
export async function cutTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    for (const el of Array.from(document.querySelectorAll('table, .chart .main-svg'))) {
      const r = el.getBoundingClientRect();
      const label = el.id || el.closest('[id]')?.id || el.tagName;
      if (r.right > width + 1) problems.push(`${label}: right edge ${Math.round(r.right)} px beyond the page width ${width} px`);
      if (el instanceof HTMLTableElement && el.scrollWidth > el.clientWidth + 1) problems.push(`${label}: content ${el.scrollWidth} px in a ${el.clientWidth} px table`);
    }
    return problems;
  });
}
