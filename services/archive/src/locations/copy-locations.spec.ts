import type { ArchiveLocation } from './archive-location';
import { copyLocations } from './copy-locations';

const at = (name: string) => ({ name }) as ArchiveLocation;
const configured = [at('vault-a'), at('vault-b'), at('tape')];

describe('copyLocations', () => {
  it('takes the first configured locations when no names are given', () => {
    expect(copyLocations(configured, 2, null).map((l) => l.name)).toEqual(['vault-a', 'vault-b']);
    expect(copyLocations(configured, 1, []).map((l) => l.name)).toEqual(['vault-a']);
  });

  it("takes a policy's locations in its order", () => {
    expect(copyLocations(configured, 2, ['tape', 'vault-a']).map((l) => l.name)).toEqual(['tape', 'vault-a']);
  });

  it('names the locations that are not configured', () => {
    expect(() => copyLocations(configured, 2, ['tape', 'moon', 'mars'])).toThrow(
      'archive location moon, mars is not configured',
    );
  });
});
