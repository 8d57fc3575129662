// Print buttons on article pages: shown only when scripts run, since printing
// needs window.print(); the print stylesheet does the rest.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
        window.print();
    });
});
