/* Signature capture for declarations: draws with signature_pad (vendored, MIT) into a canvas and
 * keeps the PNG as a data URL in a hidden input; an uploaded scan (PNG/JPEG) goes the same way. */
(function () {
    function init() {
        document.querySelectorAll('canvas.signature-pad').forEach(function (c) {
            if (c._pad) {
                return;
            }
            var target = document.getElementById(c.dataset.target);
            var ratio = Math.max(window.devicePixelRatio || 1, 1);
            c.width = c.offsetWidth * ratio;
            c.height = c.offsetHeight * ratio;
            c.getContext('2d').scale(ratio, ratio);
            var pad = new SignaturePad(c, {penColor: '#1a2a6c', minWidth: 1, maxWidth: 3});
            c._pad = pad;
            if (target && target.value) {
                pad.fromDataURL(target.value, {ratio: 1, width: c.offsetWidth, height: c.offsetHeight});
            }
            pad.addEventListener('endStroke', function () {
                target.value = pad.isEmpty() ? '' : pad.toDataURL('image/png');
            });
            var clear = c.dataset.clear && document.getElementById(c.dataset.clear);
            if (clear) {
                clear.addEventListener('click', function (e) {
                    e.preventDefault();
                    pad.clear();
                    target.value = '';
                });
            }
            var file = c.dataset.file && document.getElementById(c.dataset.file);
            if (file) {
                file.addEventListener('change', function () {
                    var f = file.files[0];
                    if (!f) {
                        return;
                    }
                    var r = new FileReader();
                    r.onload = function () {
                        target.value = r.result;
                        pad.clear();
                        pad.fromDataURL(r.result, {ratio: 1, width: c.offsetWidth, height: c.offsetHeight});
                    };
                    r.readAsDataURL(f);
                });
            }
        });
    }
    window.sirakorSignature = {init: init};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
