import { describe, expect, it } from 'vitest';
import { monthsNamed } from './detect-time';
import { buildShippedPack } from '../cli/shipped-pack';
import { detectCandidates } from './detect-page';
import { pageParagraphs } from './detect-facts';
import { buildMatcherIndex } from './matcher-index-build';

const index = buildMatcherIndex(buildShippedPack());
// The sentence-level rules: the facts matched before the page-level ones (page-corroboration.test.ts).
const labels = (text: string): string[] => detectCandidates(text, '', index).facts.map((fact) => fact.label);
/** Labels found on a page of these lines published the day after the visit. */
const labelsOn = (lines: string[]): string[] =>
  detectCandidates(lines.join('\n'), '', index, '2023-10-27').facts.map((fact) => fact.label);

describe('the event in other words is found, with why', () => {
  const page = [
    'Kremlin hosts Hamas envoys',
    'Senior Hamas figures, among them Moussa Abu Marzouk, held talks in Moscow at the Russian foreign ministry on Thursday, October 26.',
    '"Hamas is a terrorist organization worse than ISIS," Israeli foreign ministry spokesman Lior Haiat wrote.',
    "Dmitry Peskov, President Vladimir Putin's spokesman, said no meeting between the Hamas visitors and Putin himself was planned.",
  ].join('\n');
  const facts = detectCandidates(page, '', index).facts;

  it('finds the facts', () => {
    expect(facts.map((fact) => fact.label)).toEqual(
      expect.arrayContaining([
        'Hamas is a terrorist organization worse than ISIS',
        'Peskov: the delegation did not meet Putin',
        'A Hamas delegation led by Abu Marzouk is in Moscow',
      ]),
    );
  });

  it('gives evidence as exact slices of the text, reporters and reasons', () => {
    const peskov = facts.find((fact) => fact.label.startsWith('Peskov'));
    expect(peskov?.evidence[0]?.text).toContain('no meeting');
    for (const fact of facts)
      for (const item of fact.evidence) expect(page.slice(item.start, item.end)).toBe(item.text);
    expect(peskov?.reportedBy.length).toBeGreaterThanOrEqual(3);
    expect(peskov?.why.join(' | ')).toMatch(/actors: .*Dmitry Peskov.*Vladimir Putin/);
    expect(peskov?.score).toBeGreaterThan(0.3);
  });
});

describe('precision on near misses (same actors, other events): no facts', () => {
  it.each([
    [
      'Peskov and Putin, another meeting, Hamas far away',
      `Separately, Hamas said talks in Cairo continued.\n${'The harvest was large this year and prices fell. '.repeat(25)}\nKremlin spokesman Dmitry Peskov said there were no plans for Putin to meet the farmers' delegation this week.`,
    ],
    [
      'Zakharova on an expulsion of diplomats',
      'Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would expel two Estonian diplomats in response to the closure of its consulate.',
    ],
    [
      'Hamas delegation in Cairo on hostages',
      'A Hamas delegation arrived in Cairo for talks with Egyptian mediators on a truce and the release of hostages held in Gaza.',
    ],
    [
      'another Hamas visit to Moscow, dated',
      'A Hamas delegation led by Mousa Abu Marzouk visited Moscow on September 10 and met Deputy Foreign Minister Mikhail Bogdanov.',
    ],
    [
      'another year',
      'In March 2024 a Hamas delegation led by Mousa Abu Marzouk came to Moscow for talks between Palestinian factions.',
    ],
    [
      'a year years before the event, and the page names it only there',
      'In March 2017, a Hamas delegation led by Musa Abu Marzouk visited Moscow and met Deputy Foreign Minister Mikhail Bogdanov, the Russian Foreign Ministry said.',
    ],
    [
      'the same two officials meeting elsewhere',
      'Iranian Deputy Foreign Minister Ali Bagheri Kani met Mikhail Galuzin in Tehran to discuss the Caucasus.',
    ],
    [
      'the same words from a speaker the corpus does not know',
      'Hamas is worse than ISIS, Israeli Prime Minister Benjamin Netanyahu told the United Nations General Assembly.',
    ],
    [
      'another month',
      'In January, a Hamas delegation led by Musa Abu Marzouk visited Moscow and met Deputy Foreign Minister Mikhail Bogdanov.',
    ],
    [
      'the same demand made of another country',
      'The Israeli foreign ministry demanded that Turkey expel Hamas officials living in Istanbul.',
    ],
    [
      'Putin on Israel and Gaza in general',
      'Putin said the war between Israel and Hamas showed the failure of United States policy in the Middle East.',
    ],
    [
      'Gaza strikes, no corpus context',
      'Israeli airstrikes hit the south of the Gaza Strip overnight, local officials said, and the number of dead rose above 200.',
    ],
  ])('%s', (_, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('speakers', () => {
  it('reads a wire lede that tells the demand and, after "headed by", who leads the visit', () => {
    expect(
      labelsOn([
        'Israel on Thursday urged Russia to expel a Hamas delegation headed by senior official Mousa Abu Marzouk that is visiting Moscow.',
        'Kremlin spokesman Dmitry Peskov said the delegation had talks with Foreign Ministry officials.',
      ]),
    ).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });

  it('keeps the claim from its own speaker, however titled', () => {
    expect(
      labels('Hamas is worse than ISIS, Israeli foreign ministry spokesman Lior Hayat told reporters.'),
    ).toContain('Hamas is a terrorist organization worse than ISIS');
  });
});

describe('months', () => {
  it('keeps a sentence set in the fact’s own month', () => {
    expect(
      labels(
        'In October, a Hamas delegation led by Musa Abu Marzouk visited Moscow and met Mikhail Bogdanov.',
      ),
    ).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });
  it.each([
    ['In January, the envoy came.', [1]],
    ['В январе и 26 октября', [1, 10]],
    ['Делегація прибула 26 жовтня, червоний прапор.', [10]],
    ['Hamas may say so; Musa Abu Marzouk met Augusta in Mayfair.', []],
    ['On May 5 the envoy came.', [5]],
  ])('monthsNamed(%s)', (text, months) => {
    expect([...monthsNamed(text)].sort((a, b) => a - b)).toEqual(months);
  });
});

describe('venues', () => {
  it('keeps the meeting where the sources placed it', () => {
    expect(
      labels(
        'Iranian Deputy Foreign Minister Ali Bagheri Kani met Mikhail Galuzin in Moscow to discuss Gaza.',
      ),
    ).toContain('Bagheri Kani met a Russian deputy foreign minister');
  });
});

describe('years', () => {
  it('keeps a sentence with a background year ("since 2007")', () => {
    expect(
      labels('A Hamas delegation led by Musa Abu Marzouk, which has ruled Gaza since 2007, visited Moscow.'),
    ).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });
  it('keeps a sentence dated in the event’s own year', () => {
    expect(
      labels(
        'On October 26, 2023, a Hamas delegation led by Musa Abu Marzouk visited Moscow, the ministry said.',
      ),
    ).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });
});

describe('a weekday is a date, not a word', () => {
  // As a word, "Thursday" weighed against every claim its sources did not date by that word.
  it('tells the demand dated "on Thursday" as it does without the day', () => {
    const page = 'Israel demanded on Thursday that Russia expel the Hamas delegation.';
    expect(detectCandidates(page, '', index, '2023-10-26').facts.map((fact) => fact.label)).toEqual([
      'Israel demands that Russia expel the Hamas delegation',
    ]);
  });
});

describe('pages in other languages: actors, numbers, dates and news words decide', () => {
  it('finds a fact from names and numbers', () => {
    const page =
      'Kremlsprecher Dmitri Peskow sagte, ein Treffen der Hamas-Delegation mit Präsident Wladimir Putin sei nicht geplant.\nDie Hamas habe über 220 Geiseln verschleppt, darunter Babys, Kinder, Frauen und ältere Menschen.';
    expect(labels(page)).toEqual(
      expect.arrayContaining([
        'Peskov: the delegation did not meet Putin',
        'Hamas is responsible for abducting over 220 Israelis',
      ]),
    );
  });

  // The toll counts with the blood charge's number (1,400) without its words: a tally of the attack.
  it('does not take a tally of the attack for the kidnapping charge one source set beside it', () => {
    expect(
      labels(
        'Bei dem Überfall der Hamas auf Israel wurden nach israelischen Angaben rund 1400 Menschen getötet und mehr als 220 als Geiseln in den Gazastreifen verschleppt.',
      ),
    ).toEqual([]);
    // With the charge's own words about the 1,400 (blood), the sentence is the charge.
    expect(
      labels(
        'Die Hände der Hamas-Führer seien mit dem Blut von mehr als 1400 Israelis befleckt, und über 220 Menschen seien verschleppt worden.',
      ),
    ).toEqual(expect.arrayContaining(['Hamas is responsible for abducting over 220 Israelis']));
  });

  it('does not take common actors alone for a fact', () => {
    expect(labels('Israel und Russland sprachen über die Hamas.\nDie Gespräche dauerten an.')).toEqual([]);
  });

  it('tells a claim of common actors by a news word few facts use (foreign-terms.ts)', () => {
    expect(labels('Israel forderte Russland auf, die Hamas-Vertreter auszuweisen.')).toEqual([
      'Israel demands that Russia expel the Hamas delegation',
    ]);
  });

  it('does not take a word many facts use ("visit") as specific', () => {
    expect(labels('Es ist der erste Besuch der Hamas in Russland seit dem Angriff auf Israel.')).toEqual([]);
  });
});

describe('pageParagraphs', () => {
  it.each([
    ['block breaks', 'One.\nTwo.', ['One.', 'Two.']],
    [
      'source wrapping inside a paragraph',
      'The hands of high-ranking Hamas\n        profiles are stained.',
      ['The hands of high-ranking Hamas\n        profiles are stained.'],
    ],
    [
      'wrapped text then a new block',
      'A wrapped\n    line.\n\n    Next block.',
      ['A wrapped\n    line.', 'Next block.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(pageParagraphs(text).map((span) => span.text)).toEqual(expected);
  });
});

describe('a number with the claim’s own word, in another language, where no one is named', () => {
  // A Ukrainian page: the sentence says "in his words", so only its number and word can tell.
  const page = [
    'Ізраїль вимагає від Росії вигнати делегацію ХАМАС, яка 26 жовтня прибула до Москви.',
    'Речник МЗС Ізраїлю Ліор Хаят засудив візит.',
    'За його словами, руки керівників угруповання заплямовані кров’ю понад 1400 ізраїльтян.',
  ].join('\n');
  const attackToll = [
    'Ізраїль вимагає від Росії вигнати делегацію ХАМАС, яка 26 жовтня прибула до Москви.',
    'За даними ізраїльської сторони, під час нападу загинули понад 1400 людей.',
  ].join('\n');

  it('takes "the blood of over 1,400" for the blood charge', () => {
    expect(labels(page)).toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
  });

  it('does not take the attack’s toll ("over 1,400 killed") for it', () => {
    expect(labels(attackToll)).not.toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
  });

  // A number several claims count (the toll's 1,400 and the charge's) tells which of them only
  // with the claim's own word, a date, or someone few passages name.
  it('does not take the toll for it when the sentence names Hamas and reads "killed"', () => {
    const french = [
      'Israël exige que la Russie expulse la délégation du Hamas, arrivée le 26 octobre à Moscou.',
      'Selon les autorités israéliennes, au moins 1 400 personnes ont été tuées lors de l’attaque du Hamas.',
    ].join('\n');
    expect(labels(french)).not.toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
  });

  // The same in English: one source set Israel's vow to annihilate Hamas beside the toll, and the
  // toll alone, its date and its number shared by other claims, does not tell the vow.
  it('does not take an English toll with its date for the vow that one source set beside it', () => {
    const english = [
      'A Hamas delegation led by Mousa Abu Marzouk held talks at the Russian foreign ministry in Moscow on Thursday.',
      'Israel demanded that Russia expel the delegation.',
      'As per Israeli figures, around 1,400 people were killed in the October 7 attack and over 220 were taken hostage.',
    ];
    const found = labelsOn(english);
    expect(found).toContain('Israel demands that Russia expel the Hamas delegation');
    expect(found.filter((label) => label.includes('annihilate'))).toEqual([]);
  });

  it('does not take a Russian toll that names Israel and the date for the vow', () => {
    const russian = [
      'Делегация ХАМАС во главе с Мусой Абу Марзуком прибыла в Москву.',
      'По данным израильской стороны, при нападении боевиков на юг Израиля 7 октября погибли около 1400 человек.',
    ];
    const found = labelsOn(russian);
    expect(found).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
    expect(found.filter((label) => label.includes('annihilate'))).toEqual([]);
  });

  it('takes the vow with its own word beside the toll (Dutch "vernietigen")', () => {
    const dutch = [
      'Een Hamas-delegatie onder leiding van Moesa Abu Marzouk is in Moskou.',
      'Israël zwoer Hamas te vernietigen na de aanval van 7 oktober, waarbij volgens Israëlische cijfers zeker 1.400 mensen omkwamen.',
    ];
    expect(labelsOn(dutch).filter((label) => label.includes('annihilate'))).toHaveLength(1);
  });

  it('takes two other people’s talks about a ceasefire for their meeting, not for Russia’s call', () => {
    const found = labelsOn([
      'Una delegazione di Hamas guidata da Mussa Abu Marzuk è a Mosca.',
      'Stando alla Tass, Bagheri Kani ha incontrato anche Abu Marzuk: i due hanno discusso di un cessate il fuoco e degli aiuti umanitari alla popolazione di Gaza.',
    ]);
    expect(found).toContain("The Hamas delegation met Iran's deputy foreign minister in Moscow");
    expect(found.filter((label) => label.includes('ceasefire'))).toEqual([]);
  });

  it('takes "they discussed a ceasefire" after two people’s meeting for theirs, not Russia’s call', () => {
    const found = labelsOn([
      'Делегація ХАМАС на чолі з Мусою Абу Марзуком перебуває в Москві.',
      'Заступник міністра закордонних справ Ірану Алі Багері Кані зустрівся з Абу Марзуком.',
      'За даними агентства, вони обговорили припинення вогню в секторі Газа та доставку гуманітарної допомоги.',
    ]);
    expect(found.filter((label) => label.includes('ceasefire'))).toEqual([]);
  });

  it('takes "the two sides" in Persian for the pair the sentence before named', () => {
    const found = labelsOn([
      'هیئت حماس به ریاست موسی ابومرزوق در مسکو است.',
      'علی باقری کنی، معاون وزیر خارجه ایران، در مسکو با ابومرزوق دیدار کرد.',
      'دو طرف در این دیدار درباره آتش‌بس در غزه و رساندن کمک‌های بشردوستانه به ساکنان این باریکه گفت‌وگو کردند.',
    ]);
    expect(found.filter((label) => label.includes('ceasefire'))).toEqual([]);
  });

  it('takes Ukrainian "випровадити" (see out of the country) for the demand to expel', () => {
    expect(
      labelsOn([
        'Делегація ХАМАС на чолі з Мусою Абу Марзуком перебуває в Москві.',
        'Ізраїль закликав Кремль негайно випровадити терористів ХАМАС з Росії.',
      ]),
    ).toContain('Israel demands that Russia expel the Hamas delegation');
  });

  it('takes Mexican Spanish "que echara de su territorio" for the demand to expel', () => {
    expect(
      labelsOn([
        'Una delegación de Hamás encabezada por Musa Abu Marzuk llegó a Moscú.',
        'El gobierno de Israel exigió a Rusia que echara de su territorio a los enviados de Hamás de inmediato.',
      ]),
    ).toContain('Israel demands that Russia expel the Hamas delegation');
  });

  it('takes the talks on hostages and the exit of foreigners from the claim’s words alone (Spanish)', () => {
    expect(
      labelsOn([
        'Una delegación de Hamás encabezada por Musa Abu Marzuk llegó a Moscú.',
        'Israel exigió a Rusia que expulsara a la delegación de Hamás, que controla la Franja de Gaza.',
        'De acuerdo con la agencia estatal rusa TASS, en los encuentros se abordó la liberación de rehenes extranjeros retenidos en la Franja y la salida de ciudadanos rusos del enclave palestino.',
      ]),
    ).toContain('The talks were about releasing hostages and evacuating foreigners from Gaza');
  });

  it('takes no blood from Turkish "verilere" (data), which Finnish "veri" (blood) starts', () => {
    const found = labelsOn([
      'Musa Ebu Merzuk başkanlığındaki Hamas heyeti Moskova’da bulunuyor.',
      "İsrail'in açıkladığı verilere göre Hamas'ın 7 Ekim'de düzenlediği saldırıda yaklaşık 1.400 kişi hayatını kaybetti.",
    ]);
    expect(found).not.toContain("Hamas officials' hands are stained with the blood of over 1,400 Israelis");
  });

  it('takes the charge in Turkish ("kanıyla", with blood)', () => {
    const turkish = [
      'İsrail, Rusya’dan Moskova’daki Hamas heyetini sınır dışı etmesini talep etti.',
      'Hayat, Hamas yöneticilerinin ellerinin 1.400’den fazla İsraillinin kanıyla lekelendiğini söyledi.',
    ].join('\n');
    expect(labels(turkish)).toContain(
      "Hamas officials' hands are stained with the blood of over 1,400 Israelis",
    );
  });

  it('takes "over 220 abducted" for the abduction charge in Hebrew', () => {
    const hebrew = [
      'ישראל דרשה מרוסיה לגרש את משלחת חמאס שהגיעה למוסקבה.',
      'הוא הוסיף כי הם אחראים לחטיפתם של יותר מ-220 ישראלים, ובהם תינוקות, ילדים, נשים וקשישים.',
    ].join('\n');
    expect(labels(hebrew)).toContain('Hamas is responsible for abducting over 220 Israelis');
  });
});

describe('the page’s own year', () => {
  const page = [
    'The delegation is headed by Mousa Abu Marzouk, a senior member of the Hamas political bureau, RIA Novosti reported.',
    '“Hamas is a terrorist organisation worse than ISIS,” Israeli foreign ministry spokesperson Lior Haiat wrote on X.',
    'Ismail Haniyeh had led a delegation to Moscow in September 2022 for talks with Foreign Minister Sergei Lavrov.',
  ].join('\n');
  const found = (published: string | null): string[] =>
    detectCandidates(page, '', index, published).facts.map((fact) => fact.label);

  it('comes from its metadata when its text names only an earlier year', () => {
    expect(found('2023-10-26')).toContain('Hamas is a terrorist organization worse than ISIS');
  });

  it('is the year its text names when it has no date of its own', () => {
    expect(found(null)).toEqual([]);
  });
});

describe('a page dated apart from the event', () => {
  // Ten days before the visit, after the attack's 7 October that one source dated its toll to.
  const page = [
    'Russia’s draft resolution on Gaza failed at the Security Council on Monday.',
    'It murdered 1,400 people in Israel and is holding 199 hostages in Gaza, Israel’s foreign ministry said of Hamas.',
    'Kremlin spokesman Dmitry Peskov said Moscow maintained contacts with all parties to the conflict.',
  ].join('\n');

  it('counts from the days of facts several sources told, not from a background date', () => {
    expect(detectCandidates(page, '', index, '2023-10-16').facts).toEqual([]);
  });
});

describe('a word only one claim uses, in another language', () => {
  it('takes a demand to expel with its names for the expulsion, though other names dilute it', () => {
    expect(
      labels(
        'Moskau/Tel Aviv (dpa) - Israel hat Russland aufgefordert, die in Moskau weilende Delegation der islamistischen Hamas um das Politbüromitglied Mussa Abu Marsuk auszuweisen.',
      ),
    ).toContain('Israel demands that Russia expel the Hamas delegation');
  });

  it('takes the blood charge with a number, its word and one actor (German: "klebe das Blut")', () => {
    expect(
      labels(
        'Israel fordert Russland auf, die Hamas-Delegation auszuweisen.\nAn den Händen der Hamas-Führung klebe das Blut von mehr als 1.400 Israelis, schrieb Ministeriumssprecher Lior Haiat auf der Plattform X.',
      ),
    ).toContain("Hamas officials' hands are stained with the blood of over 1,400 Israelis");
  });

  it('takes it with one actor and another word of the claim (Portuguese: "pediu que a Rússia expulse")', () => {
    expect(
      labels(
        'Uma delegação do Hamas chegou a Moscou.\nA presença da comitiva provocou uma dura reação do governo israelense, que pediu que a Rússia expulse imediatamente os integrantes do grupo.',
      ),
    ).toContain('Israel demands that Russia expel the Hamas delegation');
  });
});

describe('a spokesperson with the organisation they speak for (actor-principals.ts)', () => {
  it('does not take the two names for a claim of that spokesperson', () => {
    // Peskov and the Kremlin tell every Kremlin story: here his contacts line, not his word on Putin.
    const found = labels(
      [
        'Una delegación de Hamás encabezada por Musa Abu Marzuk llegó a Moscú el jueves, invitada por el gobierno de Vladímir Putin.',
        'El Kremlin salió en defensa de la visita: su portavoz, Dmitri Peskov, sostuvo que Rusia considera necesario mantener contactos con todas las partes del conflicto.',
      ].join('\n'),
    );
    expect(found).toContain('Moscow: contacts must be kept with all parties');
    expect(found).not.toContain('Peskov: the delegation did not meet Putin');
  });

  it('still takes the spokesperson with the person the claim is about', () => {
    expect(
      labels(
        'Die Hamas-Delegation ist in Moskau.\nKremlsprecher Dmitri Peskow sagte, ein Treffen mit Präsident Wladimir Putin sei nicht geplant.',
      ),
    ).toContain('Peskov: the delegation did not meet Putin');
  });
});

describe('a spokesperson who only speaks for the claim', () => {
  const demand = 'Israel demands that Russia expel the Hamas delegation';
  it('is not the claim with one word that is not its own ("son départ", the UN chief’s)', () => {
    const found = labels(
      [
        'La délégation du Hamas est arrivée à Moscou, a confirmé la Russie.',
        'Le ministère israélien des Affaires étrangères et son porte-parole, Lior Haiat, réclament toujours son départ.',
      ].join('\n'),
    );
    expect(found).not.toContain(demand);
  });

  it('tells the claim with two of its words', () => {
    expect(
      labels(
        [
          'Una delegación de Hamás encabezada por Musa Abu Marzuk llegó a Moscú.',
          'Haiat calificó la invitación de “obscena” y afirmó que equivale a respaldar el terrorismo.',
        ].join('\n'),
      ),
    ).toContain('Israel says inviting Hamas to Moscow supports terrorism');
  });
});

describe('the main claim in its plainest words (what most of its sources share)', () => {
  const visit = 'A Hamas delegation led by Abu Marzouk is in Moscow';
  it('is told without its leader’s name, in any language', () => {
    expect(labels('Una delegazione di Hamas è in visita a Mosca.')).toContain(visit);
    expect(labels('Делегація палестинського угруповання ХАМАС перебуває в Москві.')).toContain(visit);
  });

  it('is not another delegation’s visit, nor a visit elsewhere', () => {
    expect(labels('Una delegazione iraniana è in visita a Mosca.')).not.toContain(visit);
    expect(labels('Una delegazione di Hamas è in visita a Teheran.')).not.toContain(visit);
  });
});

describe('Japanese news words', () => {
  it('reads 滞在 (staying) as a visit, not the names alone as another claim of Zakharova', () => {
    const found = labels(
      [
        'パレスチナ自治区ガザ地区を実効支配するイスラム組織ハマスの代表団が26日、ロシアの首都モスクワを訪れた。',
        'ロシア国営のリア・ノーボスチ通信によると、代表団を率いるのはハマス政治局メンバーのムーサ・アブマルズーク氏。',
        'ロシア外務省のザハロワ報道官も同日の定例記者会見で、ハマスの代表がモスクワに滞在していることを認めた。',
      ].join('\n'),
    );
    expect(found).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
    expect(found).not.toContain('Russia calls for a ceasefire and humanitarian aid for Gaza');
  });
});

describe('a claim its sources told in words, on a page in another language', () => {
  it('is not read from names alone (Zakharova confirming the visit is not her ceasefire call)', () => {
    const found = labels(
      [
        'Delegacja Hamasu w Moskwie. Izrael żąda, by Rosja ją wydaliła',
        'Izrael chce, żeby Rosja wyrzuciła delegację Hamasu z kraju, ale Kreml nie zamierza zrywać kontaktów z żadną ze stron.',
        'Przedstawiciele Hamasu przebywają w Moskwie – potwierdziła w czwartek na cotygodniowym briefingu rzeczniczka rosyjskiego MSZ Maria Zacharowa. Na czele delegacji stoi Musa Abu Marzuk, członek biura politycznego palestyńskiej organizacji.',
        'Jak podała państwowa agencja TASS, w rosyjskiej stolicy rozmawiano o uwolnieniu zagranicznych zakładników przetrzymywanych w Strefie Gazy oraz o ewakuacji z enklawy obywateli Rosji i innych cudzoziemców.',
      ].join('\n'),
    );
    expect(found).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
    expect(found).not.toContain('Russia calls for a ceasefire and humanitarian aid for Gaza');
  });
});

describe('a claim its sources told in words is told with a word they all used', () => {
  const ceasefire = 'Russia calls for a ceasefire and humanitarian aid for Gaza';
  const talks = 'The talks were about releasing hostages and evacuating foreigners from Gaza';
  const onTheDay = (text: string): string[] =>
    detectCandidates(text, '', index, '2023-10-26').facts.map((fact) => fact.label);

  it('takes talks on hostages and evacuation for those talks, not for the ceasefire call', () => {
    for (const sentence of [
      'De acuerdo con la agencia TASS, en las conversaciones se abordó la liberación de los rehenes extranjeros retenidos en Gaza y la evacuación de ciudadanos rusos y de otros países de la Franja.',
      'Как сообщает ТАСС, в Москве с представителями ХАМАС обсуждали освобождение удерживаемых в секторе Газа иностранных заложников, а также эвакуацию россиян и граждан других стран из анклава.',
    ]) {
      const found = labels(sentence);
      expect(found).toContain(talks);
      expect(found).not.toContain(ceasefire);
    }
  });

  it('takes a common word of the claim for no common ground ("met" is no talk of hostages)', () => {
    const found = labels(
      'А за даними ТАСС, іранський дипломат також зустрівся з Абу Марзуком – сторони обговорили припинення вогню та гуманітарну допомогу населенню Гази.',
    );
    expect(found).not.toContain(talks);
  });

  it('takes Israel calling the invitation support for terrorism for no expulsion demand', () => {
    const demand = 'Israel demands that Russia expel the Hamas delegation';
    expect(
      onTheDay(
        'Delegacija Hamasa boravi u Moskvi. Izraelsko Ministarstvo spoljnih poslova oštro je osudilo poziv upućen Hamasovim zvaničnicima, ocenivši ga kao podršku terorizmu.',
      ),
    ).not.toContain(demand);
  });

  it('still takes the call in its own words, in Arabic with the words apart (وقف فوري لإطلاق النار)', () => {
    const call =
      'وقالت زاخاروفا في مؤتمرها الصحفي الأسبوعي إن بلادها تواصل الدعوة إلى وقف فوري لإطلاق النار وفتح ممرات إنسانية إلى قطاع غزة.';
    expect(onTheDay(call)).toContain(ceasefire);
    // "An exchange of fire" (تبادل لإطلاق النار) is no ceasefire.
    expect(onTheDay('وتحدثت زاخاروفا عن تبادل لإطلاق النار على الحدود اللبنانية.')).not.toContain(ceasefire);
  });
});

describe('a spokesperson’s claim about a group is told with the group or its words', () => {
  const peskov = 'Peskov: the delegation did not meet Putin';
  /** The sentence after a lead that names the visit, on a page of the day. */
  const afterLead = (lead: string, sentence: string): string[] =>
    detectCandidates(`${lead} ${sentence}`, '', index, '2023-10-26').facts.map((fact) => fact.label);

  it('takes Peskov with Putin on another matter for no word on the delegation', () => {
    expect(
      afterLead(
        'משלחת חמאס נמצאת במוסקבה.',
        'דובר הקרמלין דמיטרי פסקוב סירב לומר אם פוטין ישוחח בקרוב עם ראש הממשלה בנימין נתניהו.',
      ),
    ).not.toContain(peskov);
    expect(
      afterLead(
        'Делегация ХАМАС находится в Москве.',
        'Песков заявил, что Владимир Путин проведёт в пятницу оперативное совещание с постоянными членами Совбеза.',
      ),
    ).not.toContain(peskov);
  });

  it('takes Peskov on Biden’s comparison of Putin with Hamas for no word on the delegation, though it names Hamas', () => {
    expect(
      afterLead(
        'Uma delegação do Hamas está em Moscou.',
        'Já o porta-voz do Kremlin, Dmitri Peskov, considerou esta semana inaceitável que o Presidente norte-americano, Joe Biden, tenha comparado Putin ao Hamas.',
      ),
    ).not.toContain(peskov);
  });

  it('still takes it from the group’s envoys or leaders, in the words of other languages', () => {
    expect(
      afterLead(
        'Une délégation du Hamas est à Moscou.',
        "Interrogé par des journalistes, le porte-parole du Kremlin, Dmitri Peskov, a assuré que les émissaires palestiniens n'avaient pas été reçus par Vladimir Poutine, mais par des diplomates du ministère des Affaires étrangères.",
      ),
    ).toContain(peskov);
    expect(
      afterLead(
        'Una delegación de Hamás está en Moscú.',
        'Dmitri Peskov, portavoz de Vladímir Putin, precisó ante los periodistas que los dirigentes islamistas se habían reunido con funcionarios del Ministerio de Exteriores y no con el presidente ni con nadie de su Administración.',
      ),
    ).toContain(peskov);
  });
});

describe('a claim in a spokesperson’s words is about others, not about the spokesperson', () => {
  it('takes Haiat’s "worse than ISIS" from a sentence naming Abu Marzouk (a spokesman too), not Haiat', () => {
    const found = labels(
      'The Israeli foreign ministry has asked Russia to expel the Hamas delegation led by Mousa Abu Marzouk, calling Hamas "a terrorist organization that is worse than ISIS".',
    );
    expect(found).toContain('Hamas is a terrorist organization worse than ISIS');
  });
});

describe('a person who "is in" a place', () => {
  it('reads it as the visit ("Bagheri Kani was also in Moscow")', () => {
    const found = labels(
      "Iran's Deputy Foreign Minister Ali Bagheri Kani was also in Moscow on Thursday and held talks with Russian Deputy Foreign Minister Mikhail Galuzin, the foreign ministry said.",
    );
    expect(found).toContain("Iran's deputy foreign minister is in Moscow");
    expect(found).toContain('Bagheri Kani met a Russian deputy foreign minister');
  });

  it('and for a delegation, whose people are there ("A Hamas delegation is in Moscow")', () => {
    expect(labels("A Hamas delegation is in Moscow, Russia's foreign ministry said on Thursday.")).toContain(
      'A Hamas delegation led by Abu Marzouk is in Moscow',
    );
    expect(labels("A Hamas delegation is expected in Moscow, Russia's foreign ministry said.")).not.toContain(
      'A Hamas delegation led by Abu Marzouk is in Moscow',
    );
  });

  it('and for a group\'s people when no person is named ("Representatives of Hamas are in Moscow")', () => {
    expect(
      labels(
        'Representatives of Hamas are in Moscow, Russian state news agency RIA Novosti reported Thursday.',
      ),
    ).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });

  it('not for a group, whose visit is another claim', () => {
    expect(
      labels(
        'Russian Foreign Ministry spokeswoman Maria Zakharova later confirmed that Hamas representatives were in Moscow.',
      ),
    ).not.toContain("Iran's deputy foreign minister is in Moscow");
  });
});

describe('Traditional Chinese (Hong Kong, Taiwan)', () => {
  it('reads names and news words written in Traditional characters', () => {
    const found = labels(
      [
        '俄羅斯外交部證實，由哈瑪斯政治局成員阿布·馬爾祖克率領的代表團正在莫斯科訪問。',
        '以色列外交部要求俄羅斯驅逐正在莫斯科訪問的哈瑪斯代表團。',
      ].join('\n'),
    );
    expect(found).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
    expect(found).toContain('Israel demands that Russia expel the Hamas delegation');
  });
});

describe("Hamas's own name written out", () => {
  it('is Hamas, not Palestine and a movement ("巴勒斯坦伊斯兰抵抗运动（哈马斯）", "جنبش مقاومت اسلامی فلسطین (حماس)")', () => {
    expect(labels('俄罗斯媒体26日报道，巴勒斯坦伊斯兰抵抗运动（哈马斯）代表团当天抵达莫斯科。')).toContain(
      'A Hamas delegation led by Abu Marzouk is in Moscow',
    );
    const persian = detectCandidates(
      'هیئتی از جنبش مقاومت اسلامی فلسطین (حماس) به ریاست موسی ابومرزوق روز پنجشنبه وارد مسکو شد.',
      '',
      index,
    );
    expect(persian.actors.map((actor) => actor.id)).not.toContain('actor:palestine');
  });
});

describe('a relative date on a dated page', () => {
  const visit =
    "On Thursday, a Hamas delegation headed by Abu Marzouk, a member of the movement's political bureau, held meetings in Moscow.";

  it('dates the sentence by the page’s published day ("on Thursday": the 26th on a page of the 27th)', () => {
    expect(labelsOn([visit])).toContain('A Hamas delegation led by Abu Marzouk is in Moscow');
  });

  it('sets it apart when the weekday falls days away from the event (Monday the 30th)', () => {
    const later = visit.replace('Thursday', 'Monday');
    expect(detectCandidates(later, '', index, '2023-10-31').facts).toEqual([]);
    expect(detectCandidates(later, '', index, null).facts.length).toBeGreaterThan(0);
  });

  it('tells a claim one source dated a day later ("on Thursday" for a meeting dated the 27th)', () => {
    expect(
      labelsOn([
        "Iran's deputy foreign minister, Ali Bagheri Kani, who was also in Moscow on Thursday, met with Abu Marzouk, Tass reported, and the two discussed a cease-fire and humanitarian aid for Gaza.",
      ]),
    ).toContain("The Hamas delegation met Iran's deputy foreign minister in Moscow");
  });
});

describe('a sentence of two claims whose second names other people', () => {
  it('finds the first claim, judged by the people named up to its end', () => {
    // Israel asked Russia to expel the delegation, but Peskov said it met diplomats, not Putin.
    expect(
      labelsOn([
        'وزارت خارجه رژیم صهیونیستی از روسیه خواسته است هیئت حماس را از این کشور اخراج کند، اما دیمیتری پسکوف، سخنگوی کرملین، گفت اعضای این هیئت با مقامات وزارت خارجه روسیه دیدار کرده‌اند و نه با ولادیمیر پوتین.',
      ]),
    ).toEqual(
      expect.arrayContaining([
        'Israel demands that Russia expel the Hamas delegation',
        'Peskov: the delegation did not meet Putin',
      ]),
    );
  });
});

describe('a sentence’s context, as the page shows it', () => {
  it('counts a run of the source’s indentation as one space ("Israel’s foreign ministry" a paragraph above)', () => {
    const indentation = `\n${' '.repeat(1200)}`;
    const page = [
      'O Ministério dos Negócios Estrangeiros de Israel condenou o convite a Moscovo.',
      '“Apelamos ao Governo russo para que expulse imediatamente os terroristas do Hamas”, acrescentou o diplomata.',
    ].join(indentation);
    expect(detectCandidates(page, '', index, '2023-10-26').facts.map((fact) => fact.label)).toContain(
      'Israel demands that Russia expel the Hamas delegation',
    );
  });
});

describe('a row of tags', () => {
  it('tells nothing, however many of the corpus’s actors it names', () => {
    const found = labelsOn([
      'A Hamas delegation led by Mousa Abu Marzouk is in Moscow, the Russian foreign ministry said.',
      'Topics: Russia Middle East Hamas Iran Israel Palestinian Authority',
    ]);
    expect(found).toEqual(['A Hamas delegation led by Abu Marzouk is in Moscow']);
  });
});

describe('a page published after the event', () => {
  const ministry =
    'МИД Израиля призвал российские власти защитить израильтян, находящихся на территории России.';

  it('tells no claim by names alone (the Israeli ministry and Russia, on a riot four days later)', () => {
    expect(detectCandidates(ministry, '', index, '2023-10-30').facts).toEqual([]);
  });

  it('still tells one by many of its words', () => {
    const page = [
      'Israel’s foreign ministry was furious that Hamas leaders were received in Moscow.',
      'Its foreign ministry demanded that Russia expel the visitors, calling the invitation obscene and an endorsement of terrorism.',
    ].join('\n');
    expect(detectCandidates(page, '', index, '2023-10-30').facts.map((fact) => fact.label)).toContain(
      'Israel demands that Russia expel the Hamas delegation',
    );
  });
});

describe('a clause of a dated sentence', () => {
  it('happens on its sentence’s day', () => {
    const page =
      'Le porte-parole du Kremlin, Dmitri Peskov, a affirmé jeudi 2 novembre qu’aucune conversation entre Vladimir Poutine et Benyamin Nétanyahou n’était programmée, au moment où Israël accuse Moscou de soutenir le terrorisme du Hamas.';
    expect(detectCandidates(page, '', index, null).facts).toEqual([]);
  });
});

describe('a claim its sources told in words (the contacts line)', () => {
  it('is not told by its speaker’s name and city alone', () => {
    const page = [
      'Der Kreml hat Bidens Vergleich von Putin mit der Hamas erneut zurückgewiesen.',
      'Solche Äußerungen seien einem Staatschef nicht würdig, sagte Kremlsprecher Dmitri Peskow in Moskau.',
    ].join('\n');
    expect(detectCandidates(page, '', index, '2023-10-27').facts).toEqual([]);
  });
});
