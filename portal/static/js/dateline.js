// The header's date line ("Chủ nhật, ngày 6 tháng 12 năm 2026"), written in the reader's
// browser: pages and the header fragment are cached, so a date rendered on the server
// could show yesterday. The date is the province's (Asia/Ho_Chi_Minh), whatever the
// reader's own time zone. Without JavaScript the line simply stays hidden.
(() => {
    const WEEKDAYS_VI = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];
    const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"];
    const TIME_ZONE = "Asia/Ho_Chi_Minh";

    function partsOfToday(now) {
        const parts = {};
        new Intl.DateTimeFormat("en-US", {
            timeZone: TIME_ZONE, year: "numeric", month: "numeric", day: "numeric",
        }).formatToParts(now).forEach((part) => { parts[part.type] = Number(part.value); });
        return parts;
    }

    function write(line) {
        const now = new Date();
        const { year, month, day } = partsOfToday(now);
        // The weekday of the province's calendar date, computed in UTC so the
        // browser's own zone cannot shift it.
        const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        const text = line.lang === "en"
            ? `${WEEKDAYS_EN[weekday]}, ${day} ${MONTHS_EN[month - 1]} ${year}`
            : `${WEEKDAYS_VI[weekday]}, ngày ${day} tháng ${month} năm ${year}`;
        const time = document.createElement("time");
        time.dateTime = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        time.textContent = text;
        line.replaceChildren(time);
        line.hidden = false;
    }

    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll("[data-dateline]").forEach(write);
    });
})();
