// Small additions to htmx for the timeline page.

// htmx cancels the browser's navigation only for HTML links; the chart's bars are SVG links,
// so without this a click would both swap the results and load the page.
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("svg a[hx-get]");
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
  }
});

// When a swap removes the focused element (a chart bar, a "load later events" link), focus
// would fall back to <body>; put it on the results heading instead, so keyboard users stay put.
document.addEventListener("htmx:afterSettle", () => {
  if (document.activeElement === document.body || document.activeElement === null) {
    const heading = document.getElementById("results-heading");
    if (heading) {
      heading.focus({ preventScroll: true });
    }
  }
});

// In an editor's search box, Enter would submit the form around it (saving the event, or
// adding the sentence to the first event listed); the search runs as the editor types.
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.matches && event.target.matches(".editor-search")) {
    event.preventDefault();
  }
});
