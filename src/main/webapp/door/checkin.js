/*
 * Sirakor check-in at the door. Works offline: the event's days and its participant list
 * (ticket codes, masked names, institutions, status; never a NIK) are kept in IndexedDB; a scan
 * made without a connection is queued there with its own idempotency key and sent when the
 * connection returns (the server answers a replayed key with the first answer: one record).
 */
(function () {
    'use strict';
    var door = document.getElementById('door');
    if (!door) { return; }
    var eventId = door.dataset.event;
    var base = door.dataset.base || '';
    var api = base + '/api/v1/events/' + eventId;
    var t = door.dataset;
    var el = function (id) { return document.getElementById(id); };
    var lang = door.dataset.lang === 'en' ? 'en' : 'id';
    var state = { info: null, roster: {}, online: true, queue: [], pad: null, lastScan: '', lastScanAt: 0, syncing: false };

    // ---- IndexedDB -----------------------------------------------------------------------
    var dbPromise = new Promise(function (resolve, reject) {
        var req = indexedDB.open('sirakor-door', 1);
        req.onupgradeneeded = function () {
            req.result.createObjectStore('kv');
            req.result.createObjectStore('queue', { keyPath: 'key' });
        };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { reject(req.error); };
    });
    function tx(store, mode, fn) {
        return dbPromise.then(function (db) {
            return new Promise(function (resolve, reject) {
                var x = db.transaction(store, mode);
                var r = fn(x.objectStore(store));
                x.oncomplete = function () { resolve(r && r.result); };
                x.onerror = function () { reject(x.error); };
            });
        });
    }
    var kvGet = function (k) { return tx('kv', 'readonly', function (s) { return s.get(k); }); };
    var kvPut = function (k, v) { return tx('kv', 'readwrite', function (s) { return s.put(v, k); }); };
    var qAll = function () { return tx('queue', 'readonly', function (s) { return s.getAll(); }); };
    var qPut = function (e) { return tx('queue', 'readwrite', function (s) { return s.put(e); }); };
    var qDel = function (k) { return tx('queue', 'readwrite', function (s) { return s.delete(k); }); };

    // ---- helpers -------------------------------------------------------------------------
    function uuid() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
        var b = new Uint8Array(16); crypto.getRandomValues(b);
        return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).substring(1); }).join('');
    }
    function fmt(s, args) { return s.replace(/''/g, "'").replace(/\{(\d)\}/g, function (m, i) { return args[i] !== undefined ? args[i] : m; }); }
    function normalize(code) {
        var c = (code || '').trim().toUpperCase();
        if (c.indexOf('SIRAKOR-TIKET:') === 0) { c = c.substring(14); }
        return c.replace(/[^A-Z0-9]/g, '');
    }
    function show(kind, text, sub) {
        var f = el('feedback');
        f.className = 'door-feedback ' + kind;
        f.textContent = '';
        var main = document.createElement('div'); main.className = 'door-feedback-main'; main.textContent = text; f.appendChild(main);
        if (sub) { var s = document.createElement('div'); s.className = 'door-feedback-sub'; s.textContent = sub; f.appendChild(s); }
    }
    function slot() {
        var s = el('session');
        return { dayId: Number(el('day').value) || null, sessionId: (!s.hidden && s.value) ? Number(s.value) : null };
    }
    function slotKey(sl) { return sl.sessionId ? 'S' + sl.sessionId : 'D' + sl.dayId; }
    function setOnline(on) {
        state.online = on;
        var n = state.queue.length;
        var s = el('net-status');
        s.className = 'net-status ' + (on ? (n ? 'pending' : 'online') : 'offline');
        s.textContent = on ? (n ? fmt(t.tPending, [n]) : t.tOnline) : fmt(t.tOffline, [n]);
    }
    function post(url, body, key) {
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': lang, 'X-Sirakor-Door': '1' };
        if (key) { headers['Idempotency-Key'] = key; }
        return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
            .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { return { status: r.status, body: j }; }); });
    }
    function answered(res) {
        var b = res.body || {};
        if (res.status === 201) { show('ok', b.message || b.name, b.institution); }
        else if (res.status === 200) { show('warn', b.message, b.institution); }
        else if (res.status === 401 || res.status === 403) { show('bad', b.message || t.tError); }
        else { show('bad', b.message || t.tError, b.field ? b.field : null); }
    }
    function signature() {
        if (!state.pad || state.pad.isEmpty()) { return null; }
        var png = state.pad.toDataURL('image/png');
        state.pad.clear();
        return png;
    }

    // ---- event data ----------------------------------------------------------------------
    function fillSlots(info) {
        var day = el('day'), ses = el('session');
        var chosen = day.value || String(info.today || '');
        day.innerHTML = '';
        info.days.forEach(function (d) {
            var o = document.createElement('option'); o.value = d.id; o.textContent = d.label; day.appendChild(o);
        });
        if (chosen) { day.value = chosen; }
        el('checkout-mode-label').hidden = !(info.setting && info.setting.checksOut);
        var counts = info.setting && info.setting.countsSessions;
        ses.hidden = !counts; el('session-label').hidden = !counts;
        var pick = function () {
            var cur = ses.value; ses.innerHTML = '';
            var none = document.createElement('option'); none.value = ''; none.textContent = '\u2014'; ses.appendChild(none);
            info.sessions.filter(function (s) { return String(s.dayId) === day.value; }).forEach(function (s) {
                var o = document.createElement('option'); o.value = s.id; o.textContent = s.label; ses.appendChild(o);
            });
            ses.value = cur;
        };
        day.onchange = pick; pick();
    }
    function load() {
        return fetch(api + '/attendance', { headers: { 'Accept': 'application/json', 'Accept-Language': lang }, credentials: 'same-origin' })
            .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
            .then(function (info) {
                state.info = info; fillSlots(info); kvPut('info:' + eventId, info);
                return fetch(api + '/attendance/roster', { headers: { 'Accept': 'application/json', 'Accept-Language': lang }, credentials: 'same-origin' });
            })
            .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
            .then(function (list) {
                var m = {}; list.forEach(function (x) { m[x.code] = x; });
                state.roster = m; kvPut('roster:' + eventId, m); setOnline(true);
            })
            .catch(function () {
                return Promise.all([kvGet('info:' + eventId), kvGet('roster:' + eventId)]).then(function (v) {
                    if (v[0]) { state.info = v[0]; fillSlots(v[0]); }
                    if (v[1]) { state.roster = v[1]; }
                    setOnline(false);
                });
            });
    }

    // ---- check-in ------------------------------------------------------------------------
    function checkIn(raw, method) {
        var code = normalize(raw);
        if (!code) { return; }
        var now = Date.now();
        if (method === 'SCAN' && code === state.lastScan && now - state.lastScanAt < 3000) { return; }
        state.lastScan = code; state.lastScanAt = now;
        var sl = slot();
        if (el('checkout-mode').checked && !el('checkout-mode-label').hidden) {
            return post(api + '/check-outs', { code: code, dayId: sl.dayId }).then(function (res) {
                if (res.status === 200) { show('ok', res.body.message, res.body.time); } else { answered(res); }
            }).catch(function () { setOnline(false); show('bad', t.tError); });
        }
        var entry = { key: uuid(), code: code, dayId: sl.dayId, sessionId: sl.sessionId, slot: slotKey(sl),
            signaturePng: signature(), method: method, device: 'web', at: now };
        if (!state.online) { return queue(entry); }
        return post(api + '/check-ins', body(entry), entry.key).then(answered).catch(function () {
            setOnline(false); return queue(entry);
        });
    }
    function body(e) {
        return { code: e.code, registrationId: e.registrationId || null, dayId: e.dayId, sessionId: e.sessionId,
            signaturePng: e.signaturePng, device: e.device, method: e.method };
    }
    function queue(entry) {
        var p = state.roster[entry.code];
        if (!p) { show('bad', fmt(t.tUnknown, [entry.code])); return Promise.resolve(); }
        if (p.status !== 'CONFIRMED') { show('bad', fmt(t.tNotseat, [p.name, p.status])); return Promise.resolve(); }
        var dup = state.queue.some(function (q) { return q.code === entry.code && q.slot === entry.slot; });
        if (dup) { show('warn', fmt(t.tAlready, [p.name])); return Promise.resolve(); }
        entry.method = 'OFFLINE';
        state.queue.push(entry);
        setOnline(false);
        show('ok', p.name, fmt(t.tQueued, [p.institution || '']));
        return qPut(entry);
    }
    function sync() {
        if (state.syncing) { return Promise.resolve(); }
        state.syncing = true;
        var sent = 0;
        var next = function () {
            if (!state.queue.length) { return Promise.resolve(); }
            var e = state.queue[0];
            return post(api + '/check-ins', body(e), e.key).then(function (res) {
                if (res.status >= 500) { throw new Error('server'); }
                if (res.status === 401) { throw new Error('login'); }
                if (res.status >= 400) { show('bad', (res.body && res.body.message) || t.tError, e.code); }
                state.queue.shift(); sent++;
                return qDel(e.key).then(next);
            });
        };
        return next().then(function () {
            setOnline(true);
            if (sent) { show('ok', fmt(t.tSynced, [sent])); }
        }).catch(function () { setOnline(false); }).then(function () { state.syncing = false; });
    }
    function heartbeat() {
        if (state.queue.length) { return sync(); }
        if (!state.online) {
            return fetch(api + '/attendance', { headers: { 'Accept': 'application/json', 'Accept-Language': lang }, credentials: 'same-origin' })
                .then(function (r) { if (r.ok) { return load(); } }).catch(function () { setOnline(false); });
        }
    }

    // ---- search, hand marks, walk-ins ----------------------------------------------------
    function search(q) {
        var sl = slot();
        fetch(api + '/attendance/search?q=' + encodeURIComponent(q) + '&dayId=' + (sl.dayId || ''),
            { headers: { 'Accept': 'application/json', 'Accept-Language': lang }, credentials: 'same-origin' })
            .then(function (r) { return r.json(); })
            .then(function (list) {
                var ul = el('results'); ul.innerHTML = '';
                list.forEach(function (p) {
                    var li = document.createElement('li');
                    var txt = document.createElement('span');
                    txt.textContent = p.name + ' \u2013 ' + (p.institution || '') + (p.nip ? ' \u2013 ' + p.nip : '') + ' \u2013 ' + p.ticket
                        + (p.presentAt ? ' \u2013 ' + fmt(t.tPresent, [p.presentAt]) : '');
                    li.appendChild(txt);
                    if (p.status === 'CONFIRMED' && !p.presentAt) {
                        var b = document.createElement('button'); b.type = 'button'; b.className = 'door-btn small';
                        b.textContent = t.tCheckin; b.onclick = function () { mark(p); }; li.appendChild(b);
                        var s = document.createElement('button'); s.type = 'button'; s.className = 'door-btn secondary small';
                        s.textContent = '\u21c4'; s.title = 'diwakili oleh'; s.onclick = function () {
                            el('w-replaces').value = p.id; el('w-replaces-text').textContent = 'diwakili oleh \u2192 ' + p.name;
                            el('w-institution').value = p.institution || ''; el('w-name').focus();
                        }; li.appendChild(s);
                    }
                    ul.appendChild(li);
                });
            }).catch(function () { setOnline(false); });
    }
    function mark(p) {
        var sl = slot();
        if (el('manual').checked) {
            var reason = el('manual-reason').value.trim();
            if (!reason) { show('bad', t.tReason); return; }
            return post(api + '/attendance/manual', { registrationId: p.id, dayId: sl.dayId, sessionId: sl.sessionId, reason: reason })
                .then(answered).then(function () { search(el('search').value); });
        }
        return post(api + '/check-ins', { registrationId: p.id, dayId: sl.dayId, sessionId: sl.sessionId,
            signaturePng: signature(), method: 'SEARCH' }, uuid()).then(answered).then(function () { search(el('search').value); });
    }
    function walkIn() {
        var sl = slot();
        var person = { name: el('w-name').value, idKind: el('w-kind').value, idNumber: el('w-id').value,
            position: el('w-position').value, institutionName: el('w-institution').value, phone: el('w-phone').value,
            email: el('w-email').value, consent: el('w-consent').checked };
        var replaces = el('w-replaces').value ? Number(el('w-replaces').value) : null;
        return post(api + '/walk-ins', { dayId: sl.dayId, sessionId: sl.sessionId, replacesId: replaces, person: person,
            signaturePng: signature() }, uuid()).then(function (res) {
            answered(res);
            if (res.status === 201) { el('walkin-form').reset(); el('w-replaces').value = ''; el('w-replaces-text').textContent = ''; }
        }).catch(function () { setOnline(false); show('bad', t.tError); });
    }

    // ---- camera --------------------------------------------------------------------------
    var scanner = null;
    function toggleCamera() {
        var v = el('camera');
        if (scanner) { scanner.stop(); scanner.destroy(); scanner = null; v.hidden = true; return; }
        if (typeof QrScanner === 'undefined') { show('bad', t.tCamera); return; }
        v.hidden = false;
        scanner = new QrScanner(v, function (r) { checkIn(r.data || r, 'SCAN'); },
            { returnDetailedScanResult: true, highlightScanRegion: true, maxScansPerSecond: 5 });
        scanner.start().catch(function () { show('bad', t.tCamera); v.hidden = true; scanner = null; });
    }

    // ---- wiring --------------------------------------------------------------------------
    el('code-form').addEventListener('submit', function (ev) {
        ev.preventDefault(); var c = el('code').value; el('code').value = ''; checkIn(c, 'CODE'); el('code').focus();
    });
    el('search-form').addEventListener('submit', function (ev) { ev.preventDefault(); search(el('search').value); });
    el('walkin-form').addEventListener('submit', function (ev) { ev.preventDefault(); walkIn(); });
    el('manual').addEventListener('change', function () { el('manual-reason').hidden = !el('manual').checked; });
    el('scan-btn').addEventListener('click', toggleCamera);
    if (typeof SignaturePad !== 'undefined') {
        state.pad = new SignaturePad(el('signature'), { minWidth: 0.8, maxWidth: 2.4, penColor: '#111' });
    }
    el('signature-clear').addEventListener('click', function () { if (state.pad) { state.pad.clear(); } });
    window.addEventListener('online', function () { sync(); });
    window.addEventListener('offline', function () { setOnline(false); });
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(base + '/checkin-sw.js', { scope: base + '/' }).catch(function () { /* page still works online */ });
    }
    qAll().then(function (q) { state.queue = (q || []).sort(function (a, b) { return a.at - b.at; }); }).then(load).then(function () {
        if (state.queue.length) { sync(); }
    });
    setInterval(heartbeat, 4000);
    window.sirakorDoor = { state: state, sync: sync };
})();
