import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in Remote definition's text in French; its ids and checks stay in src/providers/remote.ts. */
export const remote: ProviderTranslation = {
  description: 'Collaborateurs, contrats de travail et données RH de votre entreprise sur Remote.',
  warning: 'Seul un administrateur ou un propriétaire de l’entreprise peut créer et révoquer des jetons d’API.',
  environments: {
    production: {
      label: 'Production',
      description: 'Votre compte Remote live.',
      tokenNoun: 'un jeton de production',
    },
    sandbox: {
      label: 'Sandbox',
      description: 'Un compte sandbox Remote, pour les tests.',
      tokenNoun: 'un jeton sandbox',
    },
  },
  fields: {
    api_token: {
      label: 'Jeton d’API',
      patternMessage: 'Les jetons d’API Remote commencent par ra_live_ (Production) ou ra_test_ (Sandbox).',
      help: 'Copiez-le depuis le tableau des jetons sous **Integrations & APIs** → **Remote API** (⋯ → **Copy token**).',
    },
  },
  guide: [
    {
      title: 'Générer un jeton d’API',
      intro: 'Un jeton d’API authentifie les requêtes envoyées à l’API de Remote.',
      scopes: ['**Endpoint collections**\u202f: **Read Only** ou **Full Access** (au moins un)'],
      steps: [
        {
          title: 'Se connecter à Remote',
          body: 'Connectez-vous à votre [compte Remote](https://employ.remote.com).',
          bullets: [
            'Dans le panneau de navigation de gauche, allez dans **Company** → **Company Settings** → **Integrations & APIs**.',
            'Cliquez sur la carte **Remote API**.',
          ],
        },
        {
          title: 'Générer un nouveau jeton d’API',
          body: 'Cliquez sur le bouton **Generate API token**.',
          bullets: [
            'Saisissez un nom descriptif pour le jeton, par exemple le nom de cette application.',
            'Sous **Endpoint collections**, choisissez **Read Only** ou **Full Access**. La connexion nécessite au moins un niveau d’autorisation.',
            'Lisez et acceptez les **Remote API Terms of Use**.',
            'Cliquez sur **Generate** pour créer le jeton.',
          ],
        },
        {
          title: 'Copier le jeton d’API',
          body: 'Le nouveau jeton apparaît dans le tableau des jetons.',
          bullets: [
            'Cliquez sur le menu à trois points (⋯) à côté du jeton et choisissez **Copy token**.',
            'Conservez-le en lieu sûr.',
          ],
        },
      ],
    },
    {
      title: 'Sélectionner votre environnement',
      intro: 'L’environnement doit correspondre au type de votre compte Remote et au préfixe de votre jeton.',
      steps: [
        {
          title: 'Choisir l’environnement correspondant',
          bullets: [
            '**Production** pour un compte Remote live\u202f: les jetons d’API de production commencent par `ra_live_`.',
            '**Sandbox** pour un compte sandbox Remote utilisé pour les tests\u202f: les jetons d’API sandbox commencent par `ra_test_`.',
            'L’environnement doit correspondre au jeton\u202f: un jeton sandbox ne fonctionne pas avec l’environnement Production, ni un jeton de production avec l’environnement Sandbox.',
          ],
        },
      ],
    },
  ],
};
