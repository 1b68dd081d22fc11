/**
 * Strings of the language switch, the exact-count tooltip and other shell texts added with the
 * Chinese interface (English). The switch's own option names are not here: each language is
 * named in itself ("English", "中文") whatever the interface language, so a reader who cannot read
 * the current one still finds theirs (src/i18n/index.ts LANG_NAMES).
 */
export const shell = {
  language: {
    /** The switch's group name; it also carries the other language's word for "language". */
    label: 'Language · 语言',
    loading: 'Loading Chinese…',
    /** The load of the Chinese strings failed (offline before the first Chinese visit, say). */
    failed: (why: string) =>
      `The Chinese interface could not be loaded (${why}); staying in English.`,
    dismiss: 'Dismiss',
  },
  count: {
    /** The tooltip of a rounded count (138.4 M): the exact integer. */
    exact: (exact: string) => `exactly ${exact}`,
  },
};
