import { describe, expect, it } from 'vitest';
import { corpusFileName, tokenHosts } from '../../src/slack/add-report-download.js';
import { SUPPORTED_EXTENSIONS } from '../../src/ingest/add-to-corpus.js';
import { NO_TEXT_LAYER } from '../../src/ingest/formats/pdf.js';
import { addRequestOf, isPersonInDirectMessage, linkIn, REPORT_EXTENSIONS, type AddMessage } from '../../src/slack/add-report-request.js';
import { problemOfRefusal } from '../../src/slack/add-report-refusal.js';
import { loadSlackConfig, SlackConfigError } from '../../src/slack/config.js';

const dm = (fields: Partial<AddMessage>): AddMessage => ({
  type: 'message',
  channel: 'D0AB12',
  channel_type: 'im',
  ts: '1.1',
  user: 'U1',
  ...fields,
});
const request = (fields: Partial<AddMessage>, plain = '') => addRequestOf(dm(fields), plain);

describe('which DMs ask to add a report', () => {
  it('takes a shared report, or any file sent without words, as a request', () => {
    expect(request({ subtype: 'file_share', files: [{ id: 'F1', name: '报告.pdf' }] }, '钱塘区GDP？')).toEqual({
      kind: 'files',
      files: [{ id: 'F1', name: '报告.pdf' }],
    });
    expect(request({ subtype: 'file_share', files: [{ id: 'F2' }] }, '看看这个')).toEqual({ kind: 'files', files: [{ id: 'F2' }] });
    expect(request({ subtype: 'file_share', files: [{ id: 'F3', name: 'scan.png' }] })).toEqual({
      kind: 'files',
      files: [{ id: 'F3', name: 'scan.png' }],
    });
  });

  it('leaves a question sent with a screenshot to the question listeners', () => {
    expect(
      request({ subtype: 'file_share', files: [{ id: 'F3', name: 'scan.png' }], text: '这个图里的GDP是多少' }, '这个图里的GDP是多少'),
    ).toBeNull();
  });

  it('takes a link only beside an add word, not a word inside the link', () => {
    expect(request({ text: '添加 <https://gov.cn/a.html>' })).toEqual({ kind: 'url', url: 'https://gov.cn/a.html' });
    expect(request({ text: 'Add <https://gov.cn/a.html|the report>' })).toEqual({ kind: 'url', url: 'https://gov.cn/a.html' });
    expect(request({ text: '这个网页说了什么 <https://gov.cn/add.html>' })).toBeNull();
    expect(request({ text: 'what does the address <https://gov.cn/a.html> say' })).toBeNull();
    expect(request({ text: '添加一下钱塘区的报告' })).toBeNull();
  });

  it('reads the link as Slack encodes it', () => {
    expect(linkIn('添加 <https://gov.cn/a.jsp?id=1&amp;p=2>')).toBe('https://gov.cn/a.jsp?id=1&p=2');
    expect(linkIn('add http://127.0.0.1:8080/x.html please')).toBe('http://127.0.0.1:8080/x.html');
    expect(linkIn('<mailto:a@b.cn>')).toBeUndefined();
  });

  it('is about a person in a DM only', () => {
    expect(isPersonInDirectMessage(dm({}))).toBe(true);
    expect(isPersonInDirectMessage(dm({ channel_type: 'channel', channel: 'C0AB12' }))).toBe(false);
    expect(isPersonInDirectMessage(dm({ bot_id: 'B1' }))).toBe(false);
    expect(isPersonInDirectMessage(dm({ subtype: 'message_changed' }))).toBe(false);
  });
});

describe('the types and refusals of the folder', () => {
  it('are checked before downloading with the same list addToCorpus reads', () => {
    expect([...REPORT_EXTENSIONS].sort()).toEqual([...SUPPORTED_EXTENSIONS].sort());
  });

  it('are told apart in the reply', () => {
    expect(problemOfRefusal(`no sentences found in a.pdf (${NO_TEXT_LAYER})`, 10)).toEqual({ kind: 'noTextLayer' });
    expect(problemOfRefusal('too large (12 bytes, limit 10)', 10)).toEqual({ kind: 'tooLarge', bytes: 12, limit: 10 });
    expect(problemOfRefusal('too large (more than 10 bytes)', 10)).toEqual({ kind: 'tooLarge', bytes: null, limit: 10 });
    expect(problemOfRefusal('unsupported type ".xls" (supported: .txt)', 10)).toEqual({ kind: 'unsupported', name: '.xls' });
    expect(problemOfRefusal('issuer unknown: not in the title', 10)).toEqual({
      kind: 'refused',
      detail: 'issuer unknown: not in the title',
    });
  });
});

describe('the downloaded file', () => {
  it('keeps its name inside the corpus folder', () => {
    expect(corpusFileName('2025年吉林省政府工作报告.docx')).toBe('2025年吉林省政府工作报告.docx');
    expect(corpusFileName('../../etc/passwd.PDF')).toBe('passwd.pdf');
    expect(corpusFileName('..\\..\\x y.html')).toBe('x-y.html');
    expect(corpusFileName('.hidden.md')).toBe('hidden.md');
  });

  it('gets the bot token only on Slack hosts or the configured API host', () => {
    const slack = tokenHosts(undefined);
    expect(slack(new URL('https://files.slack.com/files-pri/T1-F1/download/a.pdf'))).toBe(true);
    expect(slack(new URL('http://files.slack.com/a.pdf'))).toBe(false);
    expect(slack(new URL('https://files.slack.com.evil.cn/a.pdf'))).toBe(false);
    expect(slack(new URL('https://example.com/a.pdf'))).toBe(false);
    const fake = tokenHosts('http://127.0.0.1:4321/api/');
    expect(fake(new URL('http://127.0.0.1:4321/files-pri/x'))).toBe(true);
    expect(fake(new URL('http://127.0.0.1:9999/files-pri/x'))).toBe(false);
  });
});

describe('SLACK_ADMIN_USERS', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
  it('is a list of member ids, empty when unset', () => {
    expect(loadSlackConfig(base)?.adminUsers).toEqual([]);
    expect(loadSlackConfig({ ...base, SLACK_ADMIN_USERS: ' U012AB, W034CD ,U012AB,' })?.adminUsers).toEqual(['U012AB', 'W034CD']);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadSlackConfig({ ...base, SLACK_ADMIN_USERS: 'alice' })).toThrow(SlackConfigError);
    expect(() => loadSlackConfig({ ...base, SLACK_ADMIN_USERS: 'alice' })).toThrow(/SLACK_ADMIN_USERS/);
  });
});
