/**
 * Traditional Chinese characters (Hong Kong, Taiwan) folded to their Simplified forms, for the
 * characters that transcribe foreign names (哈瑪斯 Hamas, 羅 ro) and the news words and names the
 * lexicon and exonyms list in Simplified (俄羅斯 Russia, 驅逐 expel, 聯合國 UN). One character to one
 * character, so offsets are kept. Data only; cost O(1) per character.
 */
const PAIRS =
  '鮑鲍 貝贝 賓宾 濱滨 車车 徹彻 達达 鄧邓 費费 馮冯 豐丰 蓋盖 岡冈 貢贡 漢汉 華华 濟济 賈贾 堅坚 傑杰 凱凯 庫库 誇夸 闊阔 臘腊 萊莱 賴赖 蘭兰 勞劳 麗丽 連连 龍龙 盧卢 魯鲁 羅罗 馬马 瑪玛 麥麦 邁迈 門门 繆缪 納纳 寧宁 紐纽 農农 諾诺 歐欧 鷗鸥 龐庞 齊齐 喬乔 欽钦 瓊琼 榮荣 薩萨 賽赛 紹绍 謝谢 聖圣 絲丝 蘇苏 湯汤 圖图 韋韦 維维 溫温 烏乌 錫锡 蕭萧 許许 遜逊 亞亚 婭娅 揚扬 楊杨 葉叶 約约 澤泽 茲兹 爾尔 愛爱 奧奥 ' +
  '國国 聯联 軍军 戰战 談谈 議议 會会 見见 員员 長长 發发 總总 統统 對对 關关 東东 區区 宮宫 團团 導导 領领 務务 訪访 問问 驅驱 擊击 殺杀 綁绑 質质 釋释 離离 協协 請请 織织 權权 臺台 灣湾 斷断 鬥斗 衝冲 傷伤 亂乱 譴谴 責责 稱称 嚴严 厲厉 爭争';

let table: Map<string, string> | null = null;

/** Traditional character → its Simplified form. */
export function traditionalToSimplified(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const pair of PAIRS.split(' ')) {
      const [traditional, simplified] = [...pair];
      if (traditional && simplified) table.set(traditional, simplified);
    }
  }
  return table;
}

/** Kana: Japanese writes many kanji as Traditional Chinese does (外務省), and is listed so. */
const KANA = /[\u3040-\u30ff]/u;
const HAN = /[\u4e00-\u9fff]/u;

/** Chinese text (Han without kana) written Simplified; any other text as it is. */
export function chineseAsSimplified(text: string): string {
  return HAN.test(text) && !KANA.test(text) ? simplifiedHan(text) : text;
}

/** The text with Traditional characters written Simplified (same length, same offsets). */
export function simplifiedHan(text: string): string {
  const map = traditionalToSimplified();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
