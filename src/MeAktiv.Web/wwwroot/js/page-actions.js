// What plain elements do without a circuit, on every page (one listener per kind on the document, so elements that
// Blazor renders later need nothing attached): data-action="print" opens the print dialog, "skip" moves the focus into
// the content (the skip link), "drawer" opens and closes the navigation of a static page; a form[data-autosubmit] (the
// filters of a static page) is sent on every change; a link clicked before the circuit routes loads its page whole. A static page (data-static-page) gets the "interactive" marker
// once this has run: from then on everything on it responds.
(() => {
    const drawerOpen = "mud-drawer--open", drawerClosed = "mud-drawer--closed";

    // The classes MudDrawer and MudLayout render for an open or closed drawer ("--initial": no slide on the first paint).
    function setDrawer(open, initial) {
        const drawer = document.querySelector(".mud-drawer");
        const layout = drawer?.closest(".mud-layout");
        const button = document.querySelector("[data-action=drawer]");
        if (!drawer || !layout || !button) {
            return;
        }
        drawer.classList.remove(drawerOpen, drawerClosed);
        drawer.classList.add(open ? drawerOpen : drawerClosed);
        drawer.classList.toggle("mud-drawer--initial", initial);
        for (const name of [...layout.classList].filter(c => c.startsWith("mud-drawer-open-") || c.startsWith("mud-drawer-close-"))) {
            layout.classList.replace(name, name.replace(/^mud-drawer-(open|close)-/, open ? "mud-drawer-open-" : "mud-drawer-close-"));
        }
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }

    function toggleDrawer() {
        setDrawer(!document.querySelector(".mud-drawer")?.classList.contains(drawerOpen), false);
    }

    // As MudDrawer does in a circuit: below its breakpoint (md, 960 px) a static page starts with the drawer closed,
    // which then opens over the content.
    function startDrawer() {
        if (window.innerWidth < 960) {
            setDrawer(false, true);
        }
    }

    document.addEventListener("click", e => {
        const target = e.target instanceof Element ? e.target.closest("[data-action]") : null;
        if (!target || e.button !== 0) {
            return;
        }
        const action = target.getAttribute("data-action");
        if (action === "print") {
            e.preventDefault();
            window.print();
        } else if (action === "skip") {
            e.preventDefault(); // also keeps Blazor's navigation from scrolling without moving the focus
            document.getElementById("inhalt")?.focus();
        } else if (action === "drawer") {
            e.preventDefault();
            toggleDrawer();
        }
    }, true);

    // A link clicked on an interactive page before its circuit has rendered the router (#circuit-ready, Routes.razor):
    // Blazor's navigation would change the address and leave the old page on screen. A whole page load opens the
    // right one. Static pages load no Blazor script, so their links are whole page loads anyway.
    document.addEventListener("click", e => {
        if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey
            || !window.Blazor || document.getElementById("circuit-ready")) {
            return;
        }
        const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
        if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download") || link.hasAttribute("data-action")) {
            return;
        }
        const url = new URL(link.href, location.href);
        if (url.origin !== location.origin || (url.hash && url.pathname === location.pathname && url.search === location.search)) {
            return;
        }
        e.preventDefault();
        location.assign(url.href);
    }, true);

    document.addEventListener("change", e => {
        const field = e.target;
        const form = field instanceof Element ? field.closest("form[data-autosubmit]") : null;
        if (!form) {
            return;
        }
        const resets = field.getAttribute("data-resets"); // a new year: its default month, not the old year's month
        if (resets && form.elements.namedItem(resets)) {
            form.elements.namedItem(resets).disabled = true;
        }
        form.requestSubmit();
    });

    function markReady() {
        const page = document.querySelector("[data-static-page]");
        if (page && !document.querySelector("[data-testid=interactive]")) {
            const marker = document.createElement("span");
            marker.hidden = true;
            marker.setAttribute("data-testid", "interactive");
            page.after(marker);
        }
    }

    // Back to a page from the browser's cache: the fields a year change disabled take part again.
    window.addEventListener("pageshow", e => {
        if (e.persisted) {
            document.querySelectorAll("form[data-autosubmit] [disabled]").forEach(f => f.disabled = false);
        }
    });

    function start() {
        startDrawer();
        markReady();
    }

    start(); // a static page loads without Blazor's script (App.razor): it is always a whole page load
})();
