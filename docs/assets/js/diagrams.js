// Renders ```mermaid fences with the self-hosted mermaid (docs/assets/vendor, vendored from
// the npm registry at build time). Loaded lazily, only on pages that have a diagram; re-run on
// every instant-navigation page change and when the colour scheme is toggled.
(function () {
  const source = new URL("../vendor/mermaid/mermaid.esm.min.mjs", document.currentScript.src).href;
  let mermaid;

  async function render() {
    const blocks = document.querySelectorAll("pre.mermaid-diagram");
    if (!blocks.length) return;
    mermaid = mermaid || (await import(source)).default;
    const dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    mermaid.initialize({ startOnLoad: false, theme: dark ? "dark" : "default", securityLevel: "strict" });
    for (const pre of blocks) {
      if (!pre.dataset.source) pre.dataset.source = pre.textContent;
      const { svg } = await mermaid.render("diagram-" + Math.random().toString(36).slice(2), pre.dataset.source);
      pre.innerHTML = svg;
      pre.classList.add("rendered");
    }
  }

  document$.subscribe(render);
  new MutationObserver(render).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
