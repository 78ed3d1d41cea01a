import { GATEWAY_PORT, SERVICES, serviceUrlVariable, vars, z, type ServiceUrlVariable } from '@mam/config';

const flag = () =>
  z
    .enum(['true', 'false', ''])
    .default('')
    .transform((v) => (v === '' ? undefined : v === 'true'));
/** ASSETS_URL … ARCHIVE_URL: each service of the list at its default local port. */
const subgraphUrls = Object.fromEntries(
  SERVICES.map((s) => [serviceUrlVariable(s.name), vars.serviceUrl(s.name)]),
) as Record<ServiceUrlVariable, ReturnType<typeof vars.serviceUrl>>;

/** Environment of the gateway, validated at start. */
export const gatewayConfigShape = z
  .object({
    HOST: vars.host(),
    PORT: vars.port(GATEWAY_PORT),
    GATEWAY_SIGNING_SECRET: vars.secret(),
    /** HS256 secret for people's JWTs; set this or JWT_JWKS_URL. */
    JWT_SECRET: z.union([z.literal(''), vars.secret()]).default(''),
    /** JWKS endpoint of an identity provider (RS256/ES256 tokens). */
    JWT_JWKS_URL: z.union([z.literal(''), z.url()]).default(''),
    JWT_ISSUER: z.string().default(''),
    JWT_AUDIENCE: z.string().default(''),
    ...subgraphUrls,
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(10).default(5000),
    /** Aliases and directives in one operation, counted through fragments as often as they are spread. */
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
    MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
    /** Lexical tokens in one document: the parser stops past this. */
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(5000),
    /** Bytes of the operation document itself (variables ride in the body). */
    MAX_QUERY_BYTES: z.coerce.number().int().min(1024).default(65_536),
    /** Bytes of one request body (document and variables). */
    MAX_REQUEST_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(2 * 1024 * 1024),
    /** How deeply lists and objects may nest in an argument or variable. */
    MAX_INPUT_DEPTH: z.coerce.number().int().min(1).default(32),
    /** Operations in flight at once in this gateway instance, per workspace and per credential (0: no limit). */
    MAX_CONCURRENT_PER_WORKSPACE: z.coerce.number().int().min(0).default(32),
    MAX_CONCURRENT_PER_CREDENTIAL: z.coerce.number().int().min(0).default(16),
    /** Operations one credential may start per second in this gateway instance, and at once after a quiet spell (0: no limit). */
    RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(50),
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(100),
    /** Schema introspection and "Did you mean" suggestions in errors; unset: on except when NODE_ENV is production. */
    INTROSPECTION: flag(),
    FIELD_SUGGESTIONS: flag(),
    NODE_ENV: z.string().default('development'),
    /** How long a caller's membership (role, groups) and an API key's answer are reused; changes apply within this time. */
    MEMBERSHIP_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(5),
    /** The longest lifetime (`iat` or now to `exp`) of a person's token the gateway accepts; tokens without `exp` are refused. */
    MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(60).default(86_400),
    /** How often every open subscription's credential is checked again; a revoked one ends it, a changed role narrows it. */
    SUBSCRIPTION_RECHECK_SECONDS: z.coerce.number().min(0.2).max(60).default(2),
    /**
     * Proxies in front of the gateway whose Forwarded / X-Forwarded-* headers are believed
     * (comma-separated addresses or CIDRs, or `loopback`); also where sign-in limits take the client's address from. Empty: nobody's.
     */
    TRUSTED_PROXIES: z.string().default(''),
    /** The gateway's public URL, for the URLs it hands out (tus upload locations, invites); empty: its own listening address. Session cookies are Secure when it is https. */
    PUBLIC_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
    /** How long a session cookie's answer (member, role) is reused; sign-out elsewhere, removal and password changes apply within this time. */
    SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(2),
    LOG_LEVEL: vars.logLevel(),
  })
  .refine((c) => c.JWT_SECRET !== '' || c.JWT_JWKS_URL !== '', {
    message: 'set JWT_SECRET or JWT_JWKS_URL',
    path: ['JWT_SECRET'],
  });

export type GatewayConfig = z.infer<typeof gatewayConfigShape>;

/** Introspection and field suggestions: as configured, else off in production only. */
export const schemaDetailsShown = (
  config: Pick<GatewayConfig, 'INTROSPECTION' | 'FIELD_SUGGESTIONS' | 'NODE_ENV'>,
) => ({
  introspection: config.INTROSPECTION ?? config.NODE_ENV !== 'production',
  suggestions: config.FIELD_SUGGESTIONS ?? config.NODE_ENV !== 'production',
});
