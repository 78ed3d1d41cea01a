import { mentionsIn } from './mentions';

describe('mentionsIn', () => {
  it('finds members by subject and people by email, once each', () => {
    expect(mentionsIn('@rita see frame 12; cc @Gina@Client.example and (@rob). Thanks @rita!')).toEqual({
      subjects: ['rita', 'rob'],
      emails: ['gina@client.example'],
    });
  });

  it('ignores addresses and at-signs that are no mention', () => {
    expect(mentionsIn('write to gina@client.example or meet @ 10:00')).toEqual({ subjects: [], emails: [] });
  });
});
