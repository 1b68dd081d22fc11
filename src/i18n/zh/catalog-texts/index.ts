/**
 * The Chinese translation memory of the catalog's texts: one file per catalog file, merged.
 * Loaded on demand with the zh strings and passed to the functions of `../../catalog-texts`.
 */
import type { CatalogTexts } from '../../catalog-texts';
import { accuracy } from './accuracy';
import { benchmarks } from './benchmarks';
import { comparisons } from './comparisons';
import { depthNotes } from './depth-notes';
import { info } from './info';
import { knobs } from './knobs';
import { measured } from './measured';

/** Every file's memory, by catalog file name (the coverage test checks them one by one). */
export const catalogTextFilesZh: Readonly<Record<string, CatalogTexts>> = {
  info,
  knobs,
  'depth-notes': depthNotes,
  comparisons,
  benchmarks,
  accuracy,
  measured,
};

export const catalogTextsZh: CatalogTexts = Object.assign({}, ...Object.values(catalogTextFilesZh));
