import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in Shortcut definition's text in French; its ids and checks stay in src/providers/shortcut.ts. */
export const shortcut: ProviderTranslation = {
  description: 'Stories, epics et itérations de votre espace de travail Shortcut.',
  warning:
    'Un jeton d’API donne un accès complet aux données de votre espace de travail Shortcut\u202f: conservez-le en lieu sûr et ne le partagez jamais publiquement. Les nouveaux jetons sont en lecture seule par défaut\u202f; décochez la case Read-only si cette application doit créer, modifier ou supprimer des données.',
  fields: {
    api_token: {
      label: 'Jeton d’API',
      patternMessage:
        'Les jetons d’API Shortcut commencent par sct_rw_ ou sct_ro_. Les jetons plus anciens comptent 36 caractères\u202f: des chiffres et des lettres de a à f en groupes de 8-4-4-4-12, séparés par des tirets.',
      help: 'Généré sous **Settings** → **My Account** → **API Tokens**\u202f; il n’est affiché qu’une seule fois.',
      hints: [
        {
          prefix: 'sct_ro_',
          message:
            'Il s’agit d’un jeton en lecture seule\u202f: cette application pourra lire votre espace de travail, mais ni créer, ni modifier, ni supprimer quoi que ce soit. Si elle doit écrire, générez un jeton en décochant la case Read-only.',
        },
      ],
    },
  },
  guide: [
    {
      title: 'Générer un jeton d’API',
      intro:
        'Créez un nouveau jeton d’API dans les paramètres de votre propre compte Shortcut. Aucun accès administrateur n’est nécessaire.',
      scopes: [
        '**Read-only** (coché par défaut)\u202f: impossible de créer, modifier ou supprimer des données',
        'Décochez **Read-only** si cette application doit écrire',
      ],
      steps: [
        {
          title: 'Se connecter à Shortcut',
          body: 'Connectez-vous à votre [compte Shortcut](https://app.shortcut.com).',
          bullets: [
            'Cliquez sur **Settings** en bas de la barre latérale gauche.',
            'Sous **My Account**, cliquez sur **API Tokens**.',
          ],
        },
        {
          title: 'Créer un nouveau jeton',
          body: 'Saisissez un nom descriptif dans le champ **Token Name** (par exemple le nom de cette application), réglez le niveau d’accès, puis cliquez sur **Generate Token**.',
          bullets: [
            'La case **Read-only (cannot create, update, or delete data)** est cochée par défaut\u202f: décochez-la si cette application doit effectuer des opérations d’écriture.',
            'Copiez le jeton immédiatement et conservez-le en lieu sûr\u202f: il n’est affiché qu’une seule fois.',
          ],
        },
      ],
    },
  ],
};
