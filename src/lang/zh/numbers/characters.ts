/** Character tests and the width folding the number scanner reads text through. */

export const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
export const isFullwidthDigit = (c: string | undefined): boolean => c !== undefined && c >= '０' && c <= '９';

/**
 * Full-width ASCII forms to ASCII, one UTF-16 unit for one, so offsets in the result are offsets in
 * the input. (NFKC would also do this but changes lengths, e.g. ㎡ → m2.)
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code === 0x2212) out += '-';
    else if (code === 0xfe6a) out += '%';
    else if (code === 0xffe5) out += '¥';
    // The ratio sign of "三次产业比重为4.0∶37.7∶58.3" is a colon as the ratio reader reads it.
    else if (code === 0x2236) out += ':';
    else out += text[i];
  }
  return out;
}
