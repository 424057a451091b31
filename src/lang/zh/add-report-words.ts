/**
 * Words that turn a direct message carrying a link into a request to add the page to the corpus
 * ("添加 https://…", "add <https://…>"); without one, a message with a link is a question.
 */
export const ADD_REPORT_WORDS: readonly RegExp[] = [/添加|加入|收录|导入/, /\badd\b/i];
