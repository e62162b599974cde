// The timeline module's public API.
export { eventAnchor, timelinePath } from './timelinePaths.ts';
export { findDayDeadlines, isoDate, monthEnd, parseDeadline, parseMonthRange, type DatePrecision, type DateRange, type ParsedDeadline } from './chineseDates.ts';
export { timelineEvents, type EventKind, type TimelineEvent, type UndatedItem } from './timelineEvents.ts';
export { TRACK_ORDER, timelineLayout, trackOf, type Shape, type TimelineLayout, type TimelineMark, type Track } from './timelineLayout.ts';
export { EVENTS_PER_PAGE, eventsPerYear, pageRanges, timelinePages, type TimelineGroup, type TimelinePages, type YearCount } from './timelinePages.ts';
