/* Partnering maturity self-assessment: embed script for host pages. No dependencies, no
 * inline handlers, no eval; styles go through the CSSOM, so a strict CSP is fine.
 *   <div data-partnering-maturity data-src="https://widget.example/app/"
 *        data-min-height="720" data-config-name="Acme"></div>
 *   <script src="https://widget.example/app/embed.js" defer></script>
 * data-config-<key> become query parameters (data-config-cta-label -> cta_label); `origin` is
 * always this page's, so events come here only. Accepted messages are re-dispatched on the
 * placeholder as a bubbling `partnering-maturity` CustomEvent. See docs/EMBEDDING.md. */
(function () {
  'use strict';
  var PREFIX = 'partnering-maturity:';
  var frames = [];
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

    if (el.getAttribute('data-full-page-on-small-screens') === 'true' && innerWidth < 600) {
      var link = document.createElement('a');
      link.href = src.href;
      link.className = 'partnering-maturity-open';
      link.textContent = el.getAttribute('data-open-label') || 'Open the assessment';
      el.appendChild(link);
      return;
    }

    if (location.origin !== 'null') src.searchParams.set('origin', location.origin);
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

  addEventListener('message', function (event) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only our own frame, still showing the app: both the window and its origin must match.
      if (event.source !== f.frame.contentWindow || event.origin !== f.origin) continue;
      var data = event.data;
      if (!data || typeof data.type !== 'string' || data.type.indexOf(PREFIX) !== 0) return;
      var h = data.height;
      if (data.type === PREFIX + 'height' && typeof h === 'number' && h >= 0 && h < 1e5) {
        f.frame.style.height = Math.ceil(h) + 'px';
        f.frame.setAttribute('scrolling', 'no');
      }
      if (data.type === PREFIX + 'ready') {
        event.source.postMessage({ type: PREFIX + 'request-height' }, f.origin);
      }
      f.el.dispatchEvent(new CustomEvent('partnering-maturity', { detail: data, bubbles: true }));
      return;
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
