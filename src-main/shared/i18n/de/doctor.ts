import type { Translation } from '../catalog.ts';
import type en from '../en/doctor.ts';

/** The doctor namespace in German. */
const de: Translation<typeof en> = {};
export default de;
