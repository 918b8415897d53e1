// parley's only script (served from the package; the pages work without it).
// - Quotes: hovering or focusing one shows its speaker, cue and mention chain.
// - Charts: hovering or focusing a bar or point shows its label.
// - The dyad page's type boxes apply as soon as they change.
(function () {
  "use strict";
  var tooltip = null;

  function show(target, content) {
    if (!tooltip) { return; }
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    var box = target.getBoundingClientRect();
    var top = window.scrollY + box.bottom + 6;
    var left = Math.max(4, Math.min(window.scrollX + box.left,
      window.scrollX + document.documentElement.clientWidth - tooltip.offsetWidth - 4));
    tooltip.style.top = top + "px";
    tooltip.style.left = left + "px";
  }

  function hide() {
    if (tooltip) { tooltip.hidden = true; }
  }

  function contentFor(element) {
    var quote = element.closest("[data-quote]");
    if (quote && quote.matches(".quote, .speaker-ref")) {
      var tip = document.getElementById("tip-" + quote.getAttribute("data-quote"));
      if (tip) {
        var copy = document.createElement("div");
        Array.prototype.forEach.call(tip.childNodes, function (node) {
          copy.appendChild(node.cloneNode(true));
        });
        return { target: quote, content: copy };
      }
    }
    var labelled = element.closest("[data-label]");
    if (labelled) {
      var text = document.createElement("span");
      text.textContent = labelled.getAttribute("data-label");
      return { target: labelled, content: text };
    }
    return null;
  }

  function onEnter(event) {
    var found = event.target instanceof Element ? contentFor(event.target) : null;
    if (found) { show(found.target, found.content); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    tooltip = document.getElementById("tooltip");
    document.addEventListener("mouseover", onEnter);
    document.addEventListener("focusin", onEnter);
    document.addEventListener("mouseout", function (event) {
      if (event.target instanceof Element && contentFor(event.target)) { hide(); }
    });
    document.addEventListener("focusout", hide);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { hide(); }
    });
    var filters = document.querySelector("form.filters");
    if (filters) {
      filters.addEventListener("change", function () { filters.submit(); });
    }
    document.documentElement.setAttribute("data-script", "ready");
  });
})();
