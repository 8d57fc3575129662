// Accessible tabs for boxes such as "Xem nhiều nhất". Without JavaScript every
// panel stays visible under its own heading.
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-tabs]").forEach((box) => {
        const tabs = Array.from(box.querySelectorAll("[role=tab]"));
        const panels = tabs.map((tab) => document.getElementById(tab.getAttribute("aria-controls")));
        box.classList.add("tabs--ready");

        function select(index, focus) {
            tabs.forEach((tab, i) => {
                const selected = i === index;
                tab.setAttribute("aria-selected", String(selected));
                tab.tabIndex = selected ? 0 : -1;
                panels[i].hidden = !selected;
            });
            if (focus) tabs[index].focus();
        }

        tabs.forEach((tab, index) => {
            tab.hidden = false;
            tab.addEventListener("click", () => select(index, false));
            tab.addEventListener("keydown", (event) => {
                const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
                if (!step) return;
                event.preventDefault();
                select((index + step + tabs.length) % tabs.length, true);
            });
        });
        select(0, false);
    });
});
