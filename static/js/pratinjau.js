// Evidence previews on the review page load only when their <details> is opened, so a
// page of sixty questions does not fetch sixty PDFs.
document.addEventListener("toggle", (e) => {
  const details = e.target;
  if (!(details instanceof HTMLDetailsElement) || !details.open || !details.classList.contains("pratinjau")) return;
  for (const el of details.querySelectorAll("[data-src]")) {
    if (!el.getAttribute("src")) el.setAttribute("src", el.dataset.src);
  }
}, true);
