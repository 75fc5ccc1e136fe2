/* Sentence permalinks: selecting the "#" after a sentence copies its permanent address
   (or, where copying is not allowed, shows it); the browser then scrolls to the sentence,
   which the stylesheet highlights. A local script with no dependencies. */
(function () {
  "use strict";
  var status = document.createElement("div");
  var timer = 0;
  status.className = "copy-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function say(text) {
    status.textContent = text;
    status.classList.add("copy-status--shown");
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      status.classList.remove("copy-status--shown");
    }, 4000);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest("a.sentence-link") : null;
    if (!link) {
      return;
    }
    var url = link.href;
    status.setAttribute("data-url", url);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(
        function () { say("Link to this sentence copied: " + url); },
        function () { say("Link to this sentence: " + url); }
      );
    } else {
      say("Link to this sentence: " + url);
    }
  });
})();
