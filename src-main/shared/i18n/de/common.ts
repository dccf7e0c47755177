import type { Translation } from '../catalog.ts';
import type en from '../en/common.ts';

/** The common namespace in German. */
const de: Translation<typeof en> = {};
export default de;
