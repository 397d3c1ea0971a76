/* Worksheet autosave: each question's form posts itself (fetch, JSON) when an answer
 * changes, shows "Tersimpan", shows a failure and retries. Without JavaScript the same
 * forms post normally and the server redirects back to the question. */
(function () {
  "use strict";
  var lembar = document.getElementById("lembar");
  if (!lembar) { return; }
  var teks = {
    menyimpan: lembar.dataset.pesanMenyimpan || "Menyimpan…",
    gagal: lembar.dataset.pesanGagal || "Gagal menyimpan; mencoba lagi…",
    coba: lembar.dataset.pesanCoba || "Coba lagi"
  };

  function tampil(form, pesan, jenis) {
    var el = form.querySelector("[data-status]");
    if (!el) { return; }
    el.textContent = pesan;
    el.className = "small " + (jenis === "gagal" ? "text-danger" : jenis === "ok" ? "text-success" : "text-secondary");
    el.dataset.keadaan = jenis;
  }

  function tombolCoba(form) {
    var el = form.querySelector("[data-status]");
    var tombol = document.createElement("button");
    tombol.type = "button";
    tombol.className = "btn btn-link btn-sm p-0 ms-2";
    tombol.textContent = teks.coba;
    tombol.addEventListener("click", function () { simpan(form); });
    el.appendChild(tombol);
  }

  function simpan(form) {
    clearTimeout(form._ulang);
    if (form._sedang) { form._lagi = true; return; }
    form._sedang = true;
    tampil(form, teks.menyimpan, "proses");
    var csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json", "X-CSRFToken": csrf },
      credentials: "same-origin"
    }).then(function (r) {
      return r.json().then(function (data) { return { status: r.status, data: data }; });
    }).then(function (hasil) {
      form._coba = 0;
      if (hasil.data.ok) {
        tampil(form, hasil.data.pesan, "ok");
        var persen = form.querySelector("[data-persen]");
        if (persen) { persen.textContent = hasil.data.persen === null ? "—" : hasil.data.persen + "%"; }
        var terjawab = document.querySelector("[data-terjawab]");
        if (terjawab && hasil.data.terjawab !== null) { terjawab.textContent = hasil.data.terjawab; }
        var total = document.querySelector("[data-total]");
        if (total && hasil.data.total !== null) { total.textContent = hasil.data.total; }
      } else {
        // The server refused the answer (validation): show why; nothing was saved.
        tampil(form, hasil.data.pesan, "gagal");
      }
    }).catch(function () {
      // Network or server failure: keep the answer on the page and retry with backoff.
      form._coba = (form._coba || 0) + 1;
      tampil(form, teks.gagal, "gagal");
      tombolCoba(form);
      form._ulang = setTimeout(function () { simpan(form); }, Math.min(30000, 2000 * Math.pow(2, form._coba - 1)));
    }).finally(function () {
      form._sedang = false;
      if (form._lagi) { form._lagi = false; simpan(form); }
    });
  }

  lembar.querySelectorAll("form.form-jawaban").forEach(function (form) {
    var tunda;
    form.addEventListener("submit", function (e) { e.preventDefault(); simpan(form); });
    form.addEventListener("change", function () { clearTimeout(tunda); simpan(form); });
    form.addEventListener("input", function (e) {
      if (e.target.type === "radio" || e.target.type === "checkbox") { return; }
      // Say at once that the typing is not saved yet, so "Tersimpan" never lies.
      tampil(form, teks.menyimpan, "proses");
      clearTimeout(tunda);
      tunda = setTimeout(function () { simpan(form); }, 1200);
    });
  });
})();
