import { describe, expect, it } from 'vitest';
import { looksEnglish, looksEnglishSentence } from './detect-language';

describe('looksEnglish', () => {
  it('reads English prose as English', () => {
    expect(looksEnglish('The delegation was received at the foreign ministry, the agency said.')).toBe(true);
  });

  it('reads a Chinese page with English names in brackets and an English post as Chinese', () => {
    const page = [
      '俄新社（RIA Novosti）今天引述消息人士報導，由哈瑪斯政治局成員阿布馬佐克（Mousa Abu Marzouk）率領的代表團已抵達莫斯科。',
      '克里姆林宮發言人佩斯科夫（Dmitry Peskov）今天晚間對記者表示，哈瑪斯代表團在莫斯科會晤的是俄羅斯外交部官員，並未與總統蒲亭或總統府人員見面。',
      'We call on the Russian government to immediately expel the Hamas terrorists.',
    ].join('\n');
    expect(looksEnglish(page)).toBe(false);
  });
});

describe('looksEnglishSentence', () => {
  it('reads a quoted English statement as English', () => {
    expect(
      looksEnglishSentence(
        'The hands of senior Hamas officials are stained with the blood of more than 1,400 Israelis.',
      ),
    ).toBe(true);
  });

  it('does not take Dutch, German, Chinese or short lines for English', () => {
    expect(
      looksEnglishSentence(
        '‘Hamas is een terroristische organisatie die erger is dan IS’, schreef hij op X.',
      ),
    ).toBe(false);
    expect(looksEnglishSentence('Die Hamas ist eine Terrororganisation, sagte er am Donnerstag.')).toBe(
      false,
    );
    expect(looksEnglishSentence('Hamas is worse than ISIS.')).toBe(false);
    expect(looksEnglishSentence('哈马斯代表团 is in Moscow, the agency said.')).toBe(false);
  });
});
