/*
 * A file input marked data-max-bytes refuses a file larger than that as soon as it is chosen:
 * the browser shows data-too-large beside the field and will not submit the form, so nobody
 * waits for a large upload only to be told it is too large (the server refuses it anyway).
 */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var max = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
        return file.size > max;
    });
    input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
    if (tooLarge) {
        input.reportValidity();
    }
});
