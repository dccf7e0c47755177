import type { Catalog } from '../catalog.ts';

/** The shell: the top bar, the tabs, the status line, the page shown when not connected. */
export default {
  skip: 'Skip to content',
  'nav.label': 'Sections',
  'tab.bench': 'Bench',
  'tab.enroll': 'Enroll',
  'tab.recovery': 'Recovery',
  'tab.help': 'Troubleshooting',
  'tab.batch': 'Batch',
  'tab.autopilot': 'Autopilot',
  'tab.packages': 'Packages',
  'tab.doctor': 'Doctor',
  'tab.device': 'Device',
  'screen.loading': 'Opening the screen…',
  'screen.failedTitle': 'This screen could not be opened',
  'screen.failed': 'The station stopped answering. Reload the page once it runs again.',
  'status.label': 'Station status',
  'status.connecting': 'Connecting…',
  'status.training': 'Training mode',
  'technician.label': 'Technician',
  'technician.placeholder': 'Your name',
  'language.label': 'Language',
  'language.system': 'System ({{name}})',
  'language.pseudo': 'Pseudo (test)',
  'unconnected.how':
    "This page is the station's screen. Open it from the HoloBench app, or from the address that <0>holobench serve</0> prints (it carries the access token).",
} as const satisfies Catalog;
