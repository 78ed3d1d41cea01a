import { guestMasterRefusal } from './master-rights';

describe('guestMasterRefusal', () => {
  const expired = { rights_expires: '2026-01-31', rights_territories: ['FR'], rights_channels: ['broadcast'] };

  it("refuses a guest the master of an asset whose licence has expired, naming the licence's last day", () => {
    expect(guestMasterRefusal({ kind: 'guest' }, expired, '2026-02-01')).toBe(
      "The asset's rights forbid downloading its master: the licence expired on 2026-01-31 (rights_expires)",
    );
    expect(guestMasterRefusal({ kind: 'guest' }, expired, '2026-01-31')).toBeNull();
  });

  it('never refuses a member, and territories or channels never refuse a review link', () => {
    expect(guestMasterRefusal({ kind: 'member' }, expired, '2026-02-01')).toBeNull();
    expect(guestMasterRefusal({ kind: 'guest' }, { rights_territories: ['FR'] }, '2026-02-01')).toBeNull();
    expect(guestMasterRefusal({ kind: 'guest' }, {}, '2026-02-01')).toBeNull();
  });
});
