import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in Stripe definition's text in French; its ids and checks stay in src/providers/stripe.ts. */
export const stripe: ProviderTranslation = {
  description: 'Paiements, clients et abonnements.',
  warning:
    'Vous devez avoir accès à votre tableau de bord Stripe (Dashboard), avec des autorisations qui permettent d’afficher les clés API.',
  environments: {
    production: {
      label: 'Production',
      description: 'Votre compte live\u202f: de vrais clients, de vrais paiements.',
      tokenNoun: 'une clé live',
    },
    test: {
      label: 'Mode test',
      description: 'Des données simulées et des numéros de carte de test\u202f; aucun paiement réel n’est traité.',
      tokenNoun: 'une clé de test',
    },
  },
  fields: {
    api_key: {
      label: 'Clé API',
      patternMessage:
        'Les clés secrètes Stripe commencent par sk_live_ ou sk_test_ (clés restreintes\u202f: rk_live_ ou rk_test_), suivies d’au moins 20 lettres et chiffres.',
      help: 'Votre **Secret key** (ou une clé restreinte), sous **Developers** → **API keys** dans le tableau de bord Stripe.',
      knownMistakes: [
        {
          prefix: 'pk_test_',
          message:
            'Il s’agit de votre clé publiable de test. Pour connecter votre compte, il faut la Secret key (sk_test_…) ou une clé restreinte (rk_test_…), sur la même page API keys.',
        },
        {
          prefix: 'pk_live_',
          message:
            'Il s’agit de votre clé publiable live. Pour connecter votre compte, il faut la Secret key (sk_live_…) ou une clé restreinte (rk_live_…), sur la même page API keys.',
        },
        {
          prefix: 'whsec_',
          message:
            'Il s’agit d’un secret de signature de webhook, pas d’une clé API. Utilisez la Secret key (sk_…) ou une clé restreinte (rk_…), sous Developers → API keys.',
        },
      ],
    },
  },
  guide: [
    {
      title: 'Choisir votre environnement',
      intro:
        'Stripe utilise des clés API distinctes pour l’usage réel (production) et pour les tests. Choisissez l’environnement qui correspond à ce que vous voulez faire.',
      steps: [
        {
          title: 'Sélectionner le bon environnement',
          body: 'Le formulaire ci-dessous vous demande de choisir un environnement\u202f:',
          bullets: [
            '**Production**\u202f: transactions réelles, avec de vraies données clients et de vrais paiements.',
            '**Mode test**\u202f: développement et tests, sans traitement de paiements réels.',
            'Le mode test fonctionne avec des données simulées et des numéros de carte de test.',
            'Pour changer d’environnement plus tard, créez une nouvelle connexion.',
          ],
        },
      ],
    },
    {
      title: 'Trouver vos clés API',
      intro: 'Stripe crée automatiquement des clés API pour votre compte. Pour connecter votre compte, copiez votre **Secret key**.',
      steps: [
        {
          title: 'Se connecter à Stripe',
          body: 'Connectez-vous à votre [compte Stripe](https://dashboard.stripe.com).',
        },
        {
          title: 'Passer en mode test (si nécessaire)',
          body: 'Les clés de test ne sont visibles qu’une fois le mode test activé dans le tableau de bord.',
          bullets: [
            'Repérez l’interrupteur **Test mode** en haut à droite du tableau de bord.',
            'Cliquez dessus pour basculer entre le mode live et le mode test.',
            'Tant que le mode test est activé, un bandeau orange **TEST MODE** s’affiche en haut de la page.',
            'L’adresse du tableau de bord contient alors `/test` (par exemple `dashboard.stripe.com/test/apikeys`).',
          ],
        },
        {
          title: 'Ouvrir la page API keys',
          body: 'Dans la barre latérale gauche, allez dans **Developers** → **API keys**.',
          bullets: [
            'Ou allez directement sur [API keys (live)](https://dashboard.stripe.com/apikeys) ou [API keys (test)](https://dashboard.stripe.com/test/apikeys).',
          ],
        },
        {
          title: 'Afficher et copier votre Secret key',
          body: 'Trouvez votre Secret key et copiez-la.',
          bullets: [
            'Dans la section **Standard keys**, repérez la ligne **Secret key**.',
            'Cliquez sur **Reveal test key** ou **Reveal live key** pour afficher la clé complète.',
            'Copiez-la avec l’icône de copie, ou sélectionnez-la et copiez-la.',
            'Les clés de test commencent par `sk_test_`, les clés live par `sk_live_`.',
            'Une clé live ne peut être affichée qu’une seule fois\u202f: copiez-la tant qu’elle est visible.',
            'Conservez la Secret key en lieu sûr\u202f: elle donne un accès complet à l’API de votre compte Stripe.',
          ],
        },
      ],
    },
    {
      title: 'Faire correspondre la clé et l’environnement',
      intro: 'La clé doit appartenir à l’environnement que vous sélectionnez dans le formulaire.',
      steps: [
        {
          title: 'Vérifier que la clé et l’environnement correspondent',
          body: 'Utilisez le type de clé qui va avec l’environnement sélectionné\u202f:',
          bullets: [
            '**Production**\u202f: une clé qui commence par `sk_live_` ou `rk_live_`.',
            '**Mode test**\u202f: une clé qui commence par `sk_test_` ou `rk_test_`.',
            'Avec une clé de l’autre environnement, l’authentification échoue.',
          ],
        },
      ],
    },
    {
      title: 'Utiliser une clé API restreinte (facultatif)',
      intro:
        'Au lieu d’une Secret key à accès complet, vous pouvez utiliser une clé restreinte qui n’accède qu’aux ressources dont cette application a besoin.',
      scopes: ['**Customers**\u202f: **Read** (le minimum)', 'Toute autre ressource\u202f: **Read** ou **Write**, selon les besoins'],
      steps: [
        {
          title: 'Créer une clé restreinte',
          body: 'Une clé restreinte remplace directement une Secret key et s’authentifie de la même façon (comme jeton Bearer).',
          bullets: [
            'Dans **Developers** → **API keys**, cliquez sur **Create restricted key**.',
            'Sous **How will you be using this key?**, choisissez l’option la plus proche\u202f: Powering an integration you built, Providing this key to a third-party application ou Authorising an AI agent.',
            'Donnez à la clé un nom facile à reconnaître, par exemple le nom de cette application.',
            'Les autorisations se règlent par ressource (None, Read ou Write). Accordez au moins **Read** sur **Customers**\u202f: le test de connexion en a besoin.',
            'Accordez **Read** ou **Write** sur toute autre ressource que cette application doit utiliser.',
            'Cliquez sur **Create key** et copiez la nouvelle clé.',
            'Les clés restreintes commencent par `rk_live_` (production) ou `rk_test_` (mode test).',
            'Les actions sur une ressource pour laquelle la clé n’a pas d’autorisation peuvent échouer.',
          ],
        },
      ],
    },
  ],
};
