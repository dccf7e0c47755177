import { seededRandom } from './wimlib.ts';

/** Compressible text: words from a small seeded vocabulary, spaces and line breaks. */
export function textLike(length: number, seed: number): Buffer {
  const next = seededRandom(seed);
  const words = Array.from({ length: 500 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 8) }, () => 'etaoinshrdlucmfwyp'[Math.floor(next() * 18)]).join(''),
  );
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const w = words[Math.floor(next() * next() * words.length)]!;
    const sep = next() < 0.1 ? '\n' : ' ';
    parts.push(w, sep);
    size += w.length + 1;
  }
  return Buffer.from(parts.join('')).subarray(0, length);
}
