import type { Translation } from '../catalog.ts';
import type en from '../en/graph.ts';

/**
 * The graph namespace in German. The actions are named as labels (no article), so every sentence can take them
 * after a colon whatever case German would ask for in its place.
 */
const de: Translation<typeof en> = {
  'action.autopilot-upload': 'Autopilot-Upload',
  'action.intune-status': 'Intune-Status eines Geräts',
  'action.verify-enrolled': 'Registrierung in Intune bestätigen',
  'action.intune-wipe': 'Zurücksetzen über Intune',
  'action.cleanup-reuse': 'Bereinigung zur Wiederverwendung',
  'action.cleanup-leave-organization': 'Bereinigung beim Verlassen der Organisation',
  'action.intune-tag': 'Gruppentag oder zugewiesenen Benutzer ändern',
  'action.none': 'diese Anfrage',
  'missing.application':
    'Der App-Registrierung fehlt die Anwendungsberechtigung {{permission}} (mit Administratorzustimmung). Sie wird gebraucht für: {{what}}.',
  'missing.delegated':
    'Dem angemeldeten Konto fehlt die delegierte Berechtigung {{permission}}. Sie wird gebraucht für: {{what}}. Ein Administrator kann ihr für die App zustimmen.',
  'missing.delegatedRole':
    'Dem angemeldeten Konto fehlen die delegierte Berechtigung {{permission}} und eine der Rollen {{roles}}. Beides wird gebraucht für: {{what}}. Ein Administrator kann der Berechtigung für die App zustimmen.',
  'missing.given':
    'Das übergebene Token enthält die Berechtigung {{permission}} nicht. Sie wird gebraucht für: {{what}}.',
  'missing.givenEither':
    'Das übergebene Token enthält weder {{application}} (App) noch {{delegated}} (angemeldete Person). Eine davon wird gebraucht für: {{what}}.',
  'missing.givenEitherRole':
    'Das übergebene Token enthält weder {{application}} (App) noch {{delegated}} mit einer der Rollen {{roles}} (angemeldete Person). Eines davon wird gebraucht für: {{what}}.',
  'undeclared.title': 'Die Station hat eine Anfrage versucht, die sie nicht angibt',
  'undeclared.message':
    '{{request}} ({{operation}}) gehört nicht zu den Anfragen für: {{what}}. Es wurde nichts gesendet.',
  'serial.title': 'Keine Seriennummer',
  'serial.message':
    '„{{value}}“ ist keine Seriennummer: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche (höchstens 64).',
  'id.title': 'Graph hat eine ungewöhnliche ID gesendet',
  'id.managed': 'Die ID „{{id}}“ des verwalteten Geräts ist nicht verwendbar.',
  'id.autopilot': 'Die ID „{{id}}“ der Autopilot-Identität ist nicht verwendbar.',
  'id.entra': 'Die ID „{{id}}“ des Entra-Geräts ist nicht verwendbar.',
  'cloud.unknown.title': 'Unbekannte Microsoft-Cloud',
  'cloud.unknown.message':
    '„{{name}}“ ist keine Graph-Cloud, die die Station kennt. Verwenden Sie eine von: {{clouds}}.',
  'tenant.title': 'Der Mandant ist ungültig',
  'tenant.message':
    'Geben Sie den Mandanten mit seiner ID (einer GUID) oder seiner Domäne an, etwa contoso.onmicrosoft.com.',
  'base.invalid': 'Die Graph-Adresse ist ungültig',
  'base.notUrl': '„{{value}}“ ist keine URL.',
  'base.credentials': 'Geben Sie die Adresse ohne Benutzernamen und Kennwort an.',
  'base.unsafe.title': 'Die Graph-Adresse ist nicht sicher',
  'base.unsafe.message':
    '{{origin}} verwendet kein https; das Anmeldetoken würde unverschlüsselt übertragen. Verwenden Sie https (http nur für 127.0.0.1).',
  'base.foreign.title': 'Die Graph-Adresse ist keine Microsoft-Cloud',
  'base.foreign.message':
    '{{host}} ist keine der Microsoft Graph-Clouds ({{clouds}}). Das Anmeldetoken und die Hardwarehashes würden dorthin gesendet. Wenn das wirklich gewollt ist, bestätigen Sie genau diesen Host mit --allow-graph-host {{host}}.',
};

export default de;
