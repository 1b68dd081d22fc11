/**
 * What the network buttons do, shared by the model page and the editor: make a saved copy of a
 * catalog entry, download a saved network as a file, build a share link.
 */
import { buildModel, resolve } from '../../catalog/index';
import type { ModelSpec } from '../../engine/types';
import { editor as t, savedWords } from '../../i18n';
import { parseNotation, specToNotation } from '../../notation/index';
import {
  jsonSource,
  savedNetworks,
  type NetworkSource,
  type SavedMessage,
  type SavedNetwork,
} from '../../store/saved/index';
import { fileNameFor, networkToFile } from '../../store/saved/file';
import { sharePayload, SHARED_PREFIX } from '../../store/saved/share';

/**
 * A network as the editor will hold it: in the notation when it is a chain (the spec is then the
 * one the notation reads back: same numbers, the notation's layer names), else as spec JSON.
 * A copy is the user's own network: the catalog's id and published figures stay behind.
 */
export function editable(spec: ModelSpec): { spec: ModelSpec; source: NetworkSource } {
  const own: ModelSpec = { root: spec.root };
  const n = specToNotation(own);
  return n.ok
    ? { spec: parseNotation(n.text).spec, source: { format: 'notation', text: n.text } }
    : { spec: own, source: { format: 'json', text: jsonSource(own) } };
}

/** Save a copy of a catalog entry (with its knobs) and return it. */
export function copyCatalogModel(modelId: string, knobs: Record<string, string>): SavedNetwork {
  const { spec, source } = editable(buildModel(modelId, knobs));
  const { family, preset } = resolve(modelId, knobs);
  const knobText = Object.entries(knobs)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const name = preset?.info?.name ?? (knobText ? `${family.name} (${knobText})` : family.name);
  return savedNetworks().add(savedWords.copyName({ name }), spec, {
    origin: t.model.copyOrigin(knobText ? `${modelId} (${knobText})` : modelId),
    source,
  });
}

/** Offer a saved network as a file download. */
export function downloadNetwork(r: SavedNetwork): void {
  downloadText(networkToFile(r), fileNameFor(r.name), 'application/json');
}

export function downloadText(text: string, fileName: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The share link of a network, or why it cannot have one (a message: say it at render). */
export function shareLink(
  name: string,
  spec: ModelSpec,
): { ok: true; url: string } | { ok: false; msg: SavedMessage } {
  const r = sharePayload(name, spec);
  if (!r.ok) return r;
  const base = window.location.href.replace(/#.*$/, '');
  return { ok: true, url: `${base}#/model/${SHARED_PREFIX}${r.payload}` };
}
