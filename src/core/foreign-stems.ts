/**
 * The news words foreign-terms.ts reads, by the English word whose content term (terms.ts) they
 * stand for: stems, lower case, space-separated; words joined by _ make a phrase. Languages: de,
 * fr, es, it, pt, pl, nl, ru, uk, tr, ar, fa, ur, he, zh, ja, ko, cs, ro, sv, el, hi, bg, fi, hu, vi, id,
 * sr/hr.
 * Only words that say what happened. No stem that starts a common unrelated word ("chies" would
 * take the Italian chiesa, church; زار, visited, would take وزارة, ministry; "ilişki", relations,
 * would take ilişkin, regarding), none that names institutions ("relações", in "Ministério das
 * Relações Exteriores"), and none that means something as common as the listed word (دعوة:
 * invitation and call; "capital": "the Russian capital" is everywhere). A word a stem starts that
 * says something else is listed with '!' ("!sanglant": a bloody attack, not blood on hands). Visit
 * also takes being in a place where a language says so of a delegation (przebywają, находится,
 * перебуває w/в Москві).
 */
export const FOREIGN_STEMS: Record<string, string> = {
  praise:
    'lobt gelobt dankte würdigt salue salué remerci félicit elogi agradec alabó ringrazi apprezz pochwal podziękow doceni prees bedankt loofde похвал поблагодар высоко_оцен подяк подякув високо_оцін övgü övdü teşekkür أشاد تشيد شكر تمجید قدردانی تشکر שיבח 赞扬 赞赏 感谢 称賛 感謝 칭찬 감사 ocenil poděkoval chválil lăud mulțum apreci berömde tackade lovord επαίν ευχαρίστ εξήρ प्रशंसा सराहना धन्यवाद похвал благодар високо_оцен kiitt ylist dicsér megköszön méltat ca_ngợi cảm_ơn đánh_giá_cao memuji berterima_kasih سراہ شکریہ',
  expel:
    'ausweis auszuweis ausgewiesen landesverweis landes_zu_verweis landes_verwies sınır_dışı ülkeden_gönder ülkeden_çıkar خاک_خود_بیرون expuls eche_del_país echen_del_país echar_del_país echara_del_país echar_de_su_territorio echara_de_su_territorio eche_de_su_territorio echen_de_su_territorio espell espuls wydal uitwijz uitgewezen uitzett uit_te_zetten выслат высыл выслал выдвор выпровод вислат висил вислал видвор випровад ihraç طرد اخراج إخراج بإخراج لإخراج إبعاد بإبعاد גירוש לגרש יגרש גירש לסלק יסלק סילוק chasser_de chassent_de chassé_de chassée_de chassés_de 驱逐 驅逐 追放 추방 expulz vyhost utvis kasta_ut kastas_ut απέλασ απελάσ απελαύν απελαθ निष्कासन बाहर_कर देश_से_निकाल बाहर_निकाल експулс изгони изгонят изгонва изгонен karkot ajamaan ajaa_maasta kiutasít utasítsa_ki utasítja_ki kitoloncol trục_xuất đuổi mengusir diusir pengusiran deportasi proter protjer протер протјер embora_do_país ملک_سے_نکال ملک_بدر بے_دخل',
  meet: 'getroffen traf trafen treffen trifft rencontr entretien réuni reunió reunion reunião encontr un_encuentr incontr colloqu spotka spotkan rozmow ontmoet gesprek overleg встреч встрет зустр görüşt görüşme اجتمع اجتماع لقاء التقى ملاقات נפגש פגישה 会见 会晤 會見 会談 회담 회동 만났 întâln setkal setkan schůzk träffa träffade mötte möte συνάντ συναντ मुलाकात बैठक среща срещна срещи tapasi tapaamis tapaamin találkoz bertemu pertemuan menemui gặp hội_đàm hội_kiến sastao sastala sastali sastan',
  visit:
    'besuch visite visita wizyt bezoek визит візит ziyaret زيارة يزور ביקור ביקר 访问 訪問 訪れ 滞在 방문 vizit návštěv besök επίσκεψ दौरा दौरे przebyw находится находятся перебуває перебувають посещ посети посетя намира vierail oleskel látogat tartózkod thăm có_mặt kunjung berkunjung mengunjungi berada anwesenheit aufenthalt halte_sich hält_sich weilend présence se_trouv presencia se_encuentr presenza si_trova presença encontra-se присутстви присутніст נוכחות שוהה שוהים obecnoś aanwezig přítomnost prezenț närvaro παρουσία उपस्थिति присъств läsnä jelenlét hiện_diện kehadiran poset posjet 抵达 抵達 到访 到訪 到着 прибыл прибыла прибыли прибув прибула прибули przybył przybyła przybyli eingetroffen angekommen arrivé arrivée arrivés arrivées llegó llegaron arrivat chegou chegaram ulaştı geldi وصل وارد_شد הגיע הגיעה הגיעו βρίσκεται βρίσκονται βρισκόταν βρίσκονταν पहुंच पहुँच پہنچ دورے دورہ موجودگی',
  // A delegation: the word most sources of a visit use for who came (main-claims.ts, a plain telling).
  delegation:
    'delega délégation делегаци делегаці heyet وفد هیئت هیأت משלחת 代表团 代表團 代表団 대표단 valtuuskun küldöttség phái_đoàn αντιπροσωπ प्रतिनिधिमंडल гости гостей гостям гостями гості représentants dirigeants dirigentes émissaire emisari emissari vertreter gesandte представител представник temsilci ممثلي نمایندگان נציגי rappresentanti representantes przedstawiciel vertegenwoordiger zástupc reprezentanț företrädare edustaj képviselő đại_diện perwakilan predstavni',
  // "Led by" / "headed by": who leads a delegation, a claim of its own in many languages.
  led: 'unter_leitung unter_der_leitung angeführt_von angeführte во_главе возглавля возглавил возглавит на_чолі очолю очолюван очолив conduite_par menée_par dirigée_par emmenée_par encabezad liderad dirigida_por presidida_por guidata_da guidato_da capeggiat chefiad encabeçad na_czele kierowan przewodnictw onder_leiding geleid_door برئاسة يترأس يرأس ترأس בראשות به_ریاست به_سرپرستی başkanlığında liderliğinde vedená vedené v_čele condusă_de condus_de ledd_av leds_av επικεφαλής नेतृत्व водена_от начело_с johtama johtaa_valtuuskuntaa vezetésével vezette dẫn_đầu dipimpin pimpinan 率领 为首 率いる 이끄는 अगुवाई کی_قیادت_میں کی_سربراہی_میں',
  demand:
    'forder verlang exig réclam pidió pide piden pediu pedido chied chiest żąda zażąda wzyw wezwa geëist требов потребов вимаг talep طالب يطالب خواستار דרש דורש 要求 요구 cerut solicit požad žádá žádal vyzval vyzvalo vyzývá kräv krävde απαιτ ζήτησε ζητεί मांग माँग поиска изиска настоя призова vaati vaatii vaatimu vaadimme követel felszólít yêu_cầu đòi menuntut tuntut mendesak zahtev zahtjev zatraž مطالبہ مطالبے',
  condemn:
    'verurteil condamn conden condann potępi potępia veroordeel осуд засудил засудж kınad إدانة أدان يدين محکوم גינוי 谴责 譴責 非難 규탄 odsoud fördöm καταδίκ निंदा осъд tuomits tuomitse elítél lên_án mengecam kecam مذمت',
  release:
    'freilass freigelass libérer libérat liberar liberac liberaç liberaz liberati liberó uwoln uwalnia vrijlat vrijgelat освобод звільн serbest الإفراج إطلاق_سراح آزادسازی שחרור לשחרר 释放 釋放 解放 석방 eliber propušt propust frisläpp frige απελευθέρ रिहाई освобожд освобод vapautt szabadon_enged szabadul trả_tự_do phóng_thích pembebasan membebaskan dibebaskan رہائی رہا_کر',
  hostage:
    'geisel otage rehén rehenes ostagg refém reféns zakładnik gijzel заложни заручни rehine رهائن رهينة گروگان חטופ 人质 人質 인질 ostatic rukojm gisslan όμηρ बंधक заложни panttivan túsz con_tin sandera talac talaca taoc یرغمال',
  evacuate:
    'evakuier ausreise_der ausreise_von évacu sortie_des_ressortissants sortie_des_étrangers evacu salida_de_ciudadanos salida_de_los_ciudadanos salida_de_extranjeros salida_de_los_extranjeros ewakua wyjazd_obywateli выезд_граждан выезда_граждан виїзд_громадян эвакуа евакуа tahliye إجلاء تخلیه פינוי 撤离 撤離 退避 대피 evaku evacuar εκκένωσ απομάκρυνσ евакуа evakuo kimenekít evakuál निकासी sơ_tán evakuasi mengevakuasi انخلا',
  ceasefire:
    'waffenruhe feuerpause waffenstillstand cessez-le-feu alto_el_fuego cessate_il_fuoco cessar-fogo rozejm zawieszeni_broni wapenstilstand прекращени_огня перемири припинен_вогню ateşkes وقف_إطلاق_النار وقف_لإطلاق_النار وقف_فوري_لإطلاق_النار آتش‌بس הפסקת_אש 停火 停戦 휴전 încetare_a_focului încetarea_focului příměří vapenvila εκεχειρ κατάπαυση_του_πυρός युद्धविराम संघर्ष_विराम прекратяване_на_огъня примирие tulitau aselepo tűzszünet ngừng_bắn gencatan_senjata prekid_vatre primirj جنگ_بندی فائر_بندی',
  contacts:
    'kontakt contact contatt contato relazion stosunk betrekking контакт отношени связи відносин ilişkiler ilişkileri ilişkisi علاقات اتصالات تماس روابط קשרים מגעים על_קשר 接触 接觸 联系 聯繫 連絡 접촉 연락 legături legăturile kontakty kontaktů επαφ संपर्क отношени yhteyks yhteydet kapcsolat liên_hệ liên_lạc tiếp_xúc hubungan temaslar temasta temasın ارتباط kontak dialog diyalog диалог діалог dialogo diálogo دیالوگ דיאלוג 对话 對話 対話 대화 رابطے رابطوں',
  // "All parties" of a conflict, which Moscow says it keeps talking to: a phrase, never the word alone.
  side: 'todas_las_partes toutes_les_parties allen_seiten allen_parteien tutte_le_parti todas_as_partes wszystkimi_stronami всеми_сторонами усіма_сторонами всіма_сторонами tüm_taraflar جميع_الأطراف كافة_الأطراف כל_הצדדים همه_طرف تمام_طرف 各方 alle_partijen всички_страни všemi_stranami toate_părțile alla_parter όλες_τις_πλευρές सभी_पक्ष kaikkien_osapuolten minden_féllel tất_cả_các_bên semua_pihak svim_stranama تمام_فریق',
  terrorist:
    'terror террор терор terör إرهاب ارهاب تروریس טרור 恐怖 テロ 테러 τρομοκρατ आतंक khủng_bố teroris teror دہشت',
  // Efforts (Russia's "tireless efforts", its diplomacy's efforts Hamas praised).
  effort:
    'bemühung anstrengung efforts esfuerzo sforzi sforzo esforço wysiłk inspanning усили зусилл çaba جهود الجهود بالجهود تلاش מאמצ 努力 노력 úsilí eforturi ansträngning προσπάθει प्रयास ponnistel erőfeszítés nỗ_lực upaya napor کوشش',
  // Lending legitimacy ("legitimizing the atrocities"): Israel's charge against the invitation.
  legitimize:
    'legitimier légitim legitima legitimar legittim legitymiz legitymac legitimeer легитимиз легитимир легітиміз легітимац meşrulaştır meşruiyet الشرعية شرعية شرعنة يشرعن مشروعیت לגיטימציה מלגיטם לגיטימי 合法化 正当化 정당화 legitimiz legitimit legitimer νομιμοπ νομιμοποί वैधता легитимир legitimoi legitimál hợp_pháp_hóa legitimasi melegitimasi',
  support:
    'unterstütz soutien soutenu apoyo apoio sostegn poparci wspar steun поддерж підтрим !поддержива_контакт !поддержива_связ !поддержива_отношен !підтриму_контакт !підтриму_зв !підтриму_відносин destek دعم حمایت תמיכה 支持 지지 sprijin podpor stöd στήριξ υποστήριξ समर्थन подкреп tuke tukea támogat ủng_hộ dukung mendukung پشت_پناہی',
  // Blood on someone's hands: the charge, not the toll ("1,400 killed" is the toll), nor a bloody
  // attack or bloodshed ('!' marks words a stem starts that do not say it: "!sanglant").
  blood:
    "blut sang sangre sangue krwi krew bloed кров крови кровью кровь кров’ю кров'ю دماء بدماء خون בדם בדמם בדמו דמם 血 krve krví sânge sângele blod αίμα αίματ खून кръв 피로_얼룩 피로_물들 피로_물든 피에_물든 피에_물들 veri verta veren verest veress vereen verell kanıyla kanına kanlarıyla vér máu darah !veril !verisi !sanglant !sanguin !blutig !blutbad !blutvergie !кровав !кровопрол !кровл !кроват !кровн !krewn !bloedig !bloedbad !blodig !blodbad !verinen !verise !verilöyl !vertaa !vertail !vertau !véres !vérengz !vérfürd !sângeros !αιματηρ !krveprol !خونین !خونبار !खूनी krvlju",
  // Taking people away ("220 abducted"): the hostages' number is told with it.
  kidnap:
    'entführ verschleppt verschleppten enlèvement enlevés enlevées kidnapp secuestr rapit rapiment sequestrat raptad uprowadz porwan porwał porwali ontvoer похищ похитил похитит викрад kaçırıl اختطاف اختطف خطف مختطف ربوده ربودن آدم‌ربایی חטיפ נחטפ חטפו 绑架 劫持 掳走 拉致 誘拐 連れ去 납치 unesen únos răpi bortförd απαγωγ απήχθ अपहरण अगवा отвлеч отвлякоха siepat sieppa elrabol elhurcol hurcoltak_el bắt_cóc menculik diculik penculikan اغوا',
  // Israel's vow to annihilate Hamas, set beside the toll it answers; not Swedish "förint", which
  // starts Förintelsen (the Holocaust), nor Romanian "nimic" (nothing).
  annihilate:
    'vernicht auszulösch auslösch anéanti aniquil annient unicestw vernietig уничтож знищ yok_et imha_et القضاء_على سحق نابود להשמיד השמדת 消灭 消滅 殲滅 壊滅 섬멸 전멸 zničit zničen anihil utplån εξαφαν εξοντ नष्ट_कर खत्म_कर унищож tuhota tuhoam megsemmisít tiêu_diệt memusnahkan menghancurkan',
  kill: 'getötet ermordet tué assassin asesin uccis zabit zabij zamordow gedood vermoord убит убий вбит вбив öldür قتل נהרג נרצח убит уби tapett tappo kuoli megöl meghalt thiệt_mạng giết tewas terbunuh dibunuh ہلاک',
  invite:
    'einlad eingelad invit zaprosz zaprasz uitnodig пригла запрош davet دعوت הזמנ 邀请 邀請 招待 초청 pozván pozvání pozvat inbjud πρόσκλ निमंत्रण न्योता مدعو',
  negotiations:
    'verhandl négoci negoci negozi negocj onderhandel переговор перемовин müzakere مفاوضات مذاکره משא_ומתן 谈判 談判 交渉 협상 negocier vyjednáv förhandl διαπραγματ बातचीत преговор neuvottel tárgyal megbeszél đàm_phán perundingan pembicaraan بات_چیت',
  resign:
    'rücktritt zurückgetreten démission dimisión dimiss dimett dymisj ontslag aftred отставк відставк istifa استقالة استعفا התפטר',
  arrest:
    'verhaftet festgenommen festnahm arrestat detenid arrestat aresztow zatrzyma gearresteerd арестова задержа заарешт затрима tutukla gözaltı اعتقال بازداشت נעצר מעצר',
  worse:
    'schlimmer pire peor pior peggio gorsz erger хуже гірш kötü أسوأ بدتر גרוע horší värre χειρότερ बदतर по-лош pahemp rosszabb tệ_hơn lebih_buruk gora_od gori_od gore_od',
  // "Immediately" expel, an "immediate" ceasefire: how a demand is told. Italian "subito" is left
  // out (also "suffered"), Finnish "heti" (starts "hetki", a moment), Hebrew "מיד" (starts "מידע").
  immediately:
    'sofort unverzüglich umgehend immédiat sans_délai inmediat de_inmediato immediat imediat natychmiast niezwłoczn onmiddellijk onverwijld немедленн незамедлительн негайн невідкладн okamžit neprodlen omedelbar genast derhal acil فورا فوراً فوري الفوري فوری מיידי לאלתר αμεσ तुरंत तत्काल 立即 立刻 直ちに 即時 즉시 즉각 azonnal haladéktalan välittömäs segera ngay_lập_tức незабавн веднага',
};
