/**
 * Line-level signals for telling an article's reporting from site chrome in raw page text.
 * Method: the shape of one trimmed line (word counts, final punctuation, capitalisation) and a
 * small set of patterns (English, plus Russian/Ukrainian and a few others for notices) for
 * translation notices, ads, teasers, counters, subscribe blocks and menus. No rule names an
 * outlet. Cost: a few regex tests per line, O(line length).
 */

/** Why a line is chrome, and whether it marks the end of the article body when met after it. */
export interface ChromeMatch {
  reason: string;
  endsBody: boolean;
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word.length > 0);
}

/**
 * Ends like a sentence: . ! ? … : optionally followed by closing quotes or brackets, or a closing
 * double quote; then maybe footnote markers.
 */
export function hasSentenceEnd(text: string): boolean {
  // A footnote's marker may follow the stop ("… about 48,000 doses.[1]").
  return /(?:[.!?…:]["'”’»)\]]*|[”"])(?:\[\d{1,3}\])*$/u.test(text);
}

function lowercaseWordCount(words: string[]): number {
  return words.filter((word) => /^["“‘'(]?\p{Ll}/u.test(word)).length;
}

/** Long enough, with enough lowercase words, to be running prose even without final punctuation. */
export function isLongProse(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 15 && lowercaseWordCount(words) >= 3;
}

export function isProse(text: string): boolean {
  return (hasSentenceEnd(text) && !isQuestionHeading(text)) || isLongProse(text);
}

/** Most words in an explainer's question subheading ("What happened?", "Who is affected?"). */
const QUESTION_HEADING_WORDS = 14;

/**
 * A short question alone on its line, unquoted: an explainer's subheading, which tells nothing.
 * A question someone asked is quoted or attributed ("Why now?" she asked.), so it stays prose.
 */
export function isQuestionHeading(text: string): boolean {
  return /\?$/u.test(text) && !/["“”«»]/u.test(text) && wordsOf(text).length <= QUESTION_HEADING_WORDS;
}

/** A clock time alone on a line ("14:54", "7:40 p.m.", "9.05am BST"), as in "latest news" lists and live blogs. */
export function isTimeOnly(text: string): boolean {
  return /^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$/u.test(text);
}

/** Mostly capitalised words and no punctuation: menu entries, section names, tag clouds. */
export function isMenuLike(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 8 || /[.!?,:;"“”]/u.test(text)) return false;
  const capitalised = words.filter((word) => /^\P{Ll}/u.test(word)).length;
  return capitalised / words.length >= 0.7;
}

/** Key for "is this the same line": case, quote style, spacing and final punctuation ignored. */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .replace(/[“”«»„]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/[\s.!?:;,]+$/u, '')
    .trim();
}

const TRANSLATION_SERVICE = /\b(?:google translate|deepl|yandex[ .]translate|bing translator)\b/iu;
const MACHINE_TRANSLATION =
  /\b(?:automatically|machine|auto)[- ]translated\b|\btranslated automatically\b|\b(?:machine|automatic|automated) translation\b|\btranslation (?:tool|software|engine)\b|автоматичн\p{L}*\s+(?:\p{L}+\s+){0,3}переклад|переклад\p{L}*\s+(?:\p{L}+\s+){0,8}автоматичн|автоматическ\p{L}*\s+перев|перев\p{L}+\s+(?:\p{L}+\s+){0,8}автоматическ|maschinell übersetzt|automatisch übersetzt|traduit automatiquement|traducido automáticamente|avtomatik olaraq/iu;

/** A notice that the text was machine-translated, in any language we can recognise. */
export function isTranslationNotice(text: string): boolean {
  // A language switcher ("FR | EN (automatic translation) | ES") offers translations; it is a menu.
  if (wordsOf(text).length > 45 || (text.match(/\|/gu)?.length ?? 0) >= 2) return false;
  // An aggregator's source that was machine-translated is a source, not a notice on this text.
  if (SOURCE_LIST_ITEM.test(text)) return false;
  return MACHINE_TRANSLATION.test(text) || TRANSLATION_SERVICE.test(text);
}

const ADVERTISEMENT =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|реклама|anzeige|publicité)\s*:?$/iu;
/** An advertiser's line under the label: "Advertisement — Autohaus Kessler: Winter tyres fitted from 49 talers!" */
const LABELLED_AD = /^(?:advertisement|sponsored(?: content)?|anzeige|реклама|publicité)\s*[—–:|]\s*\S/iu;
/** A note that a machine wrote the text: "This content was produced with the help of AI and checked by an editor." */
const MACHINE_WRITTEN =
  /^this (?:content|article|story|summary|text) (?:was|has been|is) (?:produced|written|generated|created|compiled) (?:with the help of|using|by) (?:ai|artificial intelligence|automated)\b/iu;
const COUNTER =
  /\brequests? in [\d.,]+ seconds?\b|\bclicks?\s*:\s*\d+|^\d[\d\s,.]*\s(?:views|comments|shares|reads)$/iu;
const SUBSCRIBE_WORDS =
  /\b(?:subscribe|donate|donation|patron|patreon|newsletter|sign up|follow us|support us|support our (?:work|journalism)|cancel any ?time|reader-funded|readers like you)\b/giu;
/**
 * An appeal speaks to the reader ("Support us", "become our patron", "in your inbox") or opens with
 * its verb ("Subscribe now", "Donate"); a report of others donating ("readers have asked how they
 * can donate blood", in a live blog) does neither, and must not end the article.
 */
const TO_THE_READER = /\b(?:you|your|us|our)\b/iu;
const APPEAL_VERB_FIRST = /^(?:subscribe|donate|sign up|follow|support|become|join|get|help)\b/iu;
/** A row of tags: "Tags:", "Themen:", "Mots-clés :", "Теги:", "الوسوم:", "标签：". */
export const TAGS =
  /^(?:tags?|subjects?|topics?|categories|filed under|schlagw(?:ö|oe)rter|themen|mots-cl(?:é|e)s|étiquettes|etiquetas|palabras clave|argomenti|tagi|tematy|trefwoorden|etiketler|etichete|теги|теми|темы|الوسوم|كلمات مفتاحية|תגיות|标签|標籤|タグ|태그)\s*[:：]/iu;
const INLINE_TEASER =
  /^(?:on the subject|on this topic|you may (?:also )?be interested in|read also|see also|also read|read more|related|more on this|in pictures|gallery|по теме|читайте также|читайте також)\s*:\s*\S/iu;
/** A call for readers' tips: "Have you been caught up in the eruption? Email news@… or WhatsApp our newsdesk." */
const TIP_APPEAL =
  /^(?:have you been (?:affected|caught up|involved)|were you (?:there|affected)|do you have (?:a story|information|photos))\b|\b(?:e-?mail|whatsapp)\b[^.]*(?:@|\bnewsdesk\b)/iu;
const LIST_MARKER =
  /^(?:read (?:also|more)|see also|also read|related(?: \p{L}+)?|similar (?:posts|articles|stories|news)|more (?:news|stories|from)|more (?:on|about|in) (?:this |the |that )?(?:story|topic|subject|issue)|more in \p{L}+|(?:recent|latest|top|popular|other|more) (?:news|stories|posts|articles)|all news|most (?:read|popular|viewed)|trending(?: now)?|you (?:may|might) also like|recommended(?: for you)?)\b/iu;
const PHOTO_CREDIT = /^(?:photos?|images?|pictures?|credits?|фото)\s*:/iu;
/**
 * A subscription's price wrapped onto its own line: "9 talers a month. Cancel anytime.", "Support
 * the Northern Chronicle from just €1 a week." (not "support the families from 5 euros a month").
 */
const SUBSCRIPTION_PRICE =
  /\b[Cc]ancel any ?time\b|\b[Ss]upport (?:us|our (?:journalism|work|reporting)|the \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3}) from (?:just |only )?[€$£]?\s?\d[\d.,]*\s?(?:[€$£]|euros?|dollars?|pounds?)?\s*(?:a|per) (?:week|month|year)\b/u;
/** A map's caption or credit: "Map: where it happened – Sarnavik port, north gate (57.412° N, 11.873° E) …". */
const MAP_CAPTION = /^map\s*[:|–—-]\s*\S/iu;
/** A video's teaser with its running time ("Watch: … Video, 1 minute 47 seconds (1:47)", "Video: … 2:05"). */
const VIDEO_ITEM = /\bvideo\b.*(?:\(\d{1,2}:\d{2}\)|\b\d{1,2}:\d{2})$|^watch:.*\(\d{1,2}:\d{2}\)$/iu;
/**
 * A line of a video's transcript, at its time code ("[00:12] Reporter: …", "00:04 RADEK VOLMAR: …",
 * "00:31  [Orange flames visible behind the left engine.]",
 * "00:48 Fire chief Ilya Koronev: …", any line in the video's first minute, "00:11 Investigators
 * say …", '00:21 "We took the children down …"', and a reporter's sign-off, "02:40 Maja Lind, KRT
 * News, Stavik."): the video's, not the story's. A live blog's "09:02" entry is an hour, so a speaker in
 * title case counts only in a video's first ten minutes.
 */
const TRANSCRIPT_LINE =
  /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s|^\d{2}:\d{2}\s+(?:\[[^\]]{2,80}\]|(?!(?:BREAKING|UPDATE|LATEST|JUST IN|WATCH|LIVE|CORRECTION)\b)\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,}){0,3}:)(?:\s|$)|^0\d:\d{2}\s+\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,4}(?:\s\([\p{L} ]{3,20}\))?:\s|^00:\d{2}\s+["“\p{Lu}]|^0\d:\d{2}\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3},\s[^,]{2,40},\s\p{Lu}[\p{L}'’-]+\.$/u;
/**
 * A social post's author alone on its line ("@KorvaniaMoD", "@halvik_mum on Instagram:"): the post's
 * text follows it.
 */
export const POST_HANDLE =
  /^@[A-Za-z0-9_]{2,30}(?:\s+(?:on|via)\s+(?:X|Twitter|Instagram|Facebook|Telegram|TikTok|Threads|Bluesky|Mastodon):?)?$/u;
/** The label over a video's transcript: "Video transcript: …", "Transcript". */
const TRANSCRIPT_LABEL = /^(?:video |audio )?transcript(?: excerpt)?\b\s*(?::|$)/iu;
/** "Comments are closed for this article.", "Commenting has been disabled on this story." */
const COMMENTS_CLOSED =
  /^(?:comments (?:are|have been) (?:closed|disabled)|commenting (?:is|has been) (?:closed|disabled))\b/iu;
/** A player's notice: "This video can not be played. To play this video you need to enable JavaScript". */
const PLAYER_NOTICE =
  /\bthis (?:video|audio|clip) (?:can ?not|cannot|could not) be played\b|\bto play this (?:video|audio)\b|\benable javascript\b/iu;
/**
 * A newsletter's pitch: "The best of our opinion pages, every Friday in your inbox.", "One email,
 * every weekday: …", "By signing up you agree to our privacy policy."
 */
const INBOX_PITCH =
  /\b(?:in|to) your inbox\b|\bin (?:one|a single) (?:daily |weekly )?(?:e-?mail|newsletter)\b|^one (?:e-?mail|newsletter), every\b|^by (?:signing up|subscribing|registering)\b[^.]{0,40}\b(?:agree|accept)\b/iu;
/** A site's disclaimer: "This article is not investment advice. Prices are indicative …". */
const ADVICE_DISCLAIMER = /\bnot (?:investment|financial|legal|medical|tax) advice\b/iu;
/** A wire's note on what an update adds: "(Adds Merelland reaction in paragraphs 9-11, …)". */
const UPDATE_NOTE = /^\((?:adds|updates|recasts|corrects|rewrites|changes|fixes)\b[^)]*\)?$/iu;
/** A footnote naming a source: "[1] Varnholm City Health Department, outbreak update, 3 February, 22.10." */
const SOURCE_FOOTNOTE = /^\[\d{1,2}\]\s+[^.!?]{2,80}(?:,[^,]{1,60}){1,4}\.?$/u;
/**
 * An aggregator's source with its date: 'Lanterna Press - "UPDATE 2-…" - Feb 3', "Meridian — … ·
 * 3 Feb", "The Sentinel · Norvex hack: … · 14h".
 */
/**
 * An aggregator's entry of a kind, an outlet and a headline, without a time: "Opinion · The
 * Ostrand Review · Don't blame the storm. The Arvenna Star was a disaster we chose".
 */
const KIND_SOURCE_HEADLINE = /^[^·.!?"“]{2,30}\s·\s[^·.!?"“]{2,40}\s·\s[^·]{10,200}$/u;
const DATED_SOURCE =
  /^[^"“:.!?]{2,40}\s[-–—·]\s.{10,220}\s[-–—·]\s(?:\d{1,2}\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\s?(?:min|mins|h|hrs?|hours?|d|days?)(?: ago)?)$/u;
/** A caption under its label: "Media caption: Customers waiting outside …", "Image caption: …". */
const CAPTION_LABEL = /^(?:media|image|photo|video|picture|audio) (?:caption|source|credit)\s*[:,]/iu;
/**
 * A picture of a carousel or gallery, numbered ("[1/5] Police officers stand guard … REUTERS/Jana
 * Petrik", "1 / 12 The convoy pulls up outside the ministry").
 */
const CAROUSEL_CAPTION = /^(?:\[\d{1,2}\/\d{1,2}\]|\d{1,2} \/ \d{1,2})\s/u;
/**
 * A caption closed by an agency's photo credit: "… on Tuesday. REUTERS/Jana Petrik", and by any
 * agency or outlet after the caption's stop: "… February 2, 2026. Northgate/Tomas Rielle".
 */
const AGENCY_PHOTO_CREDIT =
  /(?:\b(?:REUTERS|AFP|AP|EPA|ANADOLU|Getty Images)|[.!?]\s\p{Lu}\p{L}+)\s?\/\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}$/u;
/** A credit line: "Associated Press writer Tom Hale contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b/iu;
/** The reporters' initials under a story: "— J.K., A.M.". */
const REPORTER_INITIALS = /^[—–-]\s*(?:\p{Lu}\.){1,3}(?:\s*(?:,|and|&)\s*(?:\p{Lu}\.){1,3})*$/u;
/** A podcast or audio player's controls: "Running time: 38 min 14 sec   ▶ Play episode | Subscribe …". */
const AUDIO_PLAYER = /▶\s*(?:play|listen)\b|\bplay (?:episode|audio)\b|^running time\s*:/iu;
/** A link to more of the outlet's coverage: "Follow AP's coverage of the protests at https://…". */
const COVERAGE_LINK = /^(?:follow|read|see|watch)\b.*\bhttps?:\/\//iu;
/** The sources under a story: "Source: Al Jazeera and news agencies". */
const SOURCE_LABEL = /^sources?\s*:\s*[^.!?]{2,60}$/iu;
/** An outlet's pitch: "Get our breaking news email, free app or daily news podcast". */
const GET_OUR_PITCH = /^get (?:our|the) [^.]{0,60}\b(?:e-?mail|newsletter|app|podcast|alerts?)\b/iu;
/** An archive's warning: "This article is more than 2 years old". */
const ARTICLE_AGE =
  /^this (?:article|story|report) is (?:more|over) than \d+ (?:days?|weeks?|months?|years?) old\.?$/iu;
/** A share button under a live blog's entry or a paragraph: "Share this update", "Share this paragraph". */
const SHARE_PROMPT = /^share (?:this|the) (?:update|post|entry|paragraph|article|story|page|quote)$/iu;
/**
 * A correction's note: "Correction (4 February): An earlier version of this article gave …",
 * "Correction, 3 February: An earlier version …", "CORRECTION: This story corrects the spelling
 * of …", "Correction: This article was amended on 3 February 2026.".
 */
const CORRECTION_NOTE =
  /^(?:correction(?:\s*\([^)]{1,30}\)|,\s*[^:,.]{1,30})?\s*:\s*(?:an? (?:earlier|previous) version|this (?:story|article|explainer|report|version) (?:corrects|(?:was|has been) (?:amended|corrected|updated)))|this (?:story|article|report) corrects (?:paragraph|the (?:spelling|name|number|date|figure|headline))s?)\b/iu;
/**
 * A picture's caption or a video's label set in brackets by the page's text ("[Picture: FREE AT
 * LAST: … ]", "[Image caption: …]", "[Video, 1:42] Watch: …"), or a bracketed line of the page's
 * own ("[Empty departure gates at Kessling Airport on Friday …]"): no reporting is set in brackets.
 */
const BRACKETED_CAPTION =
  /^\[(?:(?:(?:image|photo|pic(?:ture)?|video)\s+caption|photos?|pictures?|pics?|images?|videos?|maps?|illustrations?|graphics?|gallery|infographic)\b[^\]]*\]|[^\]]*\]$)/iu;
const EMBEDDED_CREDIT = /\b(?:photo|image|фото)\s*:\s*\S/iu;
const IMAGE_DESCRIPTION =
  /^(?:\S+\s+){0,2}(?:photo|image|picture|map|illustration|infographic|screenshot|video)s?\s+(?:of|shows|showing)\b/iu;
const BREADCRUMB = /^(?:your position|you are here)\b|\S\s*[>»›]\s*\S[^>»›]*[>»›]/iu;
const GUILLEMET_QUOTE = /«[^«»]*»/gu;
/** "News › Politics": one section path step, a few words either side. */
const SECTION_PATH = /^[^>»›/.!?]{1,25}\s[>»›/]\s[^>»›/.!?]{1,25}$/u;
/**
 * A live blog speaking about itself: its sign-off ("That's all from our live coverage for today.
 * Thanks for following", "Live updates paused. We have stopped our live coverage for today") or a
 * promise of what is to come ("We'll bring you the key lines"). A live
 * blog runs newest first, so its sign-off opens the page and must not end the article.
 */
const LIVE_BLOG_HOUSEKEEPING =
  /\blive (?:updates|coverage|blog) (?:(?:is|are|has|have) )?(?:paused|ended|closed)\b|\bwe have (?:stopped|paused|ended|closed) (?:our|this) live\b|\bthanks? (?:you )?for (?:following|reading|joining)\b|\b(?:we['’]ll|we will) (?:bring you|keep you (?:posted|updated)|be back)\b|\bhere['’]s a (?:recap|round-?up|summary) of\b/iu;
/**
 * A live blog's greeting, when it is the whole line and one clause ("Good morning and welcome to
 * our live coverage of the crisis in and around Hadra.", "… in Drumholt, Carvelia.", "… welcome back
 * to our live coverage. Here's where things stand.", "… Stay with us."; not "…, in which nine people
 * died.").
 */
const LIVE_BLOG_WELCOME =
  /^(?:good (?:morning|afternoon|evening)(?:,| and)? )?welcome (?:back )?to (?:our|the|this) (?:live|rolling)\b(?:[^,;.!?]|,\s\p{Lu}\p{L}+(?=[,.!?]))*[.!?](?:\s+(?:stay with us|here['’]s where things stand|here['’]s the latest)[.!:]?)?$/iu;
/** A note on where the article first ran ("This article was originally published …"). */
const REPUBLISHED =
  /^this (?:article|story) (?:was |first )*(?:originally |first )?(?:published|appeared)\b/iu;
/**
 * A note on the text itself: "Editor's note: This explainer was updated …", "This story has been
 * updated to add …", "This story is developing and will be updated", "This summary was generated
 * by an automated tool", "Updated 4 Feb, 16:40: This article has been updated with …", the page's
 * "Meta description: …" (its first paragraph again, cut short). A
 * correction stays reporting: it states what is so ("It will last 30 days").
 */
const EDITORS_NOTE =
  /^(?:editor['’]s note|meta description|description)(?:,[^:]{1,20})?\s*:|^(?:updated\b.{0,30}?:\s*)?this (?:story|article|report|summary|explainer) (?:has been|was|is) (?:updated|corrected|amended|developing|generated)\b/iu;
/**
 * A story's pages and the prompts between them: "Page 1 of 2 | Next page ›", "Story continues
 * below advertisement".
 */
const PAGE_OF = /^page \d+ of \d+\b/iu;
const PAGINATION = new RegExp(
  String.raw`${PAGE_OF.source}|\b(?:next|previous) page\b|^(?:story|article) continues below\b|^continue reading(?: below)?\b`,
  'iu',
);
/** A subheading that labels a quote: 'Interview: "I was told the cracks were cosmetic"', 'Q&A: "…"'. */
const QUOTED_HEADING = /^[\p{L}&]{1,12}:\s*["“«][^"“”«»]+["”»]$/u;
/** A site's weather widget: "Weather: Tresk 14°C, light rain". */
const WEATHER_WIDGET = /^weather\b.*\d\s*°/iu;
/** A site's prompt to sign in: "Sign in to personalize your feed", "Personalize your feed: …". */
const SIGN_IN_PROMPT = /^(?:sign|log) ?in to\b|^register to\b|^personali[sz]e your (?:feed|news)\b/iu;
/** A row of two or more buttons closing a line, in any language ("… [Prihvatam] [Odbijam] [Postavke]"). */
// A button may carry its label in two languages ("[Tout accepter / Accept all]").
const BUTTON_ROW = /(?:\[\p{L}[^\]]{0,24}(?:\s\/\s[^\]]{1,30})?\]\s*){2,}$/u;
/** An advert's line closed by its one button: "Fares from 39 marks. [Book now]", "… [Shop the range]". */
const CALL_TO_ACTION = /\s\[\s?\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,3}\s?\]$/u;
/** "Cookies" in the languages a translated page's banner may keep ("Dagvarde nyttar kakor for …"). */
const FOREIGN_COOKIES =
  /(?:^|[\s(])(?:kakor|kaker|informasjonskapsler|evästeet|sütik|ciasteczka|kolačić\p{L}*|kolačk\p{L}*|kolach\p{L}*|piškotk\p{L}*|sušenk\p{L}*|Cookies)(?=[\s),.:;]|$)/u;
/** A cookie wall's demand: "You must choose an option to continue to the content." */
const CONSENT_DEMAND =
  /^you (?:must|need to|have to) (?:choose|select|accept|make a choice)\b.*\b(?:continue|proceed)\b/iu;
/** A forwarded newsletter's envelope: "---------- Forwarded message ---------", "Subject: …", "View in browser". */
const EMAIL_ENVELOPE =
  /^(?:-{2,}\s*forwarded message\s*-{2,}|(?:from|to|cc|sent|subject):\s|view (?:this (?:email|newsletter) )?in (?:your )?browser$|having trouble (?:reading|viewing|seeing) this (?:email|newsletter)|in this (?:issue|edition):)/iu;
/** An accessible page's jump links: "Skip to main content", "Back to top". */
const SKIP_LINK = /^(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|back to top)\b/iu;
/**
 * A masthead's tagline: "Serving Karsvik and the North Coast since 1921", "Est. 1911", a
 * newsletter's "Your five-minute briefing from across the Dravenian press".
 */
const MASTHEAD_TAGLINE =
  /^(?:(?:serving|covering|proudly serving|independent|trusted|your|the voice of)\b.*\bsince (?:1[6-9]|20)\d\d|est(?:ablished|\.)? (?:in )?(?:1[6-9]|20)\d\d|your (?:daily |weekly |morning |evening |[\p{L}\d]+-minute )+(?:briefing|digest|news)\b.*)\.?$/iu;
/** A news app's share frame: "Shared from the NewsPulse app", "Open in app ›", "Get the app". */
const APP_SHARE =
  /^(?:shared (?:from|via|with) (?:the )?.{1,40}\bapp|open in (?:the )?app|(?:get|download) the app)\b/iu;
/** A quote set in a box under its label: 'Pull quote: "A vote can be void in law …"'. */
const PULL_QUOTE_LABEL = /^pull ?quote\s*:/iu;
/**
 * A line listing the story's sources: "Sources: Nordmaar Electoral Board, Government of Calvera."
 * (Not a "Source: RIA Novosti, citing …" line, which says whom the story's report comes from.)
 */
const SOURCES_LINE = /^sources\s*:\s*[^.!?;:]{2,80}(?:,\s*[^.!?;:,]{2,80}){0,8}\.?$/iu;
/**
 * The site's furniture that never ends the story, in the order it is tried, each with the most
 * words a line of it has: [pattern, most words, reason].
 */
const SITE_FURNITURE: Array<[RegExp, number, string]> = [
  [SIGN_IN_PROMPT, 14, 'navigation'],
  [APP_SHARE, 10, 'navigation'],
  [EMAIL_ENVELOPE, 30, 'navigation'],
  [SKIP_LINK, 6, 'navigation'],
  [BUTTON_ROW, 45, 'navigation'],
  [CALL_TO_ACTION, 40, 'advert'],
  [CONSENT_DEMAND, 20, 'consent banner'],
  [FOREIGN_COOKIES, 40, 'consent banner'],
  [MASTHEAD_TAGLINE, 14, 'navigation'],
  [WEATHER_WIDGET, 10, 'navigation'],
  [TRANSCRIPT_LABEL, 12, 'video'],
  [COMMENTS_CLOSED, 10, 'navigation'],
  [POST_HANDLE, 3, 'embedded post'],
  [PLAYER_NOTICE, 30, 'video'],
  // "The day's essential news from Hafnstad and the world, in your inbox at 7am. Enter your email [ Sign up ]"
  [INBOX_PITCH, 24, 'subscribe'],
  [UPDATE_NOTE, 40, 'notice'],
  [CORRECTION_NOTE, 60, 'notice'],
  [PULL_QUOTE_LABEL, 60, 'pull quote'],
  [SOURCES_LINE, 40, 'source list'],
  [SHARE_PROMPT, 4, 'navigation'],
  [CAPTION_LABEL, 60, 'caption'],
  [CAROUSEL_CAPTION, 80, 'caption'],
  [AGENCY_PHOTO_CREDIT, 80, 'caption'],
  [CONTRIBUTED, 25, 'credit'],
  [REPORTER_INITIALS, 8, 'credit'],
  [AUDIO_PLAYER, 30, 'audio'],
  [COVERAGE_LINK, 30, 'navigation'],
  [SOURCE_LABEL, 10, 'credit'],
  [GET_OUR_PITCH, 16, 'subscribe'],
  [ARTICLE_AGE, 12, 'notice'],
  [ADVICE_DISCLAIMER, 40, 'notice'],
  [SOURCE_FOOTNOTE, 20, 'source list'],
  [DATED_SOURCE, 45, 'source list'],
  [KIND_SOURCE_HEADLINE, 40, 'source list'],
];
/** A photo credit closing a caption ("… (AP Photo/X)"). */
const CLOSING_PHOTO_CREDIT =
  /\((?:[^()]*\b(?:photo|photograph|getty images|shutterstock|pool)\b[^()]*|(?:AP|AFP|EPA|Reuters)\s*\/[^()]*)\)\s*$/iu;
/** A shopping site's disclosure ("This article contains affiliate links … may earn a commission"). */
const AFFILIATE = /\baffiliate links?\b|\bmay earn (?:a )?commission\b/iu;
/** A columnist's bio by what they write: "Malin Ostergaard writes about technology. Her book …". */
const WRITES_ABOUT_BIO =
  /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:writes|reports) (?:about|on) [^.]*\.\s+(?:Her|His|Their|She|He|They) /u;
/** A paywall's notes inside the story ("You have read 3 of your 3 free articles", "Already a subscriber?"). */
const PAYWALL =
  /\b(?:free articles?|unlimited access|subscribers? only|to continue reading|already a subscriber|subscribe to read)\b|^keep reading\b/iu;
/**
 * The line under a block quote that names its speaker: "— Goran Lukač, spokesman for the
 * supporters", or with a hyphen and the speaker's post: "- Ivo Radanek, chief executive, Velmar Air".
 */
const SPEAKER = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
/** A box's quote with its speaker after a dash: '"Tomas is a journalist." – Ingrid Solvang, Hafnposten'. */
const BOXED_QUOTE = new RegExp(
  String.raw`^["“«„][^"“”«»]{10,}["”»“]\s*[–—-]\s*${SPEAKER}(?:,\s*[^.!?"“”]*)?$`,
  'u',
);
const QUOTE_ATTRIBUTION = new RegExp(
  String.raw`^\|?\s*(?:[—–]\s*${SPEAKER}(?:,\s*[^.!?]*)?|-\s*${SPEAKER},\s*[^.!?]*)$`,
  'u',
);
/**
 * An aggregator's source, an outlet and its quoted headline: '- VBC News: "Ardenia ceasefire: …
 * agree truce"', a footnote's '[2] RTC News: "…", March 3', or with no bullet 'The Klaxon – "WALL
 * OF DEATH"' (a dash, never a colon: 'Haiat wrote: "…"' is a quote).
 */
const SOURCE_LIST_ITEM =
  /^(?:(?:[-–—»►▸▶•]|>>|\[\d{1,2}\])\s+[^:"“”]{2,60}:|[^:"“”–—]{2,60}\s[–—])\s*["“«].*["”»](?:,\s*[^"“”,]{1,30})?$/u;
/** A list item ("- Tolmund Post: Marrick airport IT failure – as it happened") that is no sentence. */
const LIST_ITEM = /^(?:[-–—»►▸▶]|>>)\s/u;
/** A row of short links ("Share on Facebook | Share on X | Copy link", "Podcasts    [Log in] [Subscribe]"). */
const LINK_ROW_SEPARATOR = /\s[|·]\s|\s{3,}|(?<=\])\s+(?=\[)/u;
function isLinkRow(text: string): boolean {
  const parts = text.split(LINK_ROW_SEPARATOR);
  return parts.length >= 3 && parts.every((part) => wordsOf(part).length <= 5) && !hasSentenceEnd(text);
}
/** A wire story's credit line: "(Reporting by … in Drovny; editing by …)". */
const WIRE_CREDIT = /^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b/iu;
/**
 * A columnist's bio under the column: "… The views expressed are his own.", "*The author served on
 * the agency's advisory board … no current financial ties …*".
 */
const AUTHOR_BIO =
  /\bthe (?:views|opinions) expressed (?:here |in this \p{L}+ )?are (?:his|her|their|the author's|the writer's) own\b|^\*?the (?:author|writer) (?:is|was|has|holds|served|works|worked|declares|sits)\b.*\b(?:ties|interests?|shares|stake|financial|advisory|board|member)\b/iu;
/** The writer's bio: "Nadia Ferro is the Morning Standard's science editor." (the outlet's, not a source's). */
const WRITER_BIO =
  /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}is (?:the |a |an )?(?:\p{Lu}[\p{L}]* ){0,3}\p{Lu}[\p{L}]*['’]s (?:[\p{L}-]+ ){0,2}(?:editor|correspondent|columnist|reporter|writer)\b[^.]*\.\s+(?:[Ss]he|[Hh]e|[Tt]hey) (?:has|have|is|was|writes|covers|joined)\b/u;
/** The wire services' standards notice under each story ("Our Standards: The … Trust Principles."). */
const STANDARDS_NOTICE = /^our (?:standards|editorial (?:standards|principles))\b/iu;
const WELCOME = /^welcome to\b/iu;
const MENU_ENTRY =
  /^(?:all sections|news category|live chat|menu|search|home|share|print|(?:reader |readers['’] |user )?comments?(?:\s*\(\d[\d,.]*\))?|log ?in|sign (?:in|up)|contact us|about us)$/iu;
const BARE_LABEL = /^\p{L}[\p{L}\s]{0,30}:$/u;
/** "All rights reserved" as sites in our languages write it (a copyright line anywhere in it). */
export const RIGHTS_RESERVED =
  /(?<!\p{L})(?:all rights reserved|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechte vorbehalten|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены|усі права захищені|всі права захищені|všechna práva vyhrazena|toate drepturile rezervate|alla rättigheter förbehållna|tüm hakları saklıdır)(?!\p{L})/iu;
/** At a line's start, or "© 2026" after a footer's row of links ("About   Help   © 2026 NewsPulse"). */
const COPYRIGHT = new RegExp(
  String.raw`^(?:©|\(c\)\s*\d{4}|copyright\b)|\s©\s?(?:19|20)\d{2}\b|${RIGHTS_RESERVED.source}`,
  'iu',
);
/** A cookie or consent banner speaks to the reader about the site ("We use cookies", "By using our services"). */
const CONSENT_TOPIC = /\b(?:cookies?|consent|your privacy|your device|personal data)\b/iu;
/**
 * A banner's notice runs to two or three sentences: "We and our 912 partners store and/or access
 * information on a device, such as cookies, … You can change your choices at any time …" (52 words).
 */
const CONSENT_MOST_WORDS = 60;
const CONSENT_VOICE =
  /\b(?:we|our|(?:this|the) (?:site|website|page)|you agree|with your permission|your (?:experience|consent|browsing|privacy|preferences|feed|device))\b|\buses\b[^.]{0,40}\bcookies\b|\[(?:got it|accept(?: all)?|allow(?: all)?|reject(?: all)?|necessary only|ok|agree|i agree)\]|(?<!\p{L})(?:nous (?:et nos|utilisons)|wir (?:und unsere|verwenden|nutzen|setzen)|utilizamos|usamos|utilizziamo|usiamo|noi e i nostri|używamy|wij gebruiken|мы используем|ми використовуємо|používáme|folosim|vi använder|kullanıyoruz)(?!\p{L})/iu;

/** A line that starts like an item of a list ("- …", "— …", "» …", ">> …"). */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

/** A line of a box drawn in text, between its side bars ("| Medical disclaimer   |"). */
const DRAWN_BOX_LINE = /^\|.*\|$/u;

/** Classifies a trimmed line as chrome, or returns null when it may be reporting. */
export function classifyChrome(text: string): ChromeMatch | null {
  const words = wordsOf(text);
  const count = words.length;
  // A rule of dashes or stars ("- - - - -", "* * *") sets a box apart; the story goes on after it.
  if (!/[\p{L}\p{N}]/u.test(text)) return { reason: 'separator', endsBody: false };
  if (DRAWN_BOX_LINE.test(text)) return { reason: 'box', endsBody: false };
  if (ADVERTISEMENT.test(text) || (LABELLED_AD.test(text) && count <= 30))
    return { reason: 'advertisement', endsBody: false };
  if (MACHINE_WRITTEN.test(text) && count <= 30) return { reason: 'notice', endsBody: false };
  if (COPYRIGHT.test(text) && count <= 30) return { reason: 'copyright', endsBody: true };
  if (count <= CONSENT_MOST_WORDS && CONSENT_TOPIC.test(text) && CONSENT_VOICE.test(text)) {
    return { reason: 'consent banner', endsBody: false };
  }
  if (COUNTER.test(text) && count <= 8) return { reason: 'counter', endsBody: true };
  const subscribeHits = text.match(SUBSCRIBE_WORDS)?.length ?? 0;
  const toReader = TO_THE_READER.test(text);
  const appeal =
    subscribeHits >= 2 ||
    (subscribeHits > 0 && count <= 12 && (toReader || APPEAL_VERB_FIRST.test(text))) ||
    // "Support UP or become our patron!", a bare "Support" button; not "Support for the plan grew."
    (/^support\b/iu.test(text) && count <= 8 && (toReader || !/\.$/u.test(text)));
  if (appeal) {
    return { reason: 'subscribe', endsBody: true };
  }
  // A longer one that opens with its verb and speaks to the reader ("Subscribe to our channel in
  // Telegram — all the most important news of Valdoria first!") is dropped; a paywall box mid-story
  // says as much ("Subscribe to … for unlimited access to our journalism"), so it ends nothing.
  if (subscribeHits > 0 && count <= 20 && toReader && APPEAL_VERB_FIRST.test(text))
    return { reason: 'subscribe', endsBody: false };
  if (SUBSCRIPTION_PRICE.test(text) && count <= 20) return { reason: 'subscribe', endsBody: false };
  if (TAGS.test(text) && count <= 12) return { reason: 'tags', endsBody: true };
  if (INLINE_TEASER.test(text) && count <= 40) return { reason: 'teaser', endsBody: false };
  if (TIP_APPEAL.test(text) && count <= 30) return { reason: 'appeal', endsBody: false };
  if (LIST_MARKER.test(text) && count <= 6 && !/[.!?]$/u.test(text)) {
    return { reason: 'headline list', endsBody: true };
  }
  if (PHOTO_CREDIT.test(text) && count <= 8) return { reason: 'photo credit', endsBody: false };
  if (MAP_CAPTION.test(text) && count <= 30) return { reason: 'caption', endsBody: false };
  if (BRACKETED_CAPTION.test(text) && count <= 60) return { reason: 'caption', endsBody: false };
  if (VIDEO_ITEM.test(text) && count <= 30) return { reason: 'video', endsBody: false };
  if (TRANSCRIPT_LINE.test(text)) return { reason: 'video', endsBody: false };
  if (EMBEDDED_CREDIT.test(text) && count <= 25) return { reason: 'caption', endsBody: false };
  if (IMAGE_DESCRIPTION.test(text) && count <= 14 && !hasSentenceEnd(text)) {
    return { reason: 'caption', endsBody: false };
  }
  if (STANDARDS_NOTICE.test(text) && count <= 12) return { reason: 'notice', endsBody: true };
  if (REPUBLISHED.test(text) && count <= 30) return { reason: 'notice', endsBody: false };
  if (EDITORS_NOTE.test(text) && count <= 60) return { reason: 'notice', endsBody: false };
  for (const [pattern, most, reason] of SITE_FURNITURE)
    if (count <= most && pattern.test(text)) return { reason, endsBody: false };
  // "Page 1 of 2 | Next page: What the crisis means for savers »" names the next page's title.
  if (PAGINATION.test(text) && (count <= 12 || (PAGE_OF.test(text) && count <= 30)))
    return { reason: 'navigation', endsBody: false };
  if (QUOTED_HEADING.test(text) && count <= 12) return { reason: 'subheading', endsBody: false };
  if (PAYWALL.test(text) && count <= 40) return { reason: 'paywall', endsBody: false };
  if (AFFILIATE.test(text) && count <= 40) return { reason: 'notice', endsBody: false };
  if (WRITES_ABOUT_BIO.test(text) && count <= 60) return { reason: 'author bio', endsBody: true };
  if (QUOTE_ATTRIBUTION.test(text) && count <= 15) return { reason: 'attribution', endsBody: false };
  if (BOXED_QUOTE.test(text) && count <= 60) return { reason: 'pull quote', endsBody: false };
  if (LIST_ITEM.test(text) && !hasSentenceEnd(text)) return { reason: 'headline list', endsBody: true };
  if (SOURCE_LIST_ITEM.test(text) && count <= 40) return { reason: 'source list', endsBody: false };
  if (isLinkRow(text)) return { reason: 'navigation', endsBody: false };
  if (CLOSING_PHOTO_CREDIT.test(text) && count <= 45) return { reason: 'caption', endsBody: false };
  if ((LIVE_BLOG_HOUSEKEEPING.test(text) && count <= 40) || LIVE_BLOG_WELCOME.test(text))
    return { reason: 'live blog notice', endsBody: false };
  if (WIRE_CREDIT.test(text) && count <= 40) return { reason: 'credit', endsBody: false };
  if ((AUTHOR_BIO.test(text) || WRITER_BIO.test(text)) && count <= 60)
    return { reason: 'author bio', endsBody: true };
  if (
    // A «quote» closes with the » a breadcrumb steps by ("«не під загрозою». … «над законом».").
    BREADCRUMB.test(text.replace(GUILLEMET_QUOTE, '""')) ||
    (SECTION_PATH.test(text) && count <= 6) ||
    (WELCOME.test(text) && count <= 10)
  ) {
    return { reason: 'navigation', endsBody: false };
  }
  if (MENU_ENTRY.test(text)) return { reason: 'navigation', endsBody: true };
  if (BARE_LABEL.test(text) && count <= 3) return { reason: 'label', endsBody: false };
  return null;
}

/** A short line ending in ':' that introduces what follows ("As X wrote earlier:"). */
export function isLeadInLabel(text: string): boolean {
  return /:$/u.test(text) && wordsOf(text).length <= 8;
}
