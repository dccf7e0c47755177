import type { Translation } from '../catalog.ts';
import type en from '../en/batch.ts';

/** The batch namespace in German. */
const de: Translation<typeof en> = {};
export default de;
