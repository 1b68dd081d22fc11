import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppStoreProvider, createAppStore, syncHash } from './store/index';
import { App } from './views/App';
import { startServiceWorker } from './views/pwa';

const store = createAppStore();
// The hash is the shareable state: read it now, then keep both in step (back/forward included).
syncHash(store, window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);

// Offline after the first visit (production builds; see README "Hosting").
startServiceWorker();
