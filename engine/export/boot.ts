/**
 * The export's boot script: constant text (its sha256 is in the CSP), so everything
 * per-deck travels in the `<script type="application/json" id="bd-config">` data block.
 *
 * - Configuration comes only from that block. reveal.js's own query-string merge is removed
 *   (assets.ts); the only query flags honoured are the ones the speaker view's preview frames
 *   send, and only inside a frame (`receiver`): there reveal must accept the speaker view's
 *   postMessage commands, and the "current slide" frame reports its events to it.
 * - Messages: a capturing listener registered before reveal's drops every message that does
 *   not come from the windows this deck trusts: in the deck, the speaker-view popup it opened
 *   itself; in a preview frame, the frame's parent, and then only the three commands the
 *   speaker view sends (setState, next, triggerKey). Other windows cannot drive the deck, and
 *   a page that frames it cannot read its notes or slides through reveal's postMessage API.
 * - Fit: a slide whose content overflows its box is scaled down (fit.ts, embedded as text;
 *   the CSP hash is taken from this final text in html.ts).
 */
import { FIT_SLIDE_JS } from './fit.ts';

export const BOOT_JS = `(function () {
  'use strict';
  var data = document.getElementById('bd-config');
  var config = JSON.parse(data ? data.textContent : '{}');
  var search = String(window.location.search);
  var framed = window.parent !== window;
  var receiver = framed && /[?&]receiver(?:[=&]|$)/.test(search);
  var trusted = [];
  var nativeOpen = window.open;
  window.open = function () {
    var w = nativeOpen.apply(window, arguments);
    if (w) trusted.push(w);
    return w;
  };
  // What the speaker view sends its preview frames (reveal.js plugin/notes/speaker-view.html).
  var RECEIVER_METHODS = { setState: 1, next: 1, triggerKey: 1 };
  function receiverMessageOk(event) {
    if (event.source !== window.parent) return false;
    try {
      var data = JSON.parse(event.data);
      return !!data && typeof data.method === 'string' && RECEIVER_METHODS[data.method] === 1;
    } catch (e) {
      return false;
    }
  }
  window.addEventListener('message', function (event) {
    var ok = receiver ? receiverMessageOk(event) : trusted.indexOf(event.source) !== -1;
    if (!ok) event.stopImmediatePropagation();
  }, true);
  var locked = {
    hash: false, history: false, respondToHashChanges: false, fragmentInURL: false,
    postMessage: false, postMessageEvents: false, previewLinks: false, autoSlide: 0
  };
  for (var k in locked) config[k] = locked[k];
  if (receiver) {
    config.postMessage = true;
    config.postMessageEvents = /[?&]postMessageEvents=true(?:&|$)/.test(search);
    config.controls = false;
    config.progress = false;
    config.transition = 'none';
    config.slideNumber = false;
  }
  config.plugins = typeof RevealNotes === 'undefined' ? [] : [RevealNotes];
  // Backup slides are not counted in "n / N"; hide the number there rather than repeat N.
  var root = document.querySelector('.reveal');
  function markUncounted(event) {
    var slide = event && event.currentSlide;
    root.classList.toggle('bd-uncounted', !!slide && slide.getAttribute('data-visibility') === 'uncounted');
  }
  // A slide whose text runs past its box shrinks its body (engine/export/fit.ts, the same
  // function the present windows and the editor's preview run). Measured once per slide, when
  // it is first laid out: slides reveal keeps hidden have no size to measure.
  var fit = ${FIT_SLIDE_JS};
  function onSlide(event) {
    markUncounted(event);
    fit(event && event.currentSlide);
  }
  Reveal.on('slidechanged', onSlide);
  // ?print-pdf (the same test reveal makes): reveal lays the pages out after 'ready', one frame
  // later, says so with 'pdf-ready' and only then drops its 'loading-scroll-mode' class, which
  // still shapes the layout while the event runs. So the slides are fitted a task later, all at
  // once (every page is laid out), and the deck is not called ready before that.
  var printing = /print-pdf/i.test(search);
  var waiting = printing ? 2 : 1;
  function settled() {
    if (--waiting === 0) document.documentElement.setAttribute('data-bd-ready', 'true');
  }
  if (printing) {
    Reveal.on('pdf-ready', function () {
      setTimeout(function () {
        Array.prototype.forEach.call(document.querySelectorAll('.reveal .slides section.bd-slide'), fit);
        settled();
      }, 0);
    });
  }
  Reveal.initialize(config).then(function () {
    if (printing) markUncounted({ currentSlide: Reveal.getCurrentSlide() });
    else onSlide({ currentSlide: Reveal.getCurrentSlide() });
    settled();
  });
})();`;
