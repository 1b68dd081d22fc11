import type { Shape } from '../../engine/analysis';

/** The engine's C×H×W as the slides write it, H×W×C ([N] stays N). */
export function hwc(s: Shape): string {
  return s.length === 3 ? `${s[1]}×${s[2]}×${s[0]}` : s.join('×');
}
