import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | null = null;

/**
 * Traditional characters as the simplified ones the reports print ("錢塘區" → "钱塘区"), by OpenCC's
 * tables; simplified text passes through unchanged. Built on first use (about 15 ms).
 */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}
