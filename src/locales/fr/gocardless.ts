import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in GoCardless definition's text in French; its ids and checks stay in src/providers/gocardless.ts. */
export const gocardless: ProviderTranslation = {
  description: 'Paiements bancaires, mandats et clients.',
  warning:
    'Les jetons d’accès servent à utiliser **votre propre** compte GoCardless via l’API\u202f; les intégrations partenaires qui gèrent les comptes d’autres utilisateurs doivent utiliser OAuth 2.0 à la place. Utilisez le jeton du bon environnement\u202f: les jetons sandbox ne fonctionnent qu’avec l’API sandbox, les jetons live qu’avec l’API live.',
  environments: {
    production: {
      label: 'Production',
      description: 'Votre compte GoCardless live, pour de vrais paiements.',
      tokenNoun: 'un jeton live',
    },
    sandbox: {
      label: 'Sandbox',
      description: 'Un compte sandbox GoCardless distinct, pour tester sans paiements réels.',
      tokenNoun: 'un jeton sandbox',
    },
  },
  fields: {
    access_token: {
      label: 'Jeton d’accès',
      patternMessage:
        'Les jetons d’accès GoCardless commencent par live_ ou sandbox_, suivis d’environ 40 lettres, chiffres, tirets, traits de soulignement ou signes égal.',
      help: 'Créé sous **Developers** → **API settings** dans le tableau de bord GoCardless\u202f; il n’est affiché qu’une seule fois.',
    },
  },
  guide: [
    {
      title: 'Créer votre jeton d’accès GoCardless',
      intro:
        'GoCardless authentifie les appels à l’API avec un jeton d’accès de type Bearer. Créez-en un dans votre tableau de bord GoCardless comme suit.',
      scopes: [
        '**Read only access**\u202f: opérations en lecture seule',
        '**Read-write access**\u202f: accès complet à l’API (création, modification, suppression)',
      ],
      steps: [
        {
          title: 'Se connecter au tableau de bord GoCardless',
          body: 'Connectez-vous à votre [tableau de bord GoCardless](https://manage.gocardless.com), ou au [tableau de bord sandbox](https://manage-sandbox.gocardless.com) pour les tests.',
        },
        {
          title: 'Ouvrir les paramètres de l’API',
          body: 'Dans la barre latérale gauche, cliquez sur **Developers**, puis sur **API settings**.',
        },
        {
          title: 'Accéder à la page Access tokens',
          body: 'La page **Access tokens** répertorie les jetons que vous avez déjà, s’il y en a.',
        },
        {
          title: 'Créer un jeton d’accès',
          body: 'Cliquez sur le bouton **Create access token** en haut à droite.',
        },
        {
          title: 'Renseigner les informations du jeton',
          body: 'Dans la boîte de dialogue qui s’ouvre, saisissez\u202f:',
          bullets: [
            '**Name**\u202f: un nom descriptif que vous reconnaîtrez, par exemple le nom de cette application.',
            '**Scope**\u202f: le niveau d’accès, soit **Read only access** pour les opérations en lecture seule, soit **Read-write access** pour un accès complet à l’API (création, modification et suppression).',
          ],
        },
        {
          title: 'Créer et copier le jeton',
          body: 'Cliquez sur **Create** pour générer le jeton.',
          bullets: ['Copiez le jeton immédiatement\u202f: il n’est affiché qu’une seule fois.', 'Conservez-le en lieu sûr.'],
        },
        {
          title: 'Choisir l’environnement correspondant',
          body: 'Dans le formulaire, choisissez l’environnement qui correspond à votre jeton\u202f:',
          bullets: [
            '**Production** pour les jetons live (qui commencent par `live_`), utilisés pour les vrais paiements.',
            '**Sandbox** pour les jetons sandbox (qui commencent par `sandbox_`), utilisés pour les tests.',
          ],
        },
      ],
    },
  ],
};
