// One view beacon per page and browser session. The page id comes from
// <body data-page-id>, so the HTML stays the same for every reader and can be cached;
// nothing here sets a cookie.
(() => {
    const script = document.currentScript;
    const endpoint = (script && script.dataset.endpoint) || "/api/views/";

    function send(pageId) {
        const body = JSON.stringify({ page: Number(pageId) });
        const blob = new Blob([body], { type: "application/json" });
        if (navigator.sendBeacon && navigator.sendBeacon(endpoint, blob)) return;
        fetch(endpoint, {
            method: "POST",
            body,
            keepalive: true,
            credentials: "omit",
            headers: { "Content-Type": "application/json" },
        }).catch(() => {});
    }

    function alreadySent(key) {
        try {
            if (sessionStorage.getItem(key)) return true;
            sessionStorage.setItem(key, "1");
        } catch (error) {
            // Storage can be disabled (private mode); count the view anyway.
        }
        return false;
    }

    function refreshVisitStats() {
        const box = document.querySelector("[data-visit-stats]");
        if (!box) return;
        fetch(box.dataset.visitStats, { credentials: "omit" })
            .then((response) => (response.ok ? response.json() : null))
            .then((stats) => {
                if (!stats) return;
                box.querySelectorAll("[data-stat]").forEach((cell) => {
                    const value = stats[cell.dataset.stat];
                    if (typeof value === "number") {
                        cell.textContent = String(value);
                    }
                });
            })
            .catch(() => {});
    }

    function start() {
        const pageId = document.body.dataset.pageId;
        if (pageId && !alreadySent("viewed:" + pageId)) send(pageId);
        refreshVisitStats();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
