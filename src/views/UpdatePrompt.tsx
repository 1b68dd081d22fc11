import { pwa as t } from '../i18n';
import { applyUpdate, dismissUpdate, useUpdateWaiting } from './pwa';
import './update-prompt.css';

/**
 * "A new version is available — Reload": a polite status in a corner, never a dialog; it takes
 * no focus (Tab reaches its buttons) and the page keeps working behind it.
 */
export function UpdatePrompt() {
  const waiting = useUpdateWaiting();
  if (!waiting) return null;
  return (
    <div
      className="update-prompt"
      role="status"
      aria-label={t.update.label}
      data-testid="update-prompt"
    >
      <span>{t.update.text}</span>
      <button type="button" onClick={applyUpdate} data-testid="update-reload">
        {t.update.reload}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t.update.later}
      </button>
    </div>
  );
}
