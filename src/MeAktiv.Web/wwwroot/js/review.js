// Keyboard paging of the review screen (Features/Review/ReviewDeck.razor): one listener on the document.
let handler = null;
const keys = new Set(["ArrowRight", "ArrowLeft", "PageDown", "PageUp", "Home", "End", " "]);

export function attach(deck) {
    detach();
    handler = e => {
        if (!keys.has(e.key) || e.target.closest("input, textarea, select, [contenteditable]")) {
            return;
        }
        e.preventDefault();
        deck.invokeMethodAsync("GoAsync", e.key);
    };
    document.addEventListener("keydown", handler);
}

export function detach() {
    if (handler) {
        document.removeEventListener("keydown", handler);
        handler = null;
    }
}
