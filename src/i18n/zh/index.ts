/** Every Simplified-Chinese namespace, mirroring src/i18n/en/index.ts. */
export * from './app';
export * from './card';
export * from './catalog';
export * from './diagram';
export * from './inspector';
export * from './settings';
export * from './table';
export * from './charts';
export * from './compare';
export * from './editor';
export * from './explain';
export * from './export';
export * from './import';
export * from './landscape';
export * from './memory';
export * from './notation';
