import { describe, expect, it } from 'vitest';
import {
  authorityFor,
  GRAPH_CLOUDS,
  parseGraphRoot,
  tokenDestination,
} from '../../../../src-main/core/autopilot/graph-cloud.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import type { StationError } from '../../../../src-main/shared/errors.ts';

const code = (value: string, allowed?: string): string => {
  try {
    parseGraphRoot(value, allowed);
    return 'ok';
  } catch (error) {
    return (error as StationError).code;
  }
};

describe('where the Graph token may go', () => {
  it.each([
    ['the global cloud', 'https://graph.microsoft.com', undefined, 'ok'],
    ['US Government L4', 'https://graph.microsoft.us/', undefined, 'ok'],
    ['US Government L5', 'https://dod-graph.microsoft.us', undefined, 'ok'],
    ['China', 'https://microsoftgraph.chinacloudapi.cn', undefined, 'ok'],
    ['this machine over http', 'http://127.0.0.1:8080', undefined, 'ok'],
    ['localhost over http', 'http://localhost:8080/mock', undefined, 'ok'],
    ['any other https host', 'https://graph.evil.example', undefined, 'graph-base-not-allowed'],
    ['a look-alike of a cloud host', 'https://graph.microsoft.com.evil.example', undefined, 'graph-base-not-allowed'],
    ['another host confirmed by name', 'https://graph.evil.example', 'graph.evil.example', 'ok'],
    [
      'a different host than the one confirmed',
      'https://graph.evil.example',
      'other.example',
      'graph-base-not-allowed',
    ],
    [
      'the confirmed name on another port',
      'https://graph.evil.example:444',
      'graph.evil.example',
      'graph-base-not-allowed',
    ],
    [
      'plain http to another host, even confirmed',
      'http://graph.evil.example',
      'graph.evil.example',
      'graph-base-invalid',
    ],
    ['credentials in the address', 'https://user:pw@graph.microsoft.com', undefined, 'graph-base-invalid'],
    ['not a URL', 'graph', undefined, 'graph-base-invalid'],
  ])('%s: %s -> %s', (_, value, allowed, expected) => {
    expect(code(value, allowed)).toBe(expected);
  });

  it.each([
    ['https://graph.microsoft.com', 'graph.microsoft.com (Microsoft Graph global service)'],
    ['http://127.0.0.1:4000', '127.0.0.1:4000 (this computer)'],
    ['https://graph.evil.example', 'graph.evil.example (a host you confirmed, not a Microsoft cloud)'],
  ])('says plainly where the token goes: %s', (root, said) => {
    expect(tokenDestination(root)).toContain(said);
  });

  it('a refused address or tenant is told in the station language; hosts and the flag stay as they are', () => {
    setStationLanguage('de');
    try {
      expect(() => parseGraphRoot('http://graph.evil.example')).toThrow(
        expect.objectContaining({
          title: 'Die Graph-Adresse ist nicht sicher',
          message: expect.stringMatching(/^http:\/\/graph\.evil\.example verwendet kein https;/) as unknown,
        }),
      );
      expect(() => parseGraphRoot('https://graph.evil.example')).toThrow(/--allow-graph-host graph\.evil\.example\.$/);
      expect(() => authorityFor(GRAPH_CLOUDS.global, 'contoso/../x')).toThrow(
        expect.objectContaining({ code: 'graph-tenant-invalid', title: 'Der Mandant ist ungültig' }),
      );
    } finally {
      setStationLanguage('en');
    }
  });
});
