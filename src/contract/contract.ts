import { z } from '../zod.js';

/**
 * The body the widget POSTs to the host's connect endpoint.
 * A host backend can validate with the same schema:
 *
 * @example
 * const parsed = connectRequestSchema.safeParse(await request.json());
 * if (!parsed.success) return Response.json(
 *   { error: { code: 'invalid_request', message: 'Bad body' } }, { status: 400 });
 */
export const connectRequestSchema = z.object({
  provider: z.string().check(z.minLength(1)),
  /** Absent for providers without environments. */
  environment: z.optional(z.string().check(z.minLength(1))),
  credentials: z.record(z.string(), z.string()),
});

/**
 * The account a backend returns on success; handed to `onSuccess`.
 *
 * @example
 * return Response.json(connectSuccessResponseSchema.parse({ account: { id: 'acct_1', provider: 'stripe', name: 'Acme Ltd' } }));
 */
export const connectedAccountSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  provider: z.string().check(z.minLength(1)),
  environment: z.optional(z.string()),
  name: z.optional(z.string()),
});

/**
 * A 2xx answer.
 *
 * @example
 * const body: ConnectSuccessResponse = { account: { id: 'acct_1', provider: 'stripe', environment: 'test' } };
 */
export const connectSuccessResponseSchema = z.object({ account: connectedAccountSchema });

/**
 * A 4xx/5xx answer. `field` names a credential key (or `environment`) the message belongs to.
 *
 * @example
 * const body: ConnectErrorResponse = { error: { code: 'invalid_credentials', message: 'Stripe rejected this key.', field: 'api_key' } };
 * return Response.json(connectErrorResponseSchema.parse(body), { status: 422 });
 */
export const connectErrorResponseSchema = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.string().check(z.minLength(1)),
    field: z.optional(z.string()),
  }),
});

export type ConnectRequest = z.infer<typeof connectRequestSchema>;
export type ConnectedAccount = z.infer<typeof connectedAccountSchema>;
export type ConnectSuccessResponse = z.infer<typeof connectSuccessResponseSchema>;
export type ConnectErrorResponse = z.infer<typeof connectErrorResponseSchema>;
