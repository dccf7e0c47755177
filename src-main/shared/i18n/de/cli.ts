import type { Translation } from '../catalog.ts';
import type en from '../en/cli.ts';

/** The cli namespace in German. */
const de: Translation<typeof en> = {};
export default de;
