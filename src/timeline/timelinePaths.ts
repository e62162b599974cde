// Site paths of the timeline page (without the base: pass them through href()).
export const timelinePath = '/timeline/';
/** Fragment id of an event's row in the timeline table. */
export const eventAnchor = (eventId: string): string => `ev-${eventId}`;
