import type { Translation } from '../catalog.ts';
import type en from '../en/bench.ts';

/** The bench namespace in German. */
const de: Translation<typeof en> = {};
export default de;
