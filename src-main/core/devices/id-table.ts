import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Confidence, DeviceKind, Mode, Model } from '../../shared/contract/devices.ts';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

export const IdTableEntry = z.object({
  id: z.string().min(1),
  usbId: z.string().regex(/^[0-9A-F]{4}:[0-9A-F]{4}$/),
  name: z.string().min(1),
  model: Model,
  mode: Mode,
  kind: DeviceKind,
  confidence: Confidence,
  source: z.string().min(1),
});
export type IdTableEntry = z.infer<typeof IdTableEntry>;

export const IdTable = z.object({
  version: z.literal(1),
  about: z.string().optional(),
  entries: z.array(IdTableEntry),
});
export type IdTable = z.infer<typeof IdTable>;

export function parseIdTable(raw: unknown): IdTable {
  const parsed = IdTable.safeParse(raw);
  if (!parsed.success) {
    throw new StationError(
      'id-table-invalid',
      say('station:idTable.damaged'),
      say('station:idTable.shape', { problem: parsed.error.issues[0]?.message ?? '?' }),
    );
  }
  const seen = new Set<string>();
  for (const e of parsed.data.entries) {
    if (seen.has(e.usbId)) {
      throw new StationError(
        'id-table-invalid',
        say('station:idTable.damaged'),
        say('station:idTable.twice', { id: e.usbId }),
      );
    }
    seen.add(e.usbId);
  }
  return parsed.data;
}

export function loadIdTable(resourcesDir: string): IdTable {
  const file = join(resourcesDir, 'usb-ids.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new StationError(
      'id-table-missing',
      say('station:idTable.missing'),
      say('station:idTable.unreadable', { file }),
      {
        cause,
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new StationError(
      'id-table-invalid',
      say('station:idTable.damaged'),
      say('station:idTable.notJson', { file }),
      {
        cause,
      },
    );
  }
  return parseIdTable(json);
}
