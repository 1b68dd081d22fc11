/** Strings of the engine's rules (English): what each `SpecRule` forbids, named in words. */
import type { SpecRule } from '../../engine/errors';
import { FIELD_WORDS } from '../../layout/explain/field-words';

export const errors = {
  /**
   * Each rule a spec can break (src/engine/errors.ts), in a few words: the model page names the
   * rule beside the failing layer, then gives the engine's own sentence with the numbers.
   */
  rules: {
    'unknown-op': 'unknown op',
    'missing-field': 'a required field is missing',
    'wrong-type': 'a value has the wrong type',
    'bad-name': 'invalid layer name',
    'duplicate-name': 'duplicate layer name',
    'unknown-input': 'an input names no earlier layer',
    'input-first': 'the input layer must come first',
    'positive-size': 'sizes must be positive',
    'kernel-fits': 'the kernel (window) must fit the padded input',
    'pool-padding': 'pool padding must be at most half the window',
    'groups-divide': 'channels must divide by the groups',
    'add-shapes': 'added tensors must have the same shape',
    'concat-spatial': 'concatenated maps must share H×W',
    'merge-arity': 'wrong number of inputs',
    'flat-input': 'needs a flat vector input',
    'spatial-input': 'needs a C×H×W input',
    'scale-shapes': 'the gate must match the channels',
    'output-positive': 'the output size falls below 1',
    'unknown-model': 'unknown model',
    'bad-knob': 'invalid architecture setting',
    'unknown-field': 'unknown field',
    'too-large': 'past the engine’s bounds',
    'too-deep': 'blocks nested too deep',
    'empty-network': 'the network has no layers',
  } as Record<SpecRule, string>,
  /**
   * A walk-through's input field that is not a whole number in its range: the words beside the
   * lessons (src/layout/explain/field-words.ts); a view puts the field's label in `field`.
   */
  field: FIELD_WORDS,
  /** The rule's name, then the engine's sentence with the numbers (both in the language shown). */
  broke: (rule: string, detail: string) => `${rule} — ${detail}`,
};
