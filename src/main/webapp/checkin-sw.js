/*
 * Service worker of the check-in page: keeps the page and its scripts so that the door can reload
 * it without a connection. Network first (a fresh page when online), the cached copy otherwise.
 * The API is never cached here: the page keeps its data in IndexedDB (door/checkin.js).
 */
var CACHE = 'sirakor-door-v1';
self.addEventListener('install', function (e) { self.skipWaiting(); });
self.addEventListener('activate', function (e) { e.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', function (e) {
    var req = e.request;
    var url = new URL(req.url);
    if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') >= 0) { return; }
    var door = url.pathname.indexOf('/manage/checkin.xhtml') >= 0 || url.pathname.indexOf('/vendor/') >= 0
        || url.pathname.indexOf('/door/') >= 0 || url.pathname.indexOf('faces.resource') >= 0;
    if (!door) { return; }
    e.respondWith(fetch(req).then(function (res) {
        if (res.ok) {
            var copy = res.clone();
            caches.open(CACHE).then(function (c) { c.put(req, copy); });
        }
        return res;
    }).catch(function () {
        return caches.match(req, { ignoreSearch: url.pathname.indexOf('/manage/checkin.xhtml') < 0 });
    }));
});
