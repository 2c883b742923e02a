/** The course's name, as page titles, link previews and embeds show it. */
export const COURSE_NAME = 'Preference Optimization: RLHF and DPO';
