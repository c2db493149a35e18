import type { EventCategory } from '../content/vocabulary';

/**
 * The shape of each kind of event, as SVG centred on 0,0 and 15 px across: the
 * overview's marks and the kind labels of the filters and cards draw them, so a
 * kind is told by its shape as well as by its colour.
 */
export const EVENT_SHAPES: Record<EventCategory, string> = {
  background: '<circle r="6.5"/>',
  warning: '<polygon points="0,-7 7.5,6.5 -7.5,6.5"/>',
  attack: '<polygon points="0,-7.5 2,-2.4 7.3,-2.3 3.1,1 4.6,6.2 0,3.1 -4.6,6.2 -3.1,1 -7.3,-2.3 -2,-2.4"/>',
  statement: '<rect x="-6" y="-6" width="12" height="12"/>',
  war: '<polygon points="-7,-4 -4,-7 0,-3 4,-7 7,-4 3,0 7,4 4,7 0,3 -4,7 -7,4 -3,0"/>',
  politics: '<polygon points="0,-7.5 7.5,0 0,7.5 -7.5,0"/>',
  investigation: '<polygon points="-3.5,-6.5 3.5,-6.5 7,0 3.5,6.5 -3.5,6.5 -7,0"/>',
};
