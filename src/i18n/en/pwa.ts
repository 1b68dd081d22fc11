/** Strings of the offline service worker's prompts (English). */
export const pwa = {
  update: {
    /** Shown when a new version has been downloaded and waits for a reload. */
    text: 'A new version of CNN Atlas is available.',
    reload: 'Reload',
    later: 'Later',
    label: 'Update available',
  },
};
