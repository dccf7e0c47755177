import type { Catalog } from '../catalog.ts';

/** The batch namespace in English, the source language. */
export default {} as const satisfies Catalog;
