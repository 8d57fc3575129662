// Listing filters sit in a <details> ("Lọc"): folded on phones so the results come
// first, unfolded here on wider screens, where there is room. Without JavaScript
// the button still unfolds them.
(() => {
    const wide = window.matchMedia("(min-width: 48rem)");
    const apply = () => {
        for (const fold of document.querySelectorAll("[data-filter-fold]")) {
            fold.open = wide.matches;
        }
    };
    document.addEventListener("DOMContentLoaded", apply);
})();
