/**
 * How indicator names end. Lists such as "城镇和农村居民人均可支配收入" share one tail among
 * their items; an item that already ends like an indicator ("地区生产总值") takes none.
 */

/** Shared tails in "城镇和农村居民人均可支配收入" lists; longest first. */
export const SHARED_SUFFIXES: readonly string[] = [
  '居民人均可支配收入',
  '人均可支配收入',
  '可支配收入',
  '死亡人数',
  '产业规模',
  '增加值',
  '总产值',
  '营业收入',
  '产值',
  '收入',
  '投资',
  '规模',
  '数量',
  '总额',
  '人数',
  '比重',
  '增速',
  '产业',
  // "家电、新能源汽车零售额分别增长": 家电零售额, not a head cut to the last item's length (家电源汽车零售额).
  '零售额',
  '销售额',
  // "服务贸易、数字贸易、跨境电商出口分别增长6%、8%、20%": each item's export (数字贸易出口), as the rates are.
  '出口',
].sort((a, b) => b.length - a.length);

/** An item that already ends like an indicator ("地区生产总值") takes no shared tail. */
export const INDICATOR_ENDING = /[值额量数率入资重模积长速价]$/;

/**
 * Shared tails that make a rate of each item, so an item ending like an indicator takes them too: "园区规模工业增加值、
 * 税收增速分别高于全省2.2个和3.7个百分点" compares 园区规模工业增加值增速, not the 增加值 itself.
 */
export const RATE_TAILS: readonly string[] = ['增速', '增幅'];

/** An item that is an ordinal only ("第一、第三产业增加值"): it shares what the last item writes after its ordinal. */
export const ORDINAL_ITEM = /^第[一二三四五六七八九十]+/;
