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

  function masihMengetik(form) {
    var aktif = document.activeElement;
    return aktif && aktif.form === form && aktif.hasAttribute("data-masukan");
  }

  function simpan(form, diam) {
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
      } else if (diam && masihMengetik(form)) {
        // Refused while the user is still in a count: say it when they leave it.
        form._tersimpan = null;
        tampil(form, "", "proses");
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

  function lengkap(form) {
    return Array.prototype.every.call(form.querySelectorAll("[data-masukan]"), function (el) {
      return el.value !== "" && !(el.validity && el.validity.badInput);
    });
  }

  function isiMasukan(form) {
    return Array.prototype.map.call(form.querySelectorAll("[data-masukan]"), function (el) {
      return el.value;
    }).join("|");
  }

  // The counts of a `%` question are checked when the user leaves a field, never while
  // typing: a half-typed number is not an error. A field the browser cannot read as a
  // number is named at once (the server would only see it empty); moving on to the
  // next empty count of the same question waits; anything else is saved, and the
  // server's message (named as the worksheet labels the count) is shown.
  function tinggalkanMasukan(form, el, tujuan) {
    if (el.validity && el.validity.badInput) {
      tampil(form, el.dataset.pesanAngka, "gagal");
      return;
    }
    if (tujuan && tujuan.form === form && tujuan.hasAttribute("data-masukan") && !tujuan.value) {
      return;
    }
    if (isiMasukan(form) === form._tersimpan) { return; }
    form._tersimpan = isiMasukan(form);
    simpan(form);
  }

  lembar.querySelectorAll("form.form-jawaban").forEach(function (form) {
    var tunda;
    form._tersimpan = isiMasukan(form);
    form.addEventListener("submit", function (e) { e.preventDefault(); form._tersimpan = isiMasukan(form); simpan(form); });
    form.addEventListener("focusout", function (e) {
      if (e.target.hasAttribute("data-masukan")) { tinggalkanMasukan(form, e.target, e.relatedTarget); }
    });
    form.addEventListener("change", function (e) {
      if (e.target.hasAttribute("data-masukan")) { return; }
      clearTimeout(tunda); simpan(form);
    });
    form.addEventListener("input", function (e) {
      if (e.target.type === "radio" || e.target.type === "checkbox") { return; }
      if (e.target.hasAttribute("data-masukan")) {
        // Typing clears an earlier message. A complete set of counts still saves while
        // typing (quietly: a refusal waits until the user leaves the field).
        if (form.querySelector("[data-status]").dataset.keadaan === "gagal") { tampil(form, "", "proses"); }
        clearTimeout(tunda);
        if (!lengkap(form)) { return; }
        tunda = setTimeout(function () { form._tersimpan = isiMasukan(form); simpan(form, true); }, 1200);
        return;
      }
      // Say at once that the typing is not saved yet, so "Tersimpan" never lies.
      tampil(form, teks.menyimpan, "proses");
      clearTimeout(tunda);
      tunda = setTimeout(function () { simpan(form); }, 1200);
    });
  });
})();
