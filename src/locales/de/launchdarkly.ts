import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in LaunchDarkly definition's text in German; its ids and checks stay in src/providers/launchdarkly.ts. */
export const launchdarkly: ProviderTranslation = {
  description: 'Feature-Flags, Projekte und Umgebungen.',
  warning:
    'Zum Erstellen von API-Zugriffstokens brauchen Sie Adminrechte oder eine benutzerdefinierte Rolle mit den passenden Ressourcenberechtigungen.',
  fields: {
    access_token: {
      label: 'Zugriffstoken',
      patternMessage:
        'LaunchDarkly-Zugriffstokens beginnen mit api-, gefolgt von 32 Ziffern und Kleinbuchstaben a–f in Gruppen mit Bindestrichen, etwa api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.',
      help: 'Wird unter **Organization settings** → **Authorization** erstellt und nur einmal angezeigt.',
      knownMistakes: [
        {
          prefix: 'sdk-',
          message:
            'Das ist ein SDK-Schlüssel (sdk-…), mit dem sich die REST-API von LaunchDarkly nicht aufrufen lässt. Erstellen Sie stattdessen ein Zugriffstoken unter Organization settings → Authorization; es beginnt mit api-.',
        },
        {
          prefix: 'mob-',
          message:
            'Das ist ein mobiler Schlüssel (mob-…), mit dem sich die REST-API von LaunchDarkly nicht aufrufen lässt. Erstellen Sie stattdessen ein Zugriffstoken unter Organization settings → Authorization; es beginnt mit api-.',
        },
      ],
    },
    instance: {
      label: 'Instanz',
      help: 'Wo Ihr Konto gehostet wird: Wählen Sie die Adresse, unter der Sie sich anmelden.',
      // LaunchDarkly's own names for its instances, as with every name its interface shows.
      options: {
        commercial: { label: 'Commercial' },
        eu: { label: 'EU' },
        federal: { label: 'Federal' },
      },
    },
  },
  guide: [
    {
      title: 'API-Zugriffstoken erstellen',
      intro: 'Um LaunchDarkly zu verbinden, erstellen Sie ein API-Zugriffstoken in Ihrem LaunchDarkly-Konto.',
      scopes: ['**Reader**: nur Lesezugriff', '**Writer**: kann Änderungen vornehmen', '**Admin**: voller Zugriff (empfohlen)'],
      steps: [
        {
          title: 'Authorization-Einstellungen öffnen',
          body: 'Melden Sie sich bei Ihrem [LaunchDarkly-Konto](https://app.launchdarkly.com) an und öffnen Sie die Authorization-Einstellungen.',
          bullets: [
            'Klicken Sie unten in der linken Seitenleiste auf das Zahnradsymbol, um **Organization settings** zu öffnen.',
            'Klicken Sie in der Seitenleiste auf **Authorization**, um zur Seite mit den Zugriffstokens zu gelangen.',
            'Liegt Ihr Konto auf der Instanz EU (`app.eu.launchdarkly.com`) oder Federal (`app.launchdarkly.us`), melden Sie sich stattdessen dort an und wählen Sie sie im Feld **Instanz** des Formulars.',
          ],
        },
        {
          title: 'Neues Token erstellen',
          body: 'Klicken Sie im Abschnitt **Access tokens** auf **Create token**.',
        },
        {
          title: 'Token konfigurieren',
          body: 'Füllen Sie die Token-Details aus:',
          bullets: [
            '**Name**: ein aussagekräftiger Name, zum Beispiel der Name dieser App.',
            '**Role**: **Reader** für Lesezugriff, **Writer** für Änderungen oder **Admin** für vollen Zugriff (empfohlen).',
            'Aktivieren Sie **This is a service token** für eine dauerhafte Integration.',
            'Die Berechtigungen eines Service-Tokens stehen nach dem Erstellen endgültig fest und lassen sich nicht bearbeiten.',
          ],
        },
        {
          title: 'Zugriffstoken kopieren',
          body: 'Kopieren Sie das Token direkt nach dem Erstellen und bewahren Sie es sicher auf.',
          bullets: [
            '**Wichtig**: Das Token wird nur einmal angezeigt. Wenn Sie die Seite verlassen oder neu laden, wird es verdeckt und lässt sich nicht wiederherstellen.',
            'Es sieht so aus: `api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.',
          ],
        },
      ],
    },
  ],
};
