/** The rights fields an asset's metadata may hold (assets' built-in rights_* fields). */
export interface AssetRights {
  rights_licence?: unknown;
  rights_expires?: unknown;
  rights_territories?: unknown;
  rights_channels?: unknown;
}

/** Where a delivery goes, as far as rights go: a destination's territory and channel, when it names them. */
export interface RightsTarget {
  name: string;
  territory: string | null;
  channel: string | null;
}

export type RightsRefusalCode = 'LICENCE_EXPIRED' | 'TERRITORY_NOT_LICENSED' | 'CHANNEL_NOT_LICENSED';

export interface RightsRefusal {
  code: RightsRefusalCode;
  reason: string;
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Today as YYYY-MM-DD in UTC, the form rights_expires is kept in. */
export const utcDay = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * Why the asset's rights forbid delivering it to these targets, or null when they allow it: a
 * licence whose last day (rights_expires) is before today, a destination's territory not among
 * rights_territories, or its channel not among rights_channels. A right left empty restricts nothing.
 */
export function rightsRefusal(rights: AssetRights, targets: RightsTarget[], today = utcDay()): RightsRefusal | null {
  const expires = typeof rights.rights_expires === 'string' ? rights.rights_expires : '';
  if (expires && expires < today)
    return { code: 'LICENCE_EXPIRED', reason: `the licence expired on ${expires} (rights_expires)` };
  const territories = list(rights.rights_territories);
  const channels = list(rights.rights_channels);
  for (const target of targets) {
    if (target.territory && territories.length && !territories.includes(target.territory))
      return {
        code: 'TERRITORY_NOT_LICENSED',
        reason: `${target.name} is in territory ${target.territory}, which the licence does not cover (it covers ${territories.join(', ')})`,
      };
    if (target.channel && channels.length && !channels.includes(target.channel))
      return {
        code: 'CHANNEL_NOT_LICENSED',
        reason: `${target.name} is a ${target.channel} channel, which the licence does not cover (it covers ${channels.join(', ')})`,
      };
  }
  return null;
}
