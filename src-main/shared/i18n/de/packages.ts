import type { Translation } from '../catalog.ts';
import type en from '../en/packages.ts';

/** The packages namespace in German. */
const de: Translation<typeof en> = {};
export default de;
