import type { Translation } from '../catalog.ts';
import type en from '../en/recovery.ts';

/** The recovery namespace in German. */
const de: Translation<typeof en> = {};
export default de;
