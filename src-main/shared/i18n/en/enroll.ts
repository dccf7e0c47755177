import type { Catalog } from '../catalog.ts';

/** The enroll namespace in English, the source language. */
export default {} as const satisfies Catalog;
