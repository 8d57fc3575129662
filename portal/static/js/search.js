// Suggestions as the reader types: titles from /api/search/suggest/ fill the datalist.
(function () {
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById("search-suggestions");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (value.length < 2) { return; }
    timer = setTimeout(function () {
      fetch(form.dataset.suggestUrl + "&q=" + encodeURIComponent(value))
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          list.replaceChildren.apply(list, data.results.map(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            return option;
          }));
        })
        .catch(function () {});
    }, 200);
  });
})();
