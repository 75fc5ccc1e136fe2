/* The search box in the header: Pagefind's index (built into pagefind/ after MkDocs), read
   through Pagefind's own JavaScript API, shown as a list of links. The engine (Pagefind's
   code, its WebAssembly module and the index's small metadata file, the same few hundred
   kilobytes at any size of site) loads from this site only: once the page has loaded,
   unless the reader asked to save data, and in any case as soon as the reader points at,
   touches or focuses the box. The index chunks and the result fragments
   load only for a query.

   Results are listed in batches, each appended once its results are loaded: Pagefind's top
   result alone (as soon as its own fragment is in: the list shows something after one
   round trip, not after the slowest of five, and the reader reads it while the rest load),
   then the rest of the first five, then the next five. Entity pages weigh most in the
   index, the more the more often their name is mentioned (overrides/main.html), so a name
   finds them among Pagefind's first results, its most mentioned bearer first, and within
   each batch they are put first (the page's `search.boost`), in Pagefind's order. A batch
   is only ever added after the ones before it: the list never reorders as results arrive.

   Keys: "/" goes to the box; Down and Up move through the results; Enter in the box opens
   the first result; Escape closes the list, a second Escape empties the box. The status
   line (a live region) says how many results there are. Text from the index is never
   inserted as HTML: titles and kinds are text, excerpts keep only Pagefind's <mark>s. */
(function () {
  "use strict";
  var box = document.querySelector(".site-search");
  if (!box || !window.URL || !window.DOMParser) {
    return;
  }
  var input = box.querySelector(".site-search__input");
  var status = box.querySelector(".site-search__status");
  var panel = box.querySelector(".site-search__panel");
  var list = box.querySelector(".site-search__results");
  var root = new URL((box.getAttribute("data-root") || ".").replace(/\/+$/, "") + "/", location.href);
  /* Where each batch of results ends (see above): the top one, the first five, ten. */
  var BATCHES = [1, 5, 10];
  var engine = null;
  var WARM_UP = "zzz";
  /* Pagefind's ranking, changed in two ways, both for the same reason: Pagefind scores each
     indexed word that starts with the query on its own and adds the scores up, so a page
     using "Trump", "Trump's" and "Trumps" scored up to three times one saying "Trump" only.
     No extra score for the query in a page's title (the `title` meta; the title is also the
     page's first heading, which the index weighs): with it, any page titled with a
     possessive came before the person. And a longer word than the query counts for little
     (`termSimilarity`, Pagefind's default 1): articles using "Russia" and "Russian" no
     longer come before the page of Russia; a word typed in part still finds its pages. */
  var RANKING = { metaWeights: { title: 0 }, termSimilarity: 9 };
  var latest = 0;
  box.hidden = false;

  function load() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: root.pathname, ranking: RANKING })).then(function () {
          return Promise.resolve(pagefind.init()).then(function () {
            /* One throwaway search readies the engine's code: the reader's first search
               then runs as fast as later ones (it costs one small index chunk). The box's
               `data-engine` then says so, for a script or a benchmark that waits for it. */
            var ready = function () {
              box.setAttribute("data-engine", "ready");
              return pagefind;
            };
            return Promise.resolve(pagefind.search(WARM_UP)).then(ready, ready);
          });
        });
      });
      engine.catch(function () {
        engine = null;
        status.textContent = "Search is not available.";
      });
    }
    return engine;
  }

  function ranked(rows) {
    /* A batch of results in Pagefind's order within each boost: entity pages first. */
    var boost = function (row) { return parseFloat((row.meta && row.meta.boost) || "0") || 0; };
    return rows.map(function (row, i) { return [row, i]; }).sort(function (a, b) {
      return boost(b[0]) - boost(a[0]) || a[1] - b[1];
    }).map(function (pair) { return pair[0]; });
  }

  function excerpt(html) {
    /* Only the text and Pagefind's <mark> elements of an excerpt; the document is inert. */
    var out = document.createElement("p");
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body;
    parsed.querySelectorAll("p").forEach(function (p) {
      p.childNodes.forEach(function (node) {
        if (node.nodeName === "MARK") {
          var mark = document.createElement("mark");
          mark.textContent = node.textContent;
          out.appendChild(mark);
        } else {
          out.appendChild(document.createTextNode(node.textContent));
        }
      });
    });
    out.className = "site-search__excerpt";
    return out;
  }

  function item(data) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    var kind = document.createElement("span");
    var title = document.createElement("span");
    link.className = "site-search__link";
    link.href = data.url;
    kind.className = "site-search__kind";
    kind.textContent = (data.meta && data.meta.kind) || "Page";
    title.className = "site-search__title";
    title.textContent = (data.meta && data.meta.title) || data.url;
    link.appendChild(kind);
    link.appendChild(document.createTextNode(" "));
    link.appendChild(title);
    li.appendChild(link);
    li.appendChild(excerpt(data.excerpt || ""));
    return li;
  }

  function say(count, query) {
    var what = count === 1 ? "1 result" : count + " results";
    status.textContent = count ? what + " for “" + query + "”" : "No results for “" + query + "”";
  }

  /* English words every article holds: in a query of several words they narrow nothing, but
     Pagefind still loads their index chunks and scores every place they (and every word they
     begin: "the", "then", "there") occur, which doubles a phrase's time. Quoted queries, and
     queries of nothing else, are searched as typed. */
  var COMMON = ["a", "an", "and", "are", "as", "at", "be", "by", "for", "in", "is", "it", "of",
    "on", "or", "that", "the", "this", "to", "was", "with"];

  function essential(query) {
    if (/["“”]/.test(query)) {
      return query;
    }
    var words = query.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (w) { return COMMON.indexOf(w.toLowerCase()) < 0; });
    return kept.length && kept.length < words.length ? kept.join(" ") : query;
  }

  function search(query) {
    var ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      panel.hidden = true;
      status.textContent = "";
      return Promise.resolve();
    }
    return load().then(function (pagefind) {
      return pagefind.search(essential(query));
    }, function () {
      return null;
    }).then(function (found) {
      if (ticket === latest && found) {
        return listed(found, query, ticket);
      }
      return null;
    });
  }

  function listed(found, query, ticket) {
    /* Each batch's fragments are asked for once the batch before it is listed: asked for
       together, the later ones load alongside the top result's and delay it (measured at
       1,000 articles, benchmarks/README.md, session 8). */
    var done = Promise.resolve(0);
    BATCHES.forEach(function (end, n) {
      done = done.then(function (from) {
        if (from === null || ticket !== latest) {
          return null;
        }
        var batch = found.results.slice(from, end).map(function (r) { return r.data(); });
        return Promise.all(batch).then(function (rows) {
          if (ticket !== latest) {
            return null;
          }
          if (n === 0) {
            list.replaceChildren();
            panel.hidden = rows.length === 0;
            say(found.results.length, query);
            box.setAttribute("data-searched", query);
          }
          ranked(rows).forEach(function (data) { list.appendChild(item(data)); });
          return end;
        });
      });
    });
    /* "data-searched" says the top result is listed, "data-listed" that the whole first
       page of results is (what a script or a test that reads the list waits for). */
    return done.then(function (end) {
      if (end !== null && ticket === latest) {
        box.setAttribute("data-listed", query);
      }
    });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".site-search__link"));
  }

  function move(step) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    var next = at + step;
    if (next < 0) {
      input.focus();
    } else if (next < all.length) {
      all[next].focus();
    }
  }

  /* Warm the engine before the first query: once the page has loaded (the engine's work runs
     in Pagefind's worker, off the page's thread), or at the first sign that the reader is
     about to search. A reader who asked to save data loads it on intent only. */
  ["pointerenter", "touchstart"].forEach(function (name) {
    box.addEventListener(name, function () { load(); }, { once: true, passive: true });
  });
  if (!(navigator.connection && navigator.connection.saveData)) {
    if (document.readyState === "complete") {
      load();
    } else {
      window.addEventListener("load", function () { load(); }, { once: true });
    }
  }
  input.addEventListener("focus", function () {
    load();
    if (list.children.length) {
      panel.hidden = false;
    }
  });
  input.addEventListener("input", function () {
    search(input.value);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      move(event.key === "ArrowDown" ? 1 : -1);
      event.preventDefault();
    } else if (event.key === "Escape") {
      if (panel.hidden) {
        input.value = "";
        search("");
      }
      panel.hidden = true;
      input.focus();
      event.preventDefault();
    } else if (event.key === "Enter" && event.target === input && links().length) {
      location.href = links()[0].href;
    }
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) {
      panel.hidden = true;
    }
  });
  /* Material's search keys ("/", "s", "f") anywhere but in a field go to this box instead. */
  document.addEventListener("keydown", function (event) {
    var field = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
    var plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (["/", "s", "f"].indexOf(event.key) >= 0 && !field && plain) {
      input.focus();
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
