/**
 * Names of common places and institutions in other languages (exonyms), which no transliteration
 * rule derives: "Moskau", "Москва", "Russland", "Kreml", "Nahost". Person names need no list:
 * their spellings follow from transliteration and phonetic keys (match-name-key.ts).
 * The index build adds these as aliases of the actor whose canonical name or alias is the
 * English key. Data only; cost O(1) per lookup.
 */

/** English name (as a corpus names the actor) → names in de, fr, es, it, pl, cs/sk, nl, ru, uk. */
export const EXONYMS: Record<string, string[]> = {
  Russia: ['Russland', 'Russie', 'Rusia', 'Rosja', 'Rusko', 'Rusland', 'Россия', 'Росія', 'РФ'],
  Moscow: ['Moskau', 'Moscou', 'Moscú', 'Mosca', 'Moskwa', 'Moskva', 'Москва', 'Москві'],
  Kremlin: ['Kreml', 'Kremlu', 'Кремль', 'Кремля', 'Кремлі'],
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
  ],
  Ukraine: ['Ukraina', 'Ucraina', 'Ucrania', 'Ukrajina', 'Oekraïne', 'Украина', 'Україна'],
  China: ['Chine', 'Cina', 'Chiny', 'Čína', 'Китай'],
  'United States': [
    'USA',
    'США',
    'Vereinigte Staaten',
    'États-Unis',
    'Estados Unidos',
    'Stati Uniti',
    'Stany Zjednoczone',
    'Spojené státy',
  ],
  Tehran: ['Teheran', 'Téhéran', 'Teherán', 'Тегеран'],
  Palestine: ['Palästina', 'Palestina', 'Палестина'],
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
  ],
  'Islamic State': [
    'Islamischer Staat',
    'Islamischen Staat',
    'État islamique',
    'Estado Islámico',
    'Stato Islamico',
    'ИГИЛ',
  ],
  'Russian Foreign Ministry': [
    'МИД России',
    'МИД РФ',
    'МЗС Росії',
    'russische Außenministerium',
    'russischen Außenministerium',
    'russischen Außenministeriums',
  ],
  'Israeli Foreign Ministry': [
    'МИД Израиля',
    'МЗС Ізраїлю',
    'israelische Außenministerium',
    'israelischen Außenministerium',
    'israelischen Außenministeriums',
  ],
  'RIA Novosti': ['РИА Новости'],
  TASS: ['ТАСС'],
  Kommersant: ['Коммерсант', 'Коммерсантъ'],
};

/** Exonyms of an actor known by `names` (canonical name and aliases). */
export function exonymsFor(names: string[]): string[] {
  return names.flatMap((name) => EXONYMS[name] ?? []);
}
