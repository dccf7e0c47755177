import { describe, expect, it } from 'vitest';
import { preflight, type PackageFacts, type PreflightOptions } from '../../../../src-main/core/packages/preflight.ts';
import type { RecognisedSetting } from '../../../../src-main/core/packages/recognise.ts';
import type { SettingId } from '../../../../src-main/core/packages/settings-table.ts';
import { WimError } from '../../../../src-main/core/packages/wim/errors.ts';
import { formatDateTime } from '../../../../src-main/shared/i18n/format.ts';

const NOW = new Date('2025-03-01T12:00:00Z');
const DAY = 86_400_000;

function setting(id: SettingId, value?: string): RecognisedSetting {
  const kind = id.startsWith('package-') ? 'package' : 'setting';
  return { id, kind, label: id, member: 'customizations.xml', ...(value ? { value } : {}) };
}

function facts(
  over: Partial<PackageFacts> & {
    settings?: RecognisedSetting[];
    owner?: string;
    token?: PackageFacts['recognition']['token'];
  } = {},
): PackageFacts {
  const {
    settings = [setting('wifi', 'Warehouse')],
    owner,
    token = { present: false, expiresAt: null },
    ...rest
  } = over;
  return {
    archiveError: null,
    memberErrors: [],
    encryptedMembers: [],
    looksEncrypted: false,
    imageCount: 1,
    ignoredEntries: 0,
    writeInProgress: false,
    overBudget: null,
    headerImageCount: 1,
    wimXmlProblem: null,
    missingStreams: [],
    recognition: { settings, identity: owner === undefined ? {} : { owner }, token, xmlProblems: [] },
    ...rest,
  };
}

const at = (offsetMs: number): Date => new Date(NOW.getTime() + offsetMs);

type Row = [rule: string, facts: PackageFacts, options: PreflightOptions, expected: [string, string][]];

const rows: Row[] = [
  ['a clean package with a recognised setting has no findings', facts(), {}, []],
  [
    'an unreadable archive is one block finding with its own code',
    facts({ archiveError: new WimError('ppkg.truncated', 'lookup table past the end') }),
    {},
    [['block', 'ppkg.truncated']],
  ],
  [
    'an unreadable archive hides every other rule (nothing else can be known)',
    facts({ archiveError: new WimError('ppkg.not-wim', 'x'), settings: [] }),
    { target: 'hololens1', mdmPlanned: true },
    [['block', 'ppkg.not-wim']],
  ],
  [
    'damaged members are grouped into one block finding per kind of damage',
    facts({
      memberErrors: [
        { path: 'a.xml', error: new WimError('ppkg.bad-hash', 'sha') },
        { path: 'b.bin', error: new WimError('ppkg.bad-hash', 'sha') },
        { path: 'c.bin', error: new WimError('ppkg.corrupt', 'chunk') },
      ],
    }),
    {},
    [
      ['block', 'ppkg.bad-hash'],
      ['block', 'ppkg.corrupt'],
    ],
  ],
  ['EFS-encrypted members block', facts({ encryptedMembers: ['secret.xml'] }), {}, [['block', 'ppkg.encrypted']]],
  [
    'contents that look encrypted block',
    facts({ looksEncrypted: true, settings: [] }),
    {},
    [
      ['block', 'ppkg.encrypted'],
      ['info', 'ppkg.nothing-recognised'],
    ],
  ],
  [
    'an expired token blocks',
    facts({ token: { present: true, expiresAt: at(-DAY) } }),
    { now: NOW },
    [['block', 'ppkg.token-expired']],
  ],
  [
    'a token expiring exactly now blocks',
    facts({ token: { present: true, expiresAt: NOW } }),
    { now: NOW },
    [['block', 'ppkg.token-expired']],
  ],
  [
    'a token expiring in 1 hour warns',
    facts({ token: { present: true, expiresAt: at(3_600_000) } }),
    { now: NOW },
    [['warn', 'ppkg.token-expiring']],
  ],
  [
    'a token expiring in exactly 7 days warns',
    facts({ token: { present: true, expiresAt: at(7 * DAY) } }),
    { now: NOW },
    [['warn', 'ppkg.token-expiring']],
  ],
  [
    'a token expiring in 7 days and a minute is fine',
    facts({ token: { present: true, expiresAt: at(7 * DAY + 60_000) } }),
    { now: NOW },
    [],
  ],
  [
    'a token without an expiry is an info finding',
    facts({ token: { present: true, expiresAt: null } }),
    { now: NOW },
    [['info', 'ppkg.token-expiry-unknown']],
  ],
  [
    'HoloLens (1st gen), MDM planned, no edition upgrade: warn',
    facts(),
    { target: 'hololens1', mdmPlanned: true },
    [['warn', 'ppkg.hl1-no-edition-upgrade']],
  ],
  [
    'HoloLens (1st gen), MDM planned, with edition upgrade: fine',
    facts({ settings: [setting('wifi'), setting('edition-upgrade', 'UpgradeEditionWithLicense')] }),
    { target: 'hololens1', mdmPlanned: true },
    [],
  ],
  ['HoloLens (1st gen), no MDM planned: fine', facts(), { target: 'hololens1', mdmPlanned: false }, []],
  [
    'HoloLens 2, MDM planned, no edition upgrade: fine (HL2 needs none)',
    facts(),
    { target: 'hololens2', mdmPlanned: true },
    [],
  ],
  [
    'HoloLens (1st gen): a bulk token means MDM is planned unless told otherwise',
    facts({ token: { present: true, expiresAt: at(20 * DAY) } }),
    { target: 'hololens1', now: NOW },
    [['warn', 'ppkg.hl1-no-edition-upgrade']],
  ],
  [
    'HoloLens (1st gen): an MDM enrollment setting means MDM is planned',
    facts({ settings: [setting('mdm-enrollment', 'enroll@contoso.com')] }),
    { target: 'hololens1' },
    [['warn', 'ppkg.hl1-no-edition-upgrade']],
  ],
  ['owner IT Admin (as WCD writes it) is fine', facts({ owner: 'ITAdmin' }), {}, []],
  ['owner "IT Admin" with a space is fine', facts({ owner: 'IT Admin' }), {}, []],
  ['owner OEM warns', facts({ owner: 'OEM' }), {}, [['warn', 'ppkg.owner-not-it-admin']]],
  ['owner SystemIntegrator warns', facts({ owner: 'SystemIntegrator' }), {}, [['warn', 'ppkg.owner-not-it-admin']]],
  [
    'only package details, no settings: info',
    facts({ settings: [setting('package-owner', 'ITAdmin')], owner: 'ITAdmin' }),
    {},
    [['info', 'ppkg.nothing-recognised']],
  ],
  ['more than one image: info', facts({ imageCount: 2, headerImageCount: 2 }), {}, [['info', 'ppkg.multiple-images']]],
  ['entries with impossible names: warn', facts({ ignoredEntries: 2 }), {}, [['warn', 'ppkg.odd-names']]],
  ['a writer that never finished: warn', facts({ writeInProgress: true }), {}, [['warn', 'ppkg.incomplete']]],
  [
    'findings come out blocks first, then warnings, then info',
    facts({ settings: [], owner: 'OEM', token: { present: true, expiresAt: at(-DAY) } }),
    { now: NOW },
    [
      ['block', 'ppkg.token-expired'],
      ['warn', 'ppkg.owner-not-it-admin'],
      ['info', 'ppkg.nothing-recognised'],
    ],
  ],
];

describe('preflight', () => {
  it.each(rows)('%s', (_, input, options, expected) => {
    expect(preflight(input, options).map((f) => [f.severity, f.code])).toEqual(expected);
  });

  it('every finding has a plain message', () => {
    for (const [, input, options] of rows) {
      for (const f of preflight(input, options)) {
        expect(f.message.length).toBeGreaterThan(20);
        expect(f.message).not.toMatch(/undefined|null|NaN/);
      }
    }
  });

  it('the expiry warning names the date and the days left', () => {
    const [f] = preflight(facts({ token: { present: true, expiresAt: at(3 * DAY) } }), { now: NOW });
    // The date as the station's language writes it (tests run in English).
    expect(f!.message).toContain(formatDateTime(at(3 * DAY), 'en'));
    expect(f!.message).toContain('in 3 days');
  });
});
