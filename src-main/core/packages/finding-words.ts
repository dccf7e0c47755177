import { say } from '../language.ts';

/**
 * What a package finding says, kept as a catalog key (in the station-work namespace) and its values rather than as
 * finished text: the library stores the words with the inspection and says them again in the language of the
 * moment, so a package checked in English reads in German after the technician switches.
 */
export interface FindingWords {
  key: string;
  params?: Record<string, string | number>;
}

export function sayWords(words: FindingWords): string {
  return say(`station-work:${words.key}`, words.params);
}
