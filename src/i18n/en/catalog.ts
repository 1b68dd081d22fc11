/** Strings of the catalog page (English). */
import type { Era } from '../../catalog/types';

export const catalog = {
  heading: 'Catalog',
  search: 'Search by name, id or family',
  searchPlaceholder: 'e.g. resnet, 2014, inception',
  count: (shown: number, all: number) =>
    shown === all ? `${all} architectures` : `${shown} of ${all} architectures`,
  none: 'No architecture matches this search.',
  eras: {
    early: 'The beginnings: LeNet → AlexNet → ZFNet',
    '2014': 'The 2014 winners',
    resnet: 'ResNet and its improvements',
    efficient: 'Efficient networks',
    searched: 'Searched networks',
    demo: 'Lecture demos',
  } satisfies Record<Era, string>,
  card: {
    params: 'params',
    top1: 'top-1 acc.',
    top1Title: (accuracy: number, printedError: number | null, protocol: string, source: string) =>
      `top-1 accuracy ${accuracy} %${printedError === null ? '' : ` (printed as ${printedError} % error)`}; ${protocol}; ${source}`,
    computing: 'computing…',
    glyph: 'Output size of each layer along depth (log scale)',
    failed: 'could not be analyzed',
  },
};
