import { rightsRefusal } from './rights-refusal';

const web = { name: 'UK web', territory: 'GB', channel: 'web' };

describe('rightsRefusal', () => {
  it('refuses a licence whose last day has passed, and allows its last day', () => {
    expect(rightsRefusal({ rights_expires: '2026-01-31' }, [web], '2026-02-01')).toEqual({
      code: 'LICENCE_EXPIRED',
      reason: 'the licence expired on 2026-01-31 (rights_expires)',
    });
    expect(rightsRefusal({ rights_expires: '2026-02-01' }, [web], '2026-02-01')).toBeNull();
  });

  it('refuses a destination outside the licensed territories or channels', () => {
    expect(rightsRefusal({ rights_territories: ['FR', 'DE'] }, [web], '2026-02-01')).toEqual({
      code: 'TERRITORY_NOT_LICENSED',
      reason: 'UK web is in territory GB, which the licence does not cover (it covers FR, DE)',
    });
    expect(rightsRefusal({ rights_channels: ['broadcast'] }, [web], '2026-02-01')?.code).toBe('CHANNEL_NOT_LICENSED');
    expect(rightsRefusal({ rights_territories: ['GB'], rights_channels: ['web', 'social'] }, [web], '2026-02-01')).toBe(
      null,
    );
  });

  it('restricts nothing with rights left empty or a destination naming no territory or channel', () => {
    expect(rightsRefusal({}, [web], '2026-02-01')).toBeNull();
    expect(rightsRefusal({ rights_territories: [], rights_channels: [] }, [web], '2026-02-01')).toBeNull();
    expect(
      rightsRefusal({ rights_territories: ['FR'] }, [{ name: 'Any', territory: null, channel: null }], '2026-02-01'),
    ).toBeNull();
  });
});
