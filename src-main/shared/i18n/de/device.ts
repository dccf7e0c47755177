import type { Translation } from '../catalog.ts';
import type en from '../en/device.ts';

/** The device namespace in German. */
const de: Translation<typeof en> = {};
export default de;
