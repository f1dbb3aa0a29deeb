// Erfassung grid (FigureGridEditor): spreadsheet keys and paste of a block copied from Excel.
// Enter / ArrowDown: next row, Shift+Enter / ArrowUp: previous row, Tab / Shift+Tab: across (the browser's order).
// A pasted block (text with tabs or line breaks) is forwarded as it is; .NET parses it (ExcelPaste) and fills the cells.
const selector = 'input.cell-input';

function neighbour(table, input, step) {
    const row = Number(input.dataset.row);
    const inputs = [...table.querySelectorAll(`${selector}[data-col="${input.dataset.col}"]`)]
        .map(i => ({ i, row: Number(i.dataset.row) }))
        .filter(x => step > 0 ? x.row > row : x.row < row)
        .sort((a, b) => step > 0 ? a.row - b.row : b.row - a.row);
    return inputs.length > 0 ? inputs[0].i : null;
}

export function init(table, dotnet) {
    const onKeyDown = e => {
        const input = e.target;
        if (!(input instanceof HTMLInputElement) || !input.matches(selector)) {
            return;
        }

        let step = 0;
        if (e.key === 'Enter') {
            step = e.shiftKey ? -1 : 1;
        } else if (e.key === 'ArrowDown') {
            step = 1;
        } else if (e.key === 'ArrowUp') {
            step = -1;
        }

        const next = step === 0 ? null : neighbour(table, input, step);
        if (next) {
            e.preventDefault();
            next.focus(); // the blur commits the edited cell (change event)
            next.select();
        }
    };

    const onPaste = e => {
        const input = e.target;
        if (!(input instanceof HTMLInputElement) || !input.matches(selector)) {
            return;
        }

        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        if (!/[\t\r\n]/.test(text)) {
            return; // a single value: the browser pastes it into the cell
        }

        e.preventDefault();
        dotnet.invokeMethodAsync('PasteAsync', Number(input.dataset.row), Number(input.dataset.col), text);
    };

    table.addEventListener('keydown', onKeyDown);
    table.addEventListener('paste', onPaste);
    table.setAttribute('data-grid-ready', ''); // browser tests wait for it before pasting
    return {
        dispose() {
            table.removeEventListener('keydown', onKeyDown);
            table.removeEventListener('paste', onPaste);
        },
    };
}
