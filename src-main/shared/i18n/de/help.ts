import type { Translation } from '../catalog.ts';
import type en from '../en/help.ts';

/** The help namespace in German. */
const de: Translation<typeof en> = {};
export default de;
