import { say } from '../language.ts';

/** One text field ("name" -> knowledge:<prefix>.name), or a list of numbered ones (["fix", 2] -> fix1, fix2). */
export type TextField = 'text' | readonly [item: string, count: number];

/**
 * A knowledge entry whose prose is read from the `knowledge` catalog each time a field is read: the tables stay
 * module constants (ids, codes, builds and sources are data), while their words follow the language in force when
 * a view, a search or a command line's output is made. The getters are enumerable, so spreading an entry or
 * sending it as JSON takes the texts of that moment.
 */
export function localized<T>(data: object, prefix: string, texts: Readonly<Record<string, TextField | undefined>>): T {
  const entry: Record<string, unknown> = { ...data };
  for (const [field, spec] of Object.entries(texts)) {
    if (spec === undefined) continue;
    Object.defineProperty(entry, field, {
      enumerable: true,
      get: () =>
        spec === 'text'
          ? say(`knowledge:${prefix}.${field}`)
          : Array.from({ length: spec[1] }, (_, i) => say(`knowledge:${prefix}.${spec[0]}${i + 1}`)),
    });
  }
  return entry as T;
}
