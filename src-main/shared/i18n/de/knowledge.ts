import type { Translation } from '../catalog.ts';
import type en from '../en/knowledge.ts';

/** The knowledge namespace in German. */
const de: Translation<typeof en> = {};
export default de;
