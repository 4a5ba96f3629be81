'use client';

export { ConnectHub } from './components/connect-hub.js';
export { preloadConnectHub } from './components/provider-screen.js';
export type { ConnectHubProps } from './components/connect-hub.js';
export type { ConnectEvent, ConnectEventType } from './components/connect-hub-context.js';

export {
  defineProvider,
  providerDefinitionSchema,
  ProviderDefinitionError,
} from './definition/provider-schema.js';
export { localizeProvider } from './definition/localize-provider.js';
export type {
  EnvironmentTranslation,
  FieldTranslation,
  GuideSection,
  GuideStep,
  ProviderTranslation,
  ProviderDefinition,
  ProviderDefinitionInput,
  ProviderEnvironment,
  ProviderField,
} from './definition/provider-schema.js';

export { builtInProviders, gocardless, launchdarkly, remote, shortcut, stripe } from './providers/index.js';

export { buildCredentialSchema } from './credentials/credential-schema.js';
export type { CredentialInput, CredentialValues } from './credentials/credential-schema.js';

export {
  connectErrorResponseSchema,
  connectRequestSchema,
  connectSuccessResponseSchema,
  connectedAccountSchema,
} from './contract/contract.js';
export type { ConnectedAccount, ConnectErrorResponse, ConnectRequest, ConnectSuccessResponse } from './contract/contract.js';

export { themeVariables } from './theme/appearance.js';
export type { Appearance, ThemeVariable } from './theme/appearance.js';
export { builtInMessages } from './i18n/locale.js';
export type { Messages } from './i18n/messages.js';
export type { LocalePack, MessageCatalogue, MessageOverrides } from './i18n/locale-pack.js';

export { ConnectError } from './connect/connect-error.js';
export type { ClientErrorCode } from './connect/connect-error.js';
export type { ServerErrorCode } from './server/error-codes.js';
export type { ConnectHeaders } from './connect/connect-request.js';
