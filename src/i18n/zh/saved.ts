/**
 * What the saved-network store says, in Chinese: one sentence per code of
 * src/store/saved/words.ts. A wrapped engine error is said with the Chinese engine words and
 * the rule's Chinese name (./engine.ts, ./errors.ts); file names, ids and layer paths are the
 * user's data and stay as written.
 */
import { fmt } from '../../engine/format';
import { say } from '../../engine/message';
import type * as en from '../en/saved';
import { engineWords } from './engine';
import { errors } from './errors';
import { notationErrors } from './notation-errors';

type Cause = Parameters<typeof en.savedWords.fileBroken>[0]['cause'];

type SpecBroken = Pick<Extract<Cause, { code: 'specBroken' }>, 'rule' | 'msg'>;

/** The broken rule's Chinese name, then the engine's message in Chinese. */
const broke = (c: SpecBroken): string =>
  errors.broke(errors.rules[c.rule], say(engineWords, c.msg));

/** A cause as a file's problem (the English: "its network breaks a rule at …"). */
function fileCause(c: Cause): string {
  if (c.code === 'specBroken')
    return `其中的网络在 ${c.path || '（网络）'} 处违反了规则：${broke(c)}`;
  if (c.code === 'notationBroken') return `简记法无法解析：${say(savedWords, c)}`;
  return say(savedWords, c);
}

export const savedWords: typeof en.savedWords = {
  specBroken: (m) => `${m.path || '（网络）'}：${broke(m)}`,
  notationBroken: (m) =>
    `第 ${m.line} 行第 ${m.column} 列“${m.token}”：${say(notationErrors, m.msg)}`,
  notJson: (_) => '不是有效的 JSON',
  errorText: (m) => `运行时错误：${m.text}`,

  entryNotJson: (_) => '不是有效的 JSON',
  entryNotObject: () => '不是 JSON 对象',
  entryNoVersion: () => '没有格式版本号',
  entryNewer: (m) =>
    `由更新版本的 CNN Atlas 写入（格式 ${m.format}；此版本最多读取格式 ${m.reads}）`,
  entryNoUpgrade: (m) => `无法从格式 ${m.from} 升级（没有对应的升级步骤）`,
  entryUpgradeFailed: (m) => `从格式 ${m.from} 升级失败：${m.detail}`,
  entryNoId: () => '没有有效的 id',
  entryBreaksRule: (m) => `保存的网络违反了规则：${say(savedWords, m.cause)}`,
  entryNoSource: () => '缺少编辑器文本（source）',
  entryOtherId: (m) => `记录的 id 与键名不同（“${m.other}”）`,

  noStorage: () =>
    '此浏览器不允许页面使用它的存储：你保存的网络只保留在这个标签页中。请下载它们以便保留。',
  writeFailed: (m) =>
    `无法保存到浏览器的存储（${m.quota ? '存储空间已满' : '存储已满或被禁用'}）：更改只保留在这个标签页中。请下载你的网络以便保留。`,
  indexRebuilt: (m) => `已保存网络的列表顺序已损坏，现已重建（找到 ${fmt(m.found)} 个）。`,
  entryLeft: (m) => `已保存的网络“${m.id}”${say(savedWords, m.why)}：保持原样，不在此显示。`,
  entryUnreadable: (m) =>
    `无法读取已保存的网络“${m.id}”：它${say(savedWords, m.why)}。原始文本已保留，可以下载。`,

  fileTooLarge: (m) => `${m.file} 超过 ${fmt(m.max)} 个字符`,
  fileNotRead: (m) => `${m.file} 既不是 JSON，也不是简记法文本（${fileCause(m.cause)}）`,
  fileNotObject: (m) => `${m.file} 中没有网络（应为一个 JSON 对象）`,
  fileNewer: (m) => `${m.file} 由更新版本的 CNN Atlas 写入（文件格式 ${m.format}）`,
  fileBroken: (m) => `${m.file}：${fileCause(m.cause)}`,

  shareTooLarge: (m) =>
    `这个网络太大，无法作为链接分享：压缩后 ${fmt(m.length)} 个字符，而链接限制在 ${fmt(m.max)} 个以内。请改为下载文件。`,
  shareDamaged: () => '分享链接已损坏或被截断：无法解压。',
  shareInvalid: (m) => `分享链接中没有有效的网络：${say(savedWords, m.cause)}`,

  untitledName: () => '未命名网络',
  sharedName: () => '分享的网络',
  loadedName: () => '载入的网络',
  copyName: (m) => `${m.name}（副本）`,
};
