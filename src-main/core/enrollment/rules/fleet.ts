/**
 * Rules from the fleet guidance beyond the seed, each checked against a HoloLens page: enterprise (802.1X) Wi-Fi at
 * setup and kiosk mode. The knowledge entries (core/knowledge/topics.ts) carry the detail.
 */
import { is } from '../tri.ts';
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
      ? 'First setup cannot join a Wi-Fi that needs certificates, and certificates from the MDM (SCEP or PKCS) only arrive after enrollment: this plan uses a USB-C Ethernet adapter for Autopilot.'
      : path === 'entra-oobe'
        ? 'First setup cannot join a Wi-Fi that needs certificates: this plan applies a package with the certificates and the Wi-Fi profile at the first setup page before the join (or use a USB-C Ethernet adapter on a HoloLens 2). SCEP or PKCS certificates from the MDM come after enrollment.'
        : 'Enrolling needs the internet, and the 802.1X Wi-Fi needs certificates the MDM sends only after enrollment: enroll over another network (an open or password Wi-Fi, or a USB-C Ethernet adapter on a HoloLens 2), or add a package with the certificates and Wi-Fi profile first.',
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
    `This device becomes a ${facts.kiosk === 'single-app' ? 'single-app' : 'multi-app'} kiosk once the MDM (or a package) sends its Assigned Access settings. ` +
    'The last step checks it as a user the kiosk targets; a HoloLens (1st gen) needs Windows Holographic for Business for kiosk mode.',
  whenUnknown: 'ignore',
  source: 'HLdocs:hololens-kiosk.md',
};

export const FLEET_RULES: readonly Rule[] = [enterpriseWifiNeedsCertificates, kioskCheck];
