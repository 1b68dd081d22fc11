/**
 * A rounded count with its exact value one hover or focus away. One rule in both languages:
 * K/M/G/T with up to four significant figures (src/engine/format.ts `compact`: 138357544 →
 * "138.4 M", as the lecture writes "138M"), never 万/亿, so an English and a Chinese reader see
 * the same figure. The exact integer ("138,357,544") is in a tooltip that opens on hover and on
 * keyboard focus, and is part of the element's text, so a screen reader reads both.
 */
import { useId } from 'react';
import { compact, fmt } from '../engine/format';
import { shell } from '../i18n/index';

/**
 * `inLink`: the count sits inside a link (a catalog card), which takes the focus instead (a
 * focusable element inside a link is invalid); the tip then opens when the link has focus.
 */
export function Count({
  value,
  testId,
  inLink = false,
}: {
  value: number;
  testId?: string;
  inLink?: boolean;
}) {
  const id = useId();
  const exact = fmt(value);
  const rounded = compact(value);
  // Below 1,000 the rounded figure is the exact one: nothing to reveal.
  if (Math.abs(value) < 1000) return <span data-testid={testId}>{exact}</span>;
  return (
    <span
      className="count"
      tabIndex={inLink ? undefined : 0}
      aria-describedby={inLink ? undefined : id}
      data-testid={testId}
      data-value={value}
    >
      {rounded}
      <span className="count-tip" role="tooltip" id={id}>
        {' '}
        {shell.count.exact(exact)}
      </span>
    </span>
  );
}
