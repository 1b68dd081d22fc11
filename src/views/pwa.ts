/**
 * The service worker (built by vite-plugin-pwa, see vite.config.ts): registered after the page
 * has loaded, so it never competes with the first diagram; Workbox itself (workbox-window) is a
 * chunk the registration imports on demand. When a new version has been installed and waits,
 * `updateWaiting` turns true and the update prompt shows; `applyUpdate()` lets the new version
 * take over and reloads the page.
 */
import { useSyncExternalStore } from 'react';

let waiting = false;
let dismissed = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Register the service worker (in the browser, in a production build, once). */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || update) return;
  const register = () =>
    import('virtual:pwa-register').then(({ registerSW }) => {
      update = registerSW({
        immediate: true,
        onNeedRefresh() {
          waiting = true;
          dismissed = false;
          notify();
        },
        // No service worker (a browser that refuses them, a file:// page): the app still works
        // online; nothing to tell the reader.
        onRegisterError: () => {},
      });
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** Whether a new version waits for the reader's go-ahead (and the prompt was not dismissed). */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => waiting && !dismissed,
  );
}

/** Let the waiting version take over; the page reloads when it controls it. */
export function applyUpdate(): void {
  void update?.(true);
}

/** Hide the prompt for this page's life (the new version still takes over on the next visit). */
export function dismissUpdate(): void {
  dismissed = true;
  notify();
}
