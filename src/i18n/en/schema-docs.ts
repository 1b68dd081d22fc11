/**
 * The spec format's help (the JSON Schema's descriptions, src/engine/schema.ts, from each op's
 * and field's `doc`) in the language shown, as a translation memory keyed by the English text:
 * in English each text is itself (derived from the schema, so none is written twice);
 * src/i18n/zh/schema-docs.ts holds the Chinese. `specJsonSchema((d) => schemaDocs[d] ?? d)`
 * gives the schema in the language shown.
 */
import { schemaDescriptions } from '../../engine/schema';

export const schemaDocs: Readonly<Record<string, string>> = Object.fromEntries(
  schemaDescriptions().map((d) => [d, d]),
);
