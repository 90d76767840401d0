/**
 * Golden scans: `parallax scan --json` on each fixture page must equal its reviewed expected file
 * (regenerate with `npx tsx scripts/regen-golden-scans.ts` and review the diff), and the pages
 * must show the properties they were written for.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPath, GOLDEN_PAGES, goldenScan, PAGES_DIR } from '../../scripts/regen-golden-scans';
import { readPage, type ScanJson } from '../../src/cli/scan-command';
import { buildShippedPack } from '../../src/cli/shipped-pack';
import { detectPage } from '../../src/core/detect-page';
import { buildMatcherIndex } from '../../src/core/matcher-index-build';

const index = buildMatcherIndex(buildShippedPack());
const scans = new Map(GOLDEN_PAGES.map((name) => [name, goldenScan(name, index)]));
const scan = (name: string): ScanJson => {
  const found = scans.get(name);
  if (!found) throw new Error(`no golden page ${name}`);
  return found;
};
const actorNamed = (result: ScanJson, name: string) => result.actors.find((actor) => actor.name === name);
const surfaces = (result: ScanJson, name: string): string[] =>
  actorNamed(result, name)?.mentions.map((mention) => mention.text) ?? [];
const labels = (result: ScanJson): string[] => result.facts.map((fact) => fact.label);

describe('golden scans equal their reviewed expected output', () => {
  it.each(GOLDEN_PAGES)('%s', (name) => {
    const expected: unknown = JSON.parse(readFileSync(expectedPath(name), 'utf8'));
    expect(scan(name)).toEqual(expected);
  });

  it('the CLI prints exactly the golden JSON', () => {
    const bin = new URL('../../bin/parallax.mjs', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [bin, 'scan', `${PAGES_DIR}event-german.html`, '--json'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as ScanJson;
    expect(Object.keys(printed)).toEqual(['text', 'actors', 'facts']);
    expect(Object.keys(printed.actors[0] ?? {})).toEqual(['id', 'name', 'mentions']);
    expect(Object.keys(printed.facts[0] ?? {})).toEqual(['id', 'label', 'score', 'evidence', 'reportedBy']);
    expect(printed).toEqual(JSON.parse(readFileSync(expectedPath('event-german'), 'utf8')));
  });
});

describe('what each page shows', () => {
  it('every offset is an exact slice of the extracted text', () => {
    for (const result of scans.values()) {
      for (const actor of result.actors)
        for (const m of actor.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
      for (const fact of result.facts)
        for (const e of fact.evidence) expect(result.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it.each([
    'unrelated-putin-grain',
    'unrelated-hamas-cairo',
    'unrelated-zakharova-consulate',
    'unrelated-bagheri-tehran',
  ])('%s: actors but no facts', (name) => {
    expect(scan(name).facts).toHaveLength(0);
    expect(scan(name).actors.length).toBeGreaterThan(0);
  });

  /**
   * Near misses the detector still gets wrong, each with what it reads: kept in the golden set so
   * a fix shows (it.fails turns red once the page has no fact).
   */
  const KNOWN_WRONG = new Map([
    // Written blind at the end of stop 29. It names Abu Marzouk and is dated in the event's days,
    // so it reads as about the visit (page-corroboration.ts), though it is other business.
    [
      'nearmiss53-english-hamas-beirut-2023-10-27',
      // The day after: Hamdan calling Israel "worse than ISIS", Hamas needing time to locate the
      // captives (one source's claim, said again), and the Security Council vetoes (one seed's
      // background).
      'a reversed “worse than ISIS”, the captives, the vetoes',
    ],
    // Written blind at the end of stop 31: Israel's UN envoy Erdan on Guterres, the day before the
    // visit. Two of its four facts are the corpus's own story (one seed tells Israel's anger at
    // Guterres); Erdan calling Hamas worse than ISIS is not Haiat's line, nor Guterres's appeal
    // for hostages and fuel Russia's ceasefire call.
    [
      'nearmiss73-english-erdan-guterres-2023-10-25',
      'Erdan’s “worse than ISIS”, Guterres’s appeal as Russia’s call, and the Guterres row itself',
    ],
  ]);

  it.each(
    GOLDEN_PAGES.filter(
      (name) => name.startsWith('nearmiss') && !name.includes('-chrome-') && !KNOWN_WRONG.has(name),
    ),
  )('%s (same actors, another event, written blind): actors but no facts', (name) => {
    expect(scan(name).facts).toEqual([]);
    expect(scan(name).actors.length).toBeGreaterThan(0);
  });

  it.fails.each([...KNOWN_WRONG])('%s (known wrong: %s): no facts', (name) => {
    expect(scan(name).facts).toEqual([]);
  });

  it.each(GOLDEN_PAGES.filter((name) => name.includes('-chrome-')))(
    '%s (another story; the event only in headline lists around it, written blind): nothing found',
    (name) => {
      const page = scan(name);
      // The ticker, "most read" and teaser headlines name the event ("Israel demands Russia expel
      // Hamas delegation"); they are chrome, not the page's reporting.
      expect(page.text).not.toMatch(/Hamas|Putin|Kremlin|Israël|Israel/);
      expect(page.actors).toEqual([]);
      expect(page.facts).toEqual([]);
    },
  );

  it('reads no corpus name in page furniture: related links, share rows, newsletter boxes, comments', () => {
    const page = scan('unrelated-related-links');
    expect(page.text).toContain('tram line to the airport');
    expect(page.text).not.toMatch(/Hamas|Putin|Peskov|Zakharova|Kremlin|Facebook|cookies|Tags:/);
    expect(page.actors).toHaveLength(0);
    expect(page.facts).toHaveLength(0);
  });

  it('the unrelated pages find the actors they are about', () => {
    expect(actorNamed(scan('unrelated-putin-grain'), 'Vladimir Putin')).toBeDefined();
    expect(actorNamed(scan('unrelated-putin-grain'), 'Dmitry Peskov')).toBeDefined();
    expect(actorNamed(scan('unrelated-hamas-cairo'), 'Hamas')).toBeDefined();
    expect(actorNamed(scan('unrelated-zakharova-consulate'), 'Maria Zakharova')).toBeDefined();
  });

  it('a page with nothing finds nothing', () => {
    expect(scan('nothing-recipe').actors).toEqual([]);
    expect(scan('nothing-recipe').facts).toEqual([]);
  });

  it('the article in new words finds at least 3 facts, Peskov on no meeting with Putin among them', () => {
    const found = labels(scan('event-new-words'));
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found).toContain('Peskov: the delegation did not meet Putin');
    expect(found).toContain('Hamas is a terrorist organization worse than ISIS');
  });

  it('the Hebrew and Persian pages find short place and agency names, particles glued on or not', () => {
    const hebrew = scan('event-hebrew');
    expect(surfaces(hebrew, 'Russia')).toEqual(expect.arrayContaining(['רוסיה', 'מרוסיה', 'ברוסיה']));
    expect(surfaces(hebrew, 'TASS')).toContain('טאס');
    expect(surfaces(hebrew, 'Islamic State')).toContain('מדאעש'); // "than ISIS"
    expect(labels(hebrew)).toContain('Hamas is a terrorist organization worse than ISIS');
    const persian = scan('event-persian');
    for (const name of ['Russia', 'Iran', 'Kremlin', 'TASS']) expect(actorNamed(persian, name)).toBeDefined();
    expect(labels(persian)).toEqual(
      expect.arrayContaining([
        'Israel demands that Russia expel the Hamas delegation',
        'The talks were about releasing hostages and evacuating foreigners from Gaza',
      ]),
    );
  });

  it.each(['event2-italian', 'event2-portuguese', 'event2-polish', 'event2-dutch', 'event2-arabic'])(
    '%s (written blind) finds the 1,400 statement and Peskov on no meeting with Putin',
    (name) => {
      expect(labels(scan(name))).toEqual(
        expect.arrayContaining([
          "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
          'Peskov: the delegation did not meet Putin',
        ]),
      );
    },
  );

  it.each([
    ['event21-german-broadcaster', 'Kontakte zu allen Seiten des Konflikts zu pflegen'],
    ['event42-spanish-mexican', 'mantener contactos con todas las partes del conflicto'],
    ['event37-czech-portal', 'udržovat kontakty se všemi stranami konfliktu'],
    ['event13-hebrew-news', 'לקיים קשרים עם כל הצדדים לסכסוך'],
    ['event3-swedish', 'kontakterna med alla parter fortsätter'],
  ])('%s finds the contacts claim where "all parties" say with whom (%s)', (name, words) => {
    const contacts = scan(name).facts.find(
      (fact) => fact.label === 'Moscow: contacts must be kept with all parties',
    );
    expect(contacts?.evidence.some((span) => span.text.replace(/\s+/g, ' ').includes(words))).toBe(true);
  });

  it.each([
    'event2-italian',
    'event2-portuguese',
    'event2-polish',
    'event2-dutch',
    'event2-arabic',
    'event-german',
  ])('%s finds the expulsion demand, which names only actors every passage names, by its verb', (name) => {
    // "espellere", "expulse", "wydalenia", "uit te zetten", "بطرد", "auszuweisen" (foreign-terms.ts)
    expect(labels(scan(name))).toContain('Israel demands that Russia expel the Hamas delegation');
  });

  // The Swedish page's Peskov was found on its ingress, "Kreml: Ingen träff med Putin – men
  // kontakterna med alla parter fortsätter", by the Kremlin and Putin alone; once "alla parter" was
  // read, the ingress is the contacts claim it is keyed as (event3-key.md), and the Kremlin and
  // Putin no longer make Peskov's claim there.
  it.each(['event3-czech', 'event3-greek', 'event3-romanian', 'event3-hindi'])(
    '%s (written blind) finds Peskov on no meeting with Putin and what Hamas said of Putin',
    (name) => {
      expect(labels(scan(name))).toEqual(
        expect.arrayContaining([
          'Peskov: the delegation did not meet Putin',
          "Hamas praised Putin's position",
        ]),
      );
    },
  );

  it.each([
    'event4-german',
    'event4-turkish',
    'event4-english-tabloid',
    'event4-english-wire',
    'event4-russian',
  ])(
    '%s (written blind) finds the expulsion demand ("des Landes zu verweisen", "sınır dışı", "boot out")',
    (name) => {
      expect(labels(scan(name))).toContain('Israel demands that Russia expel the Hamas delegation');
    },
  );

  it('a German page\'s "schlimmer als der IS" is the Islamic State, in all caps only', () => {
    const page = scan('event4-german');
    expect(labels(page)).toContain('Hamas is a terrorist organization worse than ISIS');
    expect(
      page.actors.find((actor) => actor.id === 'actor:islamic-state')?.mentions.map((m) => m.text),
    ).toEqual(['IS']);
  });

  it('"in the Russian capital" describes a venue without naming it: Bagheri Kani there still met Abu Marzouk', () => {
    expect(labels(scan('event4-english-analysis'))).toContain(
      "The Hamas delegation met Iran's deputy foreign minister in Moscow",
    );
  });

  it('envoys "received by officials of the foreign ministry rather than by the president" is Peskov on no meeting', () => {
    expect(labels(scan('event4-english-analysis'))).toContain('Peskov: the delegation did not meet Putin');
  });

  it('a long paraphrase sharing five words and Russia with the expulsion demand is found, though diluted', () => {
    // "Its foreign ministry demanded that Russia expel the visitors, calling the invitation obscene
    // and an endorsement of terrorism": 0.34, under the usual 0.35.
    expect(labels(scan('event4-english-analysis'))).toContain(
      'Israel demands that Russia expel the Hamas delegation',
    );
  });

  it.each(['event4-russian', 'event2-dutch', 'event3-romanian', 'event2-arabic'])(
    '%s: the Russian embassy rejecting the terrorism charge is its own claim, not Israel making it',
    (name) => {
      const page = scan(name);
      const rebuttal = page.facts.find(
        (fact) => fact.id === 'fact:the-russian-embassy-in-israel-deemed-unacceptable-any',
      );
      expect(rebuttal, name).toBeDefined();
      const israel = page.facts.find(
        (fact) => fact.id === 'fact:israel-says-inviting-hamas-to-moscow-supports-terrorism',
      );
      for (const evidence of rebuttal?.evidence ?? [])
        expect(israel?.evidence.map((e) => e.start) ?? []).not.toContain(evidence.start);
    },
  );

  it.each([
    ['event37-ukrainian-daily', 'Марія Захарова на брифінгу підтвердила'],
    ['event72-indonesian-news-portal', 'Kehadiran perwakilan Hamas di Moskow'],
    ['event71-serbian-news-portal', 'Delegacija palestinskog pokreta Hamas'],
    ['event8-russian-agency', 'Мария Захарова на еженедельном'],
  ])(
    '%s: Zakharova confirming the Hamas visit is no word on Bagheri Kani being in Moscow',
    (name, zakharova) => {
      const bagheri = scan(name).facts.find(
        (fact) => fact.id === 'fact:iran-s-deputy-foreign-minister-is-in-moscow',
      );
      for (const evidence of bagheri?.evidence ?? []) expect(evidence.text).not.toContain(zakharova);
    },
  );

  it('a live-blog entry on soldiers wounded in Gaza is no corpus fact: a place and one word ("military") are not enough', () => {
    const blog = scan('event5-english-liveblog');
    const wounded = blog.text.indexOf('7 soldiers were wounded');
    expect(wounded).toBeGreaterThan(0);
    for (const fact of blog.facts)
      for (const evidence of fact.evidence)
        expect(evidence.start > wounded || evidence.end < wounded, fact.id).toBe(true);
  });

  it('the Chinese page finds the expulsion demand, and Israel inviting criticism is not Hamas welcoming Russia', () => {
    const chinese = labels(scan('event5-chinese'));
    expect(chinese).toContain('Israel demands that Russia expel the Hamas delegation');
    expect(chinese.some((label) => label.startsWith('Hamas welcomed'))).toBe(false);
  });

  it('the Spanish page reads "mantuvo un encuentro con Abu Marzuk" as the meeting with Bagheri Kani', () => {
    expect(labels(scan('event5-spanish'))).toContain(
      "The Hamas delegation met Iran's deputy foreign minister in Moscow",
    );
  });

  it('a photo caption is no reporting: "Rzecznik Kremla Dmitrij Pieskow" names two actors but tells nothing', () => {
    for (const [name, caption] of [
      ['event6-polish', 'Rzecznik Kremla Dmitrij Pieskow'],
      ['event6-italian', 'Il portavoce del Cremlino Dmitry Peskov (foto Ansa)'],
    ] as const) {
      const page = scan(name);
      expect(readFileSync(`${PAGES_DIR}${name}.html`, 'utf8')).toContain(`<figcaption>${caption}`);
      expect(page.text).not.toContain(caption);
    }
  });

  it('"Putin\'s spokesman Peskov said that Russia keeps contacts" (Polish, Hebrew) is the contacts claim, not Peskov on meeting Putin', () => {
    expect(labels(scan('event6-polish'))).toContain('Moscow: contacts must be kept with all parties');
    for (const name of ['event6-polish', 'event6-hebrew'])
      expect(labels(scan(name))).not.toContain('Peskov: the delegation did not meet Putin');
    // Where the spokesman does say the delegation did not meet Putin, it is found.
    expect(labels(scan('event6-italian'))).toContain('Peskov: the delegation did not meet Putin');
  });

  it('a quote that scores best alone still counts with what its sentence names ("Secondo Haiat, i vertici di Hamas hanno «le mani sporche del sangue…»")', () => {
    const blood = scan('event6-italian').facts.find((fact) =>
      fact.label.startsWith("Hamas officials' hands"),
    );
    expect(blood?.evidence.map((evidence) => evidence.text)).toContainEqual(
      expect.stringMatching(/le mani sporche del\s+sangue di oltre 1\.400/),
    );
    // And a demand to expel that also calls the invitation support for terrorism is both claims.
    const italian = scan('event2-italian').facts.find((fact) =>
      fact.label.startsWith('Israel says inviting'),
    );
    expect(italian?.evidence.map((evidence) => evidence.text)).toContainEqual(
      expect.stringMatching(/definendo\s+l’invito «osceno» e un atto di sostegno al terrorismo/),
    );
  });

  it('the Polish page reads "Przedstawiciele Hamasu przebywają w Moskwie" as the delegation in Moscow, not the ceasefire call', () => {
    const polish = scan('event6-polish').facts;
    const visit = polish.find((fact) => fact.label.startsWith('A Hamas delegation led by'));
    expect(visit?.evidence.map((evidence) => evidence.text)).toContainEqual(
      expect.stringMatching(/^Przedstawiciele Hamasu przebywają w Moskwie/),
    );
    expect(polish.some((fact) => fact.label.startsWith('Russia calls for a ceasefire'))).toBe(false);
  });

  it('a clause that only says who spoke makes no claim: Peskov on contacts is not Peskov on the meeting', () => {
    const cable = labels(scan('event10-english-us-cable'));
    expect(cable).toContain('Moscow: contacts must be kept with all parties');
    expect(cable).not.toContain('Peskov: the delegation did not meet Putin');
  });

  it('the blind pages of sets 8 to 10 are dated by their metadata and read their years in any digits', () => {
    expect(labels(scan('event8-arabic'))).toContain('Israel demands that Russia expel the Hamas delegation');
    expect(scan('nearmiss7-english-peskov-hostages-2024').facts).toEqual([]);
    expect(scan('nearmiss7-german-bagheri-kani-moskau-2023-juni').facts).toEqual([]);
    expect(labels(scan('event10-turkish'))).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });

  it('the Hebrew pages read contacts as מגעים and "keep in touch" (על קשר)', () => {
    expect(labels(scan('event6-hebrew'))).toContain('Moscow: contacts must be kept with all parties');
  });

  it('an Arabic page on Hamas leaders in Cairo on 4 November 2023 reports none of the Moscow visit’s facts', () => {
    const page = scan('nearmiss4-hamas-cairo-rahain-nov-2023-ar');
    expect(page.text).toContain('4 نوفمبر 2023');
    expect(page.actors.length).toBeGreaterThan(5);
    expect(page.facts).toEqual([]);
  });

  it('a Turkish page dated "19 Kasım 2024" is another occasion: its hostages and Hamas are not the corpus facts', () => {
    const page = scan('nearmiss2-israil-turkiye-hamas-2024');
    expect(page.text).toContain('19 Kasım 2024');
    expect(page.facts).toEqual([]);
  });

  it('the Hebrew page names Hamas only where it says חמאס, not in look-alike words', () => {
    // By consonants alone, חמישי ("Thursday") and להמשיך ("to continue") read as Hamas.
    expect([...new Set(surfaces(scan('event-hebrew'), 'Hamas'))]).toEqual(['חמאס']);
  });

  it('the German page finds Sacharowa as Maria Zakharova and other German spellings', () => {
    const german = scan('event-german');
    expect(surfaces(german, 'Maria Zakharova')).toContain('Maria Sacharowa');
    expect(surfaces(german, 'Dmitry Peskov')).toEqual(expect.arrayContaining(['Dmitri Peskow', 'Peskows']));
    expect(surfaces(german, 'Musa Abu Marzouk')).toContain('Mussa Abu Marsuk');
    expect(surfaces(german, 'Moscow')).toContain('Moskau');
    expect(labels(german)).toContain('Peskov: the delegation did not meet Putin');
  });

  it('the Russian page finds names written in Cyrillic', () => {
    const russian = scan('event-russian');
    expect(surfaces(russian, 'Maria Zakharova')).toContain('Мария Захарова');
    expect(surfaces(russian, 'Dmitry Peskov')).toEqual(expect.arrayContaining(['Дмитрий Песков', 'Пєсков']));
    expect(surfaces(russian, 'Lior Haiat')).toContain('Лиор Хаиат');
    expect(surfaces(russian, 'Musa Abu Marzouk')).toContain('Абу Марзуком');
    expect(labels(russian)).toContain('Peskov: the delegation did not meet Putin');
  });

  it('the Arabic page finds names by their consonants', () => {
    const arabic = scan('event-arabic');
    expect(surfaces(arabic, 'Musa Abu Marzouk')).toContain('موسى أبو مرزوق');
    expect(surfaces(arabic, 'Maria Zakharova')).toContain('ماريا زاخاروفا');
    expect(surfaces(arabic, 'Ali Bagheri Kani')).toContain('علي باقري كني');
    expect(surfaces(arabic, 'Lior Haiat')).toContain('ليئور حياة');
    expect(surfaces(arabic, 'Dmitry Peskov')).toContain('ديمتري بيسكوف');
    expect(surfaces(arabic, 'Hamas')).toContain('حماس');
    expect(labels(arabic)).toContain('Peskov: the delegation did not meet Putin');
    expect(labels(arabic)).toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
  });

  it('pages in other languages take the claim several sources made over a one-source claim with the same names and numbers', () => {
    for (const name of ['event-arabic', 'event-german'])
      expect(labels(scan(name)).some((label) => label.startsWith('Israel has vowed to annihilate'))).toBe(
        false,
      );
  });

  it('the Chinese page finds names by their sounds, and facts by names and numbers', () => {
    const chinese = scan('event-chinese');
    expect(surfaces(chinese, 'Maria Zakharova')).toContain('玛丽亚·扎哈罗娃');
    expect(surfaces(chinese, 'Musa Abu Marzouk')).toEqual(['穆萨·阿布·马尔祖克', '阿布·马尔祖克']);
    expect(surfaces(chinese, 'Dmitry Peskov')).toContain('德米特里·佩斯科夫');
    expect(surfaces(chinese, 'Mikhail Bogdanov')).toContain('米哈伊尔·博格达诺夫');
    expect(surfaces(chinese, 'Hamas')).toContain('哈马斯');
    expect(surfaces(chinese, 'Vladimir Putin')).toContain('普京');
    expect(surfaces(chinese, 'Israeli Foreign Ministry')).toEqual(['以色列外交部']);
    expect(surfaces(chinese, 'Iran')).toEqual(['伊朗']);
    expect(labels(chinese)).toContain('Peskov: the delegation did not meet Putin');
  });

  it('the Japanese page finds katakana names and facts, clause by clause', () => {
    const japanese = scan('event-japanese');
    expect(surfaces(japanese, 'Maria Zakharova')).toEqual(['マリア・ザハロワ']);
    expect(surfaces(japanese, 'Dmitry Peskov')).toEqual(['ドミトリー・ペスコフ']);
    expect(surfaces(japanese, 'Lior Haiat')).toEqual(['リオル・ハイアト']);
    expect(labels(japanese)).toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
    expect(labels(scan('event-chinese'))).toContain('Israel demands that Russia expel the Hamas delegation');
  });

  it('the Korean page finds Hangul names without their particles', () => {
    const korean = scan('event-korean');
    expect(surfaces(korean, 'Musa Abu Marzouk')).toEqual(['무사 아부 마르주크', '아부 마르주크']);
    expect(surfaces(korean, 'Dmitry Peskov')).toEqual(['드미트리 페스코프']);
    expect(labels(korean)).toContain('Peskov: the delegation did not meet Putin');
  });

  it('the Hindi page finds Devanagari names, and no native word for a short name', () => {
    const hindi = scan('event-hindi');
    expect(surfaces(hindi, 'Musa Abu Marzouk')).toEqual(['मूसा अबू मरज़ूक', 'अबू मरज़ूक']);
    expect(surfaces(hindi, 'Kremlin')).toEqual(['क्रेमलिन']);
    expect(actorNamed(hindi, 'Ukraine')).toBeUndefined(); // करने "to do" is k-r-n
    expect(labels(hindi)).toContain('Peskov: the delegation did not meet Putin');
  });

  it('the Turkish page finds Turkish spellings: other vowels, exonyms with suffixes', () => {
    const turkish = scan('event-turkish');
    expect(surfaces(turkish, 'Musa Abu Marzouk')).toEqual(['Ebu Merzuk', 'Ebu Merzuk']);
    expect(surfaces(turkish, 'Ali Bagheri Kani')).toEqual(['Ali Bakıri Kani']);
    expect(surfaces(turkish, 'Moscow')).toContain('Moskova');
    expect(surfaces(turkish, 'Israel')).toContain('İsrail');
    expect(labels(turkish)).toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
  });

  // Written from the seeds by a helper who did not read the matcher; each page reports eight
  // facts (tests/fixtures/pages/multilingual-key.md) and some of: Bagheri Kani in Moscow, his
  // meeting a Russian deputy minister, 220 hostages, "support for terrorism".
  const REPORTED_ON_EVERY_PAGE = [
    'fact:a-hamas-delegation-led-by-abu-marzouk-is',
    'fact:israel-demands-that-russia-expel-the-hamas-delegation',
    'fact:hamas-is-a-terrorist-organization-worse-than-isis',
    'fact:hamas-officials-hands-are-stained-with-the-blood',
    'fact:peskov-the-delegation-did-not-meet-putin',
    'fact:moscow-contacts-must-be-kept-with-all-parties',
    'fact:the-hamas-delegation-met-iran-s-deputy-foreign',
    'fact:the-talks-were-about-releasing-hostages-and-evacuating',
  ];
  const ALSO_REPORTED = [
    'fact:iran-s-deputy-foreign-minister-is-in-moscow',
    'fact:bagheri-kani-met-a-russian-deputy-foreign-minister',
    'fact:hamas-is-responsible-for-abducting-over-220-israelis',
    'fact:israel-says-inviting-hamas-to-moscow-supports-terrorism',
    // The Persian page: "Russia [keeps ties] with all the region's main players, Israel, Iran, the
    // Palestinian Authority…", as the corpus's Reuters-based source put it.
    'fact:russia-has-ties-with-key-players-in-the',
    // The Ukrainian page's reminder that the 7 October attack killed at least 1,400: the corpus
    // tells it once, in the sentence where Israel vows to annihilate Hamas.
    'fact:israel-has-vowed-to-annihilate-hamas-in-response',
  ];
  const MULTILINGUAL = ['event-french', 'event-spanish', 'event-ukrainian', 'event-persian', 'event-hebrew'];

  it('pages in French, Spanish, Ukrainian, Persian and Hebrew: no wrong fact, over half the facts', () => {
    let found = 0;
    for (const name of MULTILINGUAL) {
      const ids = scan(name).facts.map((fact) => fact.id);
      for (const id of ids)
        expect([...REPORTED_ON_EVERY_PAGE, ...ALSO_REPORTED], `${name}: ${id}`).toContain(id);
      // "blood of over 1,400": written 1 400 (no-break space), 1.400, ۱۴۰۰ and מ-1,400
      expect(ids, name).toContain('fact:hamas-officials-hands-are-stained-with-the-blood');
      expect(ids, name).toContain('fact:peskov-the-delegation-did-not-meet-putin');
      found += ids.filter((id) => REPORTED_ON_EVERY_PAGE.includes(id)).length;
    }
    expect(found / (REPORTED_ON_EVERY_PAGE.length * MULTILINGUAL.length)).toBeGreaterThan(0.5);
  });

  it('a Japanese page on another Maria in Moscow finds no corpus actor', () => {
    expect(scan('unrelated-japanese-tennis').actors).toEqual([]);
    expect(scan('unrelated-japanese-tennis').facts).toEqual([]);
  });

  it('a seed page finds its own facts and knows it is that source, by URL and by text', () => {
    const orla = 'source:004_4c9df461499d11da';
    const { text, url } = readPage(`${PAGES_DIR}seed-orla-expulsion.html`);
    expect(url).toContain('orla.fm');
    const byUrl = detectPage(text, url, index);
    expect(byUrl.selfSource).toBe(orla);
    expect(detectPage(text, 'https://elsewhere.example/copy', index).selfSource).toBe(orla);
    const own = index.facts.filter((fact) => fact.sources.includes(orla) && fact.sources.length > 1);
    const found = byUrl.facts.map((fact) => fact.id);
    for (const fact of own) expect(found).toContain(fact.id);
  });

  it('an article that is not a source is not taken for one', () => {
    const { text } = readPage(`${PAGES_DIR}event-new-words.html`);
    expect(detectPage(text, '', index).selfSource).toBeNull();
  });
});
