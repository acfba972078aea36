/**
 * The quick exit's page-wide behaviour: pressing Shift three times leaves the page, scrolling
 * keeps the bar on screen, and coming back through the back-forward cache takes the overlay away.
 *
 * One set of page-level listeners serves every `<trp-quick-exit>` on the page: the first element
 * that connects starts them, the last one that leaves stops them. Nothing runs at import.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How many presses of Shift, on its own, leave the page. */
export const shiftPressesToExit = 3;

/** The time, in milliseconds from the first press, within which the presses must come. */
export const shiftWindowMs = 5000;

/** What the page-wide shortcut asks of each quick exit on the page. */
export interface ShortcutMember extends ReactiveControllerHost {
  /** How many times Shift has been pressed towards the shortcut (shown by its lights). */
  shiftPresses: number;
  /** Leaves the page, as the shortcut's answer. */
  exit(trigger: 'shift'): unknown;
  /** Keeps the bar on screen after the page scrolled. */
  place(): void;
  /** Takes the overlay away, when the page comes back from the back-forward cache. */
  restore(): void;
}

/** The connected elements, in the order they connected; the first one answers the shortcut. */
const members = new Set<ShortcutMember>();
/** Shift presses counted so far in the current window. */
let presses = 0;
let windowStart = 0;
let windowTimer: ReturnType<typeof setTimeout> | undefined;
/** Whether the Shift key now down has been pressed on its own (no other key, not in a field). */
let shiftAlone = false;
/** Set while the page is being left, so that nothing leaves twice. */
let leaving = false;

const nonTextInputTypes = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether a key event's real target (inside shadow roots too) is a field the reader types in. */
function inTextField(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !nonTextInputTypes.has(target.type);
}

function showCount(): void {
  for (const member of members) member.shiftPresses = presses;
}

function resetCount(): void {
  clearTimeout(windowTimer);
  windowTimer = undefined;
  shiftAlone = false;
  if (presses === 0) return;
  presses = 0;
  showCount();
}

function countShift(): void {
  const now = performance.now();
  // The timer resets the count after the window; the time check covers a throttled timer.
  if (presses > 0 && now - windowStart >= shiftWindowMs) resetCount();
  if (presses === 0) {
    windowStart = now;
    windowTimer = setTimeout(resetCount, shiftWindowMs);
  }
  presses += 1;
  if (presses < shiftPressesToExit) {
    showCount();
    return;
  }
  resetCount();
  const [first] = members;
  first?.exit('shift');
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Shift') {
    // Any other key, including one typed with Shift held (a capital letter), starts over.
    resetCount();
    return;
  }
  if (event.repeat) return;
  if (inTextField(event) || event.ctrlKey || event.altKey || event.metaKey) {
    resetCount();
    return;
  }
  shiftAlone = true;
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift') return;
  if (!shiftAlone) return;
  shiftAlone = false;
  countShift();
}

function onFocusIn(event: FocusEvent): void {
  if (inTextField(event)) resetCount();
}

function onScroll(): void {
  for (const member of members) member.place();
}

function onPageShow(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  leaving = false;
  resetCount();
  for (const member of members) member.restore();
}

/** Adds (or removes) the page-level listeners, all captured so that no page handler hides them. */
function listen(add: boolean): void {
  const listeners: [EventTarget, string, EventListener][] = [
    [document, 'keydown', onKeyDown as EventListener],
    [document, 'keyup', onKeyUp as EventListener],
    [document, 'focusin', onFocusIn as EventListener],
    [window, 'pageshow', onPageShow as EventListener],
    // Captured on the document, so that scrolling inside any scrolling box counts too.
    [document, 'scroll', onScroll],
  ];
  for (const [target, type, listener] of listeners) {
    if (add) target.addEventListener(type, listener, true);
    else target.removeEventListener(type, listener, true);
  }
}

/**
 * Whether `member` is the element that answers the shortcut (the first connected), and so the
 * one whose countdown is announced.
 */
export function answersShortcut(member: ShortcutMember): boolean {
  const [first] = members;
  return first === member;
}

/** Whether the page is being left (so that nothing leaves twice). */
export function leavingPage(): boolean {
  return leaving;
}

/** Marks the page as being left, and stops counting Shift presses. */
export function startLeaving(): void {
  leaving = true;
  resetCount();
}

/** Joins its element to the page-wide shortcut while the element is on the page. */
export class QuickExitShortcut implements ReactiveController {
  constructor(private readonly host: ShortcutMember) {
    host.addController(this);
  }

  hostConnected(): void {
    if (members.size === 0) listen(true);
    members.add(this.host);
    this.host.shiftPresses = presses;
  }

  hostDisconnected(): void {
    members.delete(this.host);
    if (members.size > 0) return;
    listen(false);
    resetCount();
    leaving = false;
  }
}
