/**
 * How a chart row's values map to heights. The one declaration: the store and the views import
 * it. A file of its own, without d3-scale, so the store (in the first JavaScript the page loads)
 * names the choices without pulling the scales the lazily loaded charts use.
 */
export type ChartScale = 'linear' | 'log';
export const CHART_SCALES: readonly ChartScale[] = ['linear', 'log'];
