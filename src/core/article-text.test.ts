import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ArticleText } from './article-text';
import type { Span } from './span';

const seedText = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

/** Exact text, or a prefix when the expectation ends with "…". */
const matches = (span: Span | undefined, expected: string) =>
  span !== undefined &&
  (expected.endsWith('…') ? span.text.startsWith(expected.slice(0, -1)) : span.text === expected);

interface SeedCase {
  file: string;
  title: string;
  byline: string | null;
  dateline: string | null;
  notes: string[];
  firstReporting: string;
  lastReporting: string;
  kept: string[];
  dropped: Array<[text: string, reason: string]>;
}

const SEEDS: SeedCase[] = [
  {
    file: '000_4944aeee2fdca465.txt',
    title: "Hamas delegation meets with Iran's Deputy Foreign Minister in Moscow",
    byline: null,
    dateline: '2023-10-28',
    notes: [],
    firstReporting: 'On October 27th, according to Russian media reports…',
    lastReporting: "Israel's Permanent Representative to the United Nations, Erdan…",
    kept: [
      "The Hamas delegation visited Moscow, and Israel's temper has returned.",
      'Hamas is a worse terrorist organization than the Islamic State…',
      'Hayat stated, "Israel condemns inviting senior Hamas officials…',
      'We call on the Russian government to immediately expel Hamas terrorists, "he said.',
    ],
    dropped: [
      ['Welcome to HiFred Technology Company Ltd!', 'navigation'],
      ['News Category', 'navigation'],
      ['Your Position:Home>News>Company News>…', 'navigation'],
      ['Time:2023-10-28 Click:167', 'dateline'],
      ["Hamas delegation meets with Iran's Deputy Foreign Minister in Moscow", 'title then duplicate title'],
      ['The spokesperson of the Israeli Ministry of Foreign Affairs shouted to Russia', 'subheading'],
      ['Information map of Hamas Political Committee member Marzuk', 'caption'],
      ['Live Chat', 'navigation'],
    ],
  },
  {
    file: '001_8d38717e43528b3a.txt',
    title: 'Russian media say Hamas delegation and Iran representative are in Moscow',
    byline: 'Tetiana Lozovenko',
    dateline: 'Thursday, 26 October 2023, 16:43',
    notes: [],
    firstReporting: 'A Hamas delegation headed by Mousa Mohammed Abu Marzook…',
    lastReporting: 'The Kremlin is offended by Biden comparing Putin with Hamas.',
    kept: [
      'Source: RIA Novosti, a pro-Kremlin Russian news outlet…',
      'Details: A source told RIA Novosti…',
      'Update: Maria Zakharova, spokesperson for the Russian Foreign Ministry…',
      'Putin stated there was a need for Palestinian-Israeli negotiations…',
      'She also confirmed that representatives of Hamas are in Moscow.',
    ],
    dropped: [
      ['All Sections', 'navigation'],
      ['Укр Рус Eng Support Us', 'navigation'],
      ['Укр Рус Eng', 'navigation'],
      [
        'Russian media say Hamas delegation and Iran representative are in Moscow',
        'title then duplicate title',
      ],
      ['Support Us', 'navigation'],
      ['Tetiana LozovenkoThursday, 26 October 2023, 16:43', 'byline and dateline'],
      ['Mousa Mohammed Abu Marzook. Photo: Wikipedia', 'caption'],
      ['Advertisement:', 'advertisement'],
      ['Background:', 'label'],
      ['Support UP or become our patron!', 'subscribe'],
      ['Subjects: Russia', 'tags'],
      ["Hungary promises to block start of Ukraine's negotiations on joining EU", 'headline list'],
      ['All News', 'headline list'],
      ['RECENT NEWS', 'headline list'],
      ['14:54', 'headline list'],
      ['Threat is real: Director of Askania-Nova nature reserve…', 'headline list'],
    ],
  },
  {
    file: '002_21833e2d66e5c671.txt',
    title:
      "Representatives of Iran and Hamas met in Moscow to talk about Israel: the West condemned such 'friendship'",
    byline: null,
    dateline: null,
    notes: [
      'The article has been automatically translated into English by Google Translate…',
      'Переклад цього матеріалу українською мовою…',
      'Bu məqalə Google Translate servisi…',
    ],
    firstReporting: 'Russian President Vladimir Putin stated the need for negotiations…',
    lastReporting: "The Russian Embassy in Israel released a statement reaffirming Moscow's call…",
    kept: [
      'Russia has been condemned for rolling out the red carpet…',
      '“The news that the Iran-backed terrorist group Hamas…',
      '“Israel views the invitation of senior Hamas representatives…',
      '“We consider it necessary to continue our contacts with all parties…',
    ],
    dropped: [
      [
        "Representatives of Iran and Hamas met in Moscow to talk about Israel: the West condemned such 'friendship' - ForumDaily",
        'title',
      ],
      [
        "Representatives of Iran and Hamas met in Moscow to talk about Israel: the West condemned such 'friendship'",
        'duplicate title',
      ],
      ['Photo: IStock', 'photo credit'],
      ['On the subject: California city officials…', 'teaser'],
      ['You may be interested in: top New York news…', 'teaser'],
      ['As ForumDaily wrote earlier:', 'label'],
      ['Read also on ForumDaily:', 'headline list'],
      ['A longevity expert reveals the supplements he takes to stay youthful.', 'headline list'],
      ['Work visa holders will be able to extend them without leaving the United States', 'headline list'],
      ['Hamas Moscow Israel At home Special Projects', 'navigation'],
      ['Subscribe to ForumDaily on Google News', 'subscribe'],
      ['Do you want more important and interesting news…', 'subscribe'],
      ['1086 requests in 1,254 seconds.', 'counter'],
    ],
  },
  {
    file: '003_1ee9bacb9119acfc.txt',
    title: 'Hamas members attend meeting in Moscow',
    byline: 'Henrik Rothen',
    dateline: 'Oct.26 - 2023 8:39 PM CET',
    notes: [],
    firstReporting: 'A delegation from the militant Palestinian group Hamas…',
    lastReporting: 'Dmitry Peskov, spokesman for the Russian president…',
    kept: [
      'Marzouk also reportedly discussed the evacuation of Russians and other foreigners from Gaza.',
      '"Hamas is a terrorist organization that is worse than ISIS.…',
      'The Israeli foreign ministry has asked Russia to expel the Hamas delegation.',
      '"He participated in meetings following the Russian course…',
    ],
    dropped: [
      ['Hamas members attend meeting in Moscow', 'title'],
      ['Written by Henrik Rothen', 'byline'],
      ['Oct.26 - 2023 8:39 PM CET', 'dateline'],
      ['Photo: Wikipedia Commons', 'photo credit'],
      ['Hamas members attend meeting in Moscow.', 'caption'],
      ['Trending Now', 'navigation'],
    ],
  },
  {
    file: '004_4c9df461499d11da.txt',
    title: 'Israel demanded the expulsion of Hamas representatives from Russia. Putin’s spokesman responded',
    byline: null,
    dateline: null,
    notes: [],
    firstReporting: 'Due to the presence of the Hamas delegation in Moscow…',
    lastReporting: 'The Russian embassy in Israel deemed unacceptable…',
    kept: [
      'The Russian Ria Novosti agency reported on Thursday, October 26…',
      'Zakharova had previously stressed the need for a quick ceasefire…',
      'The presence of representatives of Hamas and Marzouk…',
    ],
    dropped: [
      [
        'Israel demanded the expulsion of Hamas representatives from Russia. Putin’s spokesman responded',
        'title',
      ],
      [
        "Israel demanded the expulsion of Hamas representatives from Russia.  Putin's spokesman responded",
        'duplicate title',
      ],
      ['Maria Zakharova on the Israeli-Palestinian conflict', 'subheading'],
      ['Israel on the presence of Hamas in Moscow. “Indecent” invitation', 'subheading'],
      ['Similar Posts', 'headline list'],
    ],
  },
];

/** Non-empty lines of `raw`, trimmed like the extractor trims them. */
const contentLineTexts = (raw: string) =>
  raw
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/^[\s•]+|\s+$/gu, ''))
    .filter((line) => line.length > 0);

function allSpans(article: ArticleText): Span[] {
  return [
    article.title,
    article.byline,
    article.dateline,
    ...article.notes,
    ...article.reporting,
    ...article.dropped,
  ].filter((span): span is Span => span !== null);
}

describe('extractArticle on the seeds', () => {
  describe.each(SEEDS)('$file', (seed) => {
    const raw = seedText(seed.file);
    const article = extractArticle(raw);

    it('finds title, byline, dateline and notes', () => {
      expect(article.title?.text).toBe(seed.title);
      expect(article.byline?.text ?? null).toBe(seed.byline);
      expect(article.dateline?.text ?? null).toBe(seed.dateline);
      expect(article.notes).toHaveLength(seed.notes.length);
      seed.notes.forEach((note, i) => expect(matches(article.notes[i], note), note).toBe(true));
    });

    it('keeps the reporting, first paragraph to last', () => {
      expect(matches(article.reporting[0], seed.firstReporting), article.reporting[0]?.text).toBe(true);
      expect(matches(article.reporting.at(-1), seed.lastReporting), article.reporting.at(-1)?.text).toBe(
        true,
      );
      for (const line of seed.kept) {
        expect(
          article.reporting.filter((span) => matches(span, line)),
          line,
        ).toHaveLength(1);
      }
    });

    it.each(seed.dropped)('drops %s as %s', (line, reason) => {
      const hits = article.dropped.filter((span) => matches(span, line));
      expect(hits.length, line).toBeGreaterThan(0);
      // "a then b": the line occurs twice with different reasons; a single reason holds for every occurrence.
      const reasons = reason.split(' then ');
      if (reasons.length > 1) expect(hits.map((hit) => hit.reason)).toEqual(reasons);
      else for (const hit of hits) expect(hit.reason).toBe(reason);
    });

    it('gives exact offsets, trimmed text and text order', () => {
      for (const span of allSpans(article)) {
        expect(raw.slice(span.start, span.end)).toBe(span.text);
        expect(span.text).toBe(span.text.trim());
        expect(span.text.startsWith('•')).toBe(false);
      }
      const starts = article.reporting.map((span) => span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('accounts for every non-empty line exactly once', () => {
      const accounted = [...article.reporting, ...article.notes, ...article.dropped].map((span) => span.text);
      expect(accounted.sort()).toEqual(contentLineTexts(raw).sort());
    });

    it('keeps nothing after the closing chrome starts', () => {
      const closing = article.dropped.find(
        (span) =>
          span.start > (article.reporting[0]?.start ?? 0) &&
          ['headline list', 'subscribe', 'tags', 'counter'].includes(span.reason),
      );
      if (closing) expect(article.reporting.every((span) => span.start < closing.start)).toBe(true);
    });
  });
});

const texts = (spans: Span[]) => spans.map((span) => span.text);

describe('extractArticle on small inputs', () => {
  it.each([
    {
      name: 'clean article: first short line is the title, every paragraph is kept',
      raw: 'Council approves new park\n\nThe council voted 7-2 on Tuesday to approve the park.\n\nWork starts in spring, officials said.',
      title: 'Council approves new park',
      reporting: [
        'The council voted 7-2 on Tuesday to approve the park.',
        'Work starts in spring, officials said.',
      ],
    },
    {
      name: 'single paragraph: no title, the paragraph is reporting',
      raw: 'The council voted on Tuesday to approve the park, officials said.',
      title: null,
      reporting: ['The council voted on Tuesday to approve the park, officials said.'],
    },
    {
      name: 'CRLF line endings',
      raw: 'Council approves park\r\n\r\nThe council voted on Tuesday.\r\nWork starts in spring.\r\n',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a trailing headline list without a marker ends the article',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nMayor opens bridge\nSchool budget cut\nRain expected Friday\nA new paragraph-like line.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a "Read more" marker ends the article even when prose follows',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nRead more\n\nThe mayor said the bridge opens next week.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a report of people donating is no appeal: the body goes on',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nSeveral readers have asked how they can donate to the park.\n\nSupport for the plan grew.\n\nWork starts in spring.\n\nSupport us: donate today',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday.',
        'Several readers have asked how they can donate to the park.',
        'Support for the plan grew.',
        'Work starts in spring.',
      ],
    },
    {
      name: 'a wire credit line, a columnist’s bio and a "More on the topic" list are no reporting',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\n(Reporting by Jane Doe in Brevik; editing by John Roe)\n\nWork starts in spring.\n\nJane Doe is a fellow at the Institute for Towns. The views expressed are her own.\n\nMore on the topic\n- Park plans: "We waited ten years"\n- Mayor opens bridge',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a live blog’s sign-off opens the page (newest first) and is neither reporting nor its end',
      raw: "Park vote live\n\nThat's all from our live coverage for today. Thanks for following – we'll be back tomorrow.\n\nThe council voted on Tuesday.\n\nThe vote is due shortly. We'll bring you the result.\n\nWork starts in spring.",
      title: 'Park vote live',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a privacy banner that never says "cookies" is not the title',
      raw: 'THE HERALD\nHome | News | Sport\nWe value your privacy. We and our 214 partners store and access information on your device. [Accept all] [Reject all]\n\nCouncil approves new park\n\nThe council voted on Tuesday.\n\nWork starts in spring.',
      title: 'Council approves new park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a caption closed by its photo credit and a note on where the story first ran are no reporting',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nCouncillors leave the town hall in Brevik on Tuesday after the vote. (AP Photo/Jane Doe)\n\nWork starts in spring.\n\nThis article was originally published on March 12, 2024.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'an appeal in the middle of the story is dropped, and the story goes on under it',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nSUPPORT US: The Ledger is funded by readers. Every contribution keeps our reporters on the streets. [Donate]\n\nThe mayor said the vote was a victory for the town and for everyone who had campaigned.\n\nWork on the paths and the playground starts in spring, council officials said on Wednesday.\n\nSupport us: donate today',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday.',
        'The mayor said the vote was a victory for the town and for everyone who had campaigned.',
        'Work on the paths and the playground starts in spring, council officials said on Wednesday.',
      ],
    },
    {
      name: 'a list of other stories inside the story is dropped, and the story goes on under it',
      raw: 'Council approves park\n\nThe council voted on Tuesday to approve the park after a long and bitter debate in the chamber.\n\nRelated\nMayor opens bridge\nSchool budget cut\nRain expected Friday\n\nThe mayor said the vote was a victory for the town and for everyone who had campaigned.\n\nWork on the paths and the playground starts in spring, council officials said on Wednesday.\n\nRead more\nMayor opens bridge\nSchool budget cut',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a long and bitter debate in the chamber.',
        'The mayor said the vote was a victory for the town and for everyone who had campaigned.',
        'Work on the paths and the playground starts in spring, council officials said on Wednesday.',
      ],
    },
    {
      name: 'a list inside the story followed by a subheading: the story goes on under both',
      raw: 'Council approves park\n\nThe council voted on Tuesday to approve the park after a long and bitter debate in the chamber.\n\nRead also\n» Mayor opens bridge\n» School budget cut\nWhat comes next\nWork on the paths and the playground starts in spring, council officials said on Wednesday.\nCosts\nThe park will cost about two million crowns, paid from the town budget over three years.',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a long and bitter debate in the chamber.',
        'Work on the paths and the playground starts in spring, council officials said on Wednesday.',
        'The park will cost about two million crowns, paid from the town budget over three years.',
      ],
    },
    {
      name: 'a cookie notice that names the site and offers a button is not the title',
      raw: 'NewsNest\nTop stories | World\nNewsNest uses cookies to remember your preferences and personalise your feed. [Got it] [Privacy options]\n\nCouncil approves new park\n\nThe council voted on Tuesday.\n\nWork starts in spring.',
      title: 'Council approves new park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a newsletter box between an explainer’s questions does not end it; the writer’s bio is no reporting',
      raw: "Council approves park\n\nQ: What happened?\nThe council voted on Tuesday to approve the park after a long and bitter debate in the chamber.\n[Newsletter] Town Explained: one clear answer to one big question, every Thursday in your inbox. [Sign up]\nQ: What comes next?\nWork on the paths and the playground starts in spring, council officials said on Wednesday.\nQ: What will it cost?\nThe park will cost about two million crowns, paid from the town budget over three years.\nJane Doe is the Ledger's city editor. She has written about the town for ten years.",
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a long and bitter debate in the chamber.',
        'Work on the paths and the playground starts in spring, council officials said on Wednesday.',
        'The park will cost about two million crowns, paid from the town budget over three years.',
      ],
    },
    {
      name: 'a share row, a paywall inside the story and a list of sources are no reporting',
      raw: 'Council approves park\n\nShare on Facebook | Share on X | Copy link | Gift this article\n\nThe council voted on Tuesday to approve the park after a long and bitter debate in the chamber.\n\nSubscribe to continue reading\nYou have read 3 of your 3 free articles this month. Get unlimited access from just 1 crown.\n\nWork on the paths and the playground starts in spring, council officials said on Wednesday.\n\nThe park will cost about two million crowns, paid from the town budget over three years.\n\nSources\n- The Ledger: Council approves park after bitter debate\n- Town Radio: Park vote passes - as it happened',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a long and bitter debate in the chamber.',
        'Work on the paths and the playground starts in spring, council officials said on Wednesday.',
        'The park will cost about two million crowns, paid from the town budget over three years.',
      ],
    },
    {
      name: 'an affiliate-link disclosure and a columnist’s “writes about” bio are no reporting',
      raw: 'Council approves park\n\nThis article contains affiliate links. The Ledger may earn a commission if you buy through them.\n\nThe council voted on Tuesday to approve the park after a long and bitter debate in the chamber.\n\nWork on the paths and the playground starts in spring, council officials said on Wednesday.\n\nJane Doe writes about towns and their politics. Her book "Small Places" is out in May.',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a long and bitter debate in the chamber.',
        'Work on the paths and the playground starts in spring, council officials said on Wednesday.',
      ],
    },
    {
      name: 'a pull quote lifted from the story is no reporting of its own',
      raw: 'Council approves park\n\nThe council voted on Tuesday to approve the park after a long and bitter debate in the chamber.\n\n"A park for everyone"\n\nThe mayor said: "This is a park for everyone, and it will be finished by the summer of next year."',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a long and bitter debate in the chamber.',
        'The mayor said: "This is a park for everyone, and it will be finished by the summer of next year."',
      ],
    },
    {
      name: 'a subheading between paragraphs is dropped, the body goes on',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nWhat comes next\n\nWork starts in spring.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'byline and dateline before the title',
      raw: 'By Jane Doe\nOctober 26, 2023\nCouncil approves park\n\nThe council voted on Tuesday.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a cookie banner before the headline is neither the body nor its end',
      raw: 'DAILY NEWS\nHome | News | Sport\nWe use cookies to improve your experience. By continuing you agree to our use of cookies.\nAccept | Manage settings\n\nNews\nCouncil approves new park\nBy Jane Doe\n12 March 2024\n\nThe council voted on Tuesday.\n\nWork starts in spring.\n\n© 2024 Daily News. All rights reserved.',
      title: 'Council approves new park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a standfirst under the headline is not reporting; a site name is not the headline',
      raw: 'THE LEDGER\nNews | Opinion | Sport\nEurope\nCouncil approves new park\nResidents say the new park will bring life back to a neglected corner of the old town\nClara Whitfield, Europe correspondent\nTue 12 Mar 2024 16.20 CET\n\nThe council voted on Tuesday.',
      title: 'Council approves new park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a one-paragraph brief that ends with agency initials is reporting, not a standfirst',
      raw: 'Council approves new park\n\nThe council voted on Tuesday to approve the park, and work on the paths and the playground will start in spring, the mayor said at a news conference. (NP/ar)\n\nShare | Print',
      title: 'Council approves new park',
      reporting: [
        'The council voted on Tuesday to approve the park, and work on the paths and the playground will start in spring, the mayor said at a news conference. (NP/ar)',
      ],
    },
    {
      name: 'a section path and a teaser above the headline, a newsletter line and a standards notice below',
      raw: 'NORTH STAR\nHOME | NEWS | SPORT\n🔴 LIVE Storm Greta latest: 80mph winds to batter west coast tonight\n\nNEWS › POLITICS\n\nCouncil approves new park\n\nBy Jens Falk, Chief Political Reporter\n13 Mar 2025\n\nThe council voted on Tuesday.\n\nOur Standards: The Trust Principles.\nSign up to the FLASH politics newsletter for the stories they don’t want you to read',
      title: 'Council approves new park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a headline and standfirst that end with full stops, above the byline, are not the body',
      raw: 'BITSTREAM\nNews  Reviews  Security  Policy\nLog in  Subscribe\n\nThe park plan is dead. Here’s what the council said.\n\nCouncillors rule that the cost is too high for the town.\n\nPriya Ramaswamy – Oct 14, 2025 5:48 pm UTC | 87 comments\n\nThe council voted on Tuesday.',
      title: 'The park plan is dead. Here’s what the council said.',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a rule of dashes around a paywall box does not end the story',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\n- - - - - - - - -\nYou have read 3 of your 4 free articles this month.\n[Subscribe now]  Already a subscriber? [Sign in]\n- - - - - - - - -\n\nWork on the paths and the playground starts in spring.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work on the paths and the playground starts in spring.'],
    },
    {
      name: 'a short story line under a list of other stories is the story again',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nREAD MORE\n>> Mayor: "I won\'t rest until the bridge is built"\n► School budget cut again\n\nThe mayor said the day "belongs to the families".\n\nWork starts in spring, officials said.\n\nThe park will have a playground.',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday.',
        'The mayor said the day "belongs to the families".',
        'Work starts in spring, officials said.',
        'The park will have a playground.',
      ],
    },
    {
      name: 'a numbered list of other stories is no story line, even when its headlines end like one',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nMOST READ\n1. Winter flu jab: who can get it this year?\n2. Rain expected on Friday across the whole region.\n3. Bridge opens\n\nTerms of Use | About us | Privacy',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'captions set in brackets are not reporting',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\n[Picture: HAPPY DAY: children play on the site. Picture: Ivo Marek]\n\n[Video, 1:42] Watch: "We have waited ten years for this" - residents describe the day\n\n[Empty benches at the old site on Friday, where the park will be built]\n\nWork starts in spring.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring.'],
    },
    {
      name: 'a comments heading with its count ends the story',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nCOMMENTS (512)\n\nParkFan_77: Finally some good news for the town, well done everyone.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a line opening with the writer’s full name is the writer’s bio',
      raw: 'Council approves park\nBy Katharina Wendel\n13 March 2025\n\nThe council voted on Tuesday.\n\nKatharina Wendel reports since 2019 for the Rundschau from the region.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'a section path with a slash is no headline; the headline under a leading date is',
      raw: 'NR.info — Novosti Regiona\nMain | Politics | In the World\n\nIn the World / Dalmoria\n22.02.2026, 10:14 | Views: 18 402\n\nIn Sennik the police dispersed the action against the "law about the muzzle"\n\nAuthor: Svetlana Orlova\n\nIn the capital of Dalmoria, Sennik, on Saturday took place the mass action of protest against the new law.',
      title: 'In Sennik the police dispersed the action against the "law about the muzzle"',
      reporting: [
        'In the capital of Dalmoria, Sennik, on Saturday took place the mass action of protest against the new law.',
      ],
    },
    {
      name: 'a live blog whose newest entry is its sign-off, under key points that quote',
      raw: 'LIVE: Protest in Sennick\nSaturday 21 February 2026 | Last updated 23:45\n\nKey points\n• Tens of thousands march\n• PM blames "foreign-paid provocateurs"\n\n23:45\nThat\'s where we\'ll leave our live coverage for tonight. Thank you for following.\n\n23:30\nThe Interior Ministry has released its figures for the evening.\n\n22:50\nThe prime minister has spoken on public television.\n\n13:00\nGood afternoon and welcome to our live coverage of the march in Sennick.\n\nMost read\n1. Tram line 4 diverted',
      title: 'LIVE: Protest in Sennick',
      reporting: [
        'The Interior Ministry has released its figures for the evening.',
        'The prime minister has spoken on public television.',
      ],
    },
    {
      name: 'a row of consent buttons is no headline, nor a prompt to sign in',
      raw: 'THE STANDARD\nSign in to personalize your feed\nWe use cookies to show personalised ads.\n[I accept] [Reject all] [Manage choices]\n\nCouncil approves new park after long row\n\nThe council voted on Tuesday to approve the park.',
      title: 'Council approves new park after long row',
      reporting: ['The council voted on Tuesday to approve the park.'],
    },
    {
      name: 'a timeline box and a paywall box inside the story do not end it',
      raw: "Council approves park\n\nThe council voted on Tuesday to approve the new park on the site of the old gasworks by the river.\n\nTimeline: how the park came about\nSept 2022 – Residents ask for a park\nOct 2022 – Council buys the site\n9 April 2025 – Plans published\n16 April – Objections heard\n22 April – Council votes\n--------------------\nYou've read 3 of 3 free articles this month.\nSubscribe to The Standard from £1 a week for unlimited access to our journalism.\n[Subscribe now] Already a subscriber? [Sign in]\n--------------------\n\nThe mayor conceded within minutes that the cost was high.\n\nWork starts in spring, officials said.",
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the new park on the site of the old gasworks by the river.',
        'The mayor conceded within minutes that the cost was high.',
        'Work starts in spring, officials said.',
      ],
    },
    {
      name: 'a list of other stories that runs into the comments ends the story',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nMOST READ IN NEWS\n1. Mayor in row over car\n2. Lottery winner blows jackpot\n127 COMMENTS\nParkLad88 · 6 hrs ago\nSame old story in this town, everyone says sorry and promises a report and then nothing ever changes.',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.'],
    },
    {
      name: 'videos with their running time are a list, not the story',
      raw: 'Council approves park\n\nThe council voted on Tuesday.\n\nRelated video\nWatch: The moment the result was read out in the council chamber. Video, 1 minute 47 seconds (1:47)\nMayor: "I accept it, and I respect it." Video, 58 seconds (0:58)\nIn his speech, the mayor said he would rather lose the vote than waste the money.\n\nWork starts in spring, officials said.',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday.',
        'In his speech, the mayor said he would rather lose the vote than waste the money.',
        'Work starts in spring, officials said.',
      ],
    },
    {
      name: 'notes on the text itself are not reporting',
      raw: "Council approves park\nMeta description: The council voted on Tuesday to approve…\n\nEditor's note: This summary was updated at 9:30 a.m. on April 23 to reflect differing vote counts.\n\nThe council voted on Tuesday.\n\nThis story has been updated to add the mayor's statement.\n\nWork starts in spring, officials said.",
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday.', 'Work starts in spring, officials said.'],
    },
    {
      name: 'a live blog whose times say a.m. and p.m.',
      raw: 'LIVE: Council votes on park\nWednesday, April 22, 2026 | Last updated 7:40 p.m.\n\n7:40 p.m.\nThe council has approved the park by seven votes.\n\n3:14 p.m.\nThe debate has begun in the council chamber.\n\nMost read\n1. Tram line 4 diverted',
      title: 'LIVE: Council votes on park',
      reporting: [
        'The council has approved the park by seven votes.',
        'The debate has begun in the council chamber.',
      ],
    },
    {
      name: 'a live blog whose entries have headlines of their own, above a list of other stories with times',
      raw: "LIVE: Council votes on park\nWednesday, April 22, 2026 | Last updated 19:05\n\n19:05\nMayor: 'A great day for the city'\nThe mayor thanked the residents who had campaigned for the park for ten years.\n\n18:37\nVote passes by seven votes\nThe council has approved the park by seven votes to four.\n\n13:00\nThe debate has begun in the council chamber.\n\nLatest news\n14:54\nTram line 4 diverted for a week\n14:50\nSchool roof repairs to start in May",
      title: 'LIVE: Council votes on park',
      reporting: [
        'The mayor thanked the residents who had campaigned for the park for ten years.',
        'The council has approved the park by seven votes to four.',
        'The debate has begun in the council chamber.',
      ],
    },
    {
      name: 'a box of key points above the headline is neither the story’s start nor reporting',
      raw: "VALLEY GAZETTE\nPrint this page | Close window\n\nPrint edition view – Local News\n\nKey points\n• Shelters are housing hundreds of families from the flooded town.\n• The governor and the water company disagree about the sirens.\n\n'Every family here has someone in Halvek': Brenitsa opens its doors\nBy Jakob Terzic and Sanja Molnar, Gazette staff writers\nWednesday, March 18, 2026\n\nThe gym at the middle school smelled of wet wool and coffee on Tuesday night.\n\nAt a glance\n• 23 dead\n• 5,000 evacuated\n\nThe mayor said the town had opened its sports hall to evacuees.",
      title: "'Every family here has someone in Halvek': Brenitsa opens its doors",
      reporting: [
        'The gym at the middle school smelled of wet wool and coffee on Tuesday night.',
        'The mayor said the town had opened its sports hall to evacuees.',
      ],
    },
    {
      name: 'a story shared from a news app, with its sources listed without bullets',
      raw: 'Shared from the NewsPulse app\nOpen in app ›\n\nNewsPulse\nWORLD · 8 sources · Updated 8:05 AM, Mar 18, 2026\n\nVelmoria dam collapse: what we know\n\nAt least 23 people died when an earthen dam gave way early on Tuesday, according to the wire.\n\nSources\nMeridian Wire Service – "Dam bursts above Velmorian town, at least 23 dead"\nThe Klaxon – "WALL OF DEATH"\n[3] RTC News: "Dam collapse: death toll rises to 23 as blame game begins", March 17',
      title: 'Velmoria dam collapse: what we know',
      reporting: [
        'At least 23 people died when an earthen dam gave way early on Tuesday, according to the wire.',
      ],
    },
    {
      name: 'a headline and its first paragraph cut short at the top of the page, before the site',
      raw: "Karsvik native ousted as central bank chief | Karsvik Herald\n\nImporters along Karsvik's waterfront spent Tuesday on the phone to suppliers, recalculating prices…\n\nKARSVIK HERALD\nServing Karsvik and the North Coast since 1921\nCookie consent: The Herald uses strictly necessary cookies and, with your permission, analytics cookies. [Allow all] [Necessary only]\n\nKarsvik native ousted as central bank chief\nBy Marta Kovel, Herald Staff Writer\nPublished March 10, 2026, 6:40 p.m.\n\nImporters along Karsvik's waterfront spent Tuesday on the phone to suppliers, recalculating prices by the hour.\n\nFor many in Karsvik, the news was personal.",
      title: 'Karsvik native ousted as central bank chief',
      reporting: [
        "Importers along Karsvik's waterfront spent Tuesday on the phone to suppliers, recalculating prices by the hour.",
        'For many in Karsvik, the news was personal.',
      ],
    },
    {
      name: 'a box of key points between the standfirst and a byline of two writers with their posts',
      raw: "THE MELVIK STANDARD\nHealth | Cyber security\n\nHospitals without computers: inside the attack that halted Vessa's hospitals\nOperations cancelled, ambulances sent away and a criminal gang demanding bitcoin. How the attack unfolded – and why experts had seen it coming\n\nKey points\n• A ransomware gang has claimed the attack on the hospitals\n• The government says it will not pay a ransom\n\nBy Saskia Marn, Health Correspondent, and Joel Eberg, Technology Editor\nWednesday 4 March 2026, 06.00\n\nAt twenty to four on Monday morning, a night nurse noticed that the screens had gone dark.",
      title: "Hospitals without computers: inside the attack that halted Vessa's hospitals",
      reporting: [
        'At twenty to four on Monday morning, a night nurse noticed that the screens had gone dark.',
      ],
    },
    {
      name: 'a column headed by two short sentences under a menu with buttons and the masthead’s tagline',
      raw: "THE ARGUS REVIEW\nServing the Brena valley since 1911\nOpinion | Politics | Ideas | Books | Letters | Podcasts        [Log in] [Subscribe: first month free]\n\nA broken rail is not an explanation. It's a confession.\nThe derailment was not bad luck. It was a bill that came due.\n\nA chain, the old saying goes, is only as strong as its weakest link, and on Tuesday the country found out where its own was.",
      title: "A broken rail is not an explanation. It's a confession.",
      reporting: [
        'A chain, the old saying goes, is only as strong as its weakest link, and on Tuesday the country found out where its own was.',
      ],
    },
    {
      name: 'a generated summary box and its note, a developing-story banner, correction notes, a gallery, a newsletter box and an aggregator’s footer',
      raw: "TPB News\n\nTHIS STORY IS DEVELOPING AND WILL BE UPDATED\n\nOil spill reaches bird reserve\n\nSummary (generated automatically, checked by our editors)\n• The tanker ran aground on the reef near Kallvik in a storm on Tuesday night.\n• More than 2,500 tonnes of crude have leaked, fouling beaches.\n• The captain has been questioned by police.\n\nThis summary was generated by an automated tool and checked by an editor.\n\nCORRECTION: This story corrects the spelling of the reef's name in paragraph 2 (Grenna, not Grena).\n\nGALLERY: 12 photos\n1 / 12 The convoy pulls up outside the ministry on Thursday morning\n2 / 12 Volunteers carry an oiled duck\n\nSalvage teams were still unable to reach the tanker on Thursday evening.\n\nCorrection, 3 February: An earlier version of this article said the crew numbered 25.\n\nThe coast guard said the crew of 24 had been rescued by helicopter.\n\nOne email, every weekday: the news explained in five minutes.\nBy signing up you agree to our privacy policy.\n\nPerspectives\nOpinion · The Ostrand Review · Don't blame the storm. The Arvenna Star was a disaster we chose\n\nAbout   Help   Privacy   Terms   © 2026 NewsPulse Inc.",
      title: 'Oil spill reaches bird reserve',
      reporting: [
        'Salvage teams were still unable to reach the tanker on Thursday evening.',
        'The coast guard said the crew of 24 had been rescued by helicopter.',
      ],
    },
    {
      name: 'an embedded post under its handle, a transcript’s quote and sign-off, an update note and reader comments',
      raw: 'Soldiers killed in border clash\nBy Maja Lind\n3 February 2025\n\nThe army said four of its soldiers had been killed in an exchange of fire near the mountain village of Stavik on Sunday night.\n\n@KorvaniaMoD\nFour of our soldiers gave their lives on the night of 2 February defending Stavik.\n11:02 PM · Feb 3, 2025 · 48.2K Views\n\nVideo transcript\n00:21 "We took the children down to the cellar," one woman told us.\n02:40 Maja Lind, KRT News, Stavik.\n\nThe troops pulled back two kilometres on Tuesday, the army said.\n\nUpdated 4 Feb, 16:40: This article has been updated with the death of a fifth soldier.\n\nReader comments (23)\n\nKellerman_K · 4 Feb, 08:12\nGet well soon Tomas! The whole valley is thinking of you.',
      title: 'Soldiers killed in border clash',
      reporting: [
        'The army said four of its soldiers had been killed in an exchange of fire near the mountain village of Stavik on Sunday night.',
        'The troops pulled back two kilometres on Tuesday, the army said.',
      ],
    },
    {
      name: 'a video’s transcript at its time codes is the video’s, not the story’s',
      raw: 'Dam bursts above Halvek\n\nRescue crews went from house to house in the lower town on Tuesday.\n\nWatch: Our reporter in Halvek\n[00:03] Reporter: This is Mill Street, in the lowest part of Halvek.\n[00:12] Goran Petek, resident: "I carried my mother up to the attic."\n\nThe regional governor said no siren had sounded in the town.',
      title: 'Dam bursts above Halvek',
      reporting: [
        'Rescue crews went from house to house in the lower town on Tuesday.',
        'The regional governor said no siren had sounded in the town.',
      ],
    },
    {
      name: 'a quote labelled as a subheading, a next page’s title and the date at the page’s end',
      raw: 'Port braces for weaker sovar\n\nImporters along the waterfront spent Tuesday on the phone to their suppliers abroad, recalculating their prices by the hour as the sovar fell.\n\nQ&A: "Every order now costs us more"\nThe chairman of the traders said most members pay their suppliers in crowns.\n\nPage 1 of 2 | Next page: What the crisis means for the savers in the region »\n\nBy Marta Kovel\nPublished Thursday, February 19, 2026, 6:00 a.m. | Updated 9:15 a.m.',
      title: 'Port braces for weaker sovar',
      reporting: [
        'Importers along the waterfront spent Tuesday on the phone to their suppliers abroad, recalculating their prices by the hour as the sovar fell.',
        'The chairman of the traders said most members pay their suppliers in crowns.',
      ],
    },
    {
      name: 'a column forwarded from a newsletter, under a headline of two short sentences',
      raw: "---------- Forwarded message ---------\nFrom: The Sentinel Opinion <opinion@sentinel.example>\nDate: Thu, Apr 9, 2026 at 7:02 AM\nSubject: The mountain was talking. We weren't listening.\nTo: <reader@mail.example>\n\nView in browser\n\nTHE SENTINEL | OPINION WEEKLY\nIn this issue: Rosa Delgrange on Kharazan · Letters: the ferry subsidy row · Cartoon of the week\n\nThe mountain was talking. We weren't listening.\nVelmara knew Kharazan was stirring, and it still left its villagers, its visitors and one young hiker to find out the hard way.\n\nBy Rosa Delgrange\n\nShortly before midnight on Monday, the mountain on the island of Orsa tore itself open, flinging ash over the capital.",
      title: "The mountain was talking. We weren't listening.",
      reporting: [
        'Shortly before midnight on Monday, the mountain on the island of Orsa tore itself open, flinging ash over the capital.',
      ],
    },
    {
      name: 'a translated page’s masthead and bilingual cookie wall, a hyphenated quote speaker, a tip appeal',
      raw: 'DAGVARDE – Orviks största dagstidning\nSkip to main content\nNyheter | Inrikes | Utrikes | Ekonomi | Sport\n\nDagvarde nyttar kakor for statistikk og annonser. Du kan endra valet ditt når som helst.\nDagvarde uses cookies for statistics and advertisements. You can change your choice at any time.\n[Godtak alle / Accept all]   [Berre naudsynte / Only necessary]\nYou must choose an option to continue to the content.\n\nThree Sennish among the seven dead at the cable car accident\n\nThe cabin of the Drosta cable car fell on Sunday from a great height, the foreign ministry confirmed.\n\n    "Putting a whole network back together will take until the weekend at least."\n    - Ivo Radanek, chief executive, Velmar Air\n\nIN PICTURES: Tourists sleep on airport floors as the cabin is lifted away\nHave you been caught up in the accident? Email news@dagvarde.example or WhatsApp our newsdesk.\n\nThe operator has suspended all of its lifts until the inquiry is finished.',
      title: 'Three Sennish among the seven dead at the cable car accident',
      reporting: [
        'The cabin of the Drosta cable car fell on Sunday from a great height, the foreign ministry confirmed.',
        '"Putting a whole network back together will take until the weekend at least."',
        'The operator has suspended all of its lifts until the inquiry is finished.',
      ],
    },
    {
      name: 'a long cookie notice, a player’s notice, a transcript without brackets, a wire’s update note, footnotes and dated sources',
      raw: 'We value your privacy\nWe and our 912 partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development. You can change your choices at any time by clicking "Privacy settings" at the bottom of the page.\n[Accept all]   [Reject all]   [Manage options]\n\nCouncil approves park\n\n(Adds mayor\'s comment in paragraph 3, corrects spelling of councillor\'s name in paragraph 5)\n\nThe council voted on Tuesday to approve the park, the Courier reported[1].\n\nThis video can not be played. To play this video you need to enable JavaScript in your browser.\nVideo transcript: "Residents react"\n00:04 MAYOR ANNA BREK: Today the council kept its promise.\n00:15 [Reporter, Ivo Sand] Work starts in spring.\n00:21 Investigators say the park will cost twelve million.\n00:48 Fire chief Ilya Koronev: We searched every corner of the site.\n01:05 Resident (translated): It took them ten years.\n\nThe best of our local pages, every Friday in your inbox.\n\nWork on the park will start in the spring, the mayor said.\n\nCorrection (4 February): An earlier version of this article gave the park\'s area as 12 hectares. It is 21.\n[1] Valley Courier, council report, 3 February.\nValley Courier - "Council approves new park after ten-year wait" - Feb 3\nVBC News — Park plan passes: work to start in spring · 4 Feb',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park, the Courier reported[1].',
        'Work on the park will start in the spring, the mayor said.',
      ],
    },
    {
      name: 'a support box of several lines mid-story, and quotes in guillemets that are no breadcrumb',
      raw: 'Central bank chief held at airport\n\nIlona Marek was detained at Kalvor airport on Thursday evening, the directorate said.\n\nA hearing has been set for Monday, when prosecutors will ask for custody.\n\nSupport the Sentinel\nThe Sentinel is independent and reader-funded. Our reporting is free to read because readers like you pay for it.\nSubscribe from £2 a month. It takes less than a minute.\nSubscribe now\nRemind me in May\nAlready a subscriber? Sign in\n\nThe arrest has stunned a country in which the central bank was trusted.\n\nМіністр фінансів запевнив, що незалежність центробанку «не під загрозою». Прем’єрка заявила, що «ніхто не стоїть над законом».\n\nThe tervan lost nearly 5% against the euro on Friday.',
      title: 'Central bank chief held at airport',
      reporting: [
        'Ilona Marek was detained at Kalvor airport on Thursday evening, the directorate said.',
        'A hearing has been set for Monday, when prosecutors will ask for custody.',
        'The arrest has stunned a country in which the central bank was trusted.',
        'Міністр фінансів запевнив, що незалежність центробанку «не під загрозою». Прем’єрка заявила, що «ніхто не стоїть над законом».',
        'The tervan lost nearly 5% against the euro on Friday.',
      ],
    },
    {
      name: 'a key-quotes box, a long newsletter pitch, a live blog’s recap lead-in and a closing Telegram appeal',
      raw: 'Reporter held for two months\n\nA court in Krasnel ordered on Thursday that the reporter be held for two months, his lawyer said.\n\nHis editor said in a statement: "Tomas is a journalist. The idea that he is a spy is absurd, and they know it."\n\nKey quotes\n"Tomas is a journalist. The idea that he is a spy is absurd." – Ingrid Solvang, Hafnposten\n"He was caught red-handed collecting secret documents." — Valdoria\'s State Security Bureau\n\nThe day\'s essential news from Hafnstad and the world, in your inbox at 7am. Enter your email [ Sign up ]\n\nWhile we wait for news from Krasnel, here\'s a recap of what we know so far:\n\nThe foreign ministry summoned the ambassador on Wednesday.\n\nSubscribe to our channel in Telegram — all the most important news of Valdoria first!',
      title: 'Reporter held for two months',
      reporting: [
        'A court in Krasnel ordered on Thursday that the reporter be held for two months, his lawyer said.',
        'His editor said in a statement: "Tomas is a journalist. The idea that he is a spy is absurd, and they know it."',
        'The foreign ministry summoned the ambassador on Wednesday.',
      ],
    },
    {
      name: 'a quick-read box, a labelled advertiser’s line, an AI note and a wrapped subscription price',
      raw: "Government survives vote\n\nQuick read\n• The government survived a no-confidence vote by two votes.\n• Two coalition MPs abstained.\n\nThis content was produced with the help of AI and checked by an editor.\n\nThe motion got 74 votes on Wednesday, two short of the 76 it needed, the Speaker said.\n\nYou've read 3 of your 5 free articles this month.\nSubscribe to the Chronicle for unlimited access to\naward-winning journalism. First month free, then\n9 talers a month. Cancel anytime.\n\nAdvertisement — Autohaus Kessler: Winter tyres fitted from 49 talers!\n\nThe transport minister was given a week to resign by the junior coalition partner.",
      title: 'Government survives vote',
      reporting: [
        'The motion got 74 votes on Wednesday, two short of the 76 it needed, the Speaker said.',
        'The transport minister was given a week to resign by the junior coalition partner.',
      ],
    },
    {
      name: 'a map’s caption, a wire’s correction without its label, a long subscription price, closed comments',
      raw: 'Dockers strike for a second day\n\nThe dockworkers’ union kept the three ports shut on Tuesday, its leader said.\n\nMap: where it happened – Sarnavik port, north gate (57.412° N, 11.873° E), about 2 km from the town centre.\n\nDigital: €1 a week for the first 3 months, then €12.99 a month. Cancel anytime.\n\nThe court ruled on Tuesday that the strike was legal, the union said.\n\nThis story corrects paragraph 12 to show the union said five of its members were detained, not four.\n\nComments are closed for this article.\n\nGood morning and welcome to our live coverage of the strike in Sarnavik, Lindvaria.',
      title: 'Dockers strike for a second day',
      reporting: [
        'The dockworkers’ union kept the three ports shut on Tuesday, its leader said.',
        'The court ruled on Tuesday that the strike was legal, the union said.',
      ],
    },
    {
      name: 'an AI summary box, a glossary, a stage direction in a transcript, an advert’s one button, live-blog greetings with a tail',
      raw: "Ferry service halted after collision\n\nSummary generated by AI, checked by our editors\n• Two ferries collided outside Varnholm harbour on Sunday.\n• Eleven passengers were treated for minor injuries.\n• The ferry line has suspended its service.\n\nTwo ferries collided outside Varnholm harbour on Sunday evening, the coast guard said.\n\nGlossary\nPilot boat: a small vessel that guides ships into harbour.\nBerth: the place where a ship is moored.\n\n00:00  [Sirens. Passengers on deck.]\n00:12  [A rescue boat comes alongside the damaged hull of the ferry.]\n\nEleven passengers were treated for minor injuries in hospital, the harbour master said.\n\nDiscover Varnholm this summer — islands, beaches and seafood. Fares from 29 marks. [Book now]\n\nGood morning and welcome back to our live coverage. Here's where things stand.\n\nWelcome to our live coverage of the collision off Varnholm. Stay with us.\n\nThe ferry line said its service would stay suspended until Wednesday.",
      title: 'Ferry service halted after collision',
      reporting: [
        'Two ferries collided outside Varnholm harbour on Sunday evening, the coast guard said.',
        'Eleven passengers were treated for minor injuries in hospital, the harbour master said.',
        'The ferry line said its service would stay suspended until Wednesday.',
      ],
    },
    {
      name: 'a badge before a live headline, a paused-updates banner, footnote markers, a box drawn in text, an author’s disclosure',
      raw: "Harbour Post\nMenu  |  World  |  Science\n\nLIVE   Bridge closed after barge strike – as it happened\n\n*** Live updates paused. We have stopped our live coverage for today; the key developments are summarised below. ***\n\nA barge struck the Tessel bridge on Tuesday night, the port authority said.[1]\n\n+--------------------------------------------+\n| Travel advice                              |\n| Use the ferry while the bridge is closed.  |\n+--------------------------------------------+\n\nEngineers will inspect the piers on Wednesday.[2]\n\n*The author served on the port authority's advisory board until 2022. She has no current financial ties to it.*\n\nSources:\n[1] Port authority, statement, 3 February\n[2] City engineer, briefing, 3 February",
      title: 'LIVE   Bridge closed after barge strike – as it happened',
      reporting: [
        'A barge struck the Tessel bridge on Tuesday night, the port authority said.[1]',
        'Engineers will inspect the piers on Wednesday.[2]',
      ],
    },
    {
      name: 'an aggregator’s summary under a note on how it was made, posts under a handle on a network, a pull quote’s label, a list of sources, reporters’ initials, a podcast player, an appeal with its price',
      raw: 'Harbour strike enters third day\nSummary generated from 12 sources · Updated 20 min ago\n\nDockworkers kept the port of Tessel closed for a third day on Monday.\n\nThe union said talks with the port authority had broken down.\n\n@tessel_docks on X:\n"Day three. We are not moving. #TesselStrike"\n\nPull quote: "We are not moving until the contracts are signed."\n\nIndependent journalism costs money. Support the Tessel Herald from just €1 a week.\n\nThe Harbour Hour – Episode 12: Who runs the port?\nRunning time: 31 min 5 sec   ▶ Play episode | Subscribe on all podcast apps\n\nThe port authority said ferries would still sail.\n\nA charity said it would support the families of strikers from 5 euros a week.\n\nSources: Tessel Port Authority, Dockworkers\' Union, city council.\n\n— J.K., A.M.',
      title: 'Harbour strike enters third day',
      reporting: [
        'Dockworkers kept the port of Tessel closed for a third day on Monday.',
        'The union said talks with the port authority had broken down.',
        'The port authority said ferries would still sail.',
        'A charity said it would support the families of strikers from 5 euros a week.',
      ],
    },
    {
      name: 'cookie banners in the page’s own language, with buttons labelled in two languages',
      raw: 'Avec votre accord, nous et nos 214 partenaires utilisons des cookies pour stocker des informations sur votre appareil.\n[Tout accepter / Accept all]   [Continuer sans accepter / Continue without accepting]\n\nDéraillement près de Salvenne : au moins onze morts\n\nAu moins onze personnes ont été tuées dimanche soir dans le déraillement d’un train de voyageurs.\n\nWir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.\n\nLes secours ont travaillé toute la nuit.',
      title: 'Déraillement près de Salvenne : au moins onze morts',
      reporting: [
        'Au moins onze personnes ont été tuées dimanche soir dans le déraillement d’un train de voyageurs.',
        'Les secours ont travaillé toute la nuit.',
      ],
    },
    {
      // A safety net under the chrome patterns: the notice stays unknown (no title is found either).
      name: 'a notice no pattern knows, read as a body of one line and ended by the menus under it, is passed over for the story after it',
      raw: 'The Valley Courier and its printing partners will publish a single combined edition over the holiday weekend, with the digital edition updated as usual throughout.\n[Got it]  [Read more]\n\nThe Valley Courier\nSupport local journalism | Subscribe | Sign in\nSearch\n\nNews | Opinion | Sport | Culture | Puzzles\nLocal | Region | Business | Weather\n\nCouncil\n\nCouncil approves park after ten-year wait\n\nWork on the 21-hectare park will start in the spring\n\nAnna Brek in Halden\nWed 4 Feb 2026 08.30 CET\n\nThe council voted on Tuesday to approve the park after a ten-year wait, the mayor said.\nWork on the park will start in the spring and take two years to finish.\nThe park will cover 21 hectares of former railway land north of the river.\nResidents had campaigned for the park since the railway yard closed in 2014.\nThe council will pay for most of the work, with a grant from the regional government.\nA playground and a skate park are planned for the first phase.',
      title: null,
      reporting: [
        'The council voted on Tuesday to approve the park after a ten-year wait, the mayor said.',
        'Work on the park will start in the spring and take two years to finish.',
        'The park will cover 21 hectares of former railway land north of the river.',
        'Residents had campaigned for the park since the railway yard closed in 2014.',
        'The council will pay for most of the work, with a grant from the regional government.',
        'A playground and a skate park are planned for the first phase.',
      ],
    },
    {
      name: 'a live blog’s video entry, housekeeping entry and share buttons go on to the next entry; a disclaimer, a pitch and sources with their age are chrome',
      raw: "LIVE: Exchange halts withdrawals\nMonday 2 February 2026\n\n21:45\nFrozen funds rise\nAnalysts now say about $14m of the stolen assets has been frozen by other exchanges.\nShare this update\n\n19:15\nVideo: the queue outside the tower\nPlay video, 1:12\nMedia caption: Customers waiting outside the headquarters on Monday evening.\n\n18:20\nWe'll bring you more as we get it\nThe regulator is meeting behind closed doors. We'll bring you more as we get it.\n\n17:02\nThe exchange says it has hired an incident-response firm to investigate the breach.\nShare this update\n\nGet the day's biggest crypto stories in one email.\nThis article is not investment advice. Prices are indicative.\nThe Sentinel · Exchange hack: how one email opened the door · 14h",
      title: 'LIVE: Exchange halts withdrawals',
      reporting: [
        'Analysts now say about $14m of the stolen assets has been frozen by other exchanges.',
        'The exchange says it has hired an incident-response firm to investigate the breach.',
      ],
    },
    {
      name: 'captions as big sites write them (“Image caption, …”, “[1/5] …”, “… AFP/Name”), credit lines, an archive warning and pitches are no reporting',
      raw: "Council approves park\n\nThe council voted on Tuesday to approve the park after a ten-year wait, the mayor said.\n\nImage source, Getty Images\nImage caption, Residents gathered outside the council chamber on Tuesday evening to hear the vote\n[1/5] Residents gather outside the council chamber in Halden, February 3, 2026. REUTERS/Jana Petrik\nResidents watch the vote on a screen in the town square on Tuesday. AFP/Tom Hale\nWorkers clear the site of the new park in Halden, February 2, 2026. Valleywire/Ana Reis\nPurchase Licensing Rights\n\nWork on the park will start in the spring, the mayor said.\n\nThis article is more than 2 years old\nAssociated Press writer Tom Hale in Halden contributed to this report.\nFollow AP's coverage of local government at https://example.org/hub/local\nSource: Valley Courier and news agencies\nGet our breaking news email, free app or daily news podcast",
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the park after a ten-year wait, the mayor said.',
        'Work on the park will start in the spring, the mayor said.',
      ],
    },
    {
      name: 'a live blog whose entries carry a byline, under their time or under their heading',
      raw: "LIVE: Court jails opposition leader\nTuesday 3 March 2026\n\n20:40\nFrom Jonah Pell in Drevna\n\nThe foreign minister has issued a fuller statement calling the verdict a dark day for justice.\n\n19:05\nInterior ministry: 57 detained\nBy Jakub Meren, in Drevna\nThe interior ministry has given its first figures: 57 people were detained outside the court.\n\n18:20\nUnion: verdict 'politically motivated'\nBy Sara Lindqvist\nThe union has released a statement calling the verdict politically motivated.\n\n17:30\nFrom the markets desk in Drevna\nThe currency fell 2% against the euro after the verdict was read.",
      title: 'LIVE: Court jails opposition leader',
      reporting: [
        'The foreign minister has issued a fuller statement calling the verdict a dark day for justice.',
        'The interior ministry has given its first figures: 57 people were detained outside the court.',
        'The union has released a statement calling the verdict politically motivated.',
        'The currency fell 2% against the euro after the verdict was read.',
      ],
    },
    {
      name: 'a newsletter’s tagline above its top story',
      raw: 'View in browser\n\nNEWSLOOP MORNING\nYour five-minute briefing from across the Dravenian press\nWednesday, 4 March 2026\n\nTOP STORY\nFootball federation president arrested in bribery probe\n\nThe federation president was arrested on Tuesday along with two senior officials after police raided the headquarters.',
      title: 'Football federation president arrested in bribery probe',
      reporting: [
        'The federation president was arrested on Tuesday along with two senior officials after police raided the headquarters.',
      ],
    },
    {
      name: 'an aggregator’s sources, each an outlet and its quoted headline, are no reporting',
      raw: 'Council approves park\n\nThe council voted on Tuesday to approve the park, the Courier reported.\n\nSources\n- Valley Courier: "Council approves new park after ten-year wait"\n- VBC News: "Park plan passes: work to start in spring"',
      title: 'Council approves park',
      reporting: ['The council voted on Tuesday to approve the park, the Courier reported.'],
    },
    {
      name: 'a correction states what is so: reporting; a live blog entry may open with an editor’s note',
      raw: "LIVE: Council votes on park\nWednesday, April 22, 2026 | Last updated 19:05\n\n19:05\nThe council has approved the park by seven votes.\n\n14:50\nEditor's note: an earlier entry gave the wrong time for the vote.\n\n13:30\nCorrection: In our 10:15 entry we said four councillors had abstained. Three did.\n\n13:00\nThe debate has begun in the council chamber.",
      title: 'LIVE: Council votes on park',
      reporting: [
        'The council has approved the park by seven votes.',
        'Correction: In our 10:15 entry we said four councillors had abstained. Three did.',
        'The debate has begun in the council chamber.',
      ],
    },
    {
      name: 'a subscribe appeal inside a paywall box does not end the story',
      raw: "Council approves park\n\nThe council voted on Tuesday to approve the new park on the site of the old gasworks by the river.\n\nYou've read 4 of your 5 free articles this month.\nSubscribe from £1 a week to keep reading without limits. [Subscribe]\nAlready a subscriber? [Sign in]\n\nThe mayor promised that work on the paths and the playground would start in the spring.\n\nRead more\n- Mayor faces legal challenge\n\nWork starts in spring, officials said, and the park opens next year.\n\nResidents welcomed the decision after a ten-year campaign.",
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the new park on the site of the old gasworks by the river.',
        'The mayor promised that work on the paths and the playground would start in the spring.',
        'Work starts in spring, officials said, and the park opens next year.',
        'Residents welcomed the decision after a ten-year campaign.',
      ],
    },
    {
      name: 'a long headline that asks, under a site name, its slogan and a weather widget',
      raw: 'TRESK HERALD\nYour city. Your news. Since 1921.\nWeather: Tresk 14°C, light rain\n\nCITY HALL\nVelkov arrest stuns Tresk as Line 3 neighbors ask: who paid for our torn-up streets?\n\nTresk woke up Thursday to news that its mayor of seven years had been taken from his home by police.',
      title: 'Velkov arrest stuns Tresk as Line 3 neighbors ask: who paid for our torn-up streets?',
      reporting: [
        'Tresk woke up Thursday to news that its mayor of seven years had been taken from his home by police.',
      ],
    },
    {
      name: 'a headline of two sentences above a standfirst and the byline',
      raw: "THE CONTINENTAL REVIEW\nPolitics | Economy | Climate\n\nOPINION | CLIMATE\n\nMarvella didn't just catch fire. It was built to burn.\nThe arrest of a suspected arsonist will tempt Estoria to look for a villain. The real culprit is decades of building.\n\nBy Graciela Montero, contributing columnist\nJuly 23, 2026\n\nThe smoke was visible from the beaches by mid-afternoon on Tuesday, and by evening the hills were burning.",
      title: "Marvella didn't just catch fire. It was built to burn.",
      reporting: [
        'The smoke was visible from the beaches by mid-afternoon on Tuesday, and by evening the hills were burning.',
      ],
    },
    {
      name: 'a block quote’s speaker line and a story’s pages do not end it',
      raw: 'Council approves park\n\nThe council voted on Tuesday to approve the new park on the site of the old gasworks by the river.\n\n"We have waited ten years for this, and we will keep waiting no longer," she said at the gate.\n— Ana Lukač, spokeswoman for the residents\' association\n\nThe mayor promised that work on the paths and the playground would start in the spring.\n\nPage 1 of 2 | Next page ›\nPage 2 of 2 | ‹ Previous page\n\nStory continues below advertisement\n\nWork starts in spring, officials said, and the park opens next year.',
      title: 'Council approves park',
      reporting: [
        'The council voted on Tuesday to approve the new park on the site of the old gasworks by the river.',
        '"We have waited ten years for this, and we will keep waiting no longer," she said at the gate.',
        'The mayor promised that work on the paths and the playground would start in the spring.',
        'Work starts in spring, officials said, and the park opens next year.',
      ],
    },
    { name: 'empty input', raw: '', title: null, reporting: [] },
    { name: 'whitespace only', raw: ' \n\r\n\t ', title: null, reporting: [] },
  ])('$name', ({ raw, title, reporting }) => {
    const article = extractArticle(raw);
    expect(article.title?.text ?? null).toBe(title);
    expect(texts(article.reporting)).toEqual(reporting);
    for (const span of allSpans(article)) expect(raw.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads the byline and dateline', () => {
    const article = extractArticle(
      'By Jane Doe\nOctober 26, 2023\nCouncil approves park\n\nThe council voted on Tuesday.',
    );
    expect(article.byline?.text).toBe('Jane Doe');
    expect(article.dateline?.text).toBe('October 26, 2023');
  });

  it.each([
    [
      'Clara Whitfield, Europe correspondent\nTue 12 Mar 2024 16.20 CET',
      'Clara Whitfield',
      'Tue 12 Mar 2024 16.20 CET',
    ],
    [
      'Petra Novak | Kessin Bureau\nPublished Tuesday 12 March 2024, 18:30 | Last updated 19:05',
      'Petra Novak',
      'Tuesday 12 March 2024, 18:30',
    ],
    [
      'By Gary Mott, News Reporter\nPublished: 15:12, 12 March 2024 | Updated: 17:40, 12 March 2024',
      'Gary Mott',
      '12 March 2024',
    ],
    [
      'By Anika Roth\nMarch 12, 2024 11:48 AM GMT+1 · Updated 2 hours ago',
      'Anika Roth',
      'March 12, 2024 11:48 AM GMT+1',
    ],
    ['By Henrik Aalto\nWednesday 13 March 2024 · 8 min read', 'Henrik Aalto', 'Wednesday 13 March 2024'],
    ['Editorial office\n12. 3. 2024 10:05', null, '12. 3. 2024 10:05'],
    ['13/03/2025\n\nNEWS IN BRIEF', null, '13/03/2025'],
    ['Published On 26 Oct 2023', null, '26 Oct 2023'],
    [
      'By Jakob Terzic and Sanja Molnar, Gazette staff writers\nWednesday, March 18, 2026',
      'Jakob Terzic and Sanja Molnar',
      'Wednesday, March 18, 2026',
    ],
    // A region the story is filed under has a name's shape.
    ['Middle East\nOctober 26, 2023 3:12 PM UTC · Updated 2 hours ago', null, 'October 26, 2023 3:12 PM UTC'],
    [
      'From our correspondent Katharina Wendel, Vienna | 12.02.2026, 18:47 clock | Reading time: 4 min',
      'Katharina Wendel',
      '12.02.2026, 18:47',
    ],
    [
      'By Priya Lindqvist | Published 13 February 2026 | 7 minute read',
      'Priya Lindqvist',
      '13 February 2026',
    ],
    ['Camille Roux-Delsart, correspondent in Hallby\n23/04/2026', 'Camille Roux-Delsart', '23/04/2026'],
  ])('reads the byline and dateline of %j', (meta, byline, dateline) => {
    const article = extractArticle(`Council approves new park\n${meta}\n\nThe council voted on Tuesday.`);
    expect(article.byline?.text ?? null).toBe(byline);
    expect(article.dateline?.text ?? null).toBe(dateline);
    expect(texts(article.reporting)).toEqual(['The council voted on Tuesday.']);
  });

  it('reads a translated byline that keeps its "From" next to the date', () => {
    const article = extractArticle(
      'Council approves new park\nFrom Friederike Adler\n14.10.2025, 15:30 hours | Reading time: 3 Min.\n\nThe council voted on Tuesday.',
    );
    expect(article.byline?.text).toBe('Friederike Adler');
    expect(article.dateline?.text).toBe('14.10.2025, 15:30');
    expect(texts(article.reporting)).toEqual(['The council voted on Tuesday.']);
  });

  it('reads a machine-translated page whose notice, byline and date keep the original’s turns', () => {
    const raw =
      'LE COURRIER\nHome | Politics | Sport\nFR | EN (automatic translation) | ES (automatic translation)\n\n' +
      '[Automatic translation] This article was translated from French by an automatic translation tool and can contain errors.\n\n' +
      'INTERNATIONAL > EUROPE\nCouncil approves new park, the opposition cries to the fraud\n' +
      'By our correspondent in Tarsk, Claire Demonceau\nPublished the 11/11/2025 at 07h12 - Updated the 11/11/2025 at 10h40\n\n' +
      'The council voted on Tuesday.\n\nWork starts in spring.';
    const article = extractArticle(raw);
    expect(article.title?.text).toBe('Council approves new park, the opposition cries to the fraud');
    expect(article.byline?.text).toBe('Claire Demonceau');
    expect(article.dateline?.text).toBe('11/11/2025');
    expect(texts(article.notes)).toEqual([
      '[Automatic translation] This article was translated from French by an automatic translation tool and can contain errors.',
    ]);
    expect(texts(article.reporting)).toEqual(['The council voted on Tuesday.', 'Work starts in spring.']);
  });

  it('keeps a machine-translation notice in another language as a note', () => {
    const raw =
      'Council approves park\nСтатья автоматически переведена с английского.\n\nThe council voted on Tuesday.';
    expect(texts(extractArticle(raw).notes)).toEqual(['Статья автоматически переведена с английского.']);
  });

  it('keeps exact offsets around emoji and combining marks', () => {
    const raw = '🎉 Zacharova\u0301 wins vote\n\n  • Zacharova\u0301 won 👍 the vote on Tuesday.';
    const article = extractArticle(raw);
    expect(texts(article.reporting)).toEqual(['Zacharova\u0301 won 👍 the vote on Tuesday.']);
    for (const span of allSpans(article)) expect(raw.slice(span.start, span.end)).toBe(span.text);
  });

  it('drops an explainer’s question subheadings, not a quoted question', () => {
    const raw = [
      'Breach explained: what we know',
      '',
      'What happened?',
      'Hackers copied the customer database of the operator last week.',
      'Who is affected?',
      'About four million current and former customers are affected.',
      'My password was in the database. What should I do now?',
      'Complaints go to the national data protection authority, which can fine the operator.',
      '"Why did it take six days?" the minister asked on Tuesday.',
    ].join('\n');
    expect(texts(extractArticle(raw).reporting)).toEqual([
      'Hackers copied the customer database of the operator last week.',
      'About four million current and former customers are affected.',
      'Complaints go to the national data protection authority, which can fine the operator.',
      '"Why did it take six days?" the minister asked on Tuesday.',
    ]);
  });

  it('reads on past a live blog entry that opens with a question subheading', () => {
    const raw = [
      'LIVE: Breach at the operator – latest updates',
      '',
      '11:40',
      'The operator’s share price is now down 9.1%, the steepest fall today.',
      '',
      '10:15',
      'What should you do?',
      'Change your password, and treat any unexpected call with suspicion.',
      '',
      '09:20',
      'The chief executive opened the press conference with an apology.',
    ].join('\n');
    expect(texts(extractArticle(raw).reporting)).toEqual([
      'The operator’s share price is now down 9.1%, the steepest fall today.',
      'Change your password, and treat any unexpected call with suspicion.',
      'The chief executive opened the press conference with an apology.',
    ]);
  });
});
