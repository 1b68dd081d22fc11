/**
 * What the saved-network store says, in English: one sentence per message code (see
 * src/engine/message.ts). The store, the file reader and the share links report problems as
 * messages (`{ code: 'fileTooLarge', file, max }`), never as finished sentences; the views say
 * them with src/i18n's `savedWords` in the language shown (src/i18n/zh/saved.ts is the Chinese
 * twin), and `message` / tests read these English words.
 *
 * A message that wraps another error carries it as data: an engine error as its path, rule and
 * engine message (said with the engine's words), a notation error as its place and message. The
 * default names ('Untitled network' …) are here too: a view passes the words of the language
 * shown when it creates a network, so a default name is written in that language, and from then
 * on it is the user's name, stored as it is.
 */
import type { SpecRule } from '../../engine/errors';
import { fmt } from '../../engine/format';
import { type MessageOf, say } from '../../engine/message';
import { type EngineMessage, engineText } from '../../engine/messages';
import { type NotationMessage, notationText } from '../../notation/messages';

/**
 * Why a network could not be read, as the error said it: the engine refused the spec, the
 * notation did not parse, or the runtime's own text (JSON.parse and the like).
 */
const CAUSE_WORDS = {
  /** The engine refused the spec: the layer path ('' is the whole network), the rule, the engine's message. */
  specBroken: (m: { path: string; rule: SpecRule; msg: EngineMessage }): string =>
    `${m.path || '(network)'}: ${engineText(m.msg)} [${m.rule}]`,
  /** The notation did not parse: where, the item, and the parser's message. */
  notationBroken: (m: {
    line: number;
    column: number;
    token: string;
    msg: NotationMessage;
  }): string => `line ${m.line}, column ${m.column}: "${m.token}": ${notationText(m.msg)}`,
  /** Text that is not JSON (`detail`: the JSON parser's own message). */
  notJson: (m: { detail: string }): string => m.detail,
  /** Any other error, with the runtime's own text. */
  errorText: (m: { text: string }): string => m.text,
};
export type SavedCause = MessageOf<typeof CAUSE_WORDS>;

/** A cause as a file's problem: "its network breaks a rule at …" / "its notation does not parse: …". */
function fileCause(c: SavedCause): string {
  if (c.code === 'specBroken') return `its network breaks a rule at ${say(CAUSE_WORDS, c)}`;
  if (c.code === 'notationBroken') return `its notation does not parse: ${say(CAUSE_WORDS, c)}`;
  return say(CAUSE_WORDS, c);
}

/** Why one stored entry could not be kept: said after "it" ("… could not be read: it is not an object"). */
const ENTRY_WORDS = {
  entryNotJson: (m: { detail: string }): string => `is not valid JSON (${m.detail})`,
  entryNotObject: (): string => 'is not an object',
  entryNoVersion: (): string => 'has no format version',
  /** `format`: the entry's version; `reads`: the newest this build reads. */
  entryNewer: (m: { format: number; reads: number }): string =>
    `was written by a newer version of CNN Atlas (format ${m.format}; this one reads up to ${m.reads})`,
  entryNoUpgrade: (m: { from: number }): string => `has no upgrade from format ${m.from}`,
  entryUpgradeFailed: (m: { from: number; detail: string }): string =>
    `could not be upgraded from format ${m.from}: ${m.detail}`,
  entryNoId: (): string => 'has no valid id',
  entryBreaksRule: (m: { cause: SavedCause }): string =>
    `holds a network that breaks a rule: ${say(CAUSE_WORDS, m.cause)}`,
  entryNoSource: (): string => 'has no editor text (source)',
  /** The entry under key …/`id` names another id inside. */
  entryOtherId: (m: { other: string }): string => `names a different id ("${m.other}")`,
};
export type EntryWhy = MessageOf<typeof ENTRY_WORDS>;

export const SAVED_WORDS = {
  ...CAUSE_WORDS,
  ...ENTRY_WORDS,

  // The browser's storage (storage.ts, index.ts).
  noStorage: (): string =>
    'This browser does not let the page use its storage: networks you save are kept in this tab only. Download them to keep them.',
  /** A write failed: `detail` is the browser's own text, `quota` whether it said the storage is full. */
  writeFailed: (m: { detail: string; quota: boolean }): string =>
    `Could not save to the browser's storage (${m.detail || 'storage full or disabled'}): changes are kept in this tab only. Download your networks to keep them.`,
  /** The index was damaged; `found` networks were listed again from their entries. */
  indexRebuilt: (m: { found: number }): string =>
    `The list order of your saved networks was damaged; it was rebuilt (${fmt(m.found)} found).`,
  /** An entry of a newer format, left in place for the newer app that wrote it. */
  entryLeft: (m: { id: string; why: EntryWhy }): string =>
    `Saved network "${m.id}" ${say(ENTRY_WORDS, m.why)}: it is left as it is, not shown.`,
  /** A damaged entry, moved to a backup key. */
  entryUnreadable: (m: { id: string; why: EntryWhy }): string =>
    `Saved network "${m.id}" could not be read: it ${say(ENTRY_WORDS, m.why)}. Its raw text is kept and can be downloaded.`,

  // Loading a file (file.ts); `file` is the file's name as the user's system gave it.
  fileTooLarge: (m: { file: string; max: number }): string =>
    `${m.file} is larger than ${fmt(m.max)} characters`,
  fileNotRead: (m: { file: string; cause: SavedCause }): string =>
    `${m.file} is neither JSON nor the text notation (${fileCause(m.cause)})`,
  fileNotObject: (m: { file: string }): string =>
    `${m.file} does not hold a network (a JSON object was expected)`,
  /** `format`: the file's version field as written (a preview when it is not a number). */
  fileNewer: (m: { file: string; format: string }): string =>
    `${m.file} was written by a newer version of CNN Atlas (file format ${m.format})`,
  fileBroken: (m: { file: string; cause: SavedCause }): string =>
    `${m.file}: ${fileCause(m.cause)}`,

  // Share links (share.ts).
  /** `length`: the compressed payload's characters; `max`: the longest kept in a link. */
  shareTooLarge: (m: { length: number; max: number }): string =>
    `This network is too large to share as a link: ${fmt(m.length)} characters compressed, links are kept under ${fmt(m.max)}. Download it as a file instead.`,
  shareDamaged: (): string => 'The shared link is damaged or cut short: it does not decompress.',
  shareInvalid: (m: { cause: SavedCause }): string =>
    `The shared link does not hold a valid network: ${say(CAUSE_WORDS, m.cause)}`,

  // Default names, chosen in the language shown when the network is made.
  untitledName: (): string => 'Untitled network',
  sharedName: (): string => 'Shared network',
  loadedName: (): string => 'Loaded network',
  copyName: (m: { name: string }): string => `${m.name} (copy)`,
};

export type SavedWords = typeof SAVED_WORDS;
/** Everything the saved-network store can say. */
export type SavedMessage = MessageOf<SavedWords>;
/** The words a store function needs to make a default name (English unless a view passes others). */
export type NameWords = Pick<SavedWords, 'untitledName' | 'sharedName' | 'loadedName' | 'copyName'>;

/** The English sentence of a saved-store message (`message` fields, tests). */
export const savedText = (m: SavedMessage): string => say(SAVED_WORDS, m);

/** A default name in `words`' language. */
export const defaultName = (
  words: NameWords,
  code: 'untitledName' | 'sharedName' | 'loadedName',
): string => words[code]();
