// The example host page's own script: logs every `partnering-maturity` event the embed script
// re-dispatches, with no postMessage code of its own. Kept out of the HTML for a strict CSP.
(function () {
  'use strict';
  var widget = document.querySelector('[data-partnering-maturity]');
  // ?src=<app address> points the example at another app (the browser tests use two ports).
  var src = new URLSearchParams(location.search).get('src');
  if (src && widget) widget.setAttribute('data-src', src);

  var log = document.getElementById('event-log');
  document.addEventListener('partnering-maturity', function (event) {
    var data = event.detail;
    var item = document.createElement('li');
    item.setAttribute('data-type', data.type);
    // textContent, never innerHTML: the message is data, not markup.
    item.textContent = new Date().toISOString().slice(11, 19) + ' ' + JSON.stringify(data);
    log.appendChild(item);
    console.log('partnering-maturity event', data);
  });
})();
