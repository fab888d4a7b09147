// The story view: the filter's TimelineJS export, shown by the vendored TimelineJS.
document.addEventListener("DOMContentLoaded", () => {
  const container = document.getElementById("story");
  if (!container || !window.TL) {
    return;
  }
  // TimelineJS would fetch fonts and translations from script_path: point it at the vendored
  // copy and ask for no font, so nothing is loaded from another site.
  new TL.Timeline(container, container.dataset.source, {
    script_path: new URL(container.dataset.scriptPath, document.baseURI).href,
    font: null,
  });
});
