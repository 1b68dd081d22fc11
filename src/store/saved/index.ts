/**
 * The app's saved networks: one store over the browser's localStorage, opened on first use.
 * Other features add networks through `saveUserNetwork` (e.g. the ONNX importer) and open them
 * on the model page at `#/model/mine:<id>` (`userModelId`).
 */
import { useSyncExternalStore } from 'react';
import {
  memoryStorage,
  openSavedStore,
  storageProblem,
  type SavedSnapshot,
  type SavedStore,
} from './storage';
import type { SavedNetwork } from './records';
import type { NameWords } from './words';

export type { SavedNetwork, NetworkSource, SourceFormat } from './records';
export { jsonSource } from './records';
export type { SavedStore, SavedSnapshot, StorageProblem, KeyValueStorage } from './storage';
export { openSavedStore, memoryStorage } from './storage';
export { SAVED_WORDS, savedText } from './words';
export type { SavedMessage, SavedWords, NameWords, SavedCause, EntryWhy } from './words';

/** Model ids of saved networks: `mine:<id>` (the catalog's ids never contain a colon). */
export const USER_PREFIX = 'mine:';

export function userModelId(id: string): string {
  return USER_PREFIX + id;
}

/** The saved network's id in a model id, or null when the model id is a catalog one. */
export function savedIdOf(modelId: string): string | null {
  return modelId.startsWith(USER_PREFIX) ? modelId.slice(USER_PREFIX.length) : null;
}

let store: SavedStore | null = null;

/** The app's store (opened from localStorage on first use; in memory when storage is disabled). */
export function savedNetworks(): SavedStore {
  if (store) return store;
  let storage;
  try {
    storage = window.localStorage;
    storage.getItem('cnn-atlas/probe');
  } catch {
    storage = undefined;
  }
  store = storage
    ? openSavedStore(storage)
    : openSavedStore(memoryStorage(), [storageProblem({ code: 'noStorage' })]);
  return store;
}

/** Use another store (tests; a fresh store per test). */
export function setSavedNetworks(s: SavedStore | null): void {
  store = s;
}

/**
 * Save a network under a name and return the stored record (its `id` opens it on the model page
 * at `#/model/mine:<id>`). Throws a SpecError naming the layer path and rule when `spec` is not
 * a valid spec. `origin` says where it came from, e.g. "ONNX file resnet18.onnx" (written in the
 * language shown: like a default name, it is the user's from then on); `words` give the default
 * name of an unnamed network in that language.
 */
export function saveUserNetwork(
  name: string,
  spec: unknown,
  origin?: string,
  words?: NameWords,
): SavedNetwork {
  return savedNetworks().add(name, spec, { origin, words });
}

/** The saved networks and the load's problems, re-rendering on every change. */
export function useSavedNetworks(): SavedSnapshot {
  const s = savedNetworks();
  return useSyncExternalStore(s.subscribe, s.getSnapshot, s.getSnapshot);
}
