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
  /** The notice bar's lines: URL values that were ignored (src/store/url.ts `Notice`, `Why`). */
  notices: {
    unknownPage: (page: string) => `Unknown page "${page}": showing the catalog.`,
    ignored: (key: string, raw: string, why: string) => `Ignored ${key}="${raw}": ${why}.`,
    ignoredFor: (key: string, raw: string, model: string, why: string) =>
      `Ignored ${key}="${raw}" for ${model}: ${why}.`,
    compareUnknown: (id: string) => `Ignored "${id}" in the comparison: unknown model.`,
    compareFull: (id: string, max: number) =>
      `Ignored "${id}": a comparison holds at most ${max} networks.`,
    why: {
      oneOf: (values: string) => `must be one of ${values}`,
      whole: 'must be a whole number',
      between: (min: number, max: number) => `must be between ${min} and ${max}`,
      flag: 'must be 1 or 0',
      shape: 'must be C×H×W, e.g. 3x224x224',
      shapePart: (why: string) => `${why} (C×H×W)`,
      tooLong: 'too long',
      layerPath: 'must be a layer path such as stage3/block2/conv1',
      nets: (max: number) => `must be 1 to ${max} comma-separated network ids`,
      unknownModel: 'unknown model',
      /** The catalog's reason for a bad knob value, said by the engine words (src/views/notices.ts). */
      knob: (text: string) => text,
    },
  },
  /** A published figure measured at another input: "input 3×299×299". */
  figureInput: (shape: string) => `input ${shape}`,
  count: {
    /** The tooltip of a rounded count (138.4 M): the exact integer. */
    exact: (exact: string) => `exactly ${exact}`,
  },
  /** A label's colon: ': ' in English, the full-width '：' (no space) in Chinese. */
  colon: ': ',
};
