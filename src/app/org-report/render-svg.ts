/**
 * Renders the report's Vega-Lite charts to static SVG in Node: Vega-Lite compiles each to Vega, and a
 * Vega view with no renderer writes the SVG (text measured by estimate, so no canvas is needed).
 * Vega is loaded only here, by the `report` command, so the gate's own start-up never parses it.
 */
import type { Chart } from '../../core/org-report/charts.js';
import type { RenderedChart } from '../../core/org-report/html.js';

/** Ids inside one SVG (clip paths, gradients) prefixed with the chart's id, so charts on one page never share one. */
function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${prefix}-${id}"`);
}

export async function renderCharts(charts: readonly Chart[]): Promise<RenderedChart[]> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const silent = { level: () => silent, error: () => silent, warn: () => silent, info: () => silent, debug: () => silent };
  const out: RenderedChart[] = [];
  for (const chart of charts) {
    const compiled = vegaLite.compile(chart.spec as unknown as Parameters<typeof vegaLite.compile>[0], { logger: silent }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.None });
    try {
      out.push({ ...chart, svg: scopeIds(await view.toSVG(), `chart-${chart.id}`) });
    } finally {
      view.finalize();
    }
  }
  return out;
}
