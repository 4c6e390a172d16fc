// Names for two of Material's controls that have none, found by axe-core (tests/test_browser.py):
// the search dialog, and the numbered code-annotation links Material adds after the page loads.
(function () {
  const zh = () => document.documentElement.lang.startsWith("zh");

  function name() {
    const search = document.querySelector(".md-search[role=dialog]:not([aria-label])");
    if (search) search.setAttribute("aria-label", zh() ? "搜索" : "Search");
    for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const n = link.textContent.trim() || link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId || "";
      link.setAttribute("aria-label", (zh() ? "代码注释 " : "Code annotation ") + n);
    }
  }

  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
  document$.subscribe(name);
})();
