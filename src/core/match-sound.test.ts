import { describe, expect, it } from 'vitest';
import { buildShippedPack } from '../cli/shipped-pack';
import { foundMentions, testPack } from './match-test-pack';
import { buildMatcherIndex } from './matcher-index-build';
import type { MatcherIndex } from './matcher-index';
import { soundUnits } from './script-sounds';
import { soundClasses } from './sound-classes';

const shipped = buildMatcherIndex(buildShippedPack());

const found = (text: string, index: MatcherIndex = shipped): Array<[string, string]> =>
  foundMentions(text, index);

describe('sound classes of Latin spellings', () => {
  it.each([
    ['peskov', 'BTKB'],
    ['zakharova', 'THRB'],
    ['hamas', 'HMT'],
    ['moscow', 'MTK'],
    ['biden', 'BDN'],
    ['putin', 'BTN'],
    ['marzouk', 'MRTK'],
  ])('%s → %s', (word, classes) => {
    expect(soundClasses(word)).toBe(classes);
  });
});

describe('one name in each script that transcribes by sound', () => {
  it.each([
    ['Chinese', '发言人玛丽亚·扎哈罗娃表示', 'actor:maria-zakharova', '玛丽亚·扎哈罗娃'],
    ['Japanese', '報道官のマリア・ザハロワ氏は', 'actor:maria-zakharova', 'マリア・ザハロワ'],
    [
      'Japanese, silent initial v',
      '報道官はウラジーミル・プーチン大統領が',
      'actor:vladimir-putin',
      'ウラジーミル・プーチン',
    ],
    ['Korean, particle after', '드미트리 페스코프는 말했다', 'actor:dmitry-peskov', '드미트리 페스코프'],
    ['Greek, digraphs', 'με τον Μιχαήλ Μπογκντάνοφ στη', 'actor:mikhail-bogdanov', 'Μιχαήλ Μπογκντάνοφ'],
    ['Hindi', 'मूसा अबू मरज़ूक ने कहा', 'actor:musa-abu-marzouk', 'मूसा अबू मरज़ूक'],
  ])('%s', (_, text, actor, surface) => {
    expect(found(text)).toEqual([[actor, surface]]);
  });

  it('Greek γι written for y, with support', () => {
    expect(found('του ισραηλινού υπουργείου Εξωτερικών Λιόρ Χαγιάτ.')).toContainEqual([
      'actor:lior-haiat',
      'Λιόρ Χαγιάτ',
    ]);
  });
});

describe('words that are no names', () => {
  it.each([
    // Lower-case Greek words: "πολιτών" (citizens) beside Gaza, "έγραψε" (wrote).
    ['Greek lower case', 'στη Λωρίδα της Γάζας, απομάκρυνση Ρώσων πολιτών και', ['actor:gaza-strip']],
    ['Greek lower case verb', '«Η Χαμάς», έγραψε ο εκπρόσωπος', ['actor:hamas']],
    // "αρχές" (authorities) sounds r-h-t, like Lior Haiat.
    ['Greek lower case noun', 'Η Χαμάς, σύμφωνα με τις ισραηλινές αρχές', ['actor:hamas']],
    // Places are translated, not transcribed: the exonym table finds them, not their sound.
    [
      'Hindi adjective Palestinian',
      'फलस्तीनी संगठन हमास का प्रतिनिधिमंडल, मूसा अबू मरज़ूक',
      ['actor:hamas', 'actor:musa-abu-marzouk'],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text).map(([id]) => id)).toEqual(expected);
  });
});

describe('short names need support, as in Latin script', () => {
  it('a one-word name next to a full name counts', () => {
    const text = '哈马斯代表团在莫斯科会见了穆萨·阿布·马尔祖克。';
    expect(found(text)).toEqual([
      ['actor:hamas', '哈马斯'],
      ['actor:moscow', '莫斯科'],
      ['actor:musa-abu-marzouk', '穆萨·阿布·马尔祖克'],
    ]);
  });
  it('a name without name dots, and a one-word name beside it', () => {
    expect(found('克里姆林宫发言人德米特里佩斯科夫说')).toEqual([
      ['actor:kremlin', '克里姆林宫'],
      ['actor:dmitry-peskov', '德米特里佩斯科夫'],
    ]);
  });
  it('a one-word name alone does not', () => {
    expect(found('ハマスについて')).toEqual([]);
    expect(found('普京说')).toEqual([]);
  });
});

describe('near misses: other names and ordinary words', () => {
  it.each([
    [
      'Biden is not Putin (d and t apart)',
      'ジョー・バイデン大統領とマリア・ザハロワ',
      ['actor:biden', 'actor:maria-zakharova'],
    ],
    ['Sharapova is not Zakharova', 'テニスのマリア・シャラポワ選手', []],
    [
      'Korean native words ending in ng',
      '보통 사람들은 바탕화면을 본다. 마리아 자하로바',
      ['actor:maria-zakharova'],
    ],
    ['common Chinese words', '普通人在这里。总统会见了首相苏纳克。', []],
    ['loanwords in katakana', 'ハンバーガーとコーヒー、マイクロソフトとアマゾン', []],
    [
      'Hindi words with a name’s consonants but not its first vowel (बातें, करने)',
      'मारिया ज़खारोवा ने कहा कि बातें करने के लिए',
      ['actor:maria-zakharova'],
    ],
    ['Korean 버튼 "button" (b-t-n, but eo)', '마리아 자하로바 버튼', ['actor:maria-zakharova']],
  ])('%s', (_, text, expected) => {
    expect(found(text).map(([id]) => id)).toEqual(expected);
  });
});

describe('units and offsets', () => {
  it('keeps UTF-16 offsets after emoji and astral characters', () => {
    const text = '🙂𠀋 玛丽亚·扎哈罗娃 👍🏽';
    expect(found(text)).toEqual([['actor:maria-zakharova', '玛丽亚·扎哈罗娃']]);
  });
  it('has no units for text in other scripts', () => {
    expect(soundUnits('Maria Zakharova, Мария Захарова, ماريا زاخاروفا')).toEqual([]);
  });
  it('ends a Korean name before a particle that repeats its last consonant', () => {
    expect(found('무사 아부 마르주크가 말했다')).toEqual([['actor:musa-abu-marzouk', '무사 아부 마르주크']]);
  });
  it('ends a Korean name before its particle', () => {
    expect(found('마리아 자하로바와 드미트리 페스코프의')).toEqual([
      ['actor:maria-zakharova', '마리아 자하로바'],
      ['actor:dmitry-peskov', '드미트리 페스코프'],
    ]);
  });
});

describe('nothing tied to the seed event', () => {
  const invented = buildMatcherIndex(
    testPack({
      sources: [{ id: 's1', text: 'Anna Kovalenko, the union leader, spoke at the Harbour Workers Union.' }],
      actors: [
        { id: 'a:kovalenko', name: 'Anna Kovalenko', kind: 'person', mentions: [['s1', 'Anna Kovalenko']] },
      ],
    }),
  );
  it.each([
    ['Chinese', '工会领袖安娜·科瓦连科说', '安娜·科瓦连科'],
    ['Japanese', '組合のアンナ・コヴァレンコ氏', 'アンナ・コヴァレンコ'],
    ['Korean', '노조 지도자 안나 코발렌코는', '안나 코발렌코'],
  ])('%s', (_, text, surface) => {
    expect(found(text, invented)).toEqual([['a:kovalenko', surface]]);
  });
});

describe('translated names in Chinese, Japanese and Korean, found by position', () => {
  it.each([
    ['Chinese, longest form', '以色列外交部要求俄罗斯驱逐代表团', ['以色列外交部', '俄罗斯']],
    ['Japanese, whole katakana words', 'イスラエルとイランの対立', ['イスラエル', 'イラン']],
    ['Korean, particles after', '이스라엘은 러시아에 요구했다', ['이스라엘', '러시아']],
  ])('%s', (_, text, surfaces) => {
    expect(found(text).map(([, surface]) => surface)).toEqual(surfaces);
  });
  it('not inside a longer katakana word, nor a Korean ending', () => {
    expect(found('イスラエルズの店')).toEqual([]);
    expect(found('학생이란 무엇인가')).toEqual([]);
  });
  it('a short Korean form needs support', () => {
    expect(found('이란 외무차관')).toEqual([]);
    expect(found('이스라엘과 이란')).toEqual([
      ['actor:israel', '이스라엘'],
      ['actor:iran', '이란'],
    ]);
  });
  it('gives a translated name no sound key: 유엔 is not the Latin name Yuen', () => {
    expect(found('Mr Yuen Long spoke in Hong Kong.')).toEqual([]);
  });
});
