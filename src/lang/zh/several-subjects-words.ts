/**
 * Several things asked at once by name, in words no glossary indicator holds ("国家先进制造业集群和国家级中小企业
 * 特色产业集群各有几个", "建成和在建的过江通道各几座"): the words that join the things, and the words after them that
 * ask for each one's figure.
 */
export const SUBJECT_JOINERS = /[和与及、]/g;
export const EACH_ASKED = /各(?:有|是|为|自)?(?:多少|几)|分别(?:是|为|有)?(?:多少|几)|各自/;
/** "建成和在建的过江通道": the noun after 的 is what both things are of. */
export const SHARED_HEAD_LINK = '的';
