/* Dashboard charts from the vendored chart.js. Each <canvas data-grafik="kind"
   data-sumber="json-script-id"> reads its numbers from a json_script block, the same
   numbers its accessible table shows. Without JS the tables remain. */
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  // Numbers on the charts in the page's language: "3,92" in Indonesian, as in its tables.
  Chart.defaults.locale = document.documentElement.lang || "id";
  var WARNA = ["#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#d63384", "#20c997",
               "#0dcaf0", "#6c757d", "#dc3545", "#ffc107"];

  function data(canvas) {
    var el = document.getElementById(canvas.dataset.sumber);
    return el ? JSON.parse(el.textContent) : null;
  }

  function garisAmbang(garis) {
    // Draws the 75 (WBK) and 85 (WBBM) lines across the bar chart.
    return {
      id: "garisAmbang",
      afterDatasetsDraw: function (chart) {
        var y = chart.scales.y, ctx = chart.ctx, area = chart.chartArea;
        Object.keys(garis).forEach(function (nama, i) {
          var posisi = y.getPixelForValue(garis[nama]);
          ctx.save();
          ctx.strokeStyle = i === 0 ? "#198754" : "#6f42c1";
          ctx.setLineDash([6, 4]);
          ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.moveTo(area.left, posisi);
          ctx.lineTo(area.right, posisi);
          ctx.stroke();
          ctx.fillStyle = ctx.strokeStyle;
          ctx.font = "12px sans-serif";
          ctx.fillText(nama + " " + garis[nama], area.left + 4, posisi - 4);
          ctx.restore();
        });
      }
    };
  }

  function bungkus(teks, maks) {
    // Radar labels are long area names; on a phone they are cut at the canvas edge,
    // so break them into lines of at most `maks` characters (Chart.js draws arrays
    // as multi-line labels).
    var baris = [], kini = "";
    teks.split(" ").forEach(function (kata) {
      if (kini && (kini + " " + kata).length > maks) { baris.push(kini); kini = kata; }
      else { kini = kini ? kini + " " + kata : kata; }
    });
    if (kini) { baris.push(kini); }
    return baris;
  }

  var PEMBUAT = {
    total: function (canvas, d) {
      return new Chart(canvas, {
        type: "bar",
        data: {
          labels: d.label,
          datasets: [
            { label: canvas.dataset.labelMandiri, data: d.mandiri, backgroundColor: "#9ec5fe" },
            { label: canvas.dataset.labelEvaluator, data: d.evaluator, backgroundColor: "#0d6efd" }
          ]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
                   scales: { y: { min: 0, max: 100 } } },
        plugins: [garisAmbang(d.garis)]
      });
    },
    radar: function (canvas, d) {
      var sempit = canvas.parentElement.clientWidth < 576;
      return new Chart(canvas, {
        type: "radar",
        data: {
          labels: sempit ? d.label.map(function (l) { return bungkus(l, 14); }) : d.label,
          datasets: [
            { label: canvas.dataset.labelUnit, data: d.unit, borderColor: "#0d6efd",
              backgroundColor: "rgba(13,110,253,.2)" },
            { label: canvas.dataset.labelKanwil, data: d.kanwil, borderColor: "#fd7e14",
              backgroundColor: "rgba(253,126,20,.1)" }
          ]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
                   scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 },
                                  pointLabels: { font: { size: sempit ? 10 : 12 } } } } }
      });
    },
    tren: function (canvas, d) {
      return new Chart(canvas, {
        type: "line",
        data: {
          labels: d.tahun,
          datasets: d.seri.map(function (s, i) {
            return { label: s.label, data: s.data, status: s.status, spanGaps: true,
                     borderColor: WARNA[i % WARNA.length], backgroundColor: WARNA[i % WARNA.length] };
          })
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { min: 0, max: 100 } },
          plugins: { tooltip: { callbacks: { afterLabel: function (item) {
            return item.dataset.status[item.dataIndex] || "";
          } } } }
        },
        plugins: [garisAmbang({ WBK: 75, WBBM: 85 })]
      });
    },
    area: function (canvas, d) {
      return new Chart(canvas, {
        type: "bar",
        data: {
          labels: d.label,
          datasets: d.seri.map(function (s, i) {
            return { label: s.label, data: s.data, backgroundColor: WARNA[i % WARNA.length] };
          })
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
                   scales: { y: { min: 0, max: 100 } } }
      });
    }
  };

  document.querySelectorAll("canvas[data-grafik]").forEach(function (canvas) {
    var d = data(canvas), buat = PEMBUAT[canvas.dataset.grafik];
    if (d && buat) { buat(canvas, d); canvas.dataset.tergambar = "1"; }
  });
})();
