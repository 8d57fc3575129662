// Progressive enhancement only: without JavaScript the menu is simply always open.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
    const nav = document.querySelector(".main-nav");
    const toggle = nav && nav.querySelector(".main-nav__toggle");
    if (!toggle) return;
    toggle.addEventListener("click", () => {
        const open = nav.classList.toggle("main-nav--open");
        toggle.setAttribute("aria-expanded", String(open));
    });
});
