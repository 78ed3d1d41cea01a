import { parseConfig } from '@mam/config';
import { gatewayConfigShape, schemaDetailsShown } from './config';

const base = { GATEWAY_SIGNING_SECRET: 's'.repeat(32), JWT_SECRET: 'j'.repeat(32) };

describe('gateway config', () => {
  it('turns introspection and field suggestions off in production unless asked for', () => {
    expect(schemaDetailsShown(parseConfig(gatewayConfigShape, { ...base, NODE_ENV: 'production' }))).toEqual({
      introspection: false,
      suggestions: false,
    });
    expect(
      schemaDetailsShown(parseConfig(gatewayConfigShape, { ...base, NODE_ENV: 'production', INTROSPECTION: 'true' })),
    ).toEqual({ introspection: true, suggestions: false });
    expect(schemaDetailsShown(parseConfig(gatewayConfigShape, base))).toEqual({
      introspection: true,
      suggestions: true,
    });
    expect(schemaDetailsShown(parseConfig(gatewayConfigShape, { ...base, FIELD_SUGGESTIONS: 'false' }))).toEqual({
      introspection: true,
      suggestions: false,
    });
  });

  it('refuses a flag that is neither true nor false', () => {
    expect(() => parseConfig(gatewayConfigShape, { ...base, INTROSPECTION: 'yes' })).toThrow(/INTROSPECTION/);
  });
});
