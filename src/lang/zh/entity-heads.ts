/**
 * Last words of a proper name that is named after a place but is a thing of its own: a port, an
 * airport, a zone, a university ("宁波舟山港", "揭阳潮汕机场", "南京大学"). A question about such a
 * thing asks about it, wherever a report names it, not about the city it is named after.
 */
export const ENTITY_HEADS: readonly string[] = [
  '港',
  '港口',
  '港区',
  '机场',
  '码头',
  '大学',
  '学院',
  '医院',
  '实验室',
  '园区',
  '产业园',
  '开发区',
  '高新区',
  '新区',
  '片区',
  '自贸区',
  '示范区',
  '试验区',
  '都市圈',
  '城市群',
  '铁路',
  '高铁',
  '大桥',
  '隧道',
  '通道',
  '航运中心',
  '交易所',
  '博览会',
  '集团',
  // Venues: "杭州体育馆", "杭州奥体中心体育场".
  '体育馆',
  '体育场',
  '体育中心',
  '博物馆',
  '图书馆',
];

/**
 * One-character heads of a kind of business or premises ("纹身店", "奶茶店", "网球馆", "桌游吧"): the word before one names
 * the kind. A kind no report writes makes a question the reports do not cover (the retriever's evidence check), however
 * common the head and the count asked.
 */
export const PREMISES_HEADS: readonly string[] = ['店', '馆', '厅', '吧', '铺', '摊', '室'];
