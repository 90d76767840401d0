import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-text';
import { splitClauses, splitSentences, type Sentence } from './sentences';
import { spanOf, type Span } from './span';

/** One paragraph per line, as extractArticle gives them. */
function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push(spanOf(text, start, start + line.length));
    start += line.length + 1;
  }
  return paragraphs;
}

function sentencesOf(text: string): Sentence[] {
  const sentences = splitSentences(text, paragraphsOf(text));
  for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  return sentences;
}

interface Case {
  name: string;
  text: string;
  sentences: string[];
}

const PHENOMENA: Record<string, Case[]> = {
  abbreviations: [
    {
      name: 'titles',
      text: 'Mr. Smith met Dr. Jones. They talked.',
      sentences: ['Mr. Smith met Dr. Jones.', 'They talked.'],
    },
    {
      name: 'St. before a name',
      text: 'He flew to St. Petersburg. It rained.',
      sentences: ['He flew to St. Petersburg.', 'It rained.'],
    },
    {
      name: 'U.S. and U.N. inside a sentence',
      text: 'The U.S. and U.N. Security Council met. Nothing changed.',
      sentences: ['The U.S. and U.N. Security Council met.', 'Nothing changed.'],
    },
    {
      name: 'initialism ending a sentence before an opener',
      text: 'Aid came from the U.S. The talks went on.',
      sentences: ['Aid came from the U.S.', 'The talks went on.'],
    },
    {
      name: 'month abbreviation and number',
      text: 'On Oct. 26 and Jan. 3 they met. Talks ended.',
      sentences: ['On Oct. 26 and Jan. 3 they met.', 'Talks ended.'],
    },
    {
      name: 'No. before a number',
      text: 'Resolution No. 2712 passed. It was late.',
      sentences: ['Resolution No. 2712 passed.', 'It was late.'],
    },
    {
      name: 'e.g. and i.e.',
      text: 'Some states, e.g. Qatar, i.e. a mediator, helped. Others not.',
      sentences: ['Some states, e.g. Qatar, i.e. a mediator, helped.', 'Others not.'],
    },
    {
      name: 'initials',
      text: 'J. R. R. Tolkien wrote it. Readers agreed.',
      sentences: ['J. R. R. Tolkien wrote it.', 'Readers agreed.'],
    },
    {
      name: 'a one-letter name ending a German sentence before an article',
      text: 'Das schrieb Haiat auf der Plattform X. Die Einladung nannte er obszön.',
      sentences: ['Das schrieb Haiat auf der Plattform X.', 'Die Einladung nannte er obszön.'],
    },
  ],
  numbers: [
    {
      name: 'decimals',
      text: 'Prices rose 3.5 percent. Wages did not.',
      sentences: ['Prices rose 3.5 percent.', 'Wages did not.'],
    },
    {
      name: 'thousands',
      text: 'At least 1,400 people died. Over 7,000 were hurt.',
      sentences: ['At least 1,400 people died.', 'Over 7,000 were hurt.'],
    },
    {
      name: 'number ends a sentence',
      text: 'The toll reached 1400. Officials confirmed it.',
      sentences: ['The toll reached 1400.', 'Officials confirmed it.'],
    },
  ],
  ellipses: [
    {
      name: 'three dots then a capital',
      text: 'He paused... Then he spoke.',
      sentences: ['He paused...', 'Then he spoke.'],
    },
    {
      name: 'ellipsis character',
      text: 'He paused… Then he spoke.',
      sentences: ['He paused…', 'Then he spoke.'],
    },
    {
      name: 'trailing off mid-sentence',
      text: 'It was... unexpected, he said.',
      sentences: ['It was... unexpected, he said.'],
    },
  ],
  quotes: [
    {
      name: 'closing quote after the period belongs to the sentence before',
      text: '“We will stay.” Peskov said so.',
      sentences: ['“We will stay.”', 'Peskov said so.'],
    },
    {
      name: 'lowercase continuation after a quoted full stop',
      text: '"It burned." said a statement from the ministry.',
      sentences: ['"It burned." said a statement from the ministry.'],
    },
    {
      name: 'question inside quotes, then the speaker',
      text: '"Why now?" he asked. Nobody answered.',
      sentences: ['"Why now?" he asked.', 'Nobody answered.'],
    },
    {
      name: 'guillemets',
      text: '«Nous restons.» Il est parti.',
      sentences: ['«Nous restons.»', 'Il est parti.'],
    },
  ],
  'bullets and headlines': [
    {
      name: 'bullet is not sentence text',
      text: '  • Putin spoke. Hamas replied.',
      sentences: ['Putin spoke.', 'Hamas replied.'],
    },
    {
      name: 'inline bullets',
      text: 'Key points: • talks held • aid promised',
      sentences: ['Key points:', 'talks held', 'aid promised'],
    },
    {
      name: 'each line without final punctuation ends a sentence',
      text: 'Hamas delegation in Moscow\nThe delegation arrived on Thursday',
      sentences: ['Hamas delegation in Moscow', 'The delegation arrived on Thursday'],
    },
  ],
  parentheses: [
    {
      name: 'sentence inside parentheses',
      text: 'He left. (She stayed.) They met later.',
      sentences: ['He left.', '(She stayed.)', 'They met later.'],
    },
    {
      name: 'parenthetical inside a sentence',
      text: 'The agency (TASS) reported it. Others followed.',
      sentences: ['The agency (TASS) reported it.', 'Others followed.'],
    },
  ],
  unicode: [
    {
      name: 'emoji before a stop',
      text: 'Great news 🎉. Next 👍 step!',
      sentences: ['Great news 🎉.', 'Next 👍 step!'],
    },
    {
      name: 'emoji opens a sentence',
      text: 'It ended. 🎉 Everyone cheered.',
      sentences: ['It ended.', '🎉 Everyone cheered.'],
    },
    {
      name: 'combining marks',
      text: 'Zacharova\u0301 spoke. Café\u0301 owners listened.',
      sentences: ['Zacharova\u0301 spoke.', 'Café\u0301 owners listened.'],
    },
    {
      name: 'Cyrillic',
      text: 'Захарова заявила. Песков ответил.',
      sentences: ['Захарова заявила.', 'Песков ответил.'],
    },
    {
      name: 'Hindi danda',
      text: 'हमास का प्रतिनिधिमंडल मॉस्को में है। पेसकोव ने कहा।',
      sentences: ['हमास का प्रतिनिधिमंडल मॉस्को में है।', 'पेसकोव ने कहा।'],
    },
    {
      name: 'an ordinal day before its month (German, Czech, Finnish)',
      text: 'Die Hamas griff Israel am 7. Oktober an. Er kam am 26. října 2023. Se tapahtui 26. lokakuuta. Es war der 3. Er ging.',
      sentences: [
        'Die Hamas griff Israel am 7. Oktober an.',
        'Er kam am 26. října 2023.',
        'Se tapahtui 26. lokakuuta.',
        'Es war der 3.',
        'Er ging.',
      ],
    },
    {
      name: 'a German quotation opens a sentence after an initial ("X. „Wir …“")',
      text: 'Das schrieb Haiat auf der Plattform X. „Wir fordern die Ausweisung“, hieß es weiter.',
      sentences: ['Das schrieb Haiat auf der Plattform X.', '„Wir fordern die Ausweisung“, hieß es weiter.'],
    },
    {
      name: 'Arabic question mark',
      text: 'هل التقى بوتين الوفد؟ قال بيسكوف لا.',
      sentences: ['هل التقى بوتين الوفد؟', 'قال بيسكوف لا.'],
    },
  ],
};

describe('splitSentences', () => {
  for (const [phenomenon, cases] of Object.entries(PHENOMENA)) {
    describe(phenomenon, () => {
      it.each(cases)('$name', ({ text, sentences }) => {
        expect(sentencesOf(text).map((s) => s.text)).toEqual(sentences);
      });
    });
  }

  describe('quote depth', () => {
    it.each([
      {
        name: 'a quotation spanning two sentences',
        text: '"Hamas is worse than ISIS. The hands are stained," said a statement.',
        depths: [0, 1],
      },
      {
        name: 'curly quotes over three sentences',
        text: '“We came. We talked. We left,” he said. Then silence.',
        depths: [0, 1, 1, 0],
      },
      {
        name: 'curly quotes closed in the first sentence',
        text: '“We stay,” he said. “We go.” Done.',
        depths: [0, 0, 0],
      },
      {
        name: 'apostrophes do not open quotes',
        text: 'Putin’s aide spoke. Russia’s envoy agreed.',
        depths: [0, 0],
      },
    ])('$name', ({ text, depths }) => {
      expect(sentencesOf(text).map((s) => s.quoteDepth)).toEqual(depths);
    });
  });

  describe('paragraphs', () => {
    it('never crosses a paragraph boundary and numbers paragraphs', () => {
      const text = 'First paragraph without a stop\nSecond one. Two sentences.';
      const sentences = sentencesOf(text);
      expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
        [0, 'First paragraph without a stop'],
        [1, 'Second one.'],
        [1, 'Two sentences.'],
      ]);
    });

    it('leaves a live blog entry’s time out of its first sentence', () => {
      const text = '06:45 — Two people confirmed dead, fire service says.\n10.05 - Fire now under control.';
      expect(sentencesOf(text).map((s) => s.text)).toEqual([
        'Two people confirmed dead, fire service says.',
        'Fire now under control.',
      ]);
      expect(sentencesOf('At 06:45 the fire started.').map((s) => s.text)).toEqual([
        'At 06:45 the fire started.',
      ]);
    });

    it('leaves a wire story’s dateline out of its lede', () => {
      const text =
        'KESSIN, March 12 (Continental Wire) - An explosion tore through the plant.\nKESSIN (NP) — Three workers were killed.\nUN (AP) says it will help.';
      expect(sentencesOf(text).map((s) => s.text)).toEqual([
        'An explosion tore through the plant.',
        'Three workers were killed.',
        'UN (AP) says it will help.',
      ]);
    });

    it('gives nothing for empty or blank paragraphs', () => {
      const text = '   \n';
      expect(splitSentences(text, [spanOf(text, 0, 3)])).toEqual([]);
      expect(splitSentences('', [])).toEqual([]);
    });
  });
});

describe('splitClauses', () => {
  it('cuts before "headed by" only when asked (detection), not for the alignment', () => {
    const text =
      'Israel on Thursday urged Russia to expel a Hamas delegation headed by senior official Mousa Abu Marzouk that is visiting Moscow.';
    const sentence = spanOf(text, 0, text.length);
    expect(splitClauses(text, sentence, { ledBy: true }).map((clause) => clause.text)).toEqual([
      'Israel on Thursday urged Russia to expel a Hamas delegation',
      'headed by senior official Mousa Abu Marzouk that is visiting Moscow.',
    ]);
    expect(splitClauses(text, sentence)).toHaveLength(1);
  });

  it('measures a long clause as the page shows it, a source’s line break and indentation as one space', () => {
    const text = `Кремль нашёл время для новых гостей: в Москву\n          прилетела делегация ХАМАС во главе с членом политбюро движения Мусой Абу Марзуком.`;
    const sentence = spanOf(text, 0, text.length);
    expect(splitClauses(text, sentence, { ledBy: true }).map((clause) => clause.text)).toHaveLength(2);
  });

  it('cuts before "led by" in other languages too (detection)', () => {
    const text =
      'Israele ha chiesto alla Russia di espellere la delegazione di Hamas guidata da Mussa Abu Marzuk, giunta oggi a Mosca.';
    const sentence = spanOf(text, 0, text.length);
    expect(splitClauses(text, sentence, { ledBy: true })[0]?.text).toBe(
      'Israele ha chiesto alla Russia di espellere la delegazione di Hamas',
    );
  });

  it.each([
    {
      name: 'semicolon',
      text: 'Talks ended; nothing changed.',
      clauses: ['Talks ended', 'nothing changed.'],
    },
    {
      name: 'a bare "and" before a name between two long claims, in another language',
      text: 'Sözcü Lior Hayat, heyetin sınır dışı edilmesini istedi ve Hamas liderlerinin ellerinin kanla lekeli olduğunu söyledi.',
      clauses: [
        'Sözcü Lior Hayat, heyetin sınır dışı edilmesini istedi',
        'Hamas liderlerinin ellerinin kanla lekeli olduğunu söyledi.',
      ],
    },
    {
      name: 'the Arabic comma before a word with و written onto it',
      text: 'قال المتحدث إن الدعوة دعم للإرهاب، وإن أيدي قادة حماس ملطخة بالدماء.',
      clauses: ['قال المتحدث إن الدعوة دعم للإرهاب', 'وإن أيدي قادة حماس ملطخة بالدماء.'],
    },
    {
      name: '"but" after a comma in other languages',
      text: 'از روسیه خواسته است هیئت را اخراج کند، اما پسکوف گفت این هیئت با پوتین دیدار نکرد.',
      clauses: ['از روسیه خواسته است هیئت را اخراج کند', 'اما پسکوف گفت این هیئت با پوتین دیدار نکرد.'],
    },
    {
      name: '"but" after a comma in German, not a word it starts',
      text: 'Israel forderte die Ausweisung, aber Peskow widersprach, Mascha lachte.',
      clauses: ['Israel forderte die Ausweisung', 'aber Peskow widersprach, Mascha lachte.'],
    },
    {
      name: 'not an English "and", nor a short stretch',
      text: 'Officials from Hamas and Iran met in Moscow; Putin e Peskov.',
      clauses: ['Officials from Hamas and Iran met in Moscow', 'Putin e Peskov.'],
    },
    {
      name: 'colon',
      text: 'Source: RIA Novosti reported it.',
      clauses: ['Source', 'RIA Novosti reported it.'],
    },
    {
      name: 'clock time is not a colon boundary',
      text: 'They met at 16:43 today.',
      clauses: ['They met at 16:43 today.'],
    },
    { name: 'em dash', text: 'He came—she left.', clauses: ['He came', 'she left.'] },
    {
      name: 'spaced dash, not a hyphen',
      text: 'Pro-Kremlin media – TASS – agreed.',
      clauses: ['Pro-Kremlin media', 'TASS', 'agreed.'],
    },
    {
      name: ', and',
      text: 'Israel protested, and Russia replied.',
      clauses: ['Israel protested', 'and Russia replied.'],
    },
    {
      name: ', which',
      text: 'They met Hamas, which controls Gaza.',
      clauses: ['They met Hamas', 'which controls Gaza.'],
    },
    {
      name: ', who',
      text: 'They met Bogdanov, who is the envoy.',
      clauses: ['They met Bogdanov', 'who is the envoy.'],
    },
    {
      name: ', branding (a second claim told as a participle)',
      text: 'Israel demanded that Russia expel the delegation, branding the invitation obscene.',
      clauses: ['Israel demanded that Russia expel the delegation', 'branding the invitation obscene.'],
    },
    {
      name: ', prompting (what the first claim led to is a second one)',
      text: 'A delegation was in Moscow on Thursday, prompting an angry demand from Israel.',
      clauses: ['A delegation was in Moscow on Thursday', 'prompting an angry demand from Israel.'],
    },
    {
      name: 'quote boundaries',
      text: '“We will continue the dialogue,” Peskov said.',
      clauses: ['“We will continue the dialogue,”', 'Peskov said.'],
    },
    {
      name: 'straight quotes in the middle',
      text: 'It welcomed Russia\'s "tireless efforts" against them.',
      clauses: ["It welcomed Russia's", '"tireless efforts"', 'against them.'],
    },
    { name: 'punctuation after a quote stays with it', text: 'He said "no".', clauses: ['He said', '"no".'] },
    { name: 'no boundary: one clause', text: 'Hamas visited Moscow.', clauses: ['Hamas visited Moscow.'] },
    { name: 'only separators: still one clause', text: ' ; ', clauses: [';'] },
  ])('$name', ({ text, clauses }) => {
    const spans = splitClauses(text, spanOf(text, 0, text.length));
    expect(spans.map((s) => s.text)).toEqual(clauses);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('sentences of the seeds', () => {
  const seedDir = new URL('../../seeds/', import.meta.url);
  const files = readdirSync(seedDir).filter((file) => file.endsWith('.txt'));
  const bySeed = files.map((file) => {
    const raw = readFileSync(new URL(file, seedDir), 'utf8');
    const { reporting } = extractArticle(raw);
    return { file, raw, reporting, sentences: splitSentences(raw, reporting) };
  });

  it.each(bySeed)('$file: exact, non-empty, inside one paragraph, clauses inside sentences', (seed) => {
    expect(seed.sentences.length).toBeGreaterThan(seed.reporting.length - 1);
    for (const sentence of seed.sentences) {
      const paragraph = seed.reporting[sentence.paragraph];
      if (!paragraph) throw new Error(`sentence points at missing paragraph ${sentence.paragraph}`);
      expect(seed.raw.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text.trim()).toBe(sentence.text);
      expect(sentence.text.length).toBeGreaterThan(0);
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
      for (const clause of splitClauses(seed.raw, sentence)) {
        expect(seed.raw.slice(clause.start, clause.end)).toBe(clause.text);
        expect(clause.start).toBeGreaterThanOrEqual(sentence.start);
        expect(clause.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  });

  const all = () => bySeed.flatMap((seed) => seed.sentences);
  it.each([
    ['"Hamas is a terrorist organization that is worse than ISIS.', 0],
    [
      'The hands of high-ranking Hamas profiles are stained with the blood of more than 1,400 Israelis who have been slaughtered, murdered, executed, and burned," said a statement from the ministry.',
      1,
    ],
    ['A day later, the storm was still fermenting.', 0],
    ['There has been no official information about the visit.', 0],
    ['Ministry spokesman Lior Haiat said that “Hamas is a terrorist organization worse than ISIS.”', 0],
    [
      '“We consider it necessary to continue our contacts with all parties and, of course, we will continue the dialogue with Israel,” Peskov said.',
      0,
    ],
    ['The Kremlin is offended by Biden comparing Putin with Hamas.', 0],
    ['According to the Hamas-controlled health ministry in Gaza, over 7,000 people have been killed.', 0],
  ])('finds %s', (text, depth) => {
    const found = all().filter((s) => s.text === text);
    expect(found).toHaveLength(1);
    expect(found[0]?.quoteDepth).toBe(depth);
  });
});
