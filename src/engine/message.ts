/**
 * Messages as data. The engine, the notation parser, the importers and the stores say what went
 * wrong as a **message**: a code and the values it quotes (`{ code: 'kernel-larger', kernel:
 * '7×7', input: '5×5' }`), never as a finished sentence. Each domain declares its English words
 * beside its code, one function per code (`Words`); the CLI, `Error.message` and the tests read
 * those. src/i18n/zh/ gives each domain's Chinese twin, typed by the English words, so a code
 * with no Chinese fails the type-check, and the views say a message in the language shown.
 *
 * Values in a message are data (numbers, shapes in ×-notation, names the user wrote, JSON-like
 * previews of bad values), never English words: the words belong to `Words`.
 */

/** A message's values: what its words quote. */
export type Params = Record<string, unknown>;

/** One domain's words: a sentence per code, built from the message's values. */
export type Words = Record<string, (m: never) => string>;

/**
 * The messages a domain's words can say: `{ code, ...values }` for each code (`{ code }` alone
 * for a code whose words take no values).
 */
export type MessageOf<W extends Words> = {
  [K in keyof W & string]: { code: K } & (Parameters<W[K]> extends [infer P, ...unknown[]]
    ? P
    : unknown);
}[keyof W & string];

/** Say message `m` with `words` (the English words, or their twin in another language). */
export function say<W extends Words>(words: W, m: MessageOf<W>): string {
  const { code } = m as { code: string };
  const f = words[code] as unknown as ((m: unknown) => string) | undefined;
  // A message from a newer build (a saved file, a worker) whose code these words lack: show its
  // code rather than nothing.
  return f ? f(m) : code;
}
