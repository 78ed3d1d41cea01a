import { aroundFirstHit, highlightParts } from './format';

const shown = (text: string, before?: number) =>
  aroundFirstHit(highlightParts(text), before)
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('');

describe('aroundFirstHit', () => {
  it('starts a long line a few whole words before its first match, after an ellipsis', () => {
    expect(shown('he was not an ill disposed <em>young</em> man')).toBe('…disposed [young] man');
    expect(shown('they said that when they were <em>young</em> and <em>young</em> again', 10)).toBe(
      '…they were [young] and [young] again',
    );
  });

  it('leaves a line whose match is near its start as it is', () => {
    expect(shown('a <em>young</em> man')).toBe('a [young] man');
    expect(shown('<em>young</em> man')).toBe('[young] man');
  });

  it('leaves a text without a match as it is', () => {
    expect(shown('he was not an ill disposed young man')).toBe('he was not an ill disposed young man');
  });

  it('never shows part of a word: one too long to fit is left out', () => {
    expect(shown('Donaudampfschifffahrtsgesellschaft <em>captain</em>', 8)).toBe('…[captain]');
    expect(shown('the Donaudampfschifffahrtsgesellschaft <em>captain</em>', 8)).toBe('…[captain]');
  });

  it('keeps markup in the text as text, never as HTML', () => {
    const parts = aroundFirstHit(highlightParts('<b>bold</b> words before the <img src=x> <em>young</em> one'));
    expect(parts).toEqual([
      { text: '…<img src=x> ', hit: false },
      { text: 'young', hit: true },
      { text: ' one', hit: false },
    ]);
  });
});
