import type { Catalog } from '../catalog.ts';

/**
 * The graph namespace in English, the source language: what the station says about its Microsoft Graph requests
 * (the actions a technician starts, a permission a refusal shows missing, ids and serials it will not send).
 * Permission and role names are Microsoft's identifiers: they stay as they are, in every language.
 */
export default {
  'action.autopilot-upload': 'the Autopilot upload',
  'action.intune-status': 'the Intune status of a device',
  'action.verify-enrolled': 'confirming enrollment in Intune',
  'action.intune-wipe': 'an Intune wipe',
  'action.cleanup-reuse': 'the clean-up for reuse',
  'action.cleanup-leave-organization': 'the clean-up for leaving the organisation',
  'action.intune-tag': 'changing the group tag or assigned user',
  'action.none': 'this request',
  'missing.application':
    'The app registration lacks the application permission {{permission}} (with admin consent), which {{what}} needs.',
  'missing.delegated':
    'The signed-in account lacks the delegated permission {{permission}}, which {{what}} needs; an admin can consent to it for the app.',
  'missing.delegatedRole':
    'The signed-in account lacks the delegated permission {{permission}} and one of the roles {{roles}}, which {{what}} needs; an admin can consent to it for the app.',
  'missing.given': 'The token given does not carry the {{permission}} permission, which {{what}} needs.',
  'missing.givenEither':
    'The token given does not carry {{application}} (app) or {{delegated}} (signed-in person), which {{what}} needs.',
  'missing.givenEitherRole':
    'The token given does not carry {{application}} (app) or {{delegated}} and one of the roles {{roles}} (signed-in person), which {{what}} needs.',
  'undeclared.title': 'The station tried a request it does not declare',
  'undeclared.message': '{{request}} ({{operation}}) is not among the requests of {{what}}; nothing was sent.',
  'serial.title': 'Not a serial number',
  'serial.message':
    '"{{value}}" is not a serial number: use letters, digits, dots, dashes or underscores (at most 64).',
  'id.title': 'Graph sent an odd id',
  'id.managed': 'The managed device id "{{id}}" is not usable.',
  'id.autopilot': 'The Autopilot identity id "{{id}}" is not usable.',
  'id.entra': 'The Entra device id "{{id}}" is not usable.',
  'cloud.unknown.title': 'Unknown Microsoft cloud',
  'cloud.unknown.message': '"{{name}}" is not a Graph cloud the station knows. Use one of: {{clouds}}.',
  'tenant.title': 'The tenant is not valid',
  'tenant.message': 'Give the tenant as its ID (a GUID) or its domain, like contoso.onmicrosoft.com.',
  'base.invalid': 'The Graph address is not valid',
  'base.notUrl': '"{{value}}" is not a URL.',
  'base.credentials': 'Give the address without a user name or password.',
  'base.unsafe.title': 'The Graph address is not safe',
  'base.unsafe.message':
    '{{origin}} is not https; the sign-in token would travel unencrypted. Use https (http only for 127.0.0.1).',
  'base.foreign.title': 'The Graph address is not a Microsoft cloud',
  'base.foreign.message':
    '{{host}} is not one of the Microsoft Graph clouds ({{clouds}}). The sign-in token and the hardware hashes would be sent there. If that is really meant, confirm the exact host with --allow-graph-host {{host}}.',
} as const satisfies Catalog;
