import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAssignedUser,
  checkGroupTag,
  checkHardwareHash,
  checkProductId,
  checkSerial,
  isBase64,
  isUpn,
} from '../../../../src-main/core/autopilot/values.ts';

describe('Base64 hashes', () => {
  it.each([
    ['AAAA', true],
    ['T0FBQQ==', true],
    ['T0FBQUE=', true],
    ['abc+/w==', true],
    ['', false],
    ['AAA', false], // length not a multiple of 4
    ['AA=A', false], // padding in the middle
    ['AAAA===', false],
    ['AB-_', false], // Base64url is not what Intune takes
    ['AA AA', false],
    ['ÄAAA', false],
  ])('%j -> %s', (value, ok) => {
    expect(isBase64(value)).toBe(ok);
  });

  it('accepts whatever Buffer encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) =>
        isBase64(Buffer.from(bytes).toString('base64')),
      ),
    );
  });

  it('explains empty, oversized and non-Base64 hashes', () => {
    expect(checkHardwareHash('')).toMatch(/empty/);
    expect(checkHardwareHash('A'.repeat(70_000))).toMatch(/longer/);
    expect(checkHardwareHash('not base64!')).toMatch(/not valid Base64/);
    expect(checkHardwareHash('T0FBQQ==')).toBeNull();
  });
});

describe('assigned users are UPNs', () => {
  it.each([
    ['tech@contoso.com', true],
    ['first.last+bench@sub.contoso.co.uk', true],
    ["o'brien@contoso.com", true],
    ['tech', false],
    ['tech@contoso', false],
    ['@contoso.com', false],
    ['tech@@contoso.com', false],
    ['tech@contoso.com,other@contoso.com', false],
    ['tëch@contoso.com', false],
    ['tech @contoso.com', false],
    ['tech@-contoso.com', false],
  ])('%j -> %s', (value, ok) => {
    expect(isUpn(value)).toBe(ok);
    expect(checkAssignedUser(value) === null).toBe(ok);
  });

  it('allows no user at all', () => {
    expect(checkAssignedUser('')).toBeNull();
  });
});

describe('group tags', () => {
  it.each([
    ['', null],
    ['Bench-A', null],
    ['Site 7 / Line 2', null],
    ['a,b', /comma/],
    ['say "hi"', /double quote/],
    ['Café', /ASCII/],
    ['line\nbreak', /ASCII/],
    ['x'.repeat(129), /longer than 128/],
  ])('%j', (value, problem) => {
    const message = checkGroupTag(value);
    if (problem === null) expect(message).toBeNull();
    else expect(message).toMatch(problem);
  });
});

describe('serial numbers and product IDs', () => {
  it.each([
    ['310020512345', null],
    ['', /empty/],
    ['31002,0512345', /comma/],
    ['3100"20', /double quote/],
    ['3100２0', /ASCII/],
    ['9'.repeat(129), /longer/],
  ])('serial %j', (value, problem) => {
    const message = checkSerial(value);
    if (problem === null) expect(message).toBeNull();
    else expect(message).toMatch(problem);
  });

  it.each([
    ['', true],
    ['3305000005123', true], // PKID
    ['00330-80000-00000-AA123', true],
    ['00330-80000-00000-aaoem', true],
    ['12345', false],
    ['00330-80000-00000', false],
    ['00330,80000', false],
    ['XXXXX-XXXXX-XXXXX-XXXXX-XXXXX', false],
  ])('product ID %j ok=%s', (value, ok) => {
    expect(checkProductId(value) === null).toBe(ok);
  });
});
