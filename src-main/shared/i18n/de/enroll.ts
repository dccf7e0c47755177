import type { Translation } from '../catalog.ts';
import type en from '../en/enroll.ts';

/** The enroll namespace in German. */
const de: Translation<typeof en> = {};
export default de;
