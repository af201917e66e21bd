/* Room plan: drag a guest (in a room, or waiting for one) onto a room to move them there.
   The drop calls the page's remote command; the server checks and records the move like the
   move dialog does, and flags conflicts instead of refusing them. */
(function () {
    if (window.sirakorRoomsDnd) {
        return;
    }
    window.sirakorRoomsDnd = true;
    function closest(el, css) {
        return el && el.closest ? el.closest(css) : null;
    }
    document.addEventListener('dragstart', function (e) {
        var g = closest(e.target, '[data-guest][draggable="true"]');
        if (g) {
            e.dataTransfer.setData('text/plain', g.getAttribute('data-guest'));
            e.dataTransfer.effectAllowed = 'move';
        }
    });
    document.addEventListener('dragover', function (e) {
        var r = closest(e.target, '.room-drop');
        if (r) {
            e.preventDefault();
            r.classList.add('room-over');
        }
    });
    document.addEventListener('dragleave', function (e) {
        var r = closest(e.target, '.room-drop');
        if (r) {
            r.classList.remove('room-over');
        }
    });
    document.addEventListener('drop', function (e) {
        var r = closest(e.target, '.room-drop');
        if (!r) {
            return;
        }
        e.preventDefault();
        r.classList.remove('room-over');
        var guest = e.dataTransfer.getData('text/plain');
        if (guest && window.sirakorDropGuest) {
            window.sirakorDropGuest([{name: 'guest', value: guest}, {name: 'room', value: r.getAttribute('data-room')}]);
        }
    });
})();
