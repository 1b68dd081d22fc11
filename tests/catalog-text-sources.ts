/**
 * Every user-visible English text of the catalog, walked from the data (registry presets,
 * family builds, knobs, depth notes, comparisons, benchmarks, the landscape protocol and the
 * GPU machine line), each with the places it appears. The zh coverage test checks the
 * translation memory against this list; nothing here is listed by hand.
 *
 * Labels are walked from the analysis of every build (every preset, every family's defaults,
 * every knob choice): each leaf's label as shown (the catalog's own, else the engine's op
 * description) and each module's own label (a module without one shows its name, which is not a
 * text). Only labels with a word that is not notation count (`labelNeedsTranslation`).
 */
import { LANDSCAPE_PROTOCOL } from '../src/catalog/accuracy';
import { ILSVRC_WINNERS } from '../src/catalog/benchmarks';
import { READY_COMPARISONS } from '../src/catalog/comparisons';
import { DEPTH_NOTES } from '../src/catalog/depth-notes';
import { families, presets } from '../src/catalog/index';
import { figureLabel, protocolText, type ModelInfo } from '../src/catalog/info';
import { GPU_MACHINE } from '../src/catalog/measured';
import { analyze } from '../src/engine/analyze';
import { labelNeedsTranslation, needsTranslation } from '../src/i18n/catalog-texts';
import type { ModelSpec, SpecNode } from '../src/engine/types';

/** English text → where it appears ("preset resnet50: notes[1]"). */
export type TextSources = Map<string, string[]>;

export function catalogTextSources(): TextSources {
  const out: TextSources = new Map();
  const put = (text: string, where: string) => {
    const list = out.get(text);
    if (list) list.push(where);
    else out.set(text, [where]);
  };
  const add = (text: string | undefined, where: string) => {
    if (text !== undefined && needsTranslation(text)) put(text, where);
  };

  const addInfo = (info: ModelInfo, at: string) => {
    add(info.keyIdea, `${at}: keyIdea`);
    add(info.ilsvrc, `${at}: ilsvrc`);
    info.notes?.forEach((n, i) => add(n, `${at}: notes[${i}]`));
    info.recipe?.forEach((r, i) => {
      add(r.item, `${at}: recipe[${i}].item`);
      add(r.value, `${at}: recipe[${i}].value`);
    });
    info.published?.forEach((f, i) => {
      add(figureLabel(f), `${at}: published[${i}] label`);
      add(f.note, `${at}: published[${i}].note`);
      if (f.kind === 'count') add(f.differs, `${at}: published[${i}].differs`);
      if (f.kind === 'accuracy') {
        add(protocolText(f.protocol), `${at}: published[${i}] protocol`);
        add(f.of, `${at}: published[${i}].of`);
      }
    });
  };

  /** The notes of a spec's nodes (the inspector shows a module's note). */
  const addNotes = (node: SpecNode, at: string, path: string) => {
    const here = path ? `${path}/${node.name}` : node.name;
    add(node.note, `${at}: ${here} note`);
    if (node.op === 'block') node.layers.forEach((c) => addNotes(c, at, here));
    if (node.op === 'parallel') node.branches.forEach((c) => addNotes(c, at, here));
    if (node.op === 'repeat') addNotes(node.body, at, here);
  };

  /** The labels of a built network as the diagram, table and inspector show them. */
  const addLabels = (spec: ModelSpec, at: string) => {
    const a = analyze(spec);
    const label = (text: string, where: string) => {
      if (labelNeedsTranslation(text)) put(text, where);
    };
    for (const l of a.layers) label(l.label, `${at}: ${l.path} node label`);
    for (const m of a.modules)
      if (m.label !== m.name) label(m.label, `${at}: ${m.path} node label`);
  };

  for (const p of presets.values()) {
    addInfo(p.info, `preset ${p.id}`);
    const built = families.get(p.family)?.build(p.values);
    if (built?.info && built.info !== p.info) addInfo(built.info, `family ${p.family} at ${p.id}`);
    if (built) addNotes(built.root, `preset ${p.id}`, '');
    if (built) addLabels(built, `preset ${p.id}`);
  }
  for (const f of families.values()) {
    add(f.name, `family ${f.id}: name`);
    const built = f.build({});
    if (built.info) addInfo(built.info, `family ${f.id} (defaults)`);
    addNotes(built.root, `family ${f.id} (defaults)`, '');
    addLabels(built, `family ${f.id} (defaults)`);
    for (const k of f.knobs) {
      add(k.label, `family ${f.id}: knob ${k.key} label`);
      add(k.help, `family ${f.id}: knob ${k.key} help`);
      for (const c of k.choices ?? []) {
        add(c.label, `family ${f.id}: knob ${k.key} choice ${c.value}`);
        // Texts a builder writes from knob values: build at each choice, other knobs default.
        let other;
        try {
          other = f.build({ [k.key]: c.value });
        } catch {
          continue; // a choice impossible with the other defaults (CIFAR depth on ImageNet)
        }
        const at = `family ${f.id} at ${k.key}=${String(c.value)}`;
        if (other.info) addInfo(other.info, at);
        addNotes(other.root, at, '');
        addLabels(other, at);
      }
    }
  }
  for (const [id, n] of Object.entries(DEPTH_NOTES)) add(n.why, `depth note ${id}: why`);
  for (const c of READY_COMPARISONS) {
    add(c.title, `comparison ${c.id}: title`);
    add(c.what, `comparison ${c.id}: what`);
  }
  for (const w of ILSVRC_WINNERS) {
    add(w.entry, `ILSVRC winner ${w.year}/${w.place}: entry`);
    add(w.what, `ILSVRC winner ${w.year}/${w.place}: what`);
  }
  add(LANDSCAPE_PROTOCOL, 'accuracy.ts: LANDSCAPE_PROTOCOL');
  add(GPU_MACHINE, 'measured.ts: GPU_MACHINE');
  return out;
}
