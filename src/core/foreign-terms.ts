/**
 * Common news words in other languages read as the English content term they stand for, so a page
 * in another language can share what happened with a fact, not only its names, numbers and dates
 * ("wydalenia", "espellere", "بطرد" → expel). Pages not in English are otherwise scored on
 * structure alone (detect-score.ts), and a claim whose actors every passage names ("Israel asked
 * Russia to expel the Hamas delegation") cannot be told from the others.
 * Data: English word → stems, lower case, matched at a word start (words joined by _ are a phrase,
 * each word a stem of consecutive words); Chinese and Japanese, written without spaces, anywhere;
 * in Arabic, Persian and Hebrew after the particles written onto a word (و ف ب ل ك, ال; ו ה ב ל מ ש כ).
 * Only words that say what happened, in de, fr, es, it, pt, pl, nl, ru, uk, tr, ar, fa, he, zh, ja,
 * ko, cs, ro, sv, el, hi; no stem
 * that starts a common unrelated word ("chies" would take the Italian chiesa, church; زار, visited,
 * وزارة, ministry), and none that names institutions ("relações", in "Ministério das Relações
 * Exteriores") or means a call as much as the listed word (دعوة: invitation, call).
 * Cost: O(words) per sentence, one Map lookup per word and particle form.
 */
import { wordTerm } from './terms';

const FOREIGN_STEMS: Record<string, string> = {
  praise:
    'lobt gelobt dankte würdigt salue salué remerci félicit elogi agradec alabó ringrazi apprezz pochwal podziękow doceni prees bedankt loofde похвал поблагодар высоко_оцен подяк подякув високо_оцін övgü övdü teşekkür أشاد تشيد شكر تمجید قدردانی تشکر שיבח 赞扬 赞赏 感谢 称賛 感謝 칭찬 감사 ocenil poděkoval chválil lăud mulțum apreci berömde tackade lovord επαίν ευχαρίστ εξήρ प्रशंसा सराहना धन्यवाद',
  expel:
    'ausweis auszuweis ausgewiesen expuls espell espuls wydal uitwijz uitgewezen uitzett uit_te_zetten выслат высыл выслал выдвор вислат висил вислал видвор ihraç طرد اخراج גירוש לגרש יגרש גירש 驱逐 驅逐 追放 추방 expulz vyhost utvis απέλασ απελάσ απελαύν απελαθ निष्कासन बाहर_कर',
  meet: 'getroffen traf trafen rencontr entretien réuni reunió reunion reunião encontr incontr colloqu spotka spotkan rozmow ontmoet gesprek overleg встреч встрет зустр görüşt görüşme اجتمع اجتماع لقاء التقى ملاقات נפגש פגישה 会见 会晤 會見 会談 회담 회동 만났 întâln setkal setkan schůzk träffa träffade mötte möte συνάντ συναντ मुलाकात बैठक',
  visit:
    'besuch visite visita wizyt bezoek визит візит ziyaret زيارة يزور ביקור ביקר 访问 訪問 방문 vizit návštěv besök επίσκεψ दौरा दौरे',
  demand:
    'forder verlang exig réclam pidió pide piden pediu pedido chied chiest żąda zażąda wzyw wezwa geëist требов потребов вимаг talep طالب يطالب خواستار דרש דורש 要求 요구 cerut solicit požad žádá žádal vyzval vyzvalo vyzývá kräv krävde απαιτ ζήτησε ζητεί मांग माँग',
  condemn:
    'verurteil condamn conden condann potępi potępia veroordeel осуд засудил засудж kınad إدانة أدان يدين محکوم גינוי 谴责 譴責 非難 규탄 odsoud fördöm καταδίκ निंदा',
  release:
    'freilass freigelass libérer libérat liberar liberac liberaç liberaz liberati liberó uwoln uwalnia vrijlat vrijgelat освобод звільн serbest الإفراج إطلاق_سراح آزادسازی שחרור לשחרר 释放 釋放 解放 석방 eliber propušt propust frisläpp frige απελευθέρ रिहाई',
  hostage:
    'geisel otage rehén rehenes ostagg refém reféns zakładnik gijzel заложни заручни rehine رهائن رهينة گروگان חטופ 人质 人質 인질 ostatic rukojm gisslan όμηρ बंधक',
  evacuate:
    'evakuier évacu evacu ewakua эвакуа евакуа tahliye إجلاء تخلیه פינוי 撤离 撤離 退避 대피 evaku evacuar εκκένωσ απομάκρυνσ',
  ceasefire:
    'waffenruhe feuerpause waffenstillstand cessez-le-feu alto_el_fuego cessate_il_fuoco cessar-fogo rozejm zawieszeni_broni wapenstilstand прекращени_огня перемири припинен_вогню ateşkes وقف_إطلاق_النار آتش‌بس הפסקת_אש 停火 停戦 휴전 încetare_a_focului încetarea_focului příměří vapenvila εκεχειρ κατάπαυση_του_πυρός युद्धविराम संघर्ष_विराम',
  contacts:
    'kontakt contact contatt contato relazion stosunk betrekking контакт отношени связи відносин ilişkiler ilişkileri ilişkisi علاقات اتصالات تماس روابط קשרים 接触 接觸 联系 聯繫 連絡 접촉 연락 legături legăturile kontakty kontaktů επαφ संपर्क',
  terrorist: 'terror террор терор terör إرهاب ارهاب تروریس טרור 恐怖 テロ 테러 τρομοκρατ आतंक',
  support:
    'unterstütz soutien soutenu apoyo apoio sostegn poparci wspar steun поддерж підтрим destek دعم حمایت תמיכה 支持 지지 sprijin podpor stöd στήριξ υποστήριξ समर्थन',
  kill: 'getötet ermordet tués assassin asesin uccis zabit zabij zamordow gedood vermoord убит убий вбит вбив öldür قتل נהרג נרצח',
  invite:
    'einlad eingelad invit zaprosz zaprasz uitnodig пригла запрош davet دعوت הזמנ 邀请 邀請 招待 초청 pozván pozvání pozvat inbjud πρόσκλ निमंत्रण न्योता',
  negotiations:
    'verhandl négoci negoci negozi negocj onderhandel переговор перемовин müzakere مفاوضات مذاکره משא_ומתן 谈判 談判 交渉 협상 negocier vyjednáv förhandl διαπραγματ बातचीत',
  resign:
    'rücktritt zurückgetreten démission dimisión dimiss dimett dymisj ontslag aftred отставк відставк istifa استقالة استعفا התפטר',
  arrest:
    'verhaftet festgenommen festnahm arrestat detenid arrestat aresztow zatrzyma gearresteerd арестова задержа заарешт затрима tutukla gözaltı اعتقال بازداشت נעצר מעצר',
  worse:
    'schlimmer pire peor pior peggior gorsz erger хуже гірш kötü أسوأ بدتر גרוע horší värre χειρότερ बदतर',
};

const ABJAD = /[\u0590-\u06ff]/u;
/** Kana and CJK ideographs: these texts have no spaces between words. */
const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const ARABIC_PARTICLES = /^(?:[وفبلك]{0,2})(?:ال)?/u;
const HEBREW_PARTICLES = /^[והבלמשכ]{0,2}/u;
const WORD = /[\p{L}\p{M}\u200c'’-]+/gu;
/** Stems are looked up by their first letters (two: Korean stems are two syllables). */
const KEY_LETTERS = 2;

interface Lexicon {
  /** First KEY_LETTERS letters → [stem, term] of the one-word stems starting so. */
  byStart: Map<string, Array<[string, string]>>;
  /** Stems of consecutive words, and their term. */
  phrases: Array<[string[], string]>;
  /** Chinese and Japanese stems, found anywhere in the text. */
  unspaced: Array<[string, string]>;
}

let lexicon: Lexicon | null = null;

function buildLexicon(): Lexicon {
  const byStart = new Map<string, Array<[string, string]>>();
  const phrases: Array<[string[], string]> = [];
  const unspaced: Array<[string, string]> = [];
  for (const [english, stems] of Object.entries(FOREIGN_STEMS)) {
    const term = wordTerm(english);
    if (!term) continue;
    for (const stem of stems.split(' ').map(withoutGreekAccents)) {
      if (UNSPACED.test(stem)) {
        unspaced.push([stem, term]);
        continue;
      }
      if (stem.includes('_')) {
        phrases.push([stem.split('_'), term]);
        continue;
      }
      const start = stem.slice(0, KEY_LETTERS);
      byStart.set(start, [...(byStart.get(start) ?? []), [stem, term]]);
    }
  }
  return { byStart, phrases, unspaced };
}

const GREEK = /[\u0370-\u03ff]/u;
/** Greek moves its accent as a word inflects (όμηρος, ομήρων): stems and words are read without it. */
const withoutGreekAccents = (text: string): string =>
  GREEK.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '') : text;

/** The forms of a word a stem may start: itself, and without the particles written onto it. */
function wordForms(word: string): string[] {
  if (GREEK.test(word)) return [withoutGreekAccents(word)];
  if (!ABJAD.test(word)) return [word];
  const bare = word.replace(/^[\u0590-\u05ff]/u.test(word) ? HEBREW_PARTICLES : ARABIC_PARTICLES, '');
  return bare && bare !== word ? [word, bare] : [word];
}

const startsAny = (forms: string[] | undefined, stem: string): boolean =>
  forms?.some((form) => form.startsWith(stem)) ?? false;

/** The English content terms (terms.ts) of the news words in a sentence in another language. */
export function foreignTerms(text: string): Set<string> {
  lexicon ??= buildLexicon();
  const words = [...text.toLowerCase().matchAll(WORD)].map(([word]) => wordForms(word));
  const terms = new Set<string>();
  if (UNSPACED.test(text))
    for (const [stem, term] of lexicon.unspaced) if (text.includes(stem)) terms.add(term);
  words.forEach((forms, at) => {
    for (const form of forms) {
      for (const [stem, term] of lexicon?.byStart.get(form.slice(0, KEY_LETTERS)) ?? [])
        if (form.startsWith(stem)) terms.add(term);
    }
    for (const [stems, term] of lexicon?.phrases ?? [])
      if (stems.every((stem, k) => startsAny(words[at + k], stem))) terms.add(term);
  });
  return terms;
}
