import { alternation } from './regexp.js';

/**
 * Words that tell what a part of a report does: look back on results, set plans, or weigh
 * problems. Report-side words: questions ask with words of their own.
 */

/** Heading words that announce results: a review, an execution report, achievements. */
export const RESULT_HEADING_WORDS: readonly string[] = ['执行情况', '回顾', '完成情况', '成就', '成绩', '工作总结', '过去一年', '过去五年'];

/** Heading words that announce plans: targets, tasks, arrangements, the draft plan, the way ahead. */
export const PLAN_HEADING_WORDS: readonly string[] = [
  '目标',
  '任务',
  '计划草案',
  '草案',
  '安排',
  '预期',
  '措施',
  '重点',
  '展望',
  '远景',
  '方向',
  '部署',
  '打算',
  '思路',
  '建议',
  '聚焦',
  '总体要求',
  '政策取向',
  '规划纲要',
];

export const RESULT_CUES = new RegExp(alternation(RESULT_HEADING_WORDS));
export const PLAN_CUES = new RegExp(alternation(PLAN_HEADING_WORDS));

/** "一、2024年主要工作", "二、工作": a top-level heading of work done, a result when no plan year is named. */
export const WORK_HEADING = /^[一二三四五六七八九十]+、\s*(\d{4}年)?(主要)?工作$/;

/**
 * Where a report with few or no headings turns from results to plans, as phrase shapes in which
 * {year} stands for the plan year: "2024年是…之年", "做好2024年…工作", "2024年经济社会发展目标…",
 * "今年…主要预期目标".
 */
export const PLAN_TRANSITION_PHRASES: readonly string[] = [
  '{year}年是',
  '做好{year}年',
  '{year}年(全[区市省])?(经济社会|国民经济和社会)?发展(的)?(主要)?(预期)?目标',
  '今年(政府工作|经济社会发展)的?(指导思想|主要预期目标)',
  '综合考虑.{0,20}({year}年|今年).{0,20}目标',
];

/** The plan-transition phrases for one year (a regex source such as "2024" or "\\d{4}"), at a paragraph's start. */
export function planTransitionPattern(year: string): RegExp {
  return new RegExp(`^(${PLAN_TRANSITION_PHRASES.map((p) => p.replaceAll('{year}', year)).join('|')})`);
}

/**
 * Openers of passages that weigh problems rather than report results or set plans: "在肯定成绩的同时",
 * "我们也清醒看到", "当前…面临", "但仍存在不少…问题".
 */
export const PROBLEM_OPENERS: readonly string[] = [
  '在肯定成绩的同时',
  '我们也清醒(地)?(认识|看)到',
  '同时(也要|我们也)清醒(地)?(认识|看)到',
  '当前.{0,10}(面临|存在)',
  '成绩来之不易',
  '(但|但是)?(仍|还|也)(然)?存在(不少|一些)?.{0,8}(问题|不足|短板|困难|挑战)',
];

export const PROBLEMS_OPENING = new RegExp(`^(${PROBLEM_OPENERS.join('|')})`);
