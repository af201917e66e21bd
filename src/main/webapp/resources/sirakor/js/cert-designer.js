/* Certificate designer: drag a field on the page preview (SVG in millimetres, the same marks as the
   PDF). The drop writes the new x and y (rounded to 0.5 mm) into the field's row of the layout table
   and fires its change, so the server checks the layout and draws the canvas again. Clicking a field
   marks its row. Handlers are delegated from the document: redrawing the canvas needs no set-up. */
(function () {
    if (window.certDesigner) {
        return;
    }
    var drag = null;
    function point(svg, e) {
        var p = svg.createSVGPoint();
        p.x = e.clientX;
        p.y = e.clientY;
        return p.matrixTransform(svg.getScreenCTM().inverse());
    }
    function input(field, k) {
        return document.querySelector('input[data-field="' + field + '"][data-k="' + k + '"]');
    }
    function mark(field) {
        document.querySelectorAll('.cert-layout tr.selected').forEach(function (tr) { tr.classList.remove('selected'); });
        var tr = document.querySelector('.cert-layout tr[data-field="' + field + '"]');
        if (tr) {
            tr.classList.add('selected');
        }
    }
    document.addEventListener('pointerdown', function (e) {
        var g = e.target.closest ? e.target.closest('svg.cert-canvas g.cert-field') : null;
        if (!g) {
            return;
        }
        var field = g.getAttribute('data-field');
        mark(field);
        var x = input(field, 'x');
        if (!x || x.disabled) {
            return;
        }
        var svg = g.ownerSVGElement;
        drag = {g: g, svg: svg, field: field, start: point(svg, e), dx: 0, dy: 0};
        g.classList.add('dragging');
        e.preventDefault();
    });
    document.addEventListener('pointermove', function (e) {
        if (!drag) {
            return;
        }
        var p = point(drag.svg, e);
        drag.dx = p.x - drag.start.x;
        drag.dy = p.y - drag.start.y;
        drag.g.setAttribute('transform', 'translate(' + drag.dx.toFixed(2) + ' ' + drag.dy.toFixed(2) + ')');
    });
    document.addEventListener('pointerup', function () {
        if (!drag) {
            return;
        }
        var d = drag;
        drag = null;
        d.g.classList.remove('dragging');
        if (Math.abs(d.dx) < 0.25 && Math.abs(d.dy) < 0.25) {
            d.g.removeAttribute('transform');
            return;
        }
        var x = input(d.field, 'x'), y = input(d.field, 'y');
        x.value = (Math.round((parseFloat(x.value) + d.dx) * 2) / 2).toFixed(1);
        y.value = (Math.round((parseFloat(y.value) + d.dy) * 2) / 2).toFixed(1);
        y.dispatchEvent(new Event('change', {bubbles: true}));
    });
    window.certDesigner = {
        init: function () {
            var sel = document.querySelector('.cert-layout tr.selected');
            if (sel) {
                mark(sel.getAttribute('data-field'));
            }
        }
    };
})();
