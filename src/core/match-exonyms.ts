/**
 * Names of common places and institutions in other languages (exonyms), which no transliteration
 * rule derives: "Moskau", "Москва", "Russland", "Kreml", "Nahost". Person names need no list:
 * their spellings follow from transliteration and phonetic keys (match-name-key.ts).
 * The index build adds these as aliases of the actor whose canonical name or alias is the
 * English key. Data only; cost O(1) per lookup.
 */

/**
 * English name (as a corpus names the actor) → names in de, fr, es, pt, it, pl, cs/sk, nl, ru, uk,
 * lt, lv, fi, hu, tr, el, hi, zh, ja, ko. Chinese, Japanese and Korean translate these names (以色列, 中東, 러시아 외무부):
 * no sound rule reaches them (match-sound.ts covers transcribed names).
 */
export const EXONYMS: Record<string, string[]> = {
  Russia: [
    'Russland',
    'Russie',
    'Rusia',
    'Rosja',
    'Rusko',
    'Rusland',
    'Россия',
    'Росія',
    'РФ',
    'Rusya',
    'Ρωσία',
    'रूस',
    '俄罗斯',
    'ロシア',
    '러시아',
    'Rusija',
    'Krievija',
    'Venäjä',
    'Oroszország',
  ],
  Moscow: [
    'Moskau',
    'Moscou',
    'Moscú',
    'Mosca',
    'Moskwa',
    'Moskva',
    'Москва',
    'Москві',
    'Moskova',
    'Μόσχα',
    'मॉस्को',
    '莫斯科',
    'モスクワ',
    '모스크바',
    'Maskva',
    'Maskava',
    'Moszkva',
  ],
  Kremlin: [
    'Kreml',
    'Kremlu',
    'Кремль',
    'Кремля',
    'Кремлі',
    'Κρεμλίνο',
    'क्रेमलिन',
    '克里姆林宫',
    'クレムリン',
    '크렘린',
  ],
  'Gaza Strip': [
    'Gazastreifen',
    'Gazastrook',
    'bande de Gaza',
    'Franja de Gaza',
    'Striscia di Gaza',
    'Strefa Gazy',
    'сектор Газа',
    'сектор Газы',
    'сектора Газа',
    'Gazze',
    'Gazze Şeridi',
    'Γάζα',
    'Λωρίδα της Γάζας',
    'ग़ज़ा',
    '加沙',
    '加沙地带',
    'ガザ',
    'ガザ地区',
    '가자지구',
  ],
  Ukraine: [
    'Ukraina',
    'Ucraina',
    'Ucrania',
    'Ukrajina',
    'Oekraïne',
    'Украина',
    'Україна',
    'Ukrayna',
    'Ουκρανία',
    'यूक्रेन',
    '乌克兰',
    'ウクライナ',
    '우크라이나',
  ],
  China: ['Chine', 'Cina', 'Chiny', 'Čína', 'Китай', 'Çin', 'Κίνα', 'चीन', '中国', '중국'],
  'United States': [
    'USA',
    'США',
    'Vereinigte Staaten',
    'États-Unis',
    'Estados Unidos',
    'Stati Uniti',
    'Stany Zjednoczone',
    'Spojené státy',
    'ABD',
    'ΗΠΑ',
    'अमेरिका',
    '美国',
    'アメリカ',
    '米国',
    '미국',
  ],
  Tehran: [
    'Teheran',
    'Téhéran',
    'Teherán',
    'Тегеран',
    'Tahran',
    'Τεχεράνη',
    'तेहरान',
    '德黑兰',
    'テヘラン',
    '테헤란',
  ],
  Palestine: [
    'Palästina',
    'Palestina',
    'Палестина',
    'Filistin',
    'Παλαιστίνη',
    'फ़िलिस्तीन',
    '巴勒斯坦',
    'パレスチナ',
    '팔레스타인',
  ],
  'Middle East': [
    'Nahost',
    'Naher Osten',
    'Nahen Osten',
    'Moyen-Orient',
    'Oriente Medio',
    'Medio Oriente',
    'Bliski Wschód',
    'Blízký východ',
    'Ближний Восток',
    'Близький Схід',
    'Orta Doğu',
    'Μέση Ανατολή',
    'मध्य पूर्व',
    '中东',
    '中東',
    '중동',
  ],
  'United Nations': [
    'Vereinte Nationen',
    'Vereinten Nationen',
    'Nations unies',
    'Naciones Unidas',
    'Nazioni Unite',
    'ONZ',
    'OSN',
    'ООН',
    'Birleşmiş Milletler',
    'ΟΗΕ',
    'संयुक्त राष्ट्र',
    '联合国',
    '国連',
    '유엔',
  ],
  'Islamic State': [
    'Islamischer Staat',
    'Islamischen Staat',
    'État islamique',
    'Estado Islámico',
    'Stato Islamico',
    'ИГИЛ',
    'Исламское государство',
    'Исламского государства',
    'ІДІЛ',
    'Ісламська держава',
    'Ісламської держави',
    'داعش',
    'دولت اسلامی',
    'الدولة الإسلامية',
    'דאעש',
    'המדינה האסלאמית',
    'İslam Devleti',
    'Ισλαμικό Κράτος',
    'इस्लामिक स्टेट',
    '伊斯兰国',
    'イスラム国',
    '이슬람국가',
  ],
  'Russian Foreign Ministry': [
    'МИД России',
    'МИД РФ',
    'МЗС Росії',
    'russische Außenministerium',
    'russischen Außenministerium',
    'russischen Außenministeriums',
    '俄罗斯外交部',
    '俄外交部',
    'ロシア外務省',
    '러시아 외무부',
  ],
  'Israeli Foreign Ministry': [
    'МИД Израиля',
    'МЗС Ізраїлю',
    'israelische Außenministerium',
    'israelischen Außenministerium',
    'israelischen Außenministeriums',
    '以色列外交部',
    'イスラエル外務省',
    '이스라엘 외무부',
  ],
  'RIA Novosti': ['РИА Новости', '俄新社'],
  TASS: ['ТАСС', '塔斯社', 'タス通信', '타스 통신'],
  Kommersant: ['Коммерсант', 'Коммерсантъ', '生意人报'],
  Israel: ['İsrail', 'Ισραήλ', 'इज़राइल', '以色列', 'イスラエル', '이스라엘'],
  Iran: ['İran', 'Ιράν', 'ईरान', '伊朗', 'イラン', '이란', 'Irã', 'Irão'],
  Reuters: ['Ρόιτερς', 'रॉयटर्स', '路透社', 'ロイター', '로이터'],
};

/**
 * The same in Arabic (ar), Persian (fa) and Hebrew (he). Short place names there leave too few
 * consonants for the skeleton matcher (match-abjad.ts: روسیه, רוסיה → r-s), so they are listed.
 */
export const ABJAD_EXONYMS: Record<string, string[]> = {
  Hamas: ['حماس', 'חמאס'],
  Russia: ['روسيا', 'روسي', 'الروسي', 'الروسية', 'روسیه', 'روسی', 'רוסיה', 'רוסי', 'הרוסי', 'הרוסית'],
  Moscow: ['موسكو', 'مسکو', 'מוסקבה'],
  Kremlin: ['الكرملين', 'کرملین', 'קרמלין'],
  'Gaza Strip': ['غزة', 'قطاع غزة', 'غزه', 'نوار غزه', 'עזה', 'רצועת עזה'],
  Ukraine: ['أوكرانيا', 'اوکراین', 'אוקראינה'],
  'United States': ['الولايات المتحدة', 'آمریکا', 'ארצות הברית'],
  Tehran: ['طهران', 'تهران', 'טהרן'],
  Palestine: ['فلسطين', 'فلسطین', 'פלסטין'],
  'Middle East': ['الشرق الأوسط', 'خاورمیانه', 'המזרח התיכון'],
  'Russian Foreign Ministry': ['وزارة الخارجية الروسية', 'وزارت خارجه روسیه', 'משרד החוץ הרוסי'],
  'Israeli Foreign Ministry': ['وزارة الخارجية الإسرائيلية', 'وزارت خارجه اسرائیل', 'משרד החוץ הישראלי'],
  TASS: ['تاس', 'טאס'],
  // With the adjectives these languages name a country's ministries and envoys by
  // ("الخارجية الإسرائيلية", the Israeli foreign ministry; "סגן שר החוץ האיראני", the Iranian deputy).
  Israel: [
    'إسرائيل',
    'إسرائيلي',
    'الإسرائيلي',
    'الإسرائيلية',
    'اسرائیل',
    'اسرائیلی',
    'ישראל',
    'ישראלי',
    'ישראלים',
  ],
  Iran: [
    'إيران',
    'إيراني',
    'الإيراني',
    'الإيرانية',
    'ایران',
    'ایرانی',
    'איראן',
    'איראני',
    'האיראני',
    'האיראנית',
  ],
  Reuters: ['رويترز', 'رویترز', 'רויטרס'],
};

/**
 * Particles these scripts write onto the next word: Hebrew ב ("in"), ל ("to"), מ ("from"), ו
 * ("and"), ה ("the"), ש ("that"), כ ("as"), and ו before one of them; Arabic و ("and"), ب ("in"),
 * ل ("to"), ف ("so"). "מרוסיה" is "from Russia", "بموسكو" "in Moscow": one word on the page.
 */
const HEBREW_PARTICLES = ['ב', 'ל', 'מ', 'ו', 'ה', 'ש', 'כ', 'וב', 'ול', 'ומ', 'וה'];
const ARABIC_PARTICLES = ['و', 'ب', 'ل', 'ف'];

/** A name in Hebrew or Arabic script with the particles that may be written onto it. */
export function withParticles(name: string): string[] {
  const cp = name.codePointAt(0) ?? 0;
  const particles =
    cp >= 0x0590 && cp <= 0x05ff ? HEBREW_PARTICLES : cp >= 0x0600 && cp <= 0x06ff ? ARABIC_PARTICLES : [];
  return [name, ...particles.map((particle) => `${particle}${name}`)];
}

/** Exonyms of an actor known by `names` (canonical name and aliases). */
export function exonymsFor(names: string[]): string[] {
  return names.flatMap((name) =>
    [...(EXONYMS[name] ?? []), ...(ABJAD_EXONYMS[name] ?? [])].flatMap(withParticles),
  );
}
