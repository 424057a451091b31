/**
 * How plans announce and head their list of tasks: "重点做好7方面工作", "重点推进七大方面工作";
 * a part heading that lists tasks ("主要任务", "重点工作").
 */

/** Words of a plan part's heading that say its children are the tasks. */
export const TASK_HEADING_CUE = /任务|工作|重点|措施|安排|方面/;

/** "重点做好7方面工作", "重点推进七大方面工作", "重点做好六方面工作": the count is group 1. */
export const TASK_COUNT_ANNOUNCEMENT =
  /(?:重点|着力|主要)[\u4e00-\u9fff]{0,4}?(\d+|[一二三四五六七八九十]{1,2})(?:大|个|项)?方面(?:工作|任务)/;
