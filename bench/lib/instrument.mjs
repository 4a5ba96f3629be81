/**
 * In-page instrumentation, installed before any page script (Playwright init script).
 *
 * A measurement is armed with a start event type and a target predicate. The clock starts at the
 * `timeStamp` of the first trusted event of that type (the browser's own time of the input, so
 * main-thread queueing counts), or at navigation start (0) for the page load. A MutationObserver
 * on the document and on every shadow root (`attachShadow` is wrapped: @stackone/hub renders in
 * shadow DOM) checks the predicate after each batch of DOM changes; the first time it holds, `dom`
 * is taken, then `frame` after the next frame (requestAnimationFrame, then a message-channel task,
 * i.e. once that frame's rendering work is done). A check in every animation frame backs the
 * observer up (a box can appear without a DOM change).
 *
 * Predicates (plain data):
 * - `{ type: 'visible', selector }`: an element matching `selector` has a box;
 * - `{ type: 'count', selector, equals? , notEquals? }`: the number of matching elements (then the
 *   first, if any, must have a box);
 * - `{ type: 'list', selector, equals?, notEquals? }`: the list's signature (`bench.signature`:
 *   how many items and the first one's text), so a list that renders its matches page by page
 *   (the same number of rows before and after a keystroke) still counts as updated;
 * - `{ type: 'text', pattern }`: a text node matching the regular expression, whose element has a box;
 * - `{ type: 'changed', selector, before, keep? }`: an element matching `selector`, with a box, whose text
 *   is none of the texts `before` (e.g. a field's error message that appeared or changed), or none
 *   left of the texts `before` (a message that went away); either way, while an element matching
 *   `keep` (the field typed in) still has a box, so a widget that crashed and took its form away
 *   does not count as a message gone.
 *
 * This function is serialised into the page: it must not close over anything.
 */
export function instrument(config) {
  const bench = {
    roots: new Set(),
    armed: null,
    lastMutation: performance.now(),
    results: [],
  };
  window.__bench = bench;

  const hasBox = (element) => {
    if (!element || !element.isConnected) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const liveRoots = () => [document, ...[...bench.roots].filter((root) => root.host.isConnected)];
  const queryAll = (selector) => liveRoots().flatMap((root) => [...root.querySelectorAll(selector)]);
  bench.queryAll = queryAll;
  bench.count = (selector) => queryAll(selector).length;
  bench.signature = (selector) => {
    const items = queryAll(selector);
    return `${items.length}|${items[0]?.textContent.trim() ?? ''}`;
  };
  bench.texts = (selector) => queryAll(selector).map((element) => element.textContent.trim());

  const findText = (pattern) => {
    const regex = new RegExp(pattern, 'i');
    for (const root of liveRoots()) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (regex.test(node.data) && hasBox(node.parentElement)) return node.parentElement;
      }
    }
    return null;
  };

  /** Returns `{ ok, detail }` for a predicate. */
  const check = (predicate) => {
    if (predicate.type === 'visible') {
      const element = queryAll(predicate.selector).find(hasBox);
      return { ok: Boolean(element) };
    }
    if (predicate.type === 'count') {
      const elements = queryAll(predicate.selector);
      const n = elements.length;
      if (predicate.equals !== undefined && n !== predicate.equals) return { ok: false };
      if (predicate.notEquals !== undefined && n === predicate.notEquals) return { ok: false };
      if (n > 0 && !hasBox(elements[0])) return { ok: false };
      return { ok: true, detail: { count: n } };
    }
    if (predicate.type === 'list') {
      const elements = queryAll(predicate.selector);
      const signature = bench.signature(predicate.selector);
      if (predicate.equals !== undefined && signature !== predicate.equals) return { ok: false };
      if (predicate.notEquals !== undefined && signature === predicate.notEquals) return { ok: false };
      if (elements.length > 0 && !hasBox(elements[0])) return { ok: false };
      return { ok: true, detail: { count: elements.length } };
    }
    if (predicate.type === 'text') return { ok: Boolean(findText(predicate.pattern)) };
    if (predicate.type === 'changed') {
      if (predicate.keep !== undefined && !queryAll(predicate.keep).some(hasBox)) return { ok: false };
      const before = new Set(predicate.before);
      const shown = queryAll(predicate.selector).filter(hasBox);
      const element = shown.find((candidate) => !before.has(candidate.textContent.trim()));
      if (element) return { ok: true, detail: { text: element.textContent.trim().slice(0, 120) } };
      // Or every message there was has gone: an error taken away once it no longer holds.
      const gone = before.size > 0 && !shown.some((candidate) => before.has(candidate.textContent.trim()));
      return { ok: gone, detail: gone ? { text: '(gone)' } : undefined };
    }
    throw new Error(`bench: unknown predicate ${predicate.type}`);
  };

  const afterNextFrame = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });

  const poll = (source) => {
    const armed = bench.armed;
    if (!armed || armed.start === undefined || armed.dom !== undefined) return;
    let outcome;
    try {
      outcome = check(armed.predicate);
    } catch (error) {
      armed.reject(error);
      bench.armed = null;
      return;
    }
    if (!outcome.ok) return;
    armed.dom = performance.now();
    armed.source = source;
    afterNextFrame((frame) => {
      const result = { name: armed.name, start: armed.start, dom: armed.dom - armed.start, frame: frame - armed.start, via: armed.source, ...outcome.detail };
      bench.results.push(result);
      if (bench.armed === armed) bench.armed = null;
      armed.resolve(result);
    });
  };

  const onMutations = () => {
    bench.lastMutation = performance.now();
    poll('mutation');
  };
  const observe = (root) => new MutationObserver(onMutations).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    bench.roots.add(root);
    observe(root);
    return root;
  };
  observe(document);

  // Polls once a frame while a measurement is armed (idle pages must not render frames for us).
  let looping = false;
  const frameLoop = () => {
    poll('frame');
    if (bench.armed) requestAnimationFrame(frameLoop);
    else looping = false;
  };
  const startLoop = () => {
    if (looping) return;
    looping = true;
    requestAnimationFrame(frameLoop);
  };

  /**
   * Arms a measurement; resolves with `{ name, start, dom, frame, … }` (milliseconds since the
   * input event). `startEvent` null: the clock starts at navigation start.
   */
  bench.arm = (name, startEvent, predicate, timeoutMs = 60_000) => {
    if (bench.armed) bench.armed.reject(new Error(`bench: ${bench.armed.name} replaced by ${name}`));
    let resolve;
    let reject;
    const promise = new Promise((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    const armed = { name, predicate, resolve, reject, start: startEvent ? undefined : 0 };
    bench.armed = armed;
    bench.pending = promise;
    if (startEvent) {
      const onStart = (event) => {
        if (!event.isTrusted || bench.armed !== armed) return;
        window.removeEventListener(startEvent, onStart, true);
        armed.start = event.timeStamp;
      };
      window.addEventListener(startEvent, onStart, true);
    }
    const timer = setTimeout(() => {
      if (bench.armed === armed) {
        bench.armed = null;
        reject(new Error(`bench: ${name} not reached within ${timeoutMs} ms`));
      }
    }, timeoutMs);
    promise.then(() => clearTimeout(timer), () => clearTimeout(timer));
    poll('arm');
    startLoop();
    return true;
  };

  /** Resolves once the DOM has been still for `quietMs` and two frames have passed. */
  bench.settle = (quietMs = 100, maxMs = 10_000) =>
    new Promise((resolve) => {
      const started = performance.now();
      const tick = () => {
        const now = performance.now();
        if (now - bench.lastMutation >= quietMs || now - started > maxMs) {
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        } else {
          setTimeout(tick, Math.max(10, quietMs - (now - bench.lastMutation)));
        }
      };
      tick();
    });

  if (config && config.load) bench.arm('load', null, config.load, config.timeoutMs);
}
