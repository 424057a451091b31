export type Lang = 'zh' | 'en';

/** Replies follow the asker's script: any Han character means Chinese, otherwise English. */
export function languageOf(text: string): Lang {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}
