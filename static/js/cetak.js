/* Print buttons: <button data-cetak> opens the browser's print dialog. A file of its
   own because the Content-Security-Policy allows no inline event handlers. */
document.querySelectorAll("[data-cetak]").forEach(function (tombol) {
  "use strict";
  tombol.addEventListener("click", function () { window.print(); });
});
