/*
 * Sirakor's own behaviour on every page, bound by data attributes instead of inline handlers: pages
 * run under a Content-Security-Policy without 'unsafe-inline' (ADR 0069), so no onclick="…" in markup.
 *   data-toggle-body="cls"   toggles a class on <body> (the phone menu)
 *   data-copy="id"           copies the text of element #id to the clipboard; data-copied is the
 *                            button text shown afterwards
 */
(function () {
    'use strict';
    function copy(text, done) {
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done);
        } else {
            var a = document.createElement('textarea');
            a.value = text;
            document.body.appendChild(a);
            a.select();
            document.execCommand('copy');
            document.body.removeChild(a);
            done();
        }
    }
    document.addEventListener('click', function (e) {
        var t = e.target.closest ? e.target.closest('[data-toggle-body],[data-copy]') : null;
        if (!t) {
            return;
        }
        if (t.hasAttribute('data-toggle-body')) {
            document.body.classList.toggle(t.getAttribute('data-toggle-body'));
        } else {
            var source = document.getElementById(t.getAttribute('data-copy'));
            if (source) {
                copy(source.textContent, function () {
                    var label = t.querySelector('.ui-button-text') || t;
                    label.textContent = t.getAttribute('data-copied') || label.textContent;
                });
            }
        }
    });
}());
