// Bar charts of the per-item means. The same numbers are in the table under each chart.
(function () {
  var el = document.getElementById("data-grafik");
  if (!el || typeof Chart === "undefined") return;
  // Numbers on the charts in the page's language: "3,92" in Indonesian, as in its tables.
  Chart.defaults.locale = document.documentElement.lang || "id";
  var data = JSON.parse(el.textContent);
  Object.keys(data).forEach(function (jenis) {
    var kanvas = document.getElementById("grafik-" + jenis);
    if (!kanvas) return;
    var g = data[jenis];
    new Chart(kanvas, {
      type: "bar",
      data: { labels: g.label, datasets: [{ label: g.judul, data: g.nilai, backgroundColor: "#0b4f9c" }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: g.maks } },
        plugins: { legend: { display: false } }
      }
    });
  });
})();
