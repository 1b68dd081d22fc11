import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLang } from './i18n/index';
import { AppStoreProvider, createAppStore, syncHash } from './store/index';
import { App } from './views/App';
import { LanguageRoot } from './views/LanguageRoot';
import { followOtherTabs, rememberLanguage, startLanguage } from './views/language';
import { startServiceWorker } from './views/pwa';

// The remembered (or browser) language; the hash below may pin another.
const store = createAppStore({ language: startLanguage(window) });
// The hash is the shareable state: read it now, then keep both in step (back/forward included).
syncHash(store, window);
rememberLanguage(store, window);
// A switch in another tab of this browser switches this one (unless its URL pins a language).
followOtherTabs(store, window);

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <LanguageRoot>
          <App />
        </LanguageRoot>
      </AppStoreProvider>
    </StrictMode>,
  );

// A Chinese reader's first paint is Chinese: wait for the strings (one small chunk) before the
// first render. A failed load renders English; LanguageRoot retries and says why.
void setLang(store.getState().language).then(render, render);

// Offline after the first visit (production builds; see README "Hosting").
startServiceWorker();
