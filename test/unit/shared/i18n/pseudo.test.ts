import { describe, expect, it } from 'vitest';
import { pseudoize, untranslatedParts } from '../../../../src-main/shared/i18n/pseudo.ts';

describe('pseudo-localisation marks every translated text and keeps what i18next needs', () => {
  it.each([
    ['Reset the device', /^⟦Ŕéšéţ ţĥé đéṽíçé~+⟧$/],
    ['{{count}} devices', /^⟦\{\{count\}\} đéṽíçéš~+⟧$/],
    ['Run <0>holobench serve</0>', /^⟦Ŕüñ <0>ĥöĺöƀéñçĥ šéŕṽé<\/0>~+⟧$/],
    ['See $t(common:help)', /^⟦Šéé \$t\(common:help\)~+⟧$/],
  ])('%s', (text, shape) => {
    expect(pseudoize(text)).toMatch(shape);
  });

  it('is about a third longer, so layouts are tried with German-length texts', () => {
    expect(pseudoize('abcdefghij').length).toBeGreaterThanOrEqual(2 + 10 + 3);
  });

  it.each([
    ['⟦Ŕéšéţ~~⟧', []],
    ['⟦Šéŕíàĺ HL2-0001~⟧', []],
    ['Reset ⟦ţĥé~⟧ device', ['Reset', 'device']],
    ['3 / 4', []],
    ['HoloLens', ['HoloLens']],
  ])('untranslated parts of %s', (text, parts) => {
    expect(untranslatedParts(text)).toEqual(parts);
  });
});
