import type { Catalog } from '../catalog.ts';

/** The device namespace in English, the source language. */
export default {} as const satisfies Catalog;
