/**
 * The walk-through registry: topic id → its page (loaded on demand) and the catalog families
 * whose model pages link to it.
 */
import { lazy, type ComponentType } from 'react';
import { explain, type TopicId } from '../../i18n';

export interface Topic {
  id: TopicId;
  page: ComponentType;
  /** Display families (ModelInfo.family) whose model pages link here. */
  families: readonly string[];
  /** Catalog presets to open from the walk-through. */
  models: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'inception',
    page: lazy(() => import('./Inception')),
    families: ['GoogLeNet', 'Inception'],
    models: ['inception-naive-demo', 'inception-bottleneck-demo', 'googlenet'],
  },
  {
    id: 'small-filters',
    page: lazy(() => import('./SmallFilters')),
    families: ['VGG'],
    models: ['vgg16'],
  },
  {
    id: 'alexnet',
    page: lazy(() => import('./AlexNet')),
    families: ['AlexNet'],
    models: ['alexnet'],
  },
  {
    id: 'residual',
    page: lazy(() => import('./Residual')),
    families: ['ResNet', 'ResNeXt', 'Wide ResNet', 'SENet'],
    models: ['resnet34', 'resnet50'],
  },
  { id: 'se', page: lazy(() => import('./Se')), families: ['SENet'], models: ['se-resnet50'] },
  {
    id: 'fire',
    page: lazy(() => import('./Fire')),
    families: ['SqueezeNet'],
    models: ['squeezenet1.0', 'alexnet'],
  },
  {
    id: 'dense',
    page: lazy(() => import('./Dense')),
    families: ['DenseNet'],
    models: ['densenet121'],
  },
  {
    id: 'fractal',
    page: lazy(() => import('./Fractal')),
    families: ['FractalNet'],
    models: ['fractalnet-cifar'],
  },
  {
    id: 'stochastic-depth',
    page: lazy(() => import('./StochasticDepth')),
    families: ['ResNet'],
    models: ['stochastic-depth-resnet110-cifar'],
  },
  {
    id: 'nas',
    page: lazy(() => import('./Nas')),
    families: ['NASNet-A'],
    models: ['nasnet-a-mobile'],
  },
];

export function topic(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}

/** Walk-throughs for a model page, by its display family. */
export function topicsFor(family: string | undefined): { id: TopicId; title: string }[] {
  if (!family) return [];
  return TOPICS.filter((t) => t.families.includes(family)).map((t) => ({
    id: t.id,
    title: explain.topics[t.id].title,
  }));
}
