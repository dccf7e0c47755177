/** Writes the sample package to `out` and returns its path (scripts/make-sample-ppkg.mjs). */
export function makeSamplePackage(out: string): string;
