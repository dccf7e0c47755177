/** Which fleet guidance topics (core/knowledge/topics.ts) a plan should point at, from its path, facts and findings. */
import type { EnrollmentFacts } from '../../shared/contract/enrollment-facts.ts';
import type { Finding, PathId } from '../../shared/contract/enrollment-plan.ts';

export function guidanceFor(path: PathId, facts: EnrollmentFacts, findings: readonly Finding[]): string[] {
  const codes = new Set(findings.map((f) => f.code));
  const ids: string[] = [];
  if (codes.has('autopilot-not-registered')) ids.push('hash-harvest');
  if ([...codes].some((c) => c.includes('needs-19041') || c === 'hl1-multi-user-needs-1803')) ids.push('updates');
  if (facts.model === 'hololens1' && facts.edition === 'holographic') ids.push('hl1-business-upgrade');
  if (facts.enterpriseWifi === true) ids.push('certificates-wifi');
  if (facts.kiosk === 'single-app' || facts.kiosk === 'multi-app') ids.push('kiosk');
  if (path === 'autopilot') ids.push('setup-language', 'tenant-lockdown-symptoms');
  return ids;
}
