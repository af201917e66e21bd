/*
 * Photo upload of the gallery page (/manage/photos.xhtml): the files chosen on a phone are sent one
 * by one to POST /api/v1/events/{id}/photos (multipart), so that twenty photos never make one huge
 * request; each file gets its line (stored, or refused with the server's message in the page's
 * language). When all are done the gallery is read again (p:remoteCommand refreshGallery).
 */
(function () {
    'use strict';

    function line(list, text, cls) {
        var li = document.createElement('li');
        li.className = cls;
        li.textContent = text;
        list.appendChild(li);
        return li;
    }

    function send(box, file, session) {
        var data = new FormData();
        data.append('file', file, file.name || 'foto.jpg');
        var url = box.dataset.url + (session ? '?sessionId=' + encodeURIComponent(session) : '');
        return fetch(url, {
            method: 'POST', body: data, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'Accept-Language': box.dataset.lang || 'id'}
        }).then(function (r) {
            return r.json().catch(function () { return {}; }).then(function (body) {
                if (r.status === 201) {
                    var refused = body.refused || [];
                    return refused.length ? {ok: false, message: refused[0].message} : {ok: true};
                }
                return {ok: false, message: (body && body.message) || (box.dataset.failed + ' (' + r.status + ')')};
            });
        }).catch(function () {
            return {ok: false, message: box.dataset.failed};
        });
    }

    function init() {
        var box = document.getElementById('photo-upload');
        var input = document.getElementById('photo-files');
        if (!box || !input || input.dataset.ready) {
            return;
        }
        input.dataset.ready = '1';
        var list = document.getElementById('photo-upload-status');
        var maxBytes = parseInt(box.dataset.maxMb, 10) * 1024 * 1024;
        input.addEventListener('change', function () {
            var files = Array.prototype.slice.call(input.files || []);
            if (!files.length) {
                return;
            }
            list.innerHTML = '';
            box.classList.add('busy');
            var session = document.getElementById('photo-session').value;
            var chain = Promise.resolve();
            files.forEach(function (f) {
                var li = line(list, f.name + ': ' + box.dataset.sending, 'photo-status sending');
                chain = chain.then(function () {
                    if (f.size > maxBytes) {
                        return {ok: false, message: f.name + ': ' + box.dataset.tooLarge.replace('{0}', box.dataset.maxMb)};
                    }
                    return send(box, f, session);
                }).then(function (res) {
                    li.className = 'photo-status ' + (res.ok ? 'stored' : 'refused');
                    li.textContent = res.ok ? '\u2713 ' + f.name + ': ' + box.dataset.stored : '\u2717 ' + res.message;
                });
            });
            chain.then(function () {
                input.value = '';
                box.classList.remove('busy');
                if (typeof window.refreshGallery === 'function') {
                    window.refreshGallery();
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
