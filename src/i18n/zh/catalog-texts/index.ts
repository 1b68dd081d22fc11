/**
 * The Chinese translation memory of the catalog's texts: one file per catalog file (`info` holds
 * the figure labels and protocol texts `info.ts` composes, `knobs` the shared knobs, `labels`
 * the labels of spec nodes from every file), merged.
 * Loaded on demand with the zh strings and passed to the functions of `../../catalog-texts`.
 */
import type { CatalogTexts } from '../../catalog-texts';
import { accuracy } from './accuracy';
import { alexnet } from './alexnet';
import { benchmarks } from './benchmarks';
import { comparisons } from './comparisons';
import { densenet } from './densenet';
import { depthNotes } from './depth-notes';
import { fractalnet } from './fractalnet';
import { googlenet } from './googlenet';
import { inceptionDemo } from './inception-demo';
import { inceptionV4 } from './inception-v4';
import { info } from './info';
import { knobs } from './knobs';
import { labels } from './labels';
import { lenet } from './lenet';
import { measured } from './measured';
import { nasnet } from './nasnet';
import { nin } from './nin';
import { resnet } from './resnet';
import { senet } from './senet';
import { squeezenet } from './squeezenet';
import { vgg } from './vgg';
import { wrn } from './wrn';

/** Every file's memory, by catalog file name (the coverage test checks them one by one). */
export const catalogTextFilesZh: Readonly<Record<string, CatalogTexts>> = {
  info,
  knobs,
  lenet,
  alexnet,
  nin,
  'inception-demo': inceptionDemo,
  vgg,
  googlenet,
  resnet,
  wrn,
  senet,
  densenet,
  squeezenet,
  'inception-v4': inceptionV4,
  fractalnet,
  nasnet,
  'depth-notes': depthNotes,
  comparisons,
  benchmarks,
  accuracy,
  measured,
  labels,
};

/** All files merged: English text → Chinese. */
export const catalogTextsZh: CatalogTexts = Object.assign({}, ...Object.values(catalogTextFilesZh));
