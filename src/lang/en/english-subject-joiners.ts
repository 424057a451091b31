/**
 * What joins two things asked at once in an English question: "kindergarten enrolment & inclusive rate", "GDP and
 * revenue", "A, B". A phrase read whole ("science and technology") is set aside before the question is cut. Not a slash:
 * "elderly/childcare tax deductions" joins two modifiers of one thing.
 */
export const ENGLISH_SUBJECT_JOINERS = /\s*&\s*|\s+and\s+|\s*,\s*/;
