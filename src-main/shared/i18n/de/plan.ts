import type { Translation } from '../catalog.ts';
import type en from '../en/plan.ts';

/** The plan namespace in German. */
const de: Translation<typeof en> = {};
export default de;
