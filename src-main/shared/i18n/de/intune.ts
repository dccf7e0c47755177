import type { Translation } from '../catalog.ts';
import type en from '../en/intune.ts';

/** The intune namespace in German. */
const de: Translation<typeof en> = {};
export default de;
