/**
 * Regenerates the golden scans: runs `parallax scan --json` (the same code: scanFile + scanJson)
 * on each fixture page against the shipped pack and writes tests/fixtures/scans/<name>.expected.json.
 * Review the diff before committing: a changed golden is a changed behaviour.
 * Usage: npx tsx scripts/regen-golden-scans.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scanFile, scanJson, type ScanJson } from '../src/cli/scan-command';
import { buildShippedPack } from '../src/cli/shipped-pack';
import { buildMatcherIndex } from '../src/core/matcher-index-build';
import type { MatcherIndex } from '../src/core/matcher-index';

export const PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));
export const SCANS_DIR = fileURLToPath(new URL('../tests/fixtures/scans/', import.meta.url));

/** Fixture pages with a golden scan (file names without .html). */
export const GOLDEN_PAGES = [
  'seed-orla-expulsion',
  'seed-forumdaily-moscow',
  'event-new-words',
  'event-russian',
  'event-german',
  'event-arabic',
  'event-chinese',
  'event-japanese',
  'event-korean',
  'event-hindi',
  'event-turkish',
  'event-french',
  'event-spanish',
  'event-ukrainian',
  'event-persian',
  'event-hebrew',
  // Written blind (tests/fixtures/pages/event2-key.md): five more outlets in five more languages.
  'event2-italian',
  'event2-portuguese',
  'event2-polish',
  'event2-dutch',
  'event2-arabic',
  // Written blind (tests/fixtures/pages/event3-key.md), measured once, then used to extend the
  // news-word lexicon and month names: Czech, Greek, Romanian, Swedish, Hindi.
  'event3-czech',
  'event3-greek',
  'event3-romanian',
  'event3-swedish',
  'event3-hindi',
  // Written blind (tests/fixtures/pages/event4-key.md), measured once (26 of 35 fact codes), then
  // used to fix a venue rule, extend the expulsion words and read the German "IS".
  'event4-english-tabloid',
  'event4-english-wire',
  'event4-english-analysis',
  'event4-german',
  'event4-russian',
  'event4-turkish',
  // Written blind (event5-key.md), measured once (22 of 27 fact codes, 69 of 80 actors), then used
  // to fix what it showed: a place and one word are not two kinds of evidence, Spanish 'un
  // encuentro' is a meeting, 'welcomed' is no invitation.
  'event5-english-liveblog',
  'event5-english-explainer',
  'event5-spanish',
  'event5-arabic',
  'event5-chinese',
  // Written blind (event6-key.md) with heavy outlet chrome: Hebrew, Ukrainian (names in lower
  // case), French, Italian, Polish and an English aggregator reprint. Measured once before any
  // change: 28 of 33 fact codes, 93 of 106 actors, 10 wrong facts.
  'event6-hebrew',
  'event6-ukrainian',
  'event6-french',
  'event6-italian',
  'event6-polish',
  'event6-english-aggregator',
  // Written blind (event7-key.md) in five languages no earlier set had: Bulgarian, Finnish,
  // Hungarian, Vietnamese, Indonesian. Measured once before any change: 15 of 25 fact codes (F2,
  // the expulsion, on no page), 79 of 95 actors.
  'event7-bulgarian',
  'event7-finnish',
  'event7-hungarian',
  'event7-vietnamese',
  'event7-indonesian',
  // Written blind (event8-key.md, event9-key.md) as pages of real outlets are saved: no <article>
  // on some, JSON-LD, inline "Read also" links, an embedded X post, captions outside <figcaption>,
  // a live blog, an agency flash; Russian (an agency and an independent outlet), Ukrainian,
  // Hebrew, Arabic, English (an Israeli daily and a wire flash), German, French, Persian.
  // Measured once before any change: 33 of 45 fact codes (the Arabic page none), 159 of 162
  // actors, 8 wrong facts on two of the four near misses.
  'event8-russian-agency',
  'event8-russian-independent',
  'event8-ukrainian',
  'event8-hebrew',
  'event8-arabic',
  'event9-english-israeli',
  'event9-english-wire-flash',
  'event9-german',
  'event9-french',
  'event9-persian',
  // Written blind (event10-key.md) after the fixes sets 8 and 9 showed, to measure them: a US cable
  // site, Mexican Spanish, Italian, a Turkish agency flash, a Polish live blog. Measured once:
  // 19 of 22 fact codes, 82 of 88 actors, no fact on its two near misses.
  'event10-english-us-cable',
  'event10-spanish-latam',
  'event10-italian',
  'event10-turkish',
  'event10-polish',
  // Written blind (event11-key.md) at the end of stop 22, measured once, not tuned on: a British
  // broadsheet, a Russian regional reprint, a Hebrew live page, a Gulf Arabic daily, a Belgian
  // portal. 22 of 23 fact codes, 81 of 83 actors, no fact on its two near misses.
  'event11-english-uk-broadsheet',
  'event11-russian-regional',
  'event11-hebrew-live',
  'event11-arabic-gulf',
  'event11-french-belgian',
  // Written blind (event12-key.md) in stop 23, each page with the attack's toll as background: an
  // Indian English portal, a Ukrainian live page, a Chinese portal, a Spanish daily, a German dpa
  // flash. At first sight 12 of 21 fact codes (the Indian page, dated by its metadata and naming
  // only 2022 in its text, found nothing), 71 of 76 actors; after the fixes 19 of 21, 72 of 76.
  'event12-english-indian',
  'event12-ukrainian-portal',
  'event12-chinese-portal',
  'event12-spanish-spain',
  'event12-german-regional',
  // Written blind (event13-key.md) later in stop 23, measured once before any change: an
  // Australian site, a Russian exile outlet, a Levant Arabic live page, a Brazilian portal, a
  // Hebrew daily; three of them name no year of their own in the text. 19 of 23 fact codes, 92 of
  // 98 actors, no fact on its near misses; 21 of 23 and 94 of 98 after the Russian adjectival
  // forms of the foreign ministries and a claim word with one actor and another word.
  'event13-english-australian',
  'event13-russian-opposition',
  'event13-arabic-levant',
  'event13-portuguese-brazil',
  'event13-hebrew-news',
  // Written blind (event14-key.md) at the end of stop 23: a US magazine, Russian state TV, an
  // Egyptian daily, an Austrian paper, a Swiss agency flash. Measured once: 19 of 22 fact codes,
  // 75 of 77 actors, 4 wrong facts on the near miss of 16 October; then 20 of 22 and none.
  'event14-english-us-magazine',
  'event14-russian-state-tv',
  'event14-arabic-egyptian',
  'event14-german-austrian',
  'event14-french-swiss',
  // Written blind (event15-key.md) at the end of stop 23, the expulsion demand told without
  // "expel" on every page: a British tabloid live page, a Ukrainian agency, a Persian diaspora
  // site, an Italian flash, a Turkish portal. Measured once: 15 of 22 fact codes, 60 of 64 actors,
  // no fact on its near misses; 19 of 22 after the idioms below were read.
  'event15-english-uk-tabloid',
  'event15-ukrainian-agency',
  'event15-persian-diaspora',
  'event15-italian-daily',
  'event15-turkish-portal',
  // Written blind (event16-key.md) at the start of stop 24, the Kremlin's contacts line told
  // without Peskov's word on Putin on two pages: a Canadian site, a Polish portal, a Japanese
  // daily, a Greek site, a Kazakh Russian-language live page. Measured once: 20 of 22 fact codes,
  // 85 of 90 actors, no fact on its near misses; 21 of 22 once 訪れ and 滞在 read as a visit.
  'event16-canadian-english',
  'event16-polish-portal',
  'event16-japanese-daily',
  'event16-greek-site',
  'event16-kazakh-russian',
  // Written blind (event17-key.md) in stop 24: a Gulf English site, a French daily, a Russian
  // Telegram channel's web page, a Maghreb Arabic flash, a Hindi live page. Measured once: 17 of
  // 24 fact codes, 63 of 68 actors, no fact on its near misses; 22 of 24 after the fixes below.
  'event17-english-wire-rewrite',
  'event17-french-daily',
  'event17-russian-opposition-telegram-web',
  'event17-arabic-maghreb',
  'event17-hindi-portal',
  // Written blind (event18-key.md) at the end of stop 24, the visit and the demand told at length
  // in English paraphrase: a British broadsheet, a US wire on a local site, an Israeli English live
  // page, an Argentine portal, a Ukrainian portal. Measured once: 16 of 21 fact codes, 64 of 69
  // actors, no fact on its near misses. Not tuned on.
  'event18-english-uk-broadsheet',
  'event18-english-us-wire',
  'event18-english-israeli',
  'event18-spanish-latam',
  'event18-ukrainian-portal',
  // Written blind (event19-key.md) at the end of stop 24: an Australian broadcaster, a Swiss German
  // daily, a Turkish agency, a Hong Kong live page in Traditional Chinese, an Iranian state-media
  // page. Measured once: 16 of 22 fact codes, 63 of 73 actors, no fact on its near misses; 20 of
  // 22 once Traditional characters were read (the Hong Kong page had 1 of 5).
  'event19-english-broadcaster-au',
  'event19-german-swiss',
  'event19-turkish-agency',
  'event19-chinese-traditional',
  'event19-persian-state',
  // Written blind (event20-key.md) at the start of stop 25: an Italian daily, a Madrid daily, a
  // Hebrew site, a Russian federal TV channel's page, an Indian English live page. Measured once:
  // 20 of 21 fact codes, 75 of 84 actors, no fact on its near misses. Its faults, fixed: Russian
  // "Израиля"/"Израиле" were no Israel, and a background toll read as the vow to annihilate Hamas.
  'event20-italian-daily',
  'event20-spanish-spain',
  'event20-hebrew-site',
  'event20-russian-tv',
  'event20-english-india',
  // Written blind (event21-key.md) in stop 25: a Paris daily, a German public broadcaster, a
  // pan-Arab site, a Ukrainian live page, a Chinese state-media page. Measured once: 20 of 23 fact
  // codes, 81 of 84 actors, no fact on its near misses. Its faults, fixed: two people's talks
  // about a ceasefire read as Russia's call for one (also on 8 earlier pages), "випровадити".
  'event21-french-daily',
  'event21-german-broadcaster',
  'event21-arabic-panarab',
  'event21-ukrainian-site',
  'event21-chinese-state',
  // Written blind (event22-key.md) in stop 25: a US cable network, a Russian exile outlet, a
  // Polish portal, a Mexican site, an Israeli religious-nationalist site. Measured once: 20 of 22
  // fact codes, 81 of 86 actors, no fact on its near misses; 21 of 22 once "echara de su
  // territorio" (expel) was read.
  'event22-english-usnews',
  'event22-russian-independent',
  'event22-polish-portal',
  'event22-spanish-latam',
  'event22-hebrew-religious',
  // Written blind (event23-key.md) at the end of stop 25: a Pakistani daily, an Austrian live blog,
  // an Egyptian portal, a Russian regional site, a Swiss French flash. Measured once: 21 of 22 fact
  // codes, 63 of 64 actors, no fact on its near misses. Left: an Austrian chancellor's word against
  // a call for a ceasefire read as Russia's call.
  'event23-english-pakistan',
  'event23-german-austrian',
  'event23-arabic-egyptian',
  'event23-russian-regional',
  'event23-french-swiss',
  // Written blind (event24-key.md) at the end of stop 25: an Irish broadcaster, a Ukrainian state
  // agency, a Turkish daily, a Persian diaspora site, a Taiwanese site. Measured once: 17 of 23
  // fact codes, 81 of 83 actors, no fact on its near misses; 21 of 23 once a Chinese page with
  // English names in brackets was no longer read as English, and Taiwan's 蒲亭 and 加薩 were known.
  'event24-english-irish',
  'event24-ukrainian-agency',
  'event24-turkish-daily',
  'event24-persian-diaspora',
  'event24-chinese-taiwan',
  // Written blind (event25-key.md) at stop 26: a Serbian daily, a Kazakh portal in Russian, a
  // Brazilian portal, a Hungarian flash, an Indonesian portal. Measured once: 16 of 20 fact codes,
  // 70 of 76 actors, no fact on its near misses; 18 of 20 once Serbian "protera" (expel), "gora
  // od" (worse than) and the ministry's Serbian names were known.
  'event25-serbian-daily',
  'event25-kazakh-russian',
  'event25-brazil-portal',
  'event25-hungarian-news',
  'event25-indonesian-portal',
  // Written blind (event26-key.md) at stop 26: a Greek live blog, a Czech daily, a Vietnamese
  // flash, a Japanese paper, a Belarusian site. Measured once: 17 of 21 fact codes, 62 of 71
  // actors (Belarusian spellings: Пяскоў, Захарава), no fact on its near misses.
  'event26-greek-site',
  'event26-czech-daily',
  'event26-vietnamese-site',
  'event26-japanese-paper',
  'event26-belarusian-independent',
  // Written blind (event27-key.md) at stop 26: an Australian broadcaster, a Zurich daily, a Belgian
  // flash, a Doha-based Arabic live blog, a Hebrew daily. Measured once: 22 of 22 fact codes, 66
  // of 70 actors (Swiss "Aussenministerium", with no ß, was no ministry), no fact on its near misses.
  'event27-english-australian',
  'event27-german-swiss',
  'event27-french-belgian',
  'event27-arabic-qatari',
  'event27-hebrew-daily',
  // Written blind (event28-key.md) at stop 26: a Moscow business daily, a Kyiv online paper, a
  // Buenos Aires daily, a Chinese portal, a Polish weekly. Measured once: 22 of 23 fact codes, 82
  // of 83 actors, and Russia's ceasefire call on a Chinese flash of 13 October (its date was in a
  // meta tag not read, and a dateline "2023-10-13 19:26" was taken for a date a lead recalls).
  'event28-russian-business',
  'event28-ukrainian-online',
  'event28-spanish-argentina',
  'event28-chinese-portal',
  'event28-polish-weekly',
  // Written blind (event29-key.md) at the end of stop 26, all in English: a US local station's wire
  // story, a British tabloid, an Israeli site's live blog, a Russian state outlet's flash, a Gulf
  // site. Measured once: 17 of 21 fact codes, 63 of 67 actors, no fact on its near misses; the
  // tabloid's paraphrases ("jetted into the Russian capital", "throw the terrorists out") found
  // 2 of its 5.
  'event29-english-us-local',
  'event29-english-uk-tabloid',
  'event29-english-israeli',
  'event29-english-russian-state',
  'event29-english-gulf',
  // Written blind (event30-key.md) at the end of stop 26: a Paris evening daily, a Madrid daily, a
  // Milan daily, a Hamburg magazine's live blog, a Ukrainian agency flash. Measured once: 21 of 22
  // fact codes, 65 of 67 actors, no fact on its near misses (one four days after the event).
  'event30-french-daily',
  'event30-spanish-daily',
  'event30-italian-daily',
  'event30-german-weekly',
  'event30-ukrainian-agency',
  // Written blind (event31-key.md) at the end of stop 26, all English: a US cable network's live
  // page, a British broadsheet, an Indian daily, a portal's wire flash, a newsletter. Measured
  // once: 16 of 21 fact codes, 72 of 75 actors, no fact on its near misses.
  'event31-english-us-cable',
  'event31-english-uk-broadsheet',
  'event31-english-indian',
  'event31-english-wire-portal',
  'event31-english-newsletter',
  // Written blind (event32-key.md) at the end of stop 26: a Russian agency flash, an Egyptian daily,
  // a German regional paper's live blog, a Hebrew portal, a Hong Kong broadsheet. Measured once:
  // 21 of 22 fact codes, 67 of 73 actors, no fact on its near misses.
  'event32-russian-federal',
  'event32-arabic-egyptian-daily',
  'event32-german-regional',
  'event32-hebrew-portal',
  'event32-chinese-hongkong',
  // Written blind (event33-key.md, event34-key.md) at the very end of stop 26 and only measured,
  // but for the date rule their German near miss prompted: a Canadian broadcaster, an Israeli
  // English daily, an analysis page, a Russian regional live blog, a Lebanese site (20 of 22 fact
  // codes, 76 of 79 actors); a German daily, a French regional daily, a Mexican daily, a Polish
  // live blog, a Turkish agency flash (20 of 20, 66 of 67). The German near miss, dated six days
  // before the visit, had five facts: a page dated more than two days before it now has none.
  'event33-english-canadian',
  'event33-english-times-israel-style',
  'event33-english-analysis',
  'event33-russian-regional',
  'event33-arabic-levant',
  'event34-german-national',
  'event34-french-regional',
  'event34-spanish-mexican',
  'event34-polish-portal',
  'event34-turkish-agency',
  // Written blind (event35-key.md, event36-key.md) at the start of stop 27: a Dutch public
  // broadcaster's live blog, a Swedish daily, a Romanian portal, a Persian agency flash, a Korean
  // daily (16 of 22 fact codes, 69 of 76 actors at first sight); a US cable network, a Hindi daily,
  // an Italian agency flash, a Lisbon daily, a pan-Arab channel's live blog (19 of 21, 70 of 73).
  'event35-dutch-public',
  'event35-swedish-daily',
  'event35-romanian-portal',
  'event35-persian-agency',
  'event35-korean-daily',
  'event36-english-us-cable',
  'event36-hindi-daily',
  'event36-italian-agency',
  'event36-portuguese-portugal',
  'event36-arabic-pan-arab',
  // Written blind (event37-key.md, event38-key.md) in stop 27, three event pages each and four near
  // misses dated days around the event: a British tabloid, a Czech portal, a Ukrainian live blog
  // (11 of 13 fact codes at first sight); a German agency report, a Madrid live blog, a Turkish
  // daily (11 of 13).
  'event37-english-british-tabloid',
  'event37-czech-portal',
  'event37-ukrainian-daily',
  'event38-german-agency',
  'event38-spanish-spain',
  'event38-turkish-daily',
  // Written blind (event39-key.md, event40-key.md) late in stop 27, with four near misses each dated
  // the day of the event or just before: an Indian wire, a Geneva live blog, an exiled Russian
  // outlet (9 of 13 fact codes at first sight); a Rome daily, a Warsaw live blog, a Gulf daily (13
  // of 13).
  'event39-english-indian-wire',
  'event39-french-swiss',
  'event39-russian-opposition',
  'event40-italian-daily',
  'event40-polish-daily',
  'event40-arabic-gulf',
  // Written blind (event41-key.md … event43-key.md) in stop 28, each set with four near misses of
  // the days around the event: a US network's live blog, a Moscow business daily, a Ukrainian
  // regional portal; a Brussels daily, a Zurich daily, a Mexico City live blog; a Cairo daily, an
  // Israeli portal's live blog, an Istanbul portal (41 of 44 fact codes at first sight).
  'event41-english-us-network',
  'event41-russian-business',
  'event41-ukrainian-regional',
  'event42-french-belgian',
  'event42-german-swiss',
  'event42-spanish-mexican',
  'event43-arabic-egyptian',
  'event43-hebrew-portal',
  'event43-turkish-portal',
  // Written blind (event44-key.md … event46-key.md) later in stop 28, with a short item each (three
  // sentences telling one or two claims) and four near misses of the days around the event: an
  // English wire item, a German regional daily, a Russian TV site; a French flash, a Madrid daily, an
  // Israeli daily's live blog; a US magazine's analysis, a Ukrainian agency's live blog, an Arabic
  // wire item (31 of 34 fact codes at first sight; the two one-claim items were lost to the lone-fact
  // rule until a claim told with its own day counted as told clearly: 33 of 34).
  'event44-english-wire-short',
  'event44-german-regional',
  'event44-russian-tv',
  'event45-french-flash',
  'event45-spanish-daily',
  'event45-hebrew-daily',
  'event46-english-analysis',
  'event46-ukrainian-agency',
  'event46-arabic-short',
  // Written blind (event47-key.md … event49-key.md) in stop 29: a Rome daily, a Polish portal's live
  // blog, a Chinese portal; a British live blog, a Turkish site, an Iranian agency; a German public
  // TV site, a Brazilian portal's live blog, a Russian flash (36 of 38 fact codes at first sight).
  'event47-italian-daily',
  'event47-polish-portal',
  'event47-chinese-portal',
  'event48-english-liveblog',
  'event48-turkish-news',
  'event48-persian-agency',
  'event49-german-tv',
  'event49-portuguese-portal',
  'event49-russian-flash',
  // Written blind (event50-key.md … event52-key.md) later in stop 29, five of the nine pages never
  // naming the delegation's leader: an English wire item, a French regional daily, a Gulf Arabic
  // daily; a Russian portal, a Ukrainian item, an Israeli site; an Italian agency item, a Buenos Aires
  // daily, an Iranian site's live blog (19 of 35 fact codes at first sight with the main-claim rule,
  // 28 without it; 30 once the main claim counted in its plainest words).
  'event50-english-wire-short',
  'event50-french-regional',
  'event50-arabic-gulf',
  'event51-russian-portal',
  'event51-ukrainian-short',
  'event51-hebrew-news',
  'event52-italian-agency-short',
  'event52-spanish-argentina',
  'event52-persian-site',
  // Written blind (event53-key.md … event55-key.md) at the end of stop 29, six of the nine event
  // pages never naming the leader: a British tabloid, a German agency item, a Turkish live blog; a
  // Mexico City daily, a Russian agency item, a Warsaw daily's live blog; a US cable live blog, a
  // Geneva daily, an Egyptian agency item. At first sight 17 of 34 fact codes with the main-claim
  // rule, 29 without it; 25 once six claims told counted as a page about the event; 31 in stop 30
  // (a delegation or a group's people "in Moscow" read as the visit, a lone main claim kept).
  'event53-english-tabloid',
  'event53-german-agency-short',
  'event53-turkish-portal',
  'event54-spanish-mexican',
  'event54-russian-agency-short',
  'event54-polish-daily',
  'event55-english-us-cable',
  'event55-french-swiss',
  'event55-arabic-egyptian-short',
  // Written blind (event56-key.md … event58-key.md) at the start of stop 30, after the warm-up and
  // before the "all parties" phrase: an English wire story, a Ukrainian live blog, a Chinese
  // portal; a Hebrew site, a British live blog, a Spanish agency item; a Moscow daily, a German
  // regional live blog, an Iranian agency. At first sight 37 of 39 fact codes; 39 once "all
  // parties" of a conflict and Hebrew's "לסלק" (throw out) were read.
  'event56-english-wire',
  'event56-ukrainian-portal',
  'event56-chinese-portal',
  'event57-hebrew-site',
  'event57-english-liveblog',
  'event57-spanish-agency-short',
  'event58-russian-newspaper',
  'event58-german-regional',
  'event58-persian-agency',
  // Written blind (event59-key.md … event61-key.md) in stop 30, after "all parties": a US
  // broadsheet's analysis, a Gulf daily, a French agency item; a Russian live blog, an Istanbul
  // daily, an English agency item; a Brazilian portal, a Ukrainian agency, a Chinese flash. At
  // first sight 27 of 35 fact codes; 31 once "a delegation is in Moscow" was the visit and Hamas's
  // own name written out ("巴勒斯坦伊斯兰抵抗运动（哈马斯）") was Hamas, not Palestine; 32 once arriving
  // ("прибула до Москви") was the visit.
  'event59-english-analysis',
  'event59-arabic-gulf',
  'event59-french-agency-short',
  'event60-russian-liveblog',
  'event60-turkish-daily',
  'event60-english-agency-short',
  'event61-portuguese-brazil',
  'event61-ukrainian-agency',
  'event61-chinese-short',
  // Written blind (event62-key.md … event64-key.md) at the end of stop 30, after all its rules: a
  // UK daily's live blog, a Hebrew flash, a German weekly; a Russian agency flash, a Doha site, an
  // Italian portal; a Madrid daily, a Persian flash, an Indian live blog. At first sight 32 of 35
  // fact codes; 34 once Persian "وارد … شد" (entered) was the visit.
  'event62-english-uk-daily',
  'event62-hebrew-short',
  'event62-german-weekly',
  'event63-russian-agency-short',
  'event63-arabic-qatar',
  'event63-italian-portal',
  'event64-spanish-spain-daily',
  'event64-persian-short',
  'event64-english-indian',
  // Written blind (event65-key.md … event67-key.md) at the very end of stop 30, with every rule of
  // that stop in: a US wire story, an exiled Russian outlet, an Arab agency flash; a Ukrainian live
  // blog, a French regional daily, a Chinese state outlet; a Hebrew live blog, a German agency
  // flash, a Colombian site. At first sight 35 of 37 fact codes (the Arab flash lost its one
  // sentence's two claims: Peskov's alone is kept only when clear).
  'event65-english-us-wire',
  'event65-russian-opposition',
  'event65-arabic-agency-short',
  'event66-ukrainian-liveblog',
  'event66-french-regional',
  'event66-chinese-state',
  'event67-hebrew-daily',
  'event67-german-agency-short',
  'event67-spanish-latam',
  // Written blind (event68-key.md … event70-key.md) in stop 31, after its precision rules: a Korean
  // daily, a Dutch regional site, a British email newsletter; a Brazilian live blog, a Greek site, a
  // Hindi portal; a Czech daily, a Gulf Arab site, a US TV network. At first sight 40 of 43 fact
  // codes (F1 on the newsletter, the Greek and the Hindi page) and 5 wrong facts among the rest.
  'event68-dutch-regional-site',
  'event68-english-uk-newsletter',
  'event68-korean-national-daily',
  'event69-greek-news-site',
  'event69-hindi-news-portal',
  'event69-portuguese-liveblog',
  'event70-arabic-gulf-news-site',
  'event70-czech-daily',
  'event70-english-us-tv-network',
  // Written blind (event71-key.md … event73-key.md) late in stop 31: a Swedish daily, a Serbian
  // portal, a Japanese wire; an Indonesian portal, a Romanian site, an Irish broadcaster; a Finnish
  // daily, a Vietnamese site, a Persian exile site. At first sight 38 of 43 fact codes.
  'event71-japanese-wire-service',
  'event71-serbian-news-portal',
  'event71-swedish-national-daily',
  'event72-english-ie-public-broadcaster',
  'event72-indonesian-news-portal',
  'event72-romanian-news-site',
  'event73-finnish-daily',
  'event73-persian-exile-news-site',
  'event73-vietnamese-news-site',
  // Written blind (event74-key.md … event76-key.md) at the end of stop 31, with every rule of that
  // stop in: an Italian daily, a Turkish portal, an Australian site; a French regional daily, a
  // Polish portal, an Egyptian site; a German broadcaster, a Hebrew site, a Chinese portal. At first
  // sight 40 of 42 fact codes.
  'event74-english-au-news-site',
  'event74-italian-national-daily',
  'event74-turkish-news-portal',
  'event75-arabic-egyptian-news',
  'event75-french-regional-daily',
  'event75-polish-news-portal',
  'event76-chinese-portal',
  'event76-german-public-broadcaster',
  'event76-hebrew-news-site',
  // Written blind (event77-key.md, event78-key.md) in stop 32: a Chilean daily, a Ukrainian online
  // outlet, a Korean broadcaster; a Portuguese weekly, a Norwegian tabloid, an Urdu news site. At
  // first sight 24 of 28 fact codes (the Urdu page 2 of 5: Urdu was not read; 28 of 28 once its news
  // words and the Urdu names of Moscow, Russia, the Kremlin and Gaza were listed).
  'event77-korean-broadcaster',
  'event77-spanish-latam-daily',
  'event77-ukrainian-online-outlet',
  'event78-norwegian-tabloid',
  'event78-portuguese-weekly-magazine',
  'event78-urdu-news-site',
  'unrelated-putin-grain',
  'unrelated-hamas-cairo',
  'unrelated-zakharova-consulate',
  'unrelated-japanese-tennis',
  'unrelated-bagheri-tehran',
  'unrelated-related-links',
  'nothing-recipe',
  // Written blind (tests/fixtures/pages/nearmiss-key.md): the corpus's actors, other events.
  'nearmiss-anniversaire-7-octobre',
  'nearmiss-bagheri-kani-doha',
  'nearmiss-bogdanov-damascus-ar',
  'nearmiss-bogdanov-fatah',
  'nearmiss-haniyeh-moscow-2022',
  'nearmiss-houthis-worse-than-isis',
  'nearmiss-israel-turkey-expel',
  'nearmiss-peskov-gulf-trip',
  'nearmiss-unity-talks-2024',
  'nearmiss-zakharova-sanctions-briefing',
  // Written blind with event3 (event3-key.md): Spanish, German, Russian and Turkish near misses.
  'nearmiss2-doha-rehenes-2024',
  'nearmiss2-israil-turkiye-hamas-2024',
  'nearmiss2-sochnut-moskau-2022',
  'nearmiss2-zakharova-haniyeh-2024',
  // Written blind (nearmiss3-key.md): English, German, Russian and French; no fact found when first measured.
  'nearmiss3-abu-marzuk-intervyu-doha-2024',
  'nearmiss3-bagheri-kani-moskau-2022',
  'nearmiss3-haiat-south-africa-2024',
  'nearmiss3-hamas-moscow-jan-2024',
  'nearmiss3-israel-russie-un-an-apres',
  'nearmiss3-peskov-taliban-spief-2024',
  // Written blind (nearmiss4-key.md): Hebrew, Ukrainian, Polish, Italian, Arabic and English near
  // misses, and two unrelated pages whose chrome carries the event's headlines. Measured once:
  // 8 wrong facts, all on the Arabic page (Hamas in Cairo, 4 November 2023).
  'nearmiss4-hezbollah-worse-than-isis-he',
  'nearmiss4-hamas-moskva-liutyi-2024-uk',
  'nearmiss4-izrael-turcja-hamas-2024-pl',
  'nearmiss4-bagheri-kani-beirut-hamas-it',
  'nearmiss4-hamas-cairo-rahain-nov-2023-ar',
  'nearmiss4-houthis-moscow-peskov-2024-en',
  'nearmiss4-football-transfer-chrome-en',
  'nearmiss4-municipale-partielle-chrome-fr',
  // Written blind with set 7: Zakharova in June 2024, Peskov in May 2022. No fact, measured once.
  'nearmiss5-bulgarian-zakharova-2024',
  'nearmiss5-hungarian-peskov-2022',
  // Written blind with sets 8 and 9: Moscow talks of February 2024, Haiat in 2022, Peskov on a
  // hostage video in May 2024, Bagheri Kani in Moscow in June 2023. Measured once: 5 wrong facts on
  // the English page, 3 on the German one (both dated only by metadata, a byline or before the event).
  'nearmiss6-russian-hamas-moscow-march-2024',
  'nearmiss6-hebrew-haiat-2022',
  'nearmiss7-english-peskov-hostages-2024',
  'nearmiss7-german-bagheri-kani-moskau-2023-juni',
  // Written blind with set 10: Zakharova on Israel's strikes on Iran (October 2024), Haniyeh's
  // delegation in Moscow (September 2022). No fact, measured once.
  'nearmiss8-spanish-zakharova-2024',
  'nearmiss8-turkish-hamas-moscow-2022',
  // Written blind with set 11: Abu Marzouk on hostage talks in Doha (2024), Haiat against Russia
  // in late November 2023 ('worse than ISIS' again). No fact, measured once.
  'nearmiss9-arabic-hamas-doha-2024',
  'nearmiss9-english-haiat-russia-2023-november',
  // Written blind with set 12: the first anniversary of 7 October (French, 2024), Zakharova on
  // Gaza in December 2023 (Russian). No fact, measured once.
  'nearmiss10-french-anniversary-2024',
  'nearmiss10-russian-zakharova-2023-december',
  // Written blind with set 13: Bagheri Kani in Moscow in July 2024 (an English flash), Peskov and
  // Zakharova on hostages and Rafah in mid-November 2023 (Spanish). No fact, measured once.
  'nearmiss11-english-bagheri-kani-moscow-2024',
  'nearmiss11-spanish-peskov-hamas-2023-noviembre',
  // Written blind with set 14: Hamas and Fatah in Moscow in February 2024 (Russian), Israel
  // against Russia's Security Council draft on 16 October 2023, ten days before the visit.
  'nearmiss12-russian-hamas-moscow-2024-02',
  'nearmiss12-english-israel-russia-un-2023-10-16',
  // Written blind with set 15: Zakharova on Rafah in May 2024 (Hebrew), Haniyeh and Abu Marzouk in
  // Moscow in March 2023 (Italian).
  'nearmiss13-hebrew-zakharova-2024',
  'nearmiss13-italian-hamas-moscow-2023-03',
  // Written blind with set 16: Palestinian factions in Moscow in February 2024 (Russian), Israel
  // asking Belgium to expel an Iranian diplomat in November 2023 (an English flash).
  'nearmiss14-russian-palestinian-talks-2024',
  'nearmiss14-english-israel-expel-2023-11',
  // Written blind with set 17: Haniyeh in Moscow in September 2022 (French), Zakharova on a
  // Security Council vote in December 2023 (Arabic).
  'nearmiss15-french-haniyeh-2022',
  'nearmiss15-arabic-zakharova-2023-12',
  // Written blind with set 18: Israel summons Russia's ambassador in March 2024 (English live page),
  // Zakharova on the grain corridor in November 2023 (Ukrainian).
  'nearmiss16-english-israel-russia-ambassador-2024',
  'nearmiss16-ukrainian-zakharova-2023-11',
  // Written blind with set 19: the Palestinian factions in Moscow in February 2024 (English), Zakharova
  // and Peskov on a UN vote in December 2023 (Traditional Chinese).
  'nearmiss17-english-hamas-moscow-2024-02',
  'nearmiss17-chinese-zakharova-2023-12',
  // Written blind with set 20: a Hamas delegation in Moscow in January 2024 (a Russian agency
  // flash), Peskov and Zakharova on a ceasefire resolution in November 2023 (Italian).
  'nearmiss18-russian-hamas-moscow-2024-01',
  'nearmiss18-italian-peskov-2023-11',
  // Written blind with set 21: Haniyeh's delegation in Moscow in September 2022 (Arabic), Zakharova
  // and Peskov on a UN resolution in March 2024 (a German flash).
  'nearmiss19-arabic-hamas-moscow-2022-09',
  'nearmiss19-german-zakharova-2024-03',
  // Written blind with set 22: a Hamas delegation in Moscow in January 2024 (Polish flash), Peskov
  // and Zakharova on Iran's strike on Israel in April 2024 (English).
  'nearmiss20-polish-hamas-2024-01',
  'nearmiss20-english-peskov-2024-04',
  // Written blind with set 23: Haniyeh and Abu Marzouk in Moscow in March 2023 (Arabic), Zakharova
  // on the UN General Assembly's ceasefire vote in December 2023 (Russian).
  'nearmiss21-arabic-hamas-moscow-2023-03',
  'nearmiss21-russian-zakharova-2023-12',
  // Written blind with set 24: the Palestinian factions in Moscow in February 2024 (Turkish), the
  // Kremlin and Zakharova on a hostage deal in November 2023 (a Ukrainian flash).
  'nearmiss22-turkish-hamas-2024-02',
  'nearmiss22-ukrainian-peskov-2023-11',
  // Written blind with set 25: Haniyeh's delegation in Moscow in September 2022 (Portuguese),
  // Zakharova on a hostage exchange and a UN vote in December 2023 (Hungarian).
  'nearmiss23-portuguese-hamas-2022-09',
  'nearmiss23-hungarian-zakharova-2023-12',
  // Written blind with set 26: Bagheri Kani in Doha in November 2023 (Japanese), Israel summoning
  // Russia's ambassador over a UN vote in December 2023 (Czech).
  'nearmiss24-japanese-bagheri-2023-11',
  'nearmiss24-czech-israel-expels-2023-12',
  // Written blind with set 27: Hamas and Fatah in Beijing in July 2024 (English), Putin's call with
  // Netanyahu on 17 October 2023, nine days before the event (German).
  'nearmiss25-english-hamas-beijing-2024-07',
  'nearmiss25-german-putin-netanyahu-2023-10',
  // Written blind with set 28: Zakharova on an Israeli minister's nuclear remark in November 2023
  // (Russian), a flash on the Gaza war of 13 October 2023 (Chinese).
  'nearmiss26-russian-zakharova-2023-11',
  'nearmiss26-chinese-gaza-2023-10',
  // Written blind with set 29: Peskov and Zakharova on hostage talks in November 2023, the
  // Palestinian factions in Moscow in February 2024 (both English).
  'nearmiss27-english-peskov-2023-11',
  'nearmiss27-english-hamas-moscow-2024-02',
  // Written blind with set 30: the Makhachkala airport riot four days after the event (French),
  // Putin on the Gaza hospital blast six days before it (Spanish).
  'nearmiss28-french-makhachkala-2023-10',
  'nearmiss28-spanish-putin-gaza-2023-10',
  // Written blind with set 31: Zakharova and Peskov on the Gaza hospital blast a week before the
  // event, Abu Marzouk on the Cairo talks in May 2024 (both English).
  'nearmiss29-english-zakharova-2023-10',
  'nearmiss29-english-abu-marzouk-2024-05',
  // Written blind with set 32: Putin's Gulf trip in December 2023 (Russian), the Palestinian
  // factions in Moscow in February 2024 (Arabic).
  'nearmiss30-russian-peskov-2023-12',
  'nearmiss30-arabic-hamas-moscow-2024-02',
  // Written blind with sets 33 and 34: Hamas officials in Doha in November 2023 (English), Bagheri
  // Kani in Moscow in January 2024 (Russian flash), Hamas leaders in Istanbul on 20 October 2023
  // (German), Zakharova on a UN ceasefire vote in March 2024 (French).
  'nearmiss31-english-hamas-doha-2023-11',
  'nearmiss31-russian-bagheri-2024-01',
  'nearmiss32-german-hamas-istanbul-2023-10',
  'nearmiss32-french-zakharova-2024-03',
  // Written blind with sets 35 and 36: the Palestinian factions in Moscow in February 2024
  // (English), the Makhachkala airport riot on 30 October 2023 (Russian: two wrong facts, told by
  // names alone, see README), Bagheri Kani in Doha in November 2023 (English), the Gaza hospital
  // blast on 18 October 2023 (German).
  'nearmiss33-english-hamas-moscow-2024-02',
  'nearmiss33-russian-dagestan-2023-10',
  'nearmiss34-english-bagheri-kani-2023-11',
  'nearmiss34-german-peskov-israel-2023-10-18',
  // Written blind with sets 37 and 38, the same actors in the days around the event: 10 wrong
  // facts on 5 of these 8 pages at first sight, 1 after (a page published after the event tells a
  // claim only by evidence tied to it: detect-rules.ts tiedToClaim).
  'nearmiss35-english-haniyeh-moscow-2022-09',
  'nearmiss35-russian-zakharova-2023-10-31',
  'nearmiss35-french-peskov-2023-11-02',
  'nearmiss35-arabic-hamas-tehran-2023-11',
  'nearmiss36-english-bogdanov-hamas-2023-11',
  'nearmiss36-german-peskov-biden-2023-10-27',
  'nearmiss36-spanish-israel-ambassador-2023-10-29',
  'nearmiss36-turkish-haniyeh-istanbul-2023-10',
  // Written blind with sets 39 and 40, the same actors on the event's day or just before: 12 wrong
  // facts on 7 of these 8 pages at first sight, 9 after (README), none since the main-claim rule
  // (stop 29).
  'nearmiss37-english-zakharova-2023-10-26',
  'nearmiss37-russian-peskov-2023-10-25',
  'nearmiss37-german-israel-ministry-2023-10-24',
  'nearmiss37-arabic-hamas-doha-2023-10-27',
  'nearmiss38-english-putin-2023-10-26',
  'nearmiss38-spanish-israel-russia-2023-10-26',
  'nearmiss38-french-bagheri-kani-2023-10-25',
  'nearmiss38-hebrew-hostages-2023-10-28',
  // Written blind with sets 41 to 43, the same actors in the days around the event: 11 wrong facts
  // on 6 of these 12 pages without this stop's rules, 9 on 5 at first sight with them, 7 on 3 once
  // a fact told alone needed 0.85 (README), none since the main-claim rule (stop 29). Two pages tell,
  // as background, the event's own Bagheri Kani–Galuzin meeting, no longer found either.
  'nearmiss39-english-zakharova-briefing-2023-10-26',
  'nearmiss39-russian-bogdanov-palestinians-2023-10-27',
  'nearmiss39-german-israel-turkey-2023-10-28',
  'nearmiss39-arabic-hostages-qatar-2023-10-24',
  'nearmiss40-french-macron-coalition-2023-10-24',
  'nearmiss40-ukrainian-iran-drones-2023-10-27',
  'nearmiss40-turkish-erdogan-rally-2023-10-28',
  'nearmiss40-spanish-hostages-count-2023-10-26',
  'nearmiss41-persian-amir-abdollahian-un-2023-10-26',
  'nearmiss41-hebrew-idf-raid-2023-10-26',
  'nearmiss41-russian-emercom-aid-2023-10-26',
  'nearmiss41-english-hamas-beirut-2023-10-25',
  // Written blind with sets 44 to 46, the same actors in the days around the event: 13 wrong facts
  // on 5 of these 12 pages at first sight, all on pages telling two or three claims' words, which
  // the lone-fact rule does not reach; none since the main-claim rule (stop 29).
  'nearmiss42-english-kremlin-schedule-2023-10-26',
  'nearmiss42-russian-zakharova-israel-2023-10-25',
  'nearmiss42-french-otages-2023-10-27',
  'nearmiss42-arabic-hamas-statement-2023-10-26',
  'nearmiss43-german-hamas-funding-2023-10-26',
  'nearmiss43-english-bagheri-kani-un-2023-10-27',
  'nearmiss43-ukrainian-zakharova-2023-10-26',
  'nearmiss43-turkish-hamas-istanbul-2023-10-26',
  'nearmiss44-english-lavrov-2023-10-26',
  'nearmiss44-russian-hostages-russians-2023-10-27',
  'nearmiss44-hebrew-cohen-2023-10-26',
  'nearmiss44-spanish-putin-2023-10-25',
  // Written blind with sets 47 to 49: the same actors before, around and after the event, and two
  // other Hamas visits to Moscow (2022, 2024). At first sight 16 wrong facts on 5 of these 12 pages
  // (4 of them the seed's own background on Guterres, told again); the spokesperson rule cleared
  // two pages: 11 on 3; none once a page had to tell the main claim or name Abu Marzouk.
  'nearmiss45-english-bagheri-kani-2023-10-30',
  'nearmiss45-german-zakharova-2023-10-26',
  'nearmiss45-arabic-abu-marzouk-2023-11-02',
  'nearmiss45-russian-peskov-2023-10-26',
  'nearmiss46-english-hamas-moscow-2022',
  'nearmiss46-french-haiat-guterres-2023-10-25',
  'nearmiss46-ukrainian-dagestan-2023-10-30',
  'nearmiss46-spanish-rusia-onu-2023-10-27',
  'nearmiss47-english-palestinian-factions-2024-02-29',
  'nearmiss47-hebrew-russia-ambassador-2023-10-27',
  'nearmiss47-russian-zakharova-briefing-2023-10-19',
  'nearmiss47-arabic-iran-hamas-2023-10-26',
  // Written blind with sets 50 to 52 (Abu Marzouk in Doha, Cairo and on foreign hostages; Hamas in
  // Tehran; Peskov, Zakharova and Haiat in the days around the event): no wrong fact at first sight.
  'nearmiss48-arabic-abu-marzouk-cairo-2023-11-10',
  'nearmiss48-english-abu-marzouk-2023-11-05',
  'nearmiss48-german-peskov-2023-10-24',
  'nearmiss48-spanish-haiat-2023-10-27',
  'nearmiss49-english-hamas-tehran-2023-11-06',
  'nearmiss49-french-putin-2023-10-30',
  'nearmiss49-russian-zakharova-2023-10-27',
  'nearmiss49-turkish-hamas-2023-10-25',
  'nearmiss50-english-kremlin-2023-10-27',
  'nearmiss50-german-hamas-verbot-2023-11-02',
  'nearmiss50-hebrew-hostages-2023-10-30',
  'nearmiss50-ukrainian-abu-marzouk-2023-11-01',
  // Written blind with sets 53 to 55 (a Palestinian Authority, a Taliban, an Iranian and a Kuwaiti
  // delegation in Moscow; Hamas in Cairo, Doha and Beirut): 5 wrong facts on 2 of these 12 pages at
  // first sight, both naming Abu Marzouk; 11 on 5 without the main-claim rule. Once his name
  // counted only on a page dated in the event's days: 3 on 1 (golden-scans.test.ts KNOWN_WRONG).
  'nearmiss51-arabic-haiat-2023-10-26',
  'nearmiss51-english-palestinian-authority-moscow-2023-11-21',
  'nearmiss51-french-abu-marzouk-2023-10-24',
  'nearmiss51-russian-taliban-delegation-2023-09-29',
  'nearmiss52-english-iranian-delegation-moscow-2023-12-07',
  'nearmiss52-german-hamas-delegation-cairo-2023-11-08',
  'nearmiss52-hebrew-abu-marzouk-2023-11-03',
  'nearmiss52-ukrainian-zakharova-2023-10-25',
  'nearmiss53-english-hamas-beirut-2023-10-27',
  'nearmiss53-persian-bagheri-kani-2023-11-04',
  'nearmiss53-russian-lavrov-2023-10-26',
  'nearmiss53-spanish-israel-ambassador-2023-10-31',
  // Written blind with sets 56 to 58 (Palestinian factions with Abu Marzouk in Moscow in 2024, a
  // Hamas delegation in Moscow in 2022, Haniyeh in Tehran, Bagheri Kani in Beijing, Zakharova's and
  // Peskov's briefings of the same day, Haiat two days before): no wrong fact at first sight.
  'nearmiss54-arabic-haniyeh-tehran-2023-11-05',
  'nearmiss54-english-palestinian-factions-moscow-2024-02-29',
  'nearmiss54-german-peskov-2023-10-27',
  'nearmiss54-russian-israel-ambassador-2023-10-30',
  'nearmiss55-chinese-bagheri-kani-2023-12-11',
  'nearmiss55-english-abu-marzouk-interview-2024-02-14',
  'nearmiss55-french-zakharova-2023-10-26',
  'nearmiss55-turkish-israel-diplomats-2023-10-28',
  'nearmiss56-english-hamas-moscow-2022-09-12',
  'nearmiss56-hebrew-haiat-2023-10-24',
  'nearmiss56-spanish-hostages-released-2023-11-24',
  'nearmiss56-ukrainian-peskov-2023-10-26',
  // Written blind with sets 59 to 61 (a Hamas delegation led by Abu Marzouk in Moscow in January
  // 2024, Palestinian factions there in 2019, a Hamas delegation in Tehran, Russians evacuated
  // from Gaza, Peskov on the Security Council the same day): no wrong fact at first sight.
  'nearmiss57-english-russians-evacuated-gaza-2023-11-10',
  'nearmiss57-german-iran-un-2023-10-25',
  'nearmiss57-hebrew-qatar-hamas-2023-11-15',
  'nearmiss57-russian-abu-marzouk-interview-2023-10-20',
  'nearmiss58-arabic-factions-moscow-2019-02-12',
  'nearmiss58-english-peskov-security-council-2023-10-26',
  'nearmiss58-french-dagestan-2023-10-30',
  'nearmiss58-persian-hamas-tehran-2023-10-28',
  'nearmiss59-chinese-putin-security-council-2023-10-30',
  'nearmiss59-english-hamas-moscow-2024-01-17',
  'nearmiss59-polish-haiat-bolivia-2023-11-01',
  'nearmiss59-russian-zakharova-2023-10-19',
  // Written blind with sets 62 to 64 (a Hamas delegation led by Abu Marzouk in Moscow in May 2022,
  // Lavrov's intra-Palestinian talks of 2024, Bagheri Kani in Moscow in March 2024, Hamas in
  // Cairo, Haniyeh the same day): no wrong fact at first sight.
  'nearmiss60-arabic-haiat-2023-10-28',
  'nearmiss60-english-hamas-cairo-2023-11-02',
  'nearmiss60-russian-bogdanov-2023-10-24',
  'nearmiss60-spanish-peskov-2023-10-25',
  'nearmiss61-english-bagheri-kani-moscow-2024-03-05',
  'nearmiss61-french-hamas-delegation-moscow-2022-05-04',
  'nearmiss61-turkish-haniyeh-2023-10-26',
  'nearmiss61-ukrainian-zakharova-2023-10-27',
  'nearmiss62-chinese-zakharova-2023-10-26',
  'nearmiss62-english-lavrov-hamas-2024-02-29',
  'nearmiss62-german-abu-marzouk-2023-10-25',
  'nearmiss62-hebrew-russia-ambassador-2023-10-30',
  // Written blind with sets 65 to 67 (a Hamas delegation led by Abu Marzouk in Moscow in March
  // 2023, Abu Marzouk there in March 2024, Hamas in Istanbul, Bogdanov with Hamas in Doha, Lavrov
  // the same day): no wrong fact at first sight.
  'nearmiss63-english-hamas-turkey-2023-10-25',
  'nearmiss63-german-hamas-delegation-moscow-2023-03-13',
  'nearmiss63-hebrew-zakharova-2023-11-08',
  'nearmiss63-russian-putin-hamas-2023-10-13',
  'nearmiss64-arabic-bogdanov-2023-11-06',
  'nearmiss64-english-qatar-hostages-2023-10-23',
  'nearmiss64-persian-bagheri-kani-2023-10-21',
  'nearmiss64-spanish-russia-un-2023-10-16',
  'nearmiss65-english-lavrov-2023-10-26',
  'nearmiss65-french-haiat-2023-10-31',
  'nearmiss65-russian-abu-marzouk-2024-03-01',
  'nearmiss65-turkish-hamas-istanbul-2023-11-12',
  // Written blind with sets 68 to 70 (Peskov on Biden's words and on a Putin–Netanyahu call, Hamas in
  // Cairo and in Tehran, Abu Marzouk in Doha, Bagheri Kani in Beirut and Doha, Zakharova on the UN and
  // on hostages a month later): no wrong fact at first sight.
  'nearmiss66-arabic-hamas-cairo-2023-11-01',
  'nearmiss66-english-zakharova-un-2023-10-19',
  'nearmiss66-spanish-abu-marzouk-doha-2023-10-29',
  'nearmiss66-ukrainian-peskov-biden-2023-10-20',
  'nearmiss67-french-peskov-putin-netanyahu-2023-10-16',
  'nearmiss67-german-hamas-delegation-tehran-2023-11-07',
  'nearmiss67-hebrew-haiat-erdogan-2023-10-28',
  'nearmiss67-turkish-bagheri-kani-beirut-2023-10-14',
  'nearmiss68-italian-peskov-biden-2023-10-20',
  'nearmiss68-persian-bagheri-kani-doha-2023-10-14',
  'nearmiss68-polish-israel-un-russia-2023-10-30',
  'nearmiss68-russian-zakharova-gaza-hostages-2023-11-26',
  // Written blind with sets 71 to 73 (Peskov on Biden and on Netanyahu, Qatar's and Abu Marzouk's
  // hostage talks in Doha, Rafah evacuations, Palestinian factions in Moscow in February 2024, Hamas in
  // Istanbul, Israel asking Turkey to expel Hamas, Haiat on the UN chief): no wrong fact at first sight.
  'nearmiss69-czech-peskov-biden-putin-hamas-2023-10-20',
  'nearmiss69-english-qatar-hostages-doha-2023-10-24',
  'nearmiss69-hebrew-rafah-dual-nationals-2023-11-02',
  'nearmiss69-russian-palestinian-factions-moscow-2024-02-29',
  'nearmiss70-arabic-abu-marzouk-doha-hostages-2023-10-30',
  'nearmiss70-german-haiat-un-secretary-general-2023-10-24',
  'nearmiss70-turkish-zakharova-gaza-aid-2023-11-02',
  'nearmiss70-ukrainian-bagheri-kani-lavrov-2024-01-16',
  'nearmiss71-arabic-israel-turkey-hamas-2023-11-01',
  'nearmiss71-french-russie-evacuation-gaza-2023-11-06',
  'nearmiss71-polish-hamas-stambul-2023-11-14',
  'nearmiss71-spanish-peskov-putin-netanyahu-2023-10-16',
  // Written blind with sets 74 to 76 (Peskov on Erdogan and on Netanyahu the same day, Zakharova on
  // the UN the same day, Abu Marzouk in Cairo, Fatah in Moscow, Hamas in Moscow in February 2024,
  // Erdan on Guterres the day before): 4 facts on 1 page at first sight, the Erdan one (golden-scans
  // KNOWN_WRONG), 2 of them the corpus's own Guterres story.
  'nearmiss72-english-abu-marzouk-cairo-2023-11-12',
  'nearmiss72-german-peskov-erdogan-2023-10-30',
  'nearmiss72-hebrew-zakharova-hostages-2023-11-24',
  'nearmiss72-persian-iran-fm-moscow-2023-12-11',
  'nearmiss73-english-erdan-guterres-2023-10-25',
  'nearmiss73-russian-peskov-netanyahu-2023-10-26',
  'nearmiss73-spanish-zakharova-onu-2023-10-26',
  'nearmiss73-ukrainian-hamas-istanbul-2023-11-04',
  'nearmiss74-arabic-bogdanov-fatah-2023-10-31',
  'nearmiss74-english-hamas-moscow-intra-palestinian-2024-02-29',
  'nearmiss74-italian-ambasciata-russa-terrorismo-2023-11-10',
  'nearmiss74-turkish-haiat-erdogan-2023-10-28',
  // Sets 75 and 76 (stop 32): no fact on any of the eight, at first sight and after.
  'nearmiss75-english-lavrov-palestinian-authority-delegation-moscow-2023-11-20',
  'nearmiss75-korean-hamas-doha-hostages-foreign-passports-2023-10-29',
  'nearmiss75-spanish-zajarova-america-latina-gaza-2023-11-02',
  'nearmiss75-ukrainian-peskov-putin-erdogan-2023-10-27',
  'nearmiss76-english-putin-abbas-moscow-2024-08-13',
  'nearmiss76-norwegian-bagheri-kani-qatar-2023-11-01',
  'nearmiss76-portuguese-embaixador-russo-onu-2023-10-30',
  'nearmiss76-urdu-amir-abdollahian-haniyeh-doha-2023-10-14',
];

export function goldenScan(name: string, index: MatcherIndex): ScanJson {
  const { text, detection } = scanFile(`${PAGES_DIR}${name}.html`, index);
  return scanJson(text, detection);
}

export const expectedPath = (name: string): string => `${SCANS_DIR}${name}.expected.json`;

if (process.argv[1]?.endsWith('regen-golden-scans.ts')) {
  const index = buildMatcherIndex(buildShippedPack());
  mkdirSync(SCANS_DIR, { recursive: true });
  for (const name of GOLDEN_PAGES) {
    const scan = goldenScan(name, index);
    writeFileSync(expectedPath(name), `${JSON.stringify(scan, null, 2)}\n`);
    console.log(`${name}: ${scan.facts.length} facts, ${scan.actors.length} actors`);
  }
}
