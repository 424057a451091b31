import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | null = null;

/**
 * Traditional characters as the simplified ones the reports print ("錢塘區" → "钱塘区"), by OpenCC's
 * standard traditional tables, which leave 著 as it is ("显著", "著力": the Taiwan tables make them
 * 显着, 着力). Built on first use (about 15 ms).
 */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}
