import { z } from 'zod';
import { ADD_REPORT_WORDS } from '../lang/zh/add-report-words.js';
import { isDirectMessageChannel, isHumanMessage, MessageEventSchema } from './payloads.js';

/**
 * Which direct messages ask the bot to add a report: a message sharing files, or a message with a
 * web address and an "add" word ("添加 https://…", "add <https://…>"). Everything else is a question.
 */

/**
 * The types `addToCorpus` reads (its SUPPORTED_EXTENSIONS; a test keeps the two equal), named here
 * so the Slack process checks a file before downloading it without loading the ingest pipeline.
 */
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.text', '.html', '.htm', '.pdf', '.docx'];

/** Slack sends at most 10 files a message; more is not a share from a person. */
export const MAX_FILES_PER_MESSAGE = 10;

/**
 * A shared file as the message event names it. Slack Connect shares carry only the id
 * (`file_access: "check_file_info"`), so only the id is relied on; files.info gives the rest.
 */
const SharedFileSchema = z.object({ id: z.string().regex(/^F[A-Z0-9]+$/), name: z.string().optional() });

/** A direct message as the message listener reads it, with the files it shares. */
export const AddMessageSchema = MessageEventSchema.extend({ files: z.array(z.unknown()).optional() });
export type AddMessage = z.infer<typeof AddMessageSchema>;

export type AddReportRequest = { kind: 'files'; files: Array<{ id: string; name?: string }> } | { kind: 'url'; url: string };

/** A message in a DM with the bot, written by a person. */
export function isPersonInDirectMessage(m: AddMessage): m is AddMessage & { user: string } {
  const inDm = m.channel_type === 'im' || (m.channel_type === undefined && isDirectMessageChannel(m.channel));
  return inDm && isHumanMessage(m) && m.user !== undefined;
}

/** The first http(s) link of Slack's encoded text: `<https://…>`, `<https://…|label>` or a bare one. */
export function linkIn(text: string): string | undefined {
  const wrapped = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(text)?.[1];
  const bare = wrapped ?? /(?:^|\s)(https?:\/\/[^\s<>]+)/i.exec(text)?.[1];
  return bare?.replace(/&amp;/g, '&');
}

/** A file that may be a report: a type the corpus reads, or a name Slack did not send. */
function mayBeReport(file: { name?: string }): boolean {
  if (file.name === undefined) return true;
  const extension = /\.[^.]+$/.exec(file.name)?.[0]?.toLowerCase() ?? '';
  return REPORT_EXTENSIONS.includes(extension);
}

/**
 * What a DM asks to add, or null when it is a question. Files are a request when one of them may be
 * a report, or when nothing else was written (or an add word was): a screenshot sent with a
 * question stays a question. A link is a request only beside an add word.
 */
export function addRequestOf(m: AddMessage, plainText: string): AddReportRequest | null {
  const text = m.text ?? '';
  const withoutLinks = text.replace(/<[^>]*>|https?:\/\/\S+/gi, ' ');
  const saysAdd = ADD_REPORT_WORDS.some((word) => word.test(withoutLinks));
  const files = (m.files ?? []).flatMap((f) => {
    const parsed = SharedFileSchema.safeParse(f);
    return parsed.success ? [parsed.data] : [];
  });
  if (files.length > 0 && (files.some(mayBeReport) || plainText === '' || saysAdd))
    return { kind: 'files', files: files.slice(0, MAX_FILES_PER_MESSAGE) };
  if (files.length > 0) return null;
  const url = linkIn(text);
  return url !== undefined && saysAdd ? { kind: 'url', url } : null;
}
