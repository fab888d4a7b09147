// The story view: the filter's TimelineJS export, shown by the vendored TimelineJS.
document.addEventListener("DOMContentLoaded", () => {
  const container = document.getElementById("story");
  if (!container || !window.TL) {
    return;
  }
  // TimelineJS would fetch fonts and translations from script_path: point it at the folder
  // of the vendored copy (a folder has no entry in the static files manifest, a file does)
  // and ask for no font, so nothing is loaded from another site.
  const script = new URL(container.dataset.timelinejs, document.baseURI);
  new TL.Timeline(container, container.dataset.source, {
    script_path: new URL(".", script).href,
    font: null,
  });
});
