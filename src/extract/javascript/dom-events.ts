/**
 * Events the browser raises by itself. An `.on`/`addEventListener` for one of these names is never a
 * socket event, whatever the receiver is called: `conn.addEventListener('click')` is still a click.
 * Names that real-time apps also use on the wire (`online`, `reset`, `play`, `select`) are left out
 * on purpose: dropping a real event would be worse than keeping a DOM one.
 */
export const DOM_EVENT_NAMES: ReadonlySet<string> = new Set([
  // mouse, pointer, touch
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout',
  'mouseenter', 'mouseleave', 'wheel', 'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout',
  'pointerenter', 'pointerleave', 'pointercancel', 'touchstart', 'touchend', 'touchmove', 'touchcancel',
  // keyboard and forms
  'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput', 'focus', 'blur', 'focusin',
  'focusout', 'compositionstart', 'compositionend',
  // drag and drop
  'drag', 'dragstart', 'dragend', 'dragenter', 'dragleave', 'dragover',
  // document and window lifecycle
  'load', 'unload', 'beforeunload', 'DOMContentLoaded', 'readystatechange', 'visibilitychange', 'pageshow',
  'pagehide', 'resize', 'scroll', 'scrollend', 'hashchange', 'popstate', 'orientationchange',
  'fullscreenchange', 'animationstart', 'animationend', 'transitionend',
]);
