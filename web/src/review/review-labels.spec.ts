import { dueLabel, memberSubject, personName, POLICY_LABEL } from './review-labels';
import { playerTiming, timecodeOf } from './review-timing';

describe('review labels', () => {
  it('says when a review is due, and since when it is overdue', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(dueLabel('2026-12-10T23:59:59Z', now)).toMatchObject({
      overdue: false,
      text: expect.stringMatching(/^Due /),
    });
    expect(dueLabel('2026-11-30T23:59:59Z', now)).toMatchObject({
      overdue: true,
      text: expect.stringMatching(/^Overdue since /),
    });
    expect(dueLabel(null, now)).toBeUndefined();
  });

  it('names the approval policies', () => {
    expect(POLICY_LABEL('ALL')).toBe('Everyone approves');
    expect(POLICY_LABEL('ANY')).toBe('Any one approves');
    expect(POLICY_LABEL('QUORUM', 3)).toBe('3 approvals needed');
  });

  it('names guests by the name they gave and members from the member list', () => {
    const names = new Map([['account:7', 'Rita Grade']]);
    expect(personName('guest:l1:gina@client.example', 'Gina Client', names)).toBe('Gina Client');
    expect(personName('account:7', 'account:7', names)).toBe('Rita Grade');
    expect(personName('account:8', 'account:8', names)).toBe('Team member');
    expect(personName('account:7', 'account:7', names, 'account:7')).toBe('You');
    expect(memberSubject({ id: '7' })).toBe('account:7');
    expect(memberSubject({ id: 'account:7' })).toBe('account:7');
  });
});

describe('review timing', () => {
  it("labels frames in the source's drop-frame timecode", () => {
    const timing = playerTiming({
      frameRate: '30000/1001',
      startTimecode: '01:00:00;00',
      dropFrame: true,
      durationFrames: 90,
    });
    expect(timecodeOf(timing, 10)).toBe('01:00:00;10');
    expect(timecodeOf(timing, 50)).toBe('01:00:01;20');
    // The first minute drops frames 00 and 01 of its second minute.
    expect(timecodeOf(timing, 1800)).toBe('01:01:00;02');
  });

  it('counts 25 fps from zero when review does not know the timing', () => {
    const timing = playerTiming(null);
    expect(timing.durationFrames).toBeNull();
    expect(timecodeOf(timing, 26)).toBe('00:00:01:01');
  });
});
