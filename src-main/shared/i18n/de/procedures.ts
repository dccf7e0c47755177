import type { Translation } from '../catalog.ts';
import type en from '../en/procedures.ts';

/** The procedures namespace in German. */
const de: Translation<typeof en> = {};
export default de;
