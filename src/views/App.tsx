import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../store/index';
import { app } from '../i18n/en/app';
import { CatalogPage } from './CatalogPage';
import { ModelPage } from './ModelPage';
import { PresentControls, usePresentation } from './Presentation';
import './app.css';
import './theme.css';

const ExplainPage = lazy(() =>
  import('./explain/ExplainPage').then((m) => ({ default: m.ExplainPage })),
);

/** The shell: header, the notice bar for ignored URL values, and the page the hash names. */
export function App() {
  const page = useAppStore((s) => s.page);
  const modelId = useAppStore((s) => s.modelId);
  const topic = useAppStore((s) => s.topic);
  const { chrome } = usePresentation();
  // A new page starts at its top, not at the scroll position of the page before.
  // (Block body: Chromium's scrollTo returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page, modelId, topic]);
  return (
    <div className="app">
      {chrome ? (
        <header className="app-header">
          <a className="app-title" href="#/">
            {app.title}
          </a>
          <span className="app-tagline">{app.tagline}</span>
          <PresentControls />
        </header>
      ) : (
        <PresentControls floating />
      )}
      <Notices />
      {page === 'catalog' ? (
        <CatalogPage />
      ) : page === 'explain' ? (
        <Suspense fallback={null}>
          <ExplainPage />
        </Suspense>
      ) : (
        <ModelPage />
      )}
    </div>
  );
}

function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (!notices.length) return null;
  return (
    <div className="app-notices" role="status" data-testid="notices">
      <strong>{app.notices.heading}</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {app.notices.dismiss}
      </button>
    </div>
  );
}
