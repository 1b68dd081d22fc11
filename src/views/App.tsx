import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../store/index';
import { a11y, editor, app, importText } from '../i18n';
import { CatalogPage } from './CatalogPage';
import { noticeText } from './notices';
import { ImportPage } from './import/ImportPage';
import { ModelPage } from './ModelPage';
import { useScrollMemory } from './scroll-memory';

// The comparison and landscape pages load as their own files, on first visit.
const ComparePage = lazy(() =>
  import('./compare/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const LandscapePage = lazy(() =>
  import('./landscape/LandscapePage').then((m) => ({ default: m.LandscapePage })),
);
import { PresentControls, usePresentation } from './Presentation';
import { UpdatePrompt } from './UpdatePrompt';
import './app.css';
import './theme.css';

const ExplainPage = lazy(() =>
  import('./explain/ExplainPage').then((m) => ({ default: m.ExplainPage })),
);

// The editor and CodeMirror load only when #/edit is opened.
const EditPage = lazy(() => import('./edit/EditPage'));

/** The shell: header, the notice bar for ignored URL values, and the page the hash names. */
export function App() {
  const page = useAppStore((s) => s.page);
  const modelId = useAppStore((s) => s.modelId);
  const topic = useAppStore((s) => s.topic);
  const { chrome } = usePresentation();
  // A new page starts at its top; back and forward return to where the reader was.
  useScrollMemory(`${page}\n${modelId}\n${topic}`);
  // After a navigation, keyboard and screen-reader focus goes to the new page's heading (it may
  // arrive a little later, from a lazily loaded page). Not on the first load: focus then stays at
  // the document's start, where the skip link is the first tab stop.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const key = `${page}|${modelId}|${topic}`;
    const before = shown.current;
    shown.current = key;
    if (before === null || before === key) return;
    return focusHeadingSoon();
  }, [page, modelId, topic]);
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToContent} data-testid="skip-link">
        {a11y.skip}
      </a>
      {chrome ? (
        <header className="app-header">
          <a className="app-title" href="#/">
            {app.title}
          </a>
          <span className="app-tagline">{app.tagline}</span>
          <a className="app-nav" href="#/landscape" data-testid="nav-landscape">
            {app.nav.landscape}
          </a>
          <a className="app-nav-more" href="#/edit" data-testid="nav-edit">
            {editor.nav}
          </a>
          <a className="app-nav-more" href="#/import">
            {importText.nav}
          </a>
          <PresentControls />
        </header>
      ) : (
        <PresentControls floating />
      )}
      <Notices />
      <UpdatePrompt />
      {page === 'catalog' ? (
        <CatalogPage />
      ) : page === 'model' ? (
        <ModelPage />
      ) : page === 'explain' ? (
        <Suspense fallback={null}>
          <ExplainPage />
        </Suspense>
      ) : page === 'edit' ? (
        <Suspense fallback={<p className="app-loading">{editor.edit.loading}</p>}>
          <EditPage />
        </Suspense>
      ) : page === 'import' ? (
        <ImportPage />
      ) : (
        <Suspense fallback={null}>
          {page === 'compare' ? <ComparePage /> : <LandscapePage />}
        </Suspense>
      )}
    </div>
  );
}

/** The page's main heading (or its main element), made focusable by script, not by tab. */
function pageHeading(): HTMLElement | null {
  const el = document.querySelector<HTMLElement>('main h1') ?? document.querySelector('main');
  if (el && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  return el;
}

/** Focus the heading as soon as it exists (polling a few frames); returns a cancel. */
function focusHeadingSoon(): () => void {
  let frames = 0;
  let id = 0;
  const tryFocus = () => {
    const el = pageHeading();
    if (el && (el.tagName === 'H1' || frames > 30)) el.focus({ preventScroll: true });
    else if (frames++ < 120) id = requestAnimationFrame(tryFocus);
  };
  id = requestAnimationFrame(tryFocus);
  return () => cancelAnimationFrame(id);
}

/** The skip link: focus the page's heading without changing the hash (the router's). */
function skipToContent(e: { preventDefault(): void }) {
  e.preventDefault();
  const el = pageHeading();
  el?.focus();
  el?.scrollIntoView({ block: 'start' });
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
          <li key={i}>{noticeText(n)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {app.notices.dismiss}
      </button>
    </div>
  );
}
