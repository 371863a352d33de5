// The error probe every page gets in the cross-engine tests (a browser script, not a module: the test
// server reads this file and writes it into every HTML page it serves as the first script of <head>, see
// server.ts). WebKitWebDriver cannot read a page's console, so the page records its own problems:
// console.error calls, uncaught errors and promise rejections, Content-Security-Policy violations, and
// a resource that fails to load (an `error` event on a script, a stylesheet, an image or a
// `<link rel=modulepreload>`). Being part of the page, it is precached with it and works offline too.
// The driver reads and empties the list with `window.__engineProbe.take()`. Problems of a page that
// navigates away on its own wait in sessionStorage for the next page; what fails because the page is
// being left (a load or an import the navigation cancels) is not a problem of the page.
(function () {
  var CARRY = '__engineProbe.carry';
  /** @type {string[]} */
  var list = [];
  try {
    var carried = sessionStorage.getItem(CARRY);
    if (carried) {
      list = JSON.parse(carried);
      sessionStorage.removeItem(CARRY);
    }
  } catch {
    /* storage refused: nothing was carried */
  }
  // Set from pagehide: what a page reports while it is torn down is not one of its problems.
  var gone = false;
  // Set from beforeunload, when the page is being left: the loads and imports the navigation cancels
  // fail (WebKit reports a failed load, Firefox a failed import) before pagehide. Cleared if the page
  // stays after all.
  var leaving = false;
  /** @param {string} kind @param {string} text */
  function add(kind, text) {
    if (gone || leaving) return;
    list.push(kind + ': ' + text + ' (on ' + location.pathname + ')');
  }
  var original = console.error;
  console.error = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) {
      var a = arguments[i];
      parts.push(a instanceof Error ? a.name + ': ' + a.message : String(a));
    }
    add('console.error', parts.join(' '));
    return original.apply(console, /** @type {any} */ (arguments));
  };
  window.addEventListener(
    'error',
    function (e) {
      var t = /** @type {HTMLLinkElement | null} */ (e.target);
      if (t && /** @type {unknown} */ (t) !== window && t.tagName) {
        var what = t.tagName.toLowerCase() + (t.rel ? '[rel=' + t.rel + ']' : '');
        add('load error', what + ' ' + (t.getAttribute('href') || t.getAttribute('src') || ''));
      } else {
        var ev = /** @type {ErrorEvent} */ (e);
        // Not a script error: the browser's note that a ResizeObserver callback changed the layout it
        // observes, so some notifications wait for the next frame (it is reported at window, as errors are).
        if (/^ResizeObserver loop/.test(ev.message)) return;
        var where = ev.filename ? ' at ' + ev.filename + ':' + ev.lineno + ':' + ev.colno : '';
        add('uncaught', (ev.message || String(ev.error)) + where);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    add('unhandled rejection', r instanceof Error ? r.name + ': ' + r.message : String(r));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    add('CSP violation', e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
  });
  window.addEventListener('beforeunload', function () {
    leaving = true;
    setTimeout(function () {
      leaving = false;
    }, 2000);
  });
  window.addEventListener('pageshow', function () {
    gone = false;
    leaving = false;
  });
  window.addEventListener('pagehide', function () {
    gone = true;
    try {
      if (list.length) sessionStorage.setItem(CARRY, JSON.stringify(list));
    } catch {
      /* storage refused: the problems are lost with the page */
    }
  });
  /** @type {any} */ (window).__engineProbe = {
    take: function () {
      var l = list;
      list = [];
      return l;
    },
  };
})();
