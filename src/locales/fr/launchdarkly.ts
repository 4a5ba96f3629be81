import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in LaunchDarkly definition's text in French; its ids and checks stay in src/providers/launchdarkly.ts. */
export const launchdarkly: ProviderTranslation = {
  description: 'Feature flags, projets et environnements.',
  warning:
    'La création de jetons d’accès à l’API nécessite des droits d’administrateur, ou un rôle personnalisé disposant des autorisations adéquates sur les ressources.',
  fields: {
    access_token: {
      label: 'Jeton d’accès',
      patternMessage:
        'Les jetons d’accès LaunchDarkly commencent par api-, suivis de 32 chiffres et lettres minuscules de a à f en groupes séparés par des tirets, comme api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.',
      help: 'Créé sous **Organization settings** → **Authorization**\u202f; il n’est affiché qu’une seule fois.',
      knownMistakes: [
        {
          prefix: 'sdk-',
          message:
            'Il s’agit d’une clé SDK (sdk-…), qui ne permet pas d’appeler l’API REST de LaunchDarkly. Créez plutôt un jeton d’accès sous Organization settings → Authorization\u202f; il commence par api-.',
        },
        {
          prefix: 'mob-',
          message:
            'Il s’agit d’une clé mobile (mob-…), qui ne permet pas d’appeler l’API REST de LaunchDarkly. Créez plutôt un jeton d’accès sous Organization settings → Authorization\u202f; il commence par api-.',
        },
      ],
    },
    instance: {
      label: 'Instance',
      help: 'L’endroit où votre compte est hébergé\u202f: choisissez l’adresse à laquelle vous vous connectez.',
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
      title: 'Créer un jeton d’accès à l’API',
      intro: 'Pour connecter LaunchDarkly, créez un jeton d’accès à l’API dans votre compte LaunchDarkly.',
      scopes: [
        '**Reader**\u202f: accès en lecture seule',
        '**Writer**\u202f: peut apporter des modifications',
        '**Admin**\u202f: accès complet (recommandé)',
      ],
      steps: [
        {
          title: 'Ouvrir les paramètres Authorization',
          body: 'Connectez-vous à votre [compte LaunchDarkly](https://app.launchdarkly.com) et ouvrez les paramètres Authorization.',
          bullets: [
            'Cliquez sur l’icône en forme d’engrenage en bas de la barre latérale gauche pour ouvrir **Organization settings**.',
            'Cliquez sur **Authorization** dans la barre latérale pour accéder à la page des jetons d’accès.',
            'Si votre compte se trouve sur l’instance EU (`app.eu.launchdarkly.com`) ou Federal (`app.launchdarkly.us`), connectez-vous plutôt à celle-ci et choisissez-la dans le champ **Instance** du formulaire.',
          ],
        },
        {
          title: 'Créer un nouveau jeton',
          body: 'Dans la section **Access tokens**, cliquez sur **Create token**.',
        },
        {
          title: 'Configurer le jeton',
          body: 'Renseignez les informations du jeton\u202f:',
          bullets: [
            '**Name**\u202f: un nom descriptif, par exemple le nom de cette application.',
            '**Role**\u202f: **Reader** pour un accès en lecture seule, **Writer** pour apporter des modifications, ou **Admin** pour un accès complet (recommandé).',
            'Cochez **This is a service token** pour une intégration durable.',
            'Les autorisations d’un jeton de service sont définitives une fois qu’il est créé\u202f: elles ne peuvent pas être modifiées.',
          ],
        },
        {
          title: 'Copier le jeton d’accès',
          body: 'Juste après l’avoir créé, copiez le jeton et conservez-le en lieu sûr.',
          bullets: [
            '**Important**\u202f: le jeton n’est affiché qu’une seule fois. Si vous quittez ou actualisez la page, il est masqué et ne peut plus être récupéré.',
            'Il ressemble à `api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.',
          ],
        },
      ],
    },
  ],
};
