/* Partnering maturity self-assessment: embed script for host pages. No dependencies, no
 * inline handlers, no eval; styles go through the CSSOM, so a strict CSP is fine.
 *   <div data-partnering-maturity data-src="https://widget.example/app/"
 *        data-min-height="720" data-config-name="Acme"></div>
 *   <script src="https://widget.example/app/embed.js" defer></script>
 * data-config-<key> become query parameters (data-config-cta-label -> cta_label); `origin` is
 * always this page's, so events come here only, and this page's utm_* campaign parameters are
 * passed on so they come back on every event. Accepted messages are re-dispatched on the
 * placeholder as a bubbling `partnering-maturity` CustomEvent, and, with data-datalayer="true",
 * pushed to window.dataLayer for Google Tag Manager. See docs/EMBEDDING.md. */
(function () {
  'use strict';
  var PREFIX = 'partnering-maturity:';
  var UTM = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];
  var frames = []; // { frame, el, origin } or, for a full-page view opened here, { win, el, origin }
  // Event names pushed to the dataLayer; lead_submitted becomes GA4's recommended generate_lead.
  var LAYER = { started: 'pm_started', module_completed: 'pm_module_completed',
    report_ready: 'pm_report_ready', lead_submitted: 'generate_lead' };
  if (window.partneringMaturityEmbed) return; // included twice
  window.partneringMaturityEmbed = scan; // call again for placeholders added later

  function mount(el) {
    if (el.hasAttribute('data-pm-mounted')) return;
    el.setAttribute('data-pm-mounted', '');
    var src;
    try {
      src = new URL(el.getAttribute('data-src'), document.baseURI);
    } catch (e) {}
    if (!src || !/^https?:$/.test(src.protocol)) {
      console.warn('partnering-maturity: data-src is missing or not an http(s) address');
      return;
    }
    for (var i = 0, a = el.attributes; i < a.length; i++) {
      var m = /^data-config-(.+)$/.exec(a[i].name);
      if (m) src.searchParams.set(m[1].replace(/-/g, '_'), a[i].value);
    }
    src.searchParams.delete('origin');
    var here = new URLSearchParams(location.search);
    for (var u = 0; u < UTM.length; u++) {
      if (here.get(UTM[u])) src.searchParams.set(UTM[u], here.get(UTM[u]).slice(0, 100));
    }
    if (location.origin !== 'null') src.searchParams.set('origin', location.origin);

    // Opt-in: on a narrow screen, a button that opens the app full-page in a new tab. The tab
    // keeps a link back to this page, so its events still arrive here.
    if (el.getAttribute('data-full-page-on-small-screens') === 'true' && innerWidth < 600) {
      var open = document.createElement('button');
      open.type = 'button';
      open.className = 'partnering-maturity-open';
      open.textContent = el.getAttribute('data-open-label') || 'Open the assessment';
      var accent = el.getAttribute('data-config-accent');
      if (accent && /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(accent)) {
        open.style.background = accent;
        open.style.color = '#fff';
        open.style.border = '0';
      }
      open.style.padding = '0.75rem 1.25rem';
      open.style.borderRadius = '0.5rem';
      open.style.font = 'inherit';
      open.style.fontWeight = '600';
      open.addEventListener('click', function () {
        var win = window.open(src.href, '_blank');
        if (win) frames.push({ win: win, el: el, origin: src.origin });
      });
      el.appendChild(open);
      return;
    }

    var frame = document.createElement('iframe');
    frame.title = 'Partnering maturity self-assessment';
    frame.setAttribute('allow', 'clipboard-write'); // the "copy link" button
    // allow-same-origin: the app keeps its origin (saved progress, checkable messages).
    // allow-popups(-to-escape-sandbox): its links open in a new tab as ordinary pages.
    // allow-modals: without it window.print() (the report's Print button) does nothing.
    // allow-downloads: exporting answers. No allow-top-navigation: it never moves this page.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups ' +
      'allow-popups-to-escape-sandbox allow-modals allow-downloads');
    // Scrolling stays on until the app reports its height (if it never can, e.g. this page's
    // origin is not one the app accepts, the content is still reachable); then it grows instead.
    var min = parseInt(el.getAttribute('data-min-height'), 10);
    var s = frame.style; // CSSOM, not a style attribute: allowed by a strict style-src
    s.width = '100%';
    s.border = '0';
    s.display = 'block';
    s.height = (min > 0 ? min : 720) + 'px'; // reserved so the page does not jump on load
    frame.src = src.href;
    frames.push({ frame: frame, el: el, origin: src.origin });
    el.appendChild(frame);
  }

  function scan() {
    var list = document.querySelectorAll('[data-partnering-maturity]');
    for (var i = 0; i < list.length; i++) mount(list[i]);
  }

  /** Pushes an event to the dataLayer by its stable name, with levels and campaign tags only. */
  function toLayer(el, data) {
    if (el.getAttribute('data-datalayer') !== 'true') return;
    var name = LAYER[data.type.slice(PREFIX.length)];
    if (!name) return;
    var entry = { event: name };
    if (data.overall) {
      entry.pm_overall_level = data.overall.level;
      entry.pm_overall_score = data.overall.score;
    }
    if (data.module) entry.pm_module = data.module.id;
    if (data.modules && data.type === PREFIX + 'started') entry.pm_modules = data.modules.join(',');
    if (data.utm) for (var k in data.utm) if (UTM.indexOf(k) >= 0) entry[k] = data.utm[k];
    (window.dataLayer = window.dataLayer || []).push(entry);
  }

  addEventListener('message', function (event) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only our own frame (or the tab we opened), still showing the app: both the window and
      // its origin must match.
      var from = f.frame ? f.frame.contentWindow : f.win;
      if (event.source !== from || event.origin !== f.origin) continue;
      var data = event.data;
      if (!data || typeof data.type !== 'string' || data.type.indexOf(PREFIX) !== 0) return;
      var h = data.height;
      if (f.frame && data.type === PREFIX + 'height' && typeof h === 'number' && h >= 0 && h < 1e5) {
        f.frame.style.height = Math.ceil(h) + 'px';
        f.frame.setAttribute('scrolling', 'no');
      }
      if (f.frame && data.type === PREFIX + 'ready') {
        event.source.postMessage({ type: PREFIX + 'request-height' }, f.origin);
      }
      f.el.dispatchEvent(new CustomEvent('partnering-maturity', { detail: data, bubbles: true }));
      toLayer(f.el, data);
      return;
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
