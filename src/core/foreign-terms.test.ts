import { describe, expect, it } from 'vitest';
import { foreignTerms } from './foreign-terms';
import { wordTerm } from './terms';

const terms = (text: string): string[] => [...foreignTerms(text)].sort();
const term = (word: string): string => wordTerm(word) ?? word;

describe('foreignTerms', () => {
  it('reads news words of other languages as the English terms facts are written in', () => {
    expect(terms('Israele ha chiesto alla Russia di espellere la delegazione')).toEqual(
      [term('delegation'), term('demand'), term('expel')].sort(),
    );
    expect(terms('Izrael zażądał od Rosji wydalenia delegacji Hamasu.')).toContain(term('expel'));
    expect(terms('Israel forderte Russland auf, die Hamas-Vertreter auszuweisen.')).toContain(term('expel'));
    expect(terms('Pozivamo rusku vladu da odmah protera teroriste Hamasa')).toContain(term('expel'));
    expect(terms('teroristička organizacija gora od Islamske države')).toContain(term('worse'));
    // Without the word: to send the delegation away from the country; to be in a place.
    expect(terms('cobrou do Kremlin que mande a comitiva embora do país')).toContain(term('expel'));
    expect(terms('Delegasi Hamas berada di Moskow sejak Kamis')).toContain(term('visit'));
    expect(terms('马尔祖克率领的代表团当天抵达莫斯科')).toContain(term('visit'));
    expect(terms('Россия потребовала прекращения огня')).toContain(term('ceasefire'));
    // German says a meeting with a noun as often as with the verb ("ein Treffen mit Putin").
    expect(terms('ein Treffen mit Präsident Wladimir Putin habe es nicht gegeben')).toContain(term('meet'));
    // Blood on leaders' hands is the charge; the toll of the attack is not.
    expect(terms('i vertici di Hamas hanno le mani sporche del sangue di oltre 1.400 israeliani')).toContain(
      term('blood'),
    );
    expect(terms('au moins 1 400 personnes ont été tuées')).not.toContain(term('blood'));
    // Being in a place, as Polish, Russian and Ukrainian say a delegation is in Moscow.
    expect(terms('Przedstawiciele Hamasu przebywają w Moskwie')).toContain(term('visit'));
    expect(terms('В Москве находится делегация ХАМАС')).toContain(term('visit'));
    // Presence, and who leads a delegation: "led by" is a claim in every language.
    expect(terms('Sacharowa hat die Anwesenheit von Hamas-Vertretern in Moskau bestätigt')).toContain(
      term('visit'),
    );
    expect(terms('eine Delegation unter Leitung des Politbüro-Mitglieds Abu Marsuk')).toContain(term('led'));
    expect(terms('Делегацію очолює член політбюро ХАМАС Муса Абу Марзук')).toContain(term('led'));
    expect(terms('وفد من حماس برئاسة موسى أبو مرزوق')).toContain(term('led'));
    expect(terms('une délégation conduite par Moussa Abou Marzouk')).toContain(term('led'));
    // Hebrew contacts: מגעים, and keeping in touch (על קשר), but not "regarding" (בקשר ל).
    expect(terms('רואה צורך לשמור על קשר עם כל הצדדים')).toContain(term('contacts'));
    expect(terms('בקשר לביקור')).not.toContain(term('contacts'));
  });

  it('reads arriving somewhere as the visit, as English "arrived" is', () => {
    expect(terms('Делегація ХАМАС прибула до Москви')).toContain(term('visit'));
    expect(terms("Hamas heyeti perşembe günü Moskova'ya ulaştı")).toContain(term('visit'));
    expect(terms("Hamas'ın bir heyetinin Moskova'ya geldiğini duyurdu")).toContain(term('visit'));
    expect(terms('Die Hamas-Delegation ist in Moskau eingetroffen')).toContain(term('visit'));
    expect(terms('La delegación de Hamás llegó a Moscú')).toContain(term('visit'));
    // Persian "entered <place>": وارد … شد (detection blanks the place's name between them).
    expect(terms('هیئتی از حماس روز پنجشنبه وارد شد')).toContain(term('visit'));
    // Greek "is (was) in", Hindi "reached"; and Hindi "led" (अगुवाई, leadership).
    expect(terms('βρισκόταν στη Μόσχα και ο υφυπουργός Εξωτερικών του Ιράν')).toContain(term('visit'));
    expect(terms('मॉस्को पहुंचे हमास के प्रतिनिधिमंडल')).toContain(term('visit'));
    expect(terms('इस प्रतिनिधिमंडल की अगुवाई मूसा अबू मरज़ूक कर रहे हैं')).toContain(term('led'));
  });

  it('reads efforts, and the Arabic "taking out" of a country as expel', () => {
    expect(terms('الجهود التي تبذلها الدبلوماسية الروسية')).toContain(term('effort'));
    expect(terms('τις προσπάθειες της ρωσικής διπλωματίας')).toContain(term('effort'));
    expect(terms('وطالبت الخارجية الإسرائيلية الحكومة الروسية بإخراج ممثلي الحركة')).toContain(term('expel'));
  });

  it('reads lending legitimacy, Israel’s charge against the invitation', () => {
    expect(terms('خطوة مخزية تمنح الشرعية للإرهاب')).toContain(term('legitimize'));
    expect(terms('um gesto que legitima o terror')).toContain(term('legitimize'));
    expect(terms('ein Schritt, der den Terror legitimiert')).toContain(term('legitimize'));
  });

  it('reads "all parties" of a conflict as a phrase, never the word for a side or a party alone', () => {
    expect(terms('mantener contactos con todas las partes del conflicto')).toContain(term('side'));
    expect(terms('поддерживать контакты со всеми сторонами конфликта')).toContain(term('side'));
    expect(terms('Kontakte zu allen Seiten des Konflikts')).toContain(term('side'));
    expect(terms('le parti socialiste et les parties civiles')).not.toContain(term('side'));
    expect(terms('на другой стороне улицы')).not.toContain(term('side'));
  });

  it('finds words with the particles Arabic and Hebrew write onto them', () => {
    expect(terms('وطالبت إسرائيل روسيا بطرد وفد حماس.')).toContain(term('expel'));
    expect(terms('ישראל דורשת מרוסיה לגרש את משלחת חמאס')).toContain(term('expel'));
    // Drive out: "chasser de son territoire", but not a hunt ("la chasse de la baleine").
    expect(terms('Israël a sommé la Russie de chasser de son territoire ces représentants')).toContain(
      term('expel'),
    );
    expect(terms('La chasse de la baleine est interdite.')).not.toContain(term('expel'));
    // Throw out: לסלק, as Israel's spokesman put it in Hebrew.
    expect(terms('אנו קוראים לממשלת רוסיה לסלק מיד את מחבלי חמאס')).toContain(term('expel'));
    // A particle before a word that itself starts with a particle letter: ב + מגעים, ל + הפסקת אש.
    expect(terms('אנו רואים צורך להמשיך במגעים עם כל הצדדים')).toContain(term('contacts'));
    expect(terms('במוסקבה קראו שוב להפסקת אש מיידית')).toContain(term('ceasefire'));
  });

  it('finds Chinese and Japanese words anywhere (no spaces there) and Korean ones with their endings', () => {
    expect(terms('佩斯科夫表示，有必要与各方保持联系。')).toContain(term('contacts'));
    expect(terms('イスラエルはロシアにハマス代表団の追放を要求した')).toEqual(
      [term('delegation'), term('demand'), term('expel')].sort(),
    );
    expect(terms('이스라엘은 러시아에 하마스 대표단 추방을 요구했다')).toEqual(
      [term('delegation'), term('demand'), term('expel')].sort(),
    );
  });

  it('reads Greek without its accents, which move as words inflect (όμηρος, ομήρων)', () => {
    expect(terms('την απελευθέρωση των ομήρων')).toEqual([term('hostage'), term('release')].sort());
  });

  it('reads each part of a hyphenated word, and hyphenated stems whole', () => {
    expect(terms('de Hamas-terroristen')).toEqual([term('terrorist')]);
    expect(terms('un cessez-le-feu immédiat')).toEqual([term('ceasefire'), term('immediately')]);
  });

  it('reads a phrase only whole', () => {
    expect(terms('pidió un alto el fuego inmediato')).toContain(term('ceasefire'));
    expect(terms('un edificio alto en el centro')).not.toContain(term('ceasefire'));
    expect(terms('pidió al Gobierno ruso que eche del país a los integrantes')).toContain(term('expel'));
    expect(terms('Rusya’dan Hamas temsilcilerini derhal ülkeden göndermesini istedi')).toContain(
      term('expel'),
    );
    expect(terms('از دولت روسیه خواست اعضای این هیئت را فوراً از خاک خود بیرون کند')).toContain(term('expel'));
    expect(terms('definendo Hamas «peggio dell’Isis»')).toContain(term('worse'));
    expect(terms('Vi uppmanar den ryska regeringen att omedelbart kasta ut Hamasterroristerna')).toContain(
      term('expel'),
    );
    expect(terms('하마스 고위 인사들의 손이 1천400명이 넘는 이스라엘인의 피로 얼룩져 있다')).toContain(
      term('blood'),
    );
    expect(terms('장시간 비행으로 피로가 쌓였다')).not.toContain(term('blood'));
    expect(terms('विदेशी नागरिकों की निकासी पर चर्चा हुई')).toContain(term('evacuate'));
    expect(terms('Tüm taraflarla temaslarımızı sürdürmeyi gerekli görüyoruz')).toContain(term('contacts'));
    expect(terms('los temas de la agenda')).toEqual([]);
    expect(terms('«Разумеется, мы продолжим диалог и с израильской стороной»')).toContain(term('contacts'));
  });

  it('takes no word that only starts like a listed one', () => {
    expect(terms('La chiesa è alta')).toEqual([]);
    expect(terms('žádný komentář')).toEqual([]); // Czech "no comment", not žádá (demands)
    expect(terms('Hamas’tan konuya ilişkin açıklama yapılmadı')).toEqual([]); // ilişkin: "regarding
    expect(terms('أعلنت وزارة الخارجية')).not.toContain(term('visit')); // وزارة, ministry: not زار, visited
  });

  it('takes a bloody attack for no blood on hands, though its word starts like blood', () => {
    for (const bloody of [
      'l’attaque sanglante du Hamas',
      'der blutige Angriff der Hamas',
      'кровавое нападение ХАМАС',
      'Hamasin verinen isku',
      'a Hamász véres támadása',
      'atacul sângeros al Hamas',
    ])
      expect(terms(bloody), bloody).not.toContain(term('blood'));
    for (const blood of [
      'du sang de plus de 1 400 Israéliens',
      'Blut an den Händen',
      'в крови более 1400',
      'kädet ovat tahriintuneet yli 1 400 israelilaisen verestä',
    ])
      expect(terms(blood), blood).toContain(term('blood'));
    expect(terms('kuin vertaa aiempaan')).not.toContain(term('blood')); // Finnish "compares", not verta
  });

  it('takes maintaining contacts for no support, though its verb is support’s', () => {
    for (const maintain of [
      'Москва має підтримувати контакти з усіма сторонами конфлікту',
      'Россия поддерживает контакты со всеми сторонами',
    ]) {
      expect(terms(maintain), maintain).not.toContain(term('support'));
      expect(terms(maintain), maintain).toContain(term('contacts'));
    }
    expect(terms('приглашение поддерживает терроризм')).toContain(term('support'));
  });

  it('reads "immediately" as a demand tells it, not in words it merely starts', () => {
    for (const immediate of [
      'негайно вислати',
      'sofortige Ausweisung',
      'तुरंत बाहर निकाले',
      'zopakovalo výzvu k okamžitému příměří',
    ])
      expect(terms(immediate), immediate).toContain(term('immediately'));
    expect(terms('מידע חדש')).not.toContain(term('immediately')); // Hebrew "information"
  });
});

describe('general hard-news words', () => {
  it.each([
    ['Au moins onze personnes ont été tuées dans le déraillement du convoi', ['kill', 'derailed']],
    ['Insgesamt 46 Menschen wurden verletzt, einige von ihnen schwer.', ['injured']],
    ['El presidente de la compañía ferroviaria presentó su dimisión', ['resign', 'company']],
    ['Крушение поезда: погибли 12 человек, прокуратура возбудила уголовное дело', ['dead', 'prosecutor']],
    ['Trzy osoby zginęły, a policja zatrzymała kierowcę', ['dead', 'police']],
    ['Ilona Marek ist am Flughafen festgenommen worden', ['arrest']],
    ['De rechtbank veroordeelde de voormalige premier wegens omkoping.', ['court', 'former', 'bribe']],
    ['Eski başbakan suçsuz olduğunu söyledi.', ['former', 'innocent']],
  ])('reads %j', (text, words) => {
    expect(terms(text)).toEqual(expect.arrayContaining(words.map(term)));
  });

  it('reads a phrase, however many phrases the lexicon holds', () => {
    expect(terms('Bei dem Unglück kamen zwölf Menschen ums Leben')).toContain(term('dead'));
  });

  it('takes no "according to" for an agreement, nor "the Iranian diplomat" for a claim', () => {
    expect(terms('De acuerdo con la agencia TASS, el diplomático iraní se reunió con Marzuk')).toEqual([
      term('meet'),
    ]);
    expect(terms('Os dois governos assinaram o acordo')).toContain(term('agreement'));
  });

  it('reads Urdu, in its own letters (ہ, ی, ک), not as Persian or Arabic write them', () => {
    expect(
      terms('اسرائیل نے روس سے مطالبہ کیا ہے کہ حماس کے وفد کو فوری طور پر ملک سے نکال دیا جائے۔'),
    ).toEqual(
      expect.arrayContaining([term('demand'), term('expel'), term('immediately'), term('delegation')]),
    );
    expect(terms('حماس کا ایک وفد موسیٰ ابو مرزوق کی قیادت میں ماسکو پہنچ گیا ہے۔')).toEqual(
      expect.arrayContaining([term('led'), term('visit')]),
    );
    expect(terms('غیر ملکی یرغمالیوں کی رہائی اور شہریوں کے انخلا کا معاملہ')).toEqual(
      expect.arrayContaining([term('hostage'), term('release'), term('evacuate')]),
    );
    // Stained with blood, in Korean: 피로 alone is also fatigue.
    expect(terms('하마스 간부들의 손은 1천400명이 넘는 이스라엘인의 피로 물들어 있다')).toContain(
      term('blood'),
    );
    expect(terms('피로가 누적되었다')).not.toContain(term('blood'));
  });
});
