/**
 * General hard-news words, by the English word (its hard-news sense) they stand for: stems, lower
 * case, space-separated, matched at word starts; words joined by _ make a phrase (each part starts
 * one of consecutive words). Same conventions as foreign-stems.ts. Languages, in this order inside
 * each value: de, fr, es, it, pt, pl, nl, ru, uk, cs, ro, sv, tr; a stem shared by several of them is
 * listed once. French and Italian vowel-initial nouns also come elided (l'…, French d'…), with ' and
 * ’; Romanian stems with ș/ț also come with the cedilla forms ş/ţ; Ukrainian apostrophes with ’.
 * The keys from "verdict" on (a court's words, corruption, "former", supporters) came second and
 * start no stem above nor are started by one. No word for "diplomat": pages call a named envoy "the Iranian diplomat", which is no claim.
 * Spanish "acuerdo" and Portuguese "acordo" only after an article ("de acuerdo con" is "according
 * to"). Left out or narrowed to forms/phrases because they start common unrelated words (in their own
 * language or in another one, since every stem is tried on every sentence): de "tot", "zug", "zuges"
 * (zugesagt), "brand" (Brandenburg; so also sv "branden"), "regen", "feuer", "gericht" (gerichtet), "gesetz" (gesetzt),
 * "vertrag" (nl vertraging), "beben" (es beben), "retten" (hu rettenetes); fr "feu", "train" (en
 * train de), "loi" (loin), "avion" (avions), "cour", "vol", "juge" (jugé), d'accord; es "tren"
 * (trend), "ley" (leyenda), "robo" (robot), "fiscal", "llamas" (llamadas), "negó" (pt negócio),
 * "precio" (precioso), "muri" (it muri); it "ponte" (pontefice), "legge", "navi" (es navidad),
 * "treni" (pl trening), "valuta" (valutare), "procura"; pt "trem" (tremor), "lei", "fogo"
 * (cessar-fogo), "desaba" (desabafo), "luto" (lutou); pl "most" (it mostra, es mostró), "sąd"
 * (sądzę), "pociąg" (pociągnąć), "burz" (cs burza), "armi" (it armi), "polic" (policzyć), "rann" (sv
 * rann); nl "politie" (politiek), "brug" (Brugge), "wet" (weten), "trein" (pt treino), "munt" (ro
 * munte), "noodweer"; ru "суд" (судно, судьба), "поезд" (поездка), "закон" (закончил), "умер"
 * (умеренный), "следовател" (следовательно); uk "міст" (місто), "жалоб" (ru жалоба); cs "vlak" (nl
 * vlakbij), "soud" (fr soudain), "nehod" (nehodlá), "varov" (fi varovasti); ro "pod" (pl pod), "foc",
 * "gara" (garanție), "amenda" (amendament), "salvat" (it Salvatore), "furt" (furtună); sv "bro"
 * (brott, pl broni), "lag", "val", "pris" (es prisión), "sorg" (de Sorge), "regn" (it regno),
 * "offer" (fr offert, it offerta), "rasat"; tr "kaza" (kazandı), "sel" (selam), "yas" (yasa),
 * "dava" (pt dava), "yasa" (yasak), "ateş" (ateşkes), "öldü" (öldür), "hisse" (hissetti), "uyar"
 * (uyarınca), "hakimi" (hakimiyet), "vaat" (fi vaatii), "tren" (trend).
 */
export const GENERAL_NEWS_STEMS: Record<string, string> = {
  dead: 'tote todesopf todesfäll tödlich ums_leben gestorben starb umgekommen leiche verstorben mort décéd décès ont_péri cadavr muert fallec murió murier cadáver perdi_la_vida deced morì morirono perso_la_vita cadaver morre falec óbito perde_a_vida zgin zmarł zmarli śmier nie_żyj zwłok dood doden dodelijk omgekomen om_het_leven overleden overleed stierf stierven погиб гибел умерл умерш скончал смерт загин загиб помер zemřel zahyn mrtv úmrt smrt usmrt morț morţ moart deces murit pierdut_viaț pierdut_viaţ död omkom avled avlid ölü hayatını_kaybet yaşamını_yitir can_verd cesed ceset',
  injured:
    'verletz verwundet schwerverletz leichtverletz bless herid lesionad ferit ferid feriment ranni ranny rannego obrażeni obrażeń poszkodowan gewond verwond letsel ранен ранил пострада травм поранен поранив постражд zraněn zranil poraněn răni skadad skadats sårad yaral',
  victims:
    'opfer victim víctim vittim vítim ofiar slachtoffer жертв obět offret offrens ett_offer offer_för kurban mağdur',
  missing:
    'vermisst verschollen disparu desaparec desaparici dispersi disperso scompars irreperibil zagin vermist vermissing пропал пропав без_вест зник безвіст pohřeš nezvěstn dispăru dispari försvunn efterlys kayıp kaybol',
  rescue:
    'retter rettete rettung gerettet bergung secour sauveteur sauvetage sauvé rescat socorr salvament soccor salvati salvata in_salvo ha_salvat resgat ratow ratun uratow redding redders hulpverlen спасат спасен спасл рятув врятув врятов záchran zachrán salvaț salvaţ salvată salvatori salvar räddning räddade räddats kurtar',
  firefighters:
    'feuerwehr pompier bombero vigili_del_fuoc bombeiro strażac straż_pożar brandweer пожарн огнеборц пожежн hasič brandkår brandman brandmän itfaiye',
  police:
    'polizei police polici gendarm policía polizi carabinier polícia policj politieagent politiebureau politiewoordvoerder politiemensen politieman agenten полиц милиц поліц poliți poliţi jandarm polis',
  soldiers:
    "soldat armee streitkräft bundeswehr l'armée l’armée d'armée d’armée troupe militaires soldad ejércit tropa militares esercito l'esercito l’esercito militari exércit żołnierz armia armii wojsk leger troepen militairen солдат арми войск военнослужащ військ армі voják vojác vojsk armád soldaț soldaţ armata armatei trupe armé trupp försvarsmakt asker ordu",
  hospital:
    "krankenh klinik spital hôpita l'hôpita l’hôpita d'hôpita d’hôpita hospital ospedal l'ospedal l’ospedal ricoverat szpital ziekenhuis больниц госпитал лікарн госпітал nemocnic sjukhus hastane",
  fire: "brände brandes großbrand waldbrand wohnungsbrand hausbrand feuersbrunst flammen in_brand_ger brandstift brandursach incendi l'incendi l’incendi d'incendi d’incendi flammes brasier rogo fiamme incêndi chamas pożar płomie een_brand brand_brak brand_ontstond brand_woed brand_uitgebr brandhaard vlammen bosbrand woningbrand uitslaande пожар возгоран пламя пламен пожеж займання požár plamen flăcăr i_branden av_branden efter_branden branden_bröt branden_släck branden_startade branden_har branden_var en_brand eldsvåda skogsbrand lågorna yangın alevler",
  flood:
    "hochwasser überschwemm überflut flut inond l'inond l’inond d'inond d’inond crues la_crue inund riada alluvion allaga esond enchente alaga powódź powodzi zalan podtopie overstrom overstroo wateroverlast hoogwater наводнен паводок паводк затопл подтопл повінь повені підтопл povodeň povodn zaplav viitur översvämn högvatten taşkın su_bask sele_kapıl selde",
  rain: 'regenfäll starkregen dauerregen niederschläg regnet heftigen_regen pluie averse intempéri lluvi precipitaci piogg precipitazion chuv precipitaç deszcz ulew opady opadów regenval regenbui neerslag regent regende hevige_regen дождь дождя дожди дождей ливн ливен осадк дощ опади опадів déšť dešt dešť ploai ploi precipitaț precipitaţ regnar regnade skyfall nederbörd yağmur yağış sağanak',
  storm:
    "sturm unwetter orkan hurrikan taifun gewitter tornad tempête ouragan l'ouragan l’ouragan d'ouragan d’ouragan orage l'orage l’orage d'orage d’orage typhon cyclon tormenta hurac tifón ciclón ciclon tempest uragan l'uragan l’uragan maltempo tifone furacã furacõ tufão nawałnic wichur huragan burzow tajfun storm orkaan onweer tyfoon шторм ураган буря бури тайфун непогод смерч бурі негода негоди bouř vichřic orkán hurikán furtun vijeli oväder tyfon åskväder fırtına kasırga",
  earthquake:
    'erdbeben nachbeben das_beben ein_beben séisme tremblement_de_ter secousse terremot sismo seísmo sísmic sisma sismic scosse abalo_sísmic trzęsieni_ziemi wstrząsy wstrząsów aardbeving beving землетрясен подземн_толч афтершок землетрус підземн_поштовх zemětřesen cutremur seism jordbävning jordskalv skalv deprem sarsıntı',
  explosion:
    "explos explodi detonation spreng l'explos l’explos d'explos d’explos déflagration explotó estallido esplos l'esplos l’esplos scoppio deflagraz wybuch eksploz ontplof взрыв взорв вибух підірв výbuch vybuch exploz exploder patla infilak",
  collapse:
    "einsturz einstürz eingestürz effondr l'effondr l’effondr d'effondr d’effondr écroul l'écroul l’écroul d'écroul d’écroul derrumb colaps desplom croll desabou desabam desmoron zawal runął runęł ingestort instort обруш рухну обвал zřítil zřícen prăbuș prăbuş surpat surpar rasade kollaps çöktü çökme çöküş enkaz",
  crash:
    "unfall unfäll zusammenstoß zusammengestoß kollision absturz abgestürzt crash accident l'accident l’accident d'accident d’accident collision s'est_écrasé s’est_écrasé choque chocó chocaron colisi estrelló incidente l'incidente l’incidente schiant scontro acident colisão colisõ despenh wypadek wypadk zderz katastrof rozbi_się ongeluk ongeval botsing aanrijding neergestort verongeluk авари катастроф столкновен дтп крушени авиакатастроф аварі зіткнен авіакатастроф nehoda nehody nehodě nehodu havári havarov srazil coliziun ciocnir olycka olyckor krock krasch kazası kazada kazaya kazalar kaza_yap kaza_geçir çarpış uçak_düş",
  derailed:
    'entgleis déraill descarril deragli wykolej ontspoor ontspor сош_с_рельс сход_с_рельс зійш_з_рейок сход_з_рейок vykolej deraia deraier urspår spårade_ur raydan_çık',
  train:
    'züge zugunglück zugverkehr zugführer güterzug personenzug regionalzug eisenbahn bahnstreck intercity le_train un_train du_train trains ferrovi trenes el_tren un_tren del_tren ferrocarril treno i_treni trens comboio pociągu pociągi pociągów pociągach kolejow een_trein treinen treinverkeer treinstel trein_naar trein_richting treinongeluk поезда поездов поездом поезде электричк железнодорож потяги потягу потяга потягом потягів поїзди поїзда поїздів поїздом залізнич залізниц vlaku vlaky vlakem vlakov železnic železničn trenul trenur feroviar tåg järnväg trenin trenle hızlı_tren tren_kaz tren_sefer demiryol',
  bridge:
    'brücke le_pont un_pont du_pont ponts viaduc puente sul_ponte un_ponte ponte_sul viadott cavalcavia a_ponte uma_ponte na_ponte pontes viaduto mostu mosty mostem moście mostów de_brug een_brug bruggen мост mostě mostů podul podur på_bron bron_över broar köprü',
  ship: 'schiff frachter fähre tanker navire bateau petrolier buque barco embarcaci navío nave le_navi delle_navi navi_da imbarcazion traghett navio embarcaç statek statk okręt schip schepen veerboot судн корабл танкер сухогруз корабел loď lodě lodí plavidl navă fartyg båt färja gemisi gemiler gemide geminin gemiye gemiyle',
  plane:
    "flugzeug l'avion l’avion d'avion d’avion un_avion avión aviones aeronav aereo l'aereo l’aereo aerei velivol avião aviões samolot vliegtuig самолет самолёт лайнер літак letadl letoun avionul avioan flygplan uçak uçağ",
  passengers:
    'passagier fahrgäst fahrgast passager pasajer passegger passageir pasażer reiziger пассажир пасажир cestujíc pasager yolcu',
  court:
    "gerichts vor_gericht das_gericht dem_gericht landgericht amtsgericht oberlandesgericht verfassungsgericht bundesgerichtshof strafgericht tribunal tribunaux cour_d'app cour_d’app cour_de_cass cour_suprême cour_pénale cour_d'ass cour_d’ass cour_constitu juzgado corte_supr audiencia_nacional corte_d'app corte_d’app corte_cost cassazion sądu sądy sądzie sądem sądów trybunał sąd_najwyż sąd_okręg sąd_rejon sąd_apel rechtbank gerechtshof hoge_raad судом суде суды трибунал суду суді суди судов soudu soudy soudem soudní soudě soud_rozhod soud_uzn instanț instanţ curtea_de_apel curtea_constitu domstol tingsrätt hovrätt mahkeme yargıtay",
  judge:
    "richter juges le_juge la_juge un_juge juge_d'instruction juge_d’instruction juez jueces giudice giudici magistrat juiz juíz magistrad sędzi de_rechter een_rechter rechters судья судьи судей судьё судд soudc soudkyn judecăt domare yargıç hâkim hakimler hakime",
  sentenced:
    'haftstraf freiheitsstraf jahren_haft jahre_haft lebenslang_haft urteil condamné_à peine_de réclusion condenad_a sentenci condannat_a sentenz ergastol sentenç skazan skazał wyrok celstraf gevangenisstraf vonnis jaar_cel veroordeeld_tot taakstraf приговор лишени_свобод осужден вирок позбавлен_волі засуджен odsouzen odnětí_svobod rozsud condamna_la sentinț sentinţ pedeaps dömd döms dömer livstids çarptırıl müebbet',
  prison:
    "gefängnis haftanstalt in_haft justizvollzug prison incarcér prisión prision cárcel encarcel carcer prigion prisão prisõ presídio encarcer penitenci więzien zakład_karn gevangenis тюрьм тюрем сизо тюрм в'язниц в’язниц ув'язнен ув’язнен сізо vězen věznic închisoa închisor fängelse häkte cezaevi hapis hapse",
  prosecutor:
    'staatsanwalt ankläger bundesanwalt procureur parquet fiscalía el_fiscal los_fiscales fiscal_general procurator procura_di pubblico_minister procurador promotor_de_just prokurat aanklager openbaar_ministerie officier_van_just прокур žalobc státní_zastup procuror parchet åklagar savcı',
  trial:
    'prozess strafprozess mordprozess procès el_juicio un_juicio juicio_contra juicio_oral enjuici processo udienz julgament rozpraw proces_kar rechtszaak strafzaak strafproces процесс_над слушани процес_над слуханн líčen proces_s judecat judecar procesul rättegång davası davada davayı davanın davaya dava_aç yargıla',
  charged:
    'angeklagt anklage inculp mis_en_examen imputad procesad imputat rinviat_a_giudizio indagat indiciad zarzut aangeklaagd aanklacht vervolgd обвинени обвинительн обвинувачен підозр obžalob obžalov obviněn trimis_în_judecat åtal iddianame',
  lawyer:
    "anwalt anwält rechtsanwalt verteidiger avocat l'avocat l’avocat d'avocat d’avocat abogad avvocat l'avvocat l’avvocat advogad adwokat prawnik obrońc advocaat advocaten адвокат юрист advokát právník avocaț avocaţ advokat försvarare avukat",
  investigation:
    "ermittl ermittel untersuch enquêt l'enquêt l’enquêt d'enquêt d’enquêt investigat investigaci investigad indagin l'indagin l’indagin inchiest l'inchiest l’inchiest investigaç inquérito śledztw śledcz dochodzeni onderzoek расследов следователь следователя следователи следователе следователю следствен розслідув слідств слідч vyšetřov anchet investigați investigaţi utred förundersökning soruştur",
  government:
    'regierung bundesregierung landesregierung gouvernement gobierno governo governi rząd regering kabinet правительств уряд vlád guvernul guvernament guvernare hükümet',
  minister: 'minist министр міністр bakan',
  president: 'präsident président presiden prezydent президент prezident președint preşedint cumhurbaşkan',
  parliament:
    'parlament bundestag landtag parlement congreso sejm tweede_kamer парламент госдум верховн_рад sněmovn riksdag meclis tbmm',
  vote: 'abstimm vote voto vota głosowa stemde gestemd stembus голосова голосува hlasov votul votur rösta omröstning oyla',
  law: 'gesetze gesetzlich gesetzgeb das_gesetz ein_gesetz neue_gesetz la_loi une_loi projet_de_loi les_lois loi_sur la_ley una_ley leyes proyecto_de_ley la_legge una_legge disegno_di_legge uma_lei projeto_de_lei nova_lei ustawa ustawy ustawę ustawą wetsvoorstel wetgev wetten nieuwe_wet закона закону законом законе законы законов законопроект закон_о законі закони закон_про zákon legea legii legile proiect_de_lege o_lege lagstift lagförslag lagändring lagen_om ny_lag kanun yasası yasayı yasa_tasar yasanın',
  election:
    "wahl gewählt élection l'élection l’élection d'élection d’élection électora électeur l'électeur l’électeur d'électeur d’électeur scrutin elecci electora comicio elezion l'elezion l’elezion elettor l'elettor l’elettor eleiç eleitor wybory wyborów wyborcz wyborach verkiezing выборы выборов выборах избират вибори виборів виборах виборч volb voleb volič alegeri valet valrörelse valresultat väljar seçim seçmen",
  opposition:
    "opposi l'opposi l’opposi d'opposi d’opposi oposici oposiç opozycj оппозиц опозиц opozic opoziți opoziţi muhalefet",
  protest:
    'protest demonstrant demonstration kundgeb manifestati manifestant manifestac manifestazion manifestaç demonstrac demonstratie betoger betoging протест митинг мітинг demonstraț demonstraţ gösterici',
  mourning:
    'trauer staatstrauer deuil de_luto luto_oficial luto_nacional lutto żałob rouw траур жалоби smuteč státní_smut doliu sörj landssorg yas_ilan ulusal_yas taziye',
  bank: 'bank banque banco banca banche банк',
  currency:
    'währung wechselkurs devise monnaie taux_de_change divisas moned moneta moeda câmbio walut munteenheid munten wisselkoers валют měna měny měnov valută valute valutan valutor valutakurs döviz para_birim',
  inflation:
    "inflat teuerung l'inflat l’inflat d'inflat d’inflat inflac inflaz l'inflaz l’inflaz inflaç инфляц інфляц inflați inflaţi enflasyon",
  shares:
    'aktie börs actionnaire bourse bolsa accionist azionari azionist borsa acionist giełd akcjonariu aandelen beurs акционер бирж акціонер бірж burzov akcionář acționar acţionar hisseler hisse_sened hissesi',
  company:
    "unternehmen konzern firmen entreprise l'entreprise l’entreprise d'entreprise d’entreprise empresa compañía aziend l'aziend l’aziend impresa l'impresa l’impresa imprese l'imprese l’imprese companhia firmy firmie firmę firmą spółk przedsiębior bedrijf onderneming компани предприят компані підприєм firmě podnik compani företag bolag şirket firması",
  price:
    'preis prix el_precio los_precios del_precio precio_de precios_de prezz preç ceny cenach cenami cenow prijs цена цены ценой цену ціна ціни ціну cenov preț preţ priser priset prisök prishöj fiyat',
  agreement:
    "abkommen vereinbarung vereinbart einigung verträge vertrags vertrages der_vertrag den_vertrag dem_vertrag ein_vertrag einen_vertrag deal l'accord l’accord accords un_accord cet_accord entente l'entente l’entente d'entente d’entente un_acuerdo el_acuerdo del_acuerdo al_acuerdo acuerdos pacto accordo accordi intesa l'intesa l’intesa um_acordo o_acordo do_acordo ao_acordo acordos porozumie umow akkoord overeenkomst соглашени договор сделк угода угоди угоду домовлен домовил dohod smlouv acordul acordur un_acord avtal överenskomm anlaşma anlaşt mutabakat",
  sanctions: 'sanktion sancti sanci sanzion sanç sankc санкци санкці sancțiun sancţiun yaptırım',
  embassy:
    "botschaft konsulat ambassad l'ambassad l’ambassad d'ambassad d’ambassad consulat embajad consulado ambasciat l'ambasciat l’ambasciat consolat embaixad ambasad consulaat посольств консульств velvyslan konzulát büyükelçi konsolos",
  warned:
    'warnt gewarnt warnung averti mis_en_garde met_en_garde mettent_en_garde advirti adviert advert alertó alertaron avvert mette_in_guardia alertou alertam ostrzeg ostrzeż waarschuw предупред предупрежд попередж попередив попередил varoval varován varovat varuj varna varning uyardı uyarıd uyarıs uyarıl',
  denied:
    'dementi bestreit bestritt démenti a_nié ont_nié negaron ha_negado desmint desmient smentit smentisc ha_negato negou negaram desment zaprzecz zdementow dementu ontken опровер отрицае отрицал отрицани спростув запереч popřel popír demento neagă a_negat au_negat dezminț dezminţ förnek dementer yalanla inkar inkâr',
  accused:
    'beschuldig vorwurf vorwürf vorgeworfen accus acus oskarż zarzuc beticht обвиня обвинил звинува obvinil obviň acuz anklagad anklagar suçla itham',
  promised:
    'versproch verspricht versprach versprechen zugesagt zusage promis promet promes obieca obiecu obietnic beloof belofte обещ пообещ обіця пообіц slíb slib promit lovade lovar löfte söz_ver vaat_et vaatler',
  responsible:
    'verantwort responsab responsáv odpowiedzialn verantwoordelijk ответственн відповідальн odpovědn ansvar sorumlu',
  station:
    'bahnhof bahnhöf station estación estacion stazion estaç stacj станци вокзал станці nádraž stanic gară gării stați staţi istasyon',
  children:
    "kinder kindes ein_kind enfant l'enfant l’enfant d'enfant d’enfant niño niña bambin bimbi crianç dziec дети детей детям детьми ребен ребён діти дітей дітям дитин děti dětí dítě dětsk copii copil barn çocuk çocuğ",
  stolen:
    'gestohlen dieb entwend volé cambriol dérob robad robó robaron robos hurto rubat furto furti roub kradzi skradzion ukrad gestolen diefstal dieven украл украд краж похищен викрад крадіж вкрал вкрав krádež odcizen furat furtul furtur stuln stulen stulit stöld hırsız çalıntı',
  fined:
    "geldstraf bußgeld geldbuß une_amende amendes d'amende d’amende multa grzywn ukaran boete beboet штраф оштраф pokut amendă amenzi böter bötfäll para_ceza",
  strike:
    'streik warnstreik ausstand grève gréviste huelg sciope grev strajk staking stakers забастов стачк страйк stávk strejk',
  union:
    'gewerkschaft syndica sindicat sindacat związ_zawod związkowc vakbond профсоюз профспілк odborář odborov fackförbund facket fackförening sendika',
  verdict:
    'schuldspruch freispr freigesproch verdict jugement acquitt veredict absuelt absoluci verdett assolt assoluzion veredit absolvi werdykt uniewinni uitspraak vrijspr vrijgesproken вердикт оправдательн виправдувальн verdikt zprostil zproštěn hotărâr_instanț hotărâr_instanţ domslut fällande_dom friande_dom frikänd friad beraat mahkumiyet mahkûmiyet',
  guilty:
    'schuldig coupable culpabil culpabl colpevol culpad culpáv uznan_za_winn winnym winnego winnych winien виновн виновен визна_винн винуват uzna_vinn vinen vinovat vinovăț vinovăţ skyldig_till fälld_för fälls_för suçlu',
  innocent:
    'unschuld innocen inocen niewinn onschuld невинов невинн невинуват nevinen nevinn nevinovat nevinovăț nevinovăţ oskyldig masum suçsuz',
  bribe:
    'bestech bestoch schmiergeld pots-de-vin pot-de-vin soborn tangent mazzett suborn łapów przekup steekpenning omkoping omkopen omgekocht взятк взяток взяточ подкуп хабар підкуп úplatk úplatek uplácen podplat mită mituir mituit șpag şpag mutor mutbrott mutade mutats rüşvet',
  corruption:
    'korrupt corrupt corromp corrupc corruzion corrott corrupç korupc skorumpow коррупц коррумпир корупц корумпов korupčn corupți corupţi corupt yolsuz',
  fraud:
    'betrugs betrüger betrogen wegen_betrug fraud escroc escroq estafa frode frodi truffa estelionat oszust wyłudz oplichting oplichter opgelicht афер мошенн махинац шахрай шахраї podvodu podvody podvodů podvodem podvodník înșelăciun înşelăciun bedrägeri bedragare bedrog bedragit dolandır sahtecil',
  embezzle:
    'veruntreu untreue unterschlag détournement_de_fond abus_de_bien malversa pecula desfalc apropiación_indebid appropriazione_indebit desvio_de_verb desvio_de_recurs desvio_de_dinheir defraudac sprzeniewierz przywłaszcz verduister растрат хищени розтрат розкрад привласн zpronevě delapid deturnar_de_fond förskingr zimmet',
  contract:
    "ausschreib auftragsverg großauftr milliardenauftr öffentlich_auftr contrats un_contrat le_contrat du_contrat marché_public appel_d'offre appel_d’offre contrato adjudicaci licitaci contratto contratti appalt adjudicaç licitaç kontrakt przetarg zamówie_publiczn contract aanbested контракт тендер госконтракт госзаказ подрядчи підрядни zakázk zakázek licitați licitaţi upphandl ihale sözleşme",
  supporters:
    'anhänger sympathisant partisan militants simpatizant partidari seguidor sostenitor simpatizzant seguaci apoiador apoiant zwolenni sympatyk aanhanger achterban сторонник приверженц прихильни прибічни stoupen příznivc přívrženc susținător susţinător anhängare supportrar taraftar yandaş',
  detained:
    'gewahrsam inhaftier interpellé détenu appréhendé detenci aprehendid retenid detenut fermat_dall fermat_dai fermat_dagli detid detenç osadzon przetrzymyw aangehouden aanhouding opgepakt vastgehouden vastgezet схвачен доставлен_в_отдел доставлен_до_відділ zadržen zadržel reținut reţinut reținer reţiner greps gripits gripna anhållen anhållna anhölls frihetsberöv alıkon',
  hearing:
    "anhörung audience l'audience l’audience d'audience d’audience la_audiencia una_audiencia audiencia_prelim comparecenci audizion audiência_de_custódi audiência_de_julgament audiência_de_instruç posiedzeni_sąd przesłucha zitting hoorzitting pro-forma заседани_суд засідан_суд jednání_soud jednání_u_soud termen_de_judecat ședinț_de_judecat şedinţ_de_judecat audier huvudförhandl utfrågning duruşma",
  custody:
    'u-haft haftbefehl haftrichter haftprüf détention garde_à_vue écroué custodi domiciliari incomunicad custódi areszt_tymczas tymczasow_areszt w_areszcie voorarrest hechtenis inverzekeringstell под_страж мер_пресечени домашн_арест під_варт запобіжн_зах домашн_арешт do_vazb ve_vazb vazebn arest_preventiv arest_la_domicil control_judiciar häkta häktning tutuklu adli_kontrol ev_hapsi',
  fine: "strafzahl ordnungsgeld zwangsgeld strafe_von strafe_in_höh l'amende l’amende pénalit pecuniar ammend coima kar_finansow kar_pieniężn geldboete dwangsom amendat straffavgift idari_para",
  sentence:
    "strafmaß bewährungsstraf jahre_gefängnis emprisonn ans_de_prison ans_de_réclusion sursis pena_de_prisi años_de_prisi años_de_cárcel anni_di_carcer anni_di_reclusion pena_detentiv pena_de_prisã anos_de_prisã anos_de_cadei kar_więzieni lat_więzieni kar_pozbawieni dożywoci werkstraf jaar_gevangenis levenslang лет_колони лет_заключени лет_тюрьм лет_лишени срок_заключени пожизненн років_ув'язнен років_ув’язнен років_позбавлен довічн let_vězení trest_vězení podmíněn_trest doživot ani_de_închisoa ani_de_detenți ani_de_detenţi cu_suspendar års_fängelse månaders_fängelse villkorlig_dom yıl_hapis ay_hapis ağırlaştırıl",
  former:
    "ehemalig frühere ex- ancien l'ancien l’ancien l'ex- l’ex- expresident exministr ex_ministr ex_president ex_premier byłego byłej byłym były_minist były_prezyd były_premier była_minist voormalig oud- бывш экс- колишн екс- bývalý bývalá bývalé bývalí bývalou fostul fosta fostei foștii foştii före_detta förre_statsminist förre_minist förre_presid eski_bakan eski_başbakan eski_başkan eski_cumhurbaşkan eski_milletvekil eski_genel",
  motorway:
    "autobahn schnellstraß autorout l'autorout l’autorout d'autorout d’autorout autopist autoví autostrad l'autostrad l’autostrad superstrad autoestrad auto-estrad rodovi drog_ekspres ekspresówk snelweg autosnelweg rijksweg автобан трасс шоссе автомагистрал траса трасі трасу траси шосе автомагістрал dálnic autostrăz motorväg otoyol otoban",
  construction:
    'bauunternehm baufirm baukonzern bauarbeit baustell construction chantier construcci constructor costruz cantier ediliz construç construtor budowy budowie budowę budowlan bouwbedrij bouwproject bouwplaats bouwwerk bouwsector строител стройк застройщ будівництв будівельн забудовни stavb staveb construcți construcţi byggföret byggbolag byggarbet byggnation bygget inşaat müteahhit',
  investigators:
    'fahnder kriminalbeamt kripo detektiv forensisch kriminalist limier détective detectiv forense inquirent detetiv detektyw rechercheur детектив сыщик дознавател криминалист криміналіст criminalișt criminalişt kriminaltekn dedektif müfettiş olay_yeri',
};
