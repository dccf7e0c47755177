import type { Translation } from '../catalog.ts';
import type en from '../en/autopilot.ts';

/** The autopilot namespace in German. */
const de: Translation<typeof en> = {};
export default de;
