export { loadSlackConfig, SlackConfigError } from './config.js';
export type { SlackConfig, SocketSlackConfig, HttpSlackConfig, SlackLogLevel } from './config.js';
export { startSlackApp } from './app.js';
export type { StartSlackOptions, SlackAppHandle } from './app.js';
export { renderAnswerBlocks, ACTION_SHOW_PASSAGES, ACTION_FEEDBACK_UP, ACTION_FEEDBACK_DOWN } from './render-answer.js';
export type { RenderOptions } from './render-answer.js';
export { renderPassagesView } from './render-passages.js';
export type { SlackBlock, SlackMessage, SlackView } from './block-kit.js';
export { escapeMrkdwn } from './mrkdwn.js';
