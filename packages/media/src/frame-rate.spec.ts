import { chooseFrameRate, snapFrameRate } from './frame-rate';

describe('chooseFrameRate', () => {
  it('takes the exact rate when r_frame_rate and avg_frame_rate agree', () => {
    expect(chooseFrameRate('24000/1001', '24000/1001')).toEqual({ rate: { num: 24000, den: 1001 }, variable: false });
    expect(chooseFrameRate('25/1', '25/1')).toEqual({ rate: { num: 25, den: 1 }, variable: false });
  });

  it('prefers the exact r over an average computed from a rounded duration', () => {
    expect(chooseFrameRate('30000/1001', '1439760/48041')).toEqual({
      rate: { num: 30000, den: 1001 },
      variable: false,
    });
  });

  it('turns a near-NTSC rate such as 2997/125 (23.976) into 24000/1001', () => {
    expect(chooseFrameRate('2997/125', '2997/125')?.rate).toEqual({ num: 24000, den: 1001 });
    expect(chooseFrameRate('2997/100', undefined)?.rate).toEqual({ num: 30000, den: 1001 });
  });

  it('takes the frame rate, not the field rate, of interlaced streams', () => {
    expect(chooseFrameRate('50/1', '25/1')).toEqual({ rate: { num: 25, den: 1 }, variable: false });
    expect(chooseFrameRate('60000/1001', '30000/1001')).toEqual({ rate: { num: 30000, den: 1001 }, variable: false });
  });

  it('marks variable-rate streams and uses their average, snapped to the nearest standard rate', () => {
    expect(chooseFrameRate('90000/1', '1801/60')).toEqual({ rate: { num: 30, den: 1 }, variable: true });
    expect(chooseFrameRate('120/1', '5994/200')).toEqual({ rate: { num: 30000, den: 1001 }, variable: true });
    expect(chooseFrameRate('1000/1', '1333/100')).toEqual({ rate: { num: 1333, den: 100 }, variable: true });
  });

  it('uses whichever one is known, and null when neither is', () => {
    expect(chooseFrameRate('0/0', '25/1')?.rate).toEqual({ num: 25, den: 1 });
    expect(chooseFrameRate('50/1', '0/0')?.rate).toEqual({ num: 50, den: 1 });
    expect(chooseFrameRate('0/0', '0/0')).toBeNull();
    expect(chooseFrameRate(undefined, undefined)).toBeNull();
  });

  it('leaves unusual but exact rates alone', () => {
    expect(snapFrameRate({ num: 18, den: 1 })).toEqual({ num: 18, den: 1 });
    expect(snapFrameRate({ num: 24, den: 1 })).toEqual({ num: 24, den: 1 });
  });
});
