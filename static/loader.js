// Starts the bundle the address needs, fetches the other one ahead of time, and hands the page
// from one to the other. A classic script at the top of <head> (scripts/bundles.mjs puts it
// there, after the manifest it reads): it runs as soon as it arrives, so the bundle is fetched
// while the page parses. What it shares with the wasm is listed in docs/LOADER.md.
(() => {
  'use strict';

  /** How long a person waits before the page shows how far the download has got. */
  const PROGRESS_DELAY_MS = 400;
  const TITLES = { journey: 'the assessment', report: 'the report' };

  // The build's manifest: each bundle's files and the first segment of every report address.
  const manifestElement = document.getElementById('pm-bundles');
  const manifest = manifestElement ? JSON.parse(manifestElement.textContent) : { bundles: {}, reportRoutes: [] };

  /** Which bundle shows a location hash such as `#/report` or `#/step/health/0`. */
  const bundleFor = (hash) => (manifest.reportRoutes.includes(hash.replace(/^#\/?/, '').split('/')[0]) ? 'report' : 'journey');

  const fetched = {};
  const attempts = {};
  const received = {};

  // A module whose import failed stays failed for its address in this page, so every new
  // attempt asks for the files under an address of its own.
  const fresh = (url, attempt) => (attempt ? `${url}?attempt=${attempt}` : url);

  /** The wasm response, read through a counter so the page can show how far it has got. */
  function counted(name, response) {
    const total = Number(response.headers.get('content-length'));
    const measurable = total > 0 && !response.headers.get('content-encoding');
    if (!response.body) return response;
    const reader = response.body.getReader();
    let bytes = 0;
    const stream = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        bytes += value.byteLength;
        received[name] = measurable ? Math.min(bytes / total, 1) : undefined;
        document.dispatchEvent(new CustomEvent('pm-progress', { detail: name }));
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    return new Response(stream, { headers: { 'content-type': 'application/wasm' } });
  }

  async function load(name, bundle, attempt) {
    // The glue and the wasm in parallel; the wasm compiles while it streams in.
    const [glue, response] = await Promise.all([import(fresh(bundle.js, attempt)), fetch(fresh(bundle.wasm, attempt))]);
    if (!response.ok) throw new Error(`${bundle.wasm}: the server answered ${response.status}`);
    const api = window.partneringMaturity;
    api.deferring = name;
    try {
      const wasm = await glue.default({ module_or_path: counted(name, response) });
      return { glue, wasm };
    } finally {
      delete api.deferring;
    }
  }

  /** Fetches a bundle and gets it ready without mounting it (its main() waits for mount()). */
  function prefetch(name) {
    const bundle = manifest.bundles[name];
    if (!bundle) return Promise.reject(new Error(`no bundle named ${name}`));
    if (!fetched[name]) {
      const attempt = attempts[name] ?? 0;
      attempts[name] = attempt + 1;
      fetched[name] = load(name, bundle, attempt);
      // A failed fetch is tried again, under a fresh address, when the bundle is needed.
      fetched[name].catch(() => { delete fetched[name]; });
    }
    return fetched[name];
  }

  // A fetch cut short because this page is being left is not a failure to report.
  let leaving = false;
  addEventListener('beforeunload', () => { leaving = true; });
  addEventListener('pagehide', () => { leaving = true; });
  addEventListener('pageshow', () => { leaving = false; });

  /** A plain page of the loader's own: a heading, a sentence read out at once, and one action. */
  function plainPage(title, sentence, action) {
    const main = document.createElement('main');
    main.className = 'page';
    main.id = 'main';
    const heading = document.createElement('h1');
    heading.id = 'page-heading';
    heading.tabIndex = -1;
    heading.textContent = title;
    const text = document.createElement('p');
    text.setAttribute('role', 'alert');
    text.textContent = sentence;
    main.append(heading, text, action);
    return { main, heading };
  }

  /** Shows why a bundle did not start, with a way to try again; saved progress is untouched. */
  function failed(name, error) {
    if (leaving) return;
    console.error(`partnering-maturity: the ${name} bundle did not load: ${error}`);
    const app = document.getElementById('app');
    if (!app) return;
    document.getElementById('boot')?.remove();
    const again = document.createElement('button');
    again.className = 'primary';
    again.textContent = 'Try again';
    const { main, heading } = plainPage(
      name === 'report' ? 'The report could not be loaded' : 'The assessment could not be loaded',
      'This browser could not fetch part of the assessment, perhaps because the connection dropped. Your answers are kept in this browser. Check the connection and try again.',
      again,
    );
    again.addEventListener('click', () => { main.remove(); start(name); });
    app.replaceChildren(main);
    heading.focus();
  }

  /**
   * After a short wait, shows how far the bundle's download has got, below the page that stays
   * up meanwhile; the returned function takes it away.
   */
  function waiting(name) {
    let box;
    const update = (event) => {
      const meter = box?.querySelector('progress');
      const fraction = received[name];
      if (!meter || (event && event.detail !== name) || fraction === undefined) return;
      meter.value = Math.round(fraction * 100);
    };
    const timer = setTimeout(() => {
      box = document.createElement('div');
      box.className = 'page bundle-progress';
      box.id = 'bundle-progress';
      const text = document.createElement('p');
      text.className = 'loading';
      text.setAttribute('role', 'status');
      text.textContent = `Loading ${TITLES[name] ?? name}…`;
      const meter = document.createElement('progress');
      meter.max = 100;
      meter.setAttribute('aria-label', `Loading ${TITLES[name] ?? name}`);
      box.append(text, meter);
      const app = document.getElementById('app');
      if (app) app.after(box); else document.body.append(box);
      update();
    }, PROGRESS_DELAY_MS);
    document.addEventListener('pm-progress', update);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pm-progress', update);
      box?.remove();
    };
  }

  // The release wasm is built with panics as immediate aborts (scripts/release.sh), so a panic
  // is a trap: it reaches the page as an uncaught WebAssembly.RuntimeError, and the app's own
  // panic hook never runs. The app cannot go on after it; the same plain message replaces the page.
  function crashed(event) {
    if (!((event.error ?? event.reason) instanceof WebAssembly.RuntimeError)) return;
    const reload = document.createElement('a');
    reload.href = '';
    reload.textContent = 'Reload';
    const line = document.createElement('p');
    line.append(reload);
    const { main } = plainPage(
      'Something went wrong \u2014 reload',
      'The assessment hit an unexpected error. Your saved progress is kept in this browser: reload the page to carry on.',
      line,
    );
    document.body.replaceChildren(main);
  }
  addEventListener('error', crashed);
  addEventListener('unhandledrejection', crashed);

  // The loader runs before the page is parsed.
  const parsed = () => (document.readyState === 'loading'
    ? new Promise((ok) => addEventListener('DOMContentLoaded', ok, { once: true }))
    : Promise.resolve());
  // One turn of the event loop: what a bundle scheduled while being taken down has run.
  const nextTask = () => new Promise((ok) => setTimeout(ok));

  let started = false;
  function mount(name, { glue, wasm }) {
    window.wasmBindings = glue;
    // The second start in this page is a hand-over: the app says so to itself (no second
    // "ready" to the host; focus moves to the new screen's heading).
    window.partneringMaturity.handedOver = started;
    started = true;
    glue.mount();
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm, bundle: name } }));
  }

  /** Starts a bundle in a page that shows none (the boot screen, or the failure message). */
  async function start(name) {
    const done = waiting(name);
    try {
      const ready = await prefetch(name);
      await parsed();
      mount(name, ready);
    } catch (error) {
      await parsed();
      failed(name, error);
    } finally {
      done();
    }
  }

  // The hand-over under way, if any: the running app stays up until its replacement is ready.
  let pending = null;

  /**
   * Hands the page to another bundle: the running app stays up (showing progress after a short
   * wait) until the other bundle is ready; then `takeDown` removes it and the other mounts in
   * the same task. If it cannot be fetched, the app is taken down for the failure message.
   */
  async function handOver(name, takeDown) {
    const mine = { done: waiting(name) };
    pending?.done();
    pending = mine;
    let ready;
    let error;
    try {
      ready = await prefetch(name);
    } catch (caught) {
      error = caught;
    }
    if (pending !== mine) return;
    pending = null;
    mine.done();
    takeDown();
    if (ready) {
      mount(name, ready);
      return;
    }
    await nextTask();
    failed(name, error);
  }

  /** The person left the screen that asked for the hand-over: the running app carries on. */
  function cancelHandOver() {
    pending?.done();
    pending = null;
    delete window.partneringMaturity.handoff;
  }

  // config.json is asked for at once, beside the bundle; the first bundle to run replaces this
  // with the answer it went on with, so both bundles of a visit use the same configuration.
  const config = fetch('config.json').then((r) => (r.ok ? r.text() : null)).catch(() => null);
  window.partneringMaturity = { start, prefetch, handOver, cancelHandOver, bundle: bundleFor, config };
  start(bundleFor(location.hash));
})();
