/** Zod schemas for the offline knowledge base. Imports zod only, so the shared contract can re-export them. */
import { z } from 'zod';

/** What `holobench error <code>` prints. `code` is always the canonical form, e.g. "0x80180014". */
export const ErrorCodeInfo = z.object({
  code: z.string().regex(/^0x[0-9A-F]{8}$/),
  /** The same HRESULT as a signed 32-bit number, as some logs print it. */
  signed: z.number().int(),
  /** The Windows constant name, when a public header or Microsoft page confirms it. */
  symbol: z.string().optional(),
  name: z.string().min(1),
  meaning: z.string().min(1),
  fixes: z.array(z.string().min(1)).min(1),
  /** Where techs meet it: enrollment, Entra join, Autopilot. */
  area: z.enum(['mdm-enrollment', 'entra-join', 'autopilot']),
  source: z.string().min(1),
  unverified: z.string().optional(),
});
export type ErrorCodeInfo = z.infer<typeof ErrorCodeInfo>;

export const BuildModel = z.enum(['hololens1', 'hololens2']);

export const BuildRelease = z.object({
  model: BuildModel,
  version: z.string().min(1),
  build: z.string().min(1),
  note: z.string().optional(),
  source: z.string().min(1),
  unverified: z.string().optional(),
});
export type BuildRelease = z.infer<typeof BuildRelease>;

/** A capability that arrives with a build. `minBuild` null means every build of that model has it. */
export const BuildFeature = z.object({
  id: z.string().min(1),
  model: BuildModel,
  minBuild: z.string().nullable(),
  version: z.string().min(1),
  title: z.string().min(1),
  detail: z.string().min(1),
  source: z.string().min(1),
  unverified: z.string().optional(),
});
export type BuildFeature = z.infer<typeof BuildFeature>;

/** One item of the seed's enrollment troubleshooting list. */
export const ChecklistItem = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  where: z.enum(['device', 'portal']),
  how: z.string().min(1),
  /** Error codes this item explains when it is not met. */
  relatedErrors: z.array(z.string()),
  /** Which paths it matters for; "all" for every path. */
  appliesTo: z.union([z.literal('all'), z.array(z.string())]),
  source: z.string().min(1),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Fleet guidance beyond the seed (kiosk, certificates, updates...), each checked against a HoloLens page. */
export const GuidanceTopic = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  models: z.array(BuildModel).min(1),
  summary: z.string().min(1),
  points: z.array(z.string().min(1)).min(1),
  source: z.string().regex(/HLdocs:/),
  unverified: z.string().optional(),
});
export type GuidanceTopic = z.infer<typeof GuidanceTopic>;

export const KnowledgeKind = z.enum([
  'error',
  'led',
  'checklist',
  'build',
  'feature',
  'procedure',
  'reuse',
  'rule',
  'topic',
]);
export type KnowledgeKind = z.infer<typeof KnowledgeKind>;

export const KnowledgeHit = z.object({
  kind: KnowledgeKind,
  id: z.string().min(1),
  title: z.string().min(1),
  snippet: z.string(),
  score: z.number(),
});
export type KnowledgeHit = z.infer<typeof KnowledgeHit>;
