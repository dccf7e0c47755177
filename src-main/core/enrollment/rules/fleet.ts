/**
 * Rules from the fleet guidance beyond the seed, each checked against a HoloLens page: enterprise (802.1X) Wi-Fi at
 * setup and kiosk mode. The knowledge entries (core/knowledge/topics.ts) carry the detail.
 */
import { is } from '../tri.ts';
import { say } from '../../language.ts';
import type { Rule } from './types.ts';

/** Setup joins only open, password or captive-portal Wi-Fi; certificates from the MDM arrive after enrollment. */
export const enterpriseWifiNeedsCertificates: Rule = {
  code: 'enterprise-wifi-needs-certificates',
  effect: 'warn',
  paths: 'all',
  facts: ['enterpriseWifi'],
  applies: ({ facts }) => is(facts.enterpriseWifi, true),
  message: ({ path }) =>
    path === 'autopilot'
      ? say('plan:rule.enterpriseWifi.autopilot')
      : path === 'entra-oobe'
        ? say('plan:rule.enterpriseWifi.entraOobe')
        : say('plan:rule.enterpriseWifi.settings'),
  whenUnknown: 'ignore',
  source: 'HLdocs:hololens-network.md; HLdocs:hololens-certificates-network.md',
};

export const kioskCheck: Rule = {
  code: 'kiosk-after-enrollment',
  effect: 'warn',
  paths: 'all',
  facts: ['kiosk'],
  applies: ({ facts }) => is(facts.kiosk, 'single-app', 'multi-app'),
  message: ({ facts }) =>
    facts.kiosk === 'single-app' ? say('plan:rule.kiosk.single-app') : say('plan:rule.kiosk.multi-app'),
  whenUnknown: 'ignore',
  source: 'HLdocs:hololens-kiosk.md',
};

export const FLEET_RULES: readonly Rule[] = [enterpriseWifiNeedsCertificates, kioskCheck];
