/**
 * The Chinese characters used to transcribe foreign names (the Xinhua transcription tables use a
 * few hundred), with the sound each stands for in a name. Written for transcriptions, not
 * Mandarin: 乌/武 are a vowel (乌克兰 Ukraine), 瓦/娃/维 a v (扎哈罗娃 Zakharova), 尔 an r
 * (马尔祖克 Marzouk). Characters that are mostly grammar (的, 了, 在, 和, 以) are left out, so a
 * run of these characters is very likely a transcribed name. Used by script-sounds.ts.
 */
import { traditionalToSimplified } from './han-traditional';

const TABLE = `
阿a 埃ai 艾ai 爱ai 安an 昂ang 奥ao 澳ao
巴ba 拜bai 班ban 邦bang 保bao 鲍bao 贝bei 比bi 彼bi 宾bin 滨bin 波bo 玻bo 伯bo 博bo 布bu 
采cai 蔡cai 查cha 察cha 柴chai 昌chang 车che 彻che 池chi 赤chi 楚chu 茨ci 慈ci 崔cui 策ce
达da 戴dai 丹dan 德de 登deng 邓deng 迪di 狄di 蒂di 帝di 丁ding 杜du 敦dun 顿dun 朵duo
厄e 恩en 尔er 
法fa 凡fan 梵fan 菲fei 费fei 芬fen 丰feng 冯feng 佛fo 弗fu 福fu 夫fu 伏fu 甫fu 富fu
盖gai 甘gan 冈gang 戈ge 哥ge 格ge 葛ge 根gen 贡gong 古gu 谷gu 瓜gua 圭gui 郭guo
哈ha 海hai 亥hai 汉han 罕han 杭hang 豪hao 浩hao 赫he 荷he 黑hei 亨heng 洪hong 侯hou 胡hu 华hua 惠hui 霍huo
基ji 吉ji 季ji 济ji 加jia 佳jia 贾jia 坚jian 姜jiang 杰jie 捷jie 金jin 津jin 京jing 居ju 君jun 俊jun
卡ka 凯ka 坎kan 康kang 考kao 柯ke 科ke 克ke 肯ken 孔kong 库ku 夸kua 奎kui 昆kun 阔kuo
拉la 腊la 莱lai 赖lai 兰lan 朗lang 劳lao 勒le 雷lei 蕾lei 累lei 黎li 里li 利li 莉li 丽li 连lian 良liang 列lie 林lin 琳lin 凌ling 灵ling 留liu 柳liu 龙long 隆long 卢lu 鲁lu 路lu 露lu 陆lu 伦lun 仑lun 罗luo 洛luo 络luo
马ma 玛ma 麦mai 迈mai 曼man 蔓man 芒mang 毛mao 茂mao 梅mei 媚mei 门men 蒙meng 孟meng 米mi 密mi 敏min 缪miu 莫mo 默mo 墨mo 姆mu 穆mu 慕mu
纳na 娜na 奈nai 耐nai 南nan 楠nan 瑙nao 内nei 妮ni 尼ni 倪ni 涅nie 宁ning 纽niu 农nong 努nu 诺nuo
欧ou 鸥ou
帕pa 派pai 潘pan 庞pang 培pei 佩pei 彭peng 蓬peng 皮pi 匹pi 珀po 坡po 普pu 浦pu
奇qi 齐qi 契qi 琪qi 恰qia 乔qiao 切qie 钦qin 琴qin 琼qiong 丘qiu 秋qiu
荣zhong 茹zhu 瑞zhui 若zhuo
萨sa 赛sai 桑sang 瑟se 森sen 沙sha 莎sha 尚shang 绍shao 舍she 谢xie 申shen 圣sheng 施shi 什shi 史shi 舒shu 斯si 丝si 思si 松song 宋song 苏su 索suo
塔ta 泰tai 太tai 坦tan 谭tan 汤tang 唐tang 陶tao 特te 滕teng 提ti 蒂di 廷ting 婷ting 图tu 托tuo 陀tuo
瓦va 娃va 旺vang 威vei 韦vei 维vei 温ven 沃vo 乌u 武u 伍u
西xi 希xi 锡xi 茜xi 夏xia 仙xian 香xiang 肖xiao 萧xiao 辛xin 欣xin 休xiu 修xiu 徐xu 许xu 薛xue 逊xun
雅ya 亚ya 娅ya 扬yang 杨yang 耶ye 叶ye 伊yi 依yi 英ying 尤you 宇yu 玉yu 约yue 云yun
泽ze 扎za 札za 詹zhan 章zhang 哲zhe 珍zhen 芝zhi 朱zhu 卓zhuo 兹zi 祖zu 佐zuo
`;

let parsed: Map<string, string> | null = null;

/** Character → the Latin sounds it transcribes ("斯" → "si"). */
export function hanTranscriptions(): Map<string, string> {
  if (!parsed) {
    parsed = new Map();
    for (const entry of TABLE.split(/\s+/)) {
      const char = entry.slice(0, 1);
      if (char && !parsed.has(char)) parsed.set(char, entry.slice(1));
    }
    // Hong Kong and Taiwan write the same sounds in Traditional characters (哈瑪斯, 扎哈羅娃).
    for (const [traditional, simplified] of traditionalToSimplified()) {
      const sound = parsed.get(simplified);
      if (sound !== undefined && !parsed.has(traditional)) parsed.set(traditional, sound);
    }
  }
  return parsed;
}
